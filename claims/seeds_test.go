package claims_test

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

func loadSeeds(t *testing.T) []*claims.Document {
	t.Helper()
	docs, err := ingest.Load([]string{"../testdata/seeds"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// claimsOf returns the claims of docs that came from the sentence holding
// the given words.
func claimsOf(docs []*claims.Document, sentence string) []claims.Claim {
	var out []claims.Claim
	for _, d := range docs {
		for _, c := range d.Claims {
			if strings.Contains(d.Sentences[c.Sentence].Text, sentence) {
				out = append(out, c)
			}
		}
	}
	return out
}

func TestSeedsHaveNoChromeClaims(t *testing.T) {
	chrome := []string{"author-image", "Updated On", "New Update", "Geeta Pillai", "Trim Correspondents"}
	for _, d := range loadSeeds(t) {
		headlines := 0
		for _, c := range d.Claims {
			for _, ch := range chrome {
				if strings.Contains(c.Text, ch) {
					t.Errorf("%s: claim %s holds chrome %q: %q", d.Path, c.ID, ch, c.Text)
				}
			}
			if c.Role == claims.RoleHeadline {
				headlines++
			}
		}
		if headlines == 0 || headlines > 2 {
			t.Errorf("%s: %d headline claims; the repeated headlines must be chrome", d.Path, headlines)
		}
	}
}

func TestSeedTakeawaysAreClaims(t *testing.T) {
	for _, d := range loadSeeds(t) {
		bullets := 0
		for _, b := range d.Blocks {
			if b.Kind == claims.KindListItem {
				bullets++
			}
		}
		covered := map[int]bool{}
		for _, c := range d.Claims {
			if c.Role == claims.RoleTakeaway {
				covered[d.Sentences[c.Sentence].Block] = true
			}
		}
		if bullets != 5 || len(covered) != bullets {
			t.Errorf("%s: %d bullets, %d of them yield takeaway claims", d.Path, bullets, len(covered))
		}
	}
}

// TestSeedSentences pins what the acceptance criteria ask of particular
// seed sentences; each case names its sentence and what must come out of it.
func TestSeedSentences(t *testing.T) {
	docs := loadSeeds(t)
	tests := []struct {
		sentence string
		check    func(t *testing.T, cs []claims.Claim)
	}{
		{"Pakistan has opened three new border crossings to expedite the deportation of Afghan migrants, with nearly 300,000 Afghans", func(t *testing.T, cs []claims.Claim) {
			var three, nearly bool
			for _, c := range cs {
				for _, n := range c.Numbers {
					three = three || n.Value == 3
					nearly = nearly || (n.Value == 300000 && n.Approx == "nearly")
				}
			}
			if len(cs) < 2 || !three || !nearly {
				t.Errorf("want >= 2 claims with 3 and nearly 300000, got %d claims: %+v", len(cs), cs)
			}
		}},
		{"since the Taliban's takeover of Kabul in August 2021", func(t *testing.T, cs []claims.Claim) {
			for _, c := range cs {
				for _, d := range c.Dates {
					if d.Text == "August 2021" && d.Granularity == claims.GranMonth && d.Year == 2021 && d.Month == 8 {
						return
					}
				}
			}
			t.Errorf("no month-granularity August 2021 in %+v", cs)
		}},
		{"Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny.", func(t *testing.T, cs []claims.Claim) {
			var accused, denied bool
			for _, c := range cs {
				accused = accused || (c.Attribution.Source == "Pakistan" && c.Attribution.Cue == "accused" && !c.Negated)
				denied = denied || (strings.EqualFold(c.Attribution.Source, "the Taliban") && c.Negated)
			}
			if !accused || !denied {
				t.Errorf("want the accusation attributed to Pakistan and a negated claim attributed to the Taliban, got %+v", cs)
			}
		}},
		{"including trade restrictions, the expulsion of Afghan migrants, and airstrikes", func(t *testing.T, cs []claims.Claim) {
			for _, item := range []string{"trade restrictions", "the expulsion of Afghan migrants", "airstrikes targeting militant hideouts in Afghanistan"} {
				n := 0
				for _, c := range cs {
					if strings.Contains(c.Text, item) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("item %q is in %d claims, want exactly 1: %+v", item, n, cs)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence[:min(len(tt.sentence), 40)], func(t *testing.T) {
			cs := claimsOf(docs, tt.sentence)
			if len(cs) == 0 {
				t.Fatalf("no claims from the sentence holding %q", tt.sentence)
			}
			tt.check(t, cs)
		})
	}
}

// TestSpansPointAtClaimWords checks the position invariant on the seeds:
// every claim, number and date span indexes the original bytes, and a
// number's span holds its text.
func TestSpansPointAtClaimWords(t *testing.T) {
	for _, d := range loadSeeds(t) {
		for _, c := range d.Claims {
			if c.Span.Start < 0 || c.Span.End > len(d.File.Src) || c.Span.Start >= c.Span.End {
				t.Fatalf("%s: bad span %+v", c.ID, c.Span)
			}
			for _, n := range c.Numbers {
				if got := d.File.Text(n.Span); got != n.Text {
					t.Errorf("%s: number span text %q != %q", c.ID, got, n.Text)
				}
			}
		}
	}
}

func TestAnalyzeIsDeterministic(t *testing.T) {
	a, b := loadSeeds(t), loadSeeds(t)
	for i := range a {
		if len(a[i].Claims) != len(b[i].Claims) {
			t.Fatalf("claim counts differ: %d vs %d", len(a[i].Claims), len(b[i].Claims))
		}
		for j := range a[i].Claims {
			if a[i].Claims[j].ID != b[i].Claims[j].ID || a[i].Claims[j].Text != b[i].Claims[j].Text {
				t.Fatalf("claim %d differs", j)
			}
		}
	}
}
