package compare_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/synonyms"
	"github.com/kljensen/snowball/english"
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
// ("2021" vs "August 2021"); the surge of violence against Pakistani
// forces groups claims of both articles and agrees (the takeaways agree;
// the second body's added detail refines only its own pair); the takeaway on safe haven
// groups with its body; the headline on resisting Islamabad groups with
// its body and the second article's refusal of Pakistan's demands; no pair
// aligns on the story's names alone; the Durand Line dispute and the 300,000
// deportees are single-source, though the deportees' body claim and its
// own takeaway form a one-document summary group; every one-document
// group holds a summary claim; two runs give the same result.
func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	res := compare.Compare(docs, compare.DefaultOptions())
	g := groupOf(res, "takeover of Kabul in August 2021")
	if g == nil || g.Relation != compare.Refine || len(docsOf(g)) != 2 {
		t.Errorf("takeover group = %+v, want relation refine across two documents", g)
	} else if !slices.ContainsFunc(g.Claims, func(c compare.ClaimRef) bool { return strings.Contains(c.Text, "in 2021") }) {
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
	if g := groupOf(res, "Nearly 300,000 Afghans have been leaving Pakistan"); g == nil || len(g.Claims) != 2 || !strings.Contains(g.Claims[1].Text, "deporting nearly 300,000") {
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
	// the surge of violence against Pakistani forces: both articles
	if g := groupOf(res, "Violence against Pakistani security forces and civilians has surged"); g == nil || len(docsOf(g)) != 2 ||
		groupOf(res, "Surge in militant violence in Pakistan") != g || groupOf(res, "surge in militant violence within Pakistan's borders") != g {
		t.Errorf("surge group = %+v, want both articles' claims of the surge together", g)
	} else {
		// The group relates the first article's takeaway ("Surge in
		// militant violence in Pakistan") and body with the second's body
		// ("Violence against Pakistani security forces and civilians has surged since
		// the Taliban takeover"), which adds who was attacked and since
		// when: a refinement, with no divergence. (The second article's
		// takeaway, "This has led to surge in attacks on Pakistani
		// forces", covers too little of the first's arguments to align
		// by words alone: militant violence is not attacks on forces.)
		body := pairRelation(g, "Surge in militant violence in Pakistan", "since the Taliban takeover")
		if g.Relation == compare.Diverge || len(g.Divergences) != 0 || body != compare.Refine {
			t.Errorf("surge group relation %s %+v (body %q); want no divergence, the body's pair refining", g.Relation, g.Divergences, body)
		}
	}
	// Pakistan's accusation of safe haven: the takeaway's agentless
	// accusation agrees with the body's accusation (the body's denial, an
	// atomic claim of the same sentence, stays out of the group)
	if g := groupOf(res, "Taliban are providing safe haven"); g == nil || g.Relation != compare.Agree || !slices.ContainsFunc(g.Claims, func(c compare.ClaimRef) bool {
		return strings.Contains(c.Text, "Afghanistan is providing safe haven")
	}) {
		t.Errorf("safe haven group = %+v, want the takeaway agreeing with the body's accusation", g)
	}
	// the Taliban resisting Pakistan: the headline with the body, and
	// across the articles the second's refusal to comply with Pakistan's
	// demands, which states all that the first's "The Taliban have
	// resisted these efforts" states explicitly (resist and refuse share
	// a WordNet synset), without a negation divergence
	if g := groupOf(res, "Afghanistan Resists Islamabad's Influence"); g == nil || groupOf(res, "The Taliban have resisted these efforts") != g ||
		groupOf(res, "The Taliban are refusing to comply with Pakistan's demands") != g || len(docsOf(g)) != 2 {
		t.Errorf("resist group = %+v, want the headline, the body claim and the other article's refusal", g)
	} else if g.Relation == compare.Diverge {
		t.Errorf("resist group diverges: %+v", g.Divergences)
	}
	// no pair aligns on the story's names alone
	for _, g := range res.Groups {
		for _, p := range g.Pairs {
			if !sharesContent(p.A.Text, p.B.Text) {
				t.Errorf("%s aligns %q with %q on the story's names alone", g.ID, p.A.Text, p.B.Text)
			}
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

// pairRelation is the relation of g's pair joining claims containing a
// and b, or "" when g has no such pair.
func pairRelation(g *compare.Group, a, b string) compare.Relation {
	for _, p := range g.Pairs {
		if strings.Contains(p.A.Text, a) && strings.Contains(p.B.Text, b) || strings.Contains(p.A.Text, b) && strings.Contains(p.B.Text, a) {
			return p.Relation
		}
	}
	return ""
}

// storyNames are the names every claim of the seed story shares.
var storyNames = map[string]bool{"taliban": true, "pakistan": true, "pakistani": true, "afghanistan": true, "afghan": true, "islamabad": true}

// sharesContent reports whether two texts share a word of five letters
// or more that is not one of the story's names: the same word (compared
// on its first five letters, a crude stem), or two words of one WordNet
// synset ("resisted", "refusing").
func sharesContent(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) >= 5 && !storyNames[w] {
				out = append(out, w)
			}
		}
		return out
	}
	for _, x := range words(a) {
		ex, _ := synonyms.Lookup(english.Stem(x, true))
		for _, y := range words(b) {
			ey, _ := synonyms.Lookup(english.Stem(y, true))
			if x[:5] == y[:5] || slices.ContainsFunc(ex.Own, func(id uint32) bool { return slices.Contains(ey.Own, id) }) {
				return true
			}
		}
	}
	return false
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
	g := groupOf(res, "Violence against Pakistani security forces and civilians has surged")
	if g == nil || groupOf(res, "Surge in militant violence in Pakistan") != g {
		t.Errorf("surge group = %+v, want the takeaway and the body claim together", g)
	}
	if d := compare.Compare(docs, compare.DefaultOptions()); len(d.Groups) >= len(res.Groups) {
		t.Errorf("rough grouping found %d groups, paraphrases only %d; want more", len(res.Groups), len(d.Groups))
	}
}
