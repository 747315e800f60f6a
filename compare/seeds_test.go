package compare_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

func loadSeeds(t testing.TB) []*claims.Document {
	t.Helper()
	docs, err := ingest.Load([]string{filepath.Join("..", "testdata", "seeds")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// TestSeeds checks the seed groups the scorer finds today: the 2021
// takeover refines ("2021" vs "August 2021"); the Durand Line dispute and
// the 300,000 deportees are single-source.
func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	res := compare.Compare(docs, compare.DefaultOptions())
	groupOf := func(sub string) *compare.Group {
		for i, g := range res.Groups {
			for _, c := range g.Claims {
				if strings.Contains(c.Text, sub) {
					return &res.Groups[i]
				}
			}
		}
		return nil
	}
	g := groupOf("takeover of Kabul in August 2021")
	if g == nil || g.Relation != compare.Refine {
		t.Errorf("takeover group = %+v, want relation refine", g)
	} else if !strings.Contains(g.Claims[0].Text, "in 2021") {
		t.Errorf("takeover group misses the 2021 claim: %+v", g.Claims)
	}
	for _, sub := range []string{"Durand Line", "300,000"} {
		if g := groupOf(sub); g != nil {
			t.Errorf("%q should be single-source, got group %+v", sub, g.Claims)
		}
	}
	again := compare.Compare(docs, compare.DefaultOptions())
	if len(again.Groups) != len(res.Groups) || len(again.Single) != len(res.Single) {
		t.Fatal("two runs differ")
	}
	for i := range res.Groups {
		if res.Groups[i].ID != again.Groups[i].ID || res.Groups[i].Claims[0] != again.Groups[i].Claims[0] {
			t.Fatalf("group %d differs between runs", i)
		}
	}
}
