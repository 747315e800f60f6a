package compare

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// story is a collection in which "Taliban" occurs in every claim.
func story() []*claims.Claim {
	var cs []*claims.Claim
	for i := range MinCollection {
		cs = append(cs, &claims.Claim{Text: fmt.Sprintf("The Taliban met envoy%d in city%d", i, i)})
	}
	return cs
}

func TestCollectionWeights(t *testing.T) {
	cs := story()
	col := NewCollection(cs)
	p := col.in(prepare(&claims.Claim{Text: "Taliban envoy3"}))
	w := map[string]float64{}
	for i, id := range p.content {
		w[stemOf(p, id)] = p.idf[i]
	}
	if !(w["taliban"] < w["envoy3"]) {
		t.Errorf("weights %v: a name in every claim should weigh less than a word in one", w)
	}
	small := NewCollection(cs[:MinCollection-1])
	q := prepare(&claims.Claim{Text: "Taliban envoy3"})
	if r := small.in(q); r != q {
		t.Error("a collection below MinCollection should leave weights unchanged")
	}
	var none *Collection
	if r := none.in(q); r != q {
		t.Error("a nil collection should leave weights unchanged")
	}
}

func TestCoverage(t *testing.T) {
	col := NewCollection(story())
	cases := []struct {
		summary, other string
		min, max       float64
	}{
		{"Taliban met envoy3", "The Taliban met envoy3 in city3", 1, 1},
		{"Taliban met envoy3", "The Taliban met envoy4 in city4", 0, 0.5},
		{"Taliban purchase envoy3", "The Taliban buy envoy3", 0.99, 1}, // purchase and buy share a synset
		{"", "The Taliban met envoy3", 0, 0},
	}
	for _, c := range cases {
		got := col.Coverage(&claims.Claim{Text: c.summary}, &claims.Claim{Text: c.other})
		if got < c.min || got > c.max {
			t.Errorf("Coverage(%q, %q) = %.3f, want in [%g, %g]", c.summary, c.other, got, c.min, c.max)
		}
	}
}
