package compare_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

func TestScorerMatchesScorePair(t *testing.T) {
	a := claims.FromText("Pakistan has opened three new border crossings to expedite the deportation of Afghan migrants.")
	b := claims.FromText("Pakistan opened three border crossings to speed up deportations of Afghans.")
	c := claims.FromText("The Taliban deny providing safe haven to militants.")
	s := compare.NewScorer(compare.DefaultOptions())
	for _, p := range [][2]*claims.Claim{{a, b}, {b, a}, {a, c}, {a, b}} {
		want := compare.ScorePair(p[0], p[1], compare.DefaultOptions())
		if got := s.Score(p[0], p[1]); !cmp.Equal(got, want) {
			t.Errorf("Scorer.Score(%q, %q) = %+v, want %+v", p[0].Text, p[1].Text, got, want)
		}
	}
}

func BenchmarkScorer(b *testing.B) {
	x := claims.FromText("Pakistan has opened three new border crossings to expedite the deportation of Afghan migrants, with nearly 300,000 Afghans leaving Pakistan in recent weeks.")
	y := claims.FromText("Pakistan tightening border controls, deporting nearly 300,000 Afghan migrants in recent weeks.")
	s := compare.NewScorer(compare.DefaultOptions())
	b.ReportAllocs()
	for b.Loop() {
		s.Score(x, y)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func TestScorerCompareMatchesCompare(t *testing.T) {
	docs := loadSeeds(t)
	s := compare.NewScorer(compare.DefaultOptions())
	got := s.Compare(docs)
	want := compare.Compare(docs, compare.DefaultOptions())
	if !cmp.Equal(got, want) {
		t.Error("Scorer.Compare differs from Compare")
	}
	// the cache is shared: scoring after Compare gives ScorePair's result
	a, b := &docs[0].Claims[0], &docs[1].Claims[0]
	if !cmp.Equal(s.Score(a, b), compare.ScorePair(a, b, compare.DefaultOptions())) {
		t.Error("Scorer.Score after Compare differs from ScorePair")
	}
}
