package compare_test

import (
	"path/filepath"
	"slices"
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

// groupOf returns the first group with a claim containing sub, or nil.
func groupOf(res *compare.Result, sub string) *compare.Group {
	for i, g := range res.Groups {
		for _, c := range g.Claims {
			if strings.Contains(c.Text, sub) {
				return &res.Groups[i]
			}
		}
	}
	return nil
}

func docsOf(g *compare.Group) []string {
	var ds []string
	for _, c := range g.Claims {
		ds = append(ds, c.Doc)
	}
	slices.Sort(ds)
	return slices.Compact(ds)
}

// TestSeeds checks the seed groups through the whole pipeline (ingest,
// claims, Compare): the 2021 takeover refines across the two articles
// ("2021" vs "August 2021"); the Durand Line dispute and the 300,000
// deportees are single-source, though the deportees' body claim and its
// own takeaway form a one-document summary group; every one-document
// group holds a summary claim; two runs give the same result.
func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	res := compare.Compare(docs, compare.DefaultOptions())
	g := groupOf(res, "takeover of Kabul in August 2021")
	if g == nil || g.Relation != compare.Refine || len(docsOf(g)) != 2 {
		t.Errorf("takeover group = %+v, want relation refine across two documents", g)
	} else if !strings.Contains(g.Claims[0].Text, "in 2021") {
		t.Errorf("takeover group misses the 2021 claim: %+v", g.Claims)
	}
	single := map[string]bool{}
	for _, c := range res.Single {
		single[c.Doc+"/"+c.Claim] = true
	}
	for _, sub := range []string{"Durand Line", "300,000"} {
		n := 0
		for _, d := range docs {
			for _, c := range d.Claims {
				if strings.Contains(c.Text, sub) {
					n++
					if !single[d.ID+"/"+c.ID] {
						t.Errorf("%s %q should be single-source", c.ID, c.Text)
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("no claim mentions %q", sub)
		}
	}
	if g := groupOf(res, "Nearly 300,000 Afghans leaving Pakistan"); g == nil || len(g.Claims) != 2 || !strings.Contains(g.Claims[1].Text, "deporting nearly 300,000") {
		t.Errorf("300,000 body and takeaway should form a summary group, got %+v", g)
	}
	roles := map[string]claims.Role{}
	for _, d := range docs {
		for _, c := range d.Claims {
			roles[d.ID+"/"+c.ID] = c.Role
		}
	}
	for _, g := range res.Groups {
		if len(docsOf(&g)) > 1 {
			continue
		}
		summary := false
		for _, c := range g.Claims {
			r := roles[c.Doc+"/"+c.Claim]
			summary = summary || r == claims.RoleHeadline || r == claims.RoleDek || r == claims.RoleTakeaway
		}
		if !summary {
			t.Errorf("one-document group %s without a summary claim: %+v", g.ID, g.Claims)
		}
	}
	again := compare.Compare(docs, compare.DefaultOptions())
	if len(again.Groups) != len(res.Groups) || len(again.Single) != len(res.Single) {
		t.Fatal("two runs differ")
	}
	for i := range res.Groups {
		if res.Groups[i].ID != again.Groups[i].ID || !slices.Equal(res.Groups[i].Claims, again.Groups[i].Claims) {
			t.Fatalf("group %d differs between runs", i)
		}
	}
}

// TestSeedsRoughGrouping checks the opt-in grouping of roughly equivalent
// claims: at the STS-learned threshold the surge of violence against
// Pakistani forces groups the first article's takeaway with the second's
// body.
func TestSeedsRoughGrouping(t *testing.T) {
	docs := loadSeeds(t)
	opt := compare.DefaultOptions()
	opt.GroupThreshold = compare.RoughThreshold
	res := compare.Compare(docs, opt)
	g := groupOf(res, "Violence against Pakistani security forces has surged")
	if g == nil || groupOf(res, "Surge in militant violence in Pakistan") != g {
		t.Errorf("surge group = %+v, want the takeaway and the body claim together", g)
	}
	if d := compare.Compare(docs, compare.DefaultOptions()); len(d.Groups) >= len(res.Groups) {
		t.Errorf("rough grouping found %d groups, paraphrases only %d; want more", len(res.Groups), len(d.Groups))
	}
}
