package compare

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/google/go-cmp/cmp"
)

// seedsTwice returns the seed articles and an exact copy of each under
// another path ("copy/..."), analyzed, with ids d1..d4 by path: copies make
// every score tie with its twin's, so any tie broken by input order shows.
func seedsTwice(t *testing.T) []*claims.Document {
	t.Helper()
	dir := filepath.Join("..", "testdata", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*claims.Document
	for _, prefix := range []string{"", "copy/"} {
		for _, en := range entries {
			src, err := os.ReadFile(filepath.Join(dir, en.Name()))
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.Parse(prefix+en.Name(), src)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	slices.SortFunc(docs, func(a, b *claims.Document) int { return strings.Compare(a.Path, b.Path) })
	for i, d := range docs {
		d.ID = "d" + itoa(i+1)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// TestCompareOrderFree is a property test: Compare of the same documents in
// any order gives byte-identical JSON (groups, pairs, single claims), with
// the default candidate caps and with tight ones that force ties to be cut.
func TestCompareOrderFree(t *testing.T) {
	docs := seedsTwice(t)
	tight := DefaultOptions()
	tight.Candidates, tight.MaxPosting = 1, 3
	for name, opt := range map[string]Options{"default": DefaultOptions(), "tight caps": tight} {
		t.Run(name, func(t *testing.T) {
			want := resultJSON(t, Compare(docs, opt))
			r := rand.New(rand.NewPCG(13, 1))
			for range 12 {
				shuffled := slices.Clone(docs)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				if got := resultJSON(t, Compare(shuffled, opt)); got != want {
					var order []string
					for _, d := range shuffled {
						order = append(order, d.ID)
					}
					t.Fatalf("documents in order %v give another result:\n%s", order, cmp.Diff(want, got))
				}
			}
		})
	}
}

func resultJSON(t *testing.T, res *Result) string {
	t.Helper()
	b, err := json.MarshalIndent(res, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTwinsAlwaysFound checks that every claim with content words in a copy
// of an article groups with a claim of another document even when the
// candidate caps (one partner per claim, keys in at most three claims) would
// drop its twin; only weak claims (a bare pronoun subject and under
// minPronounContent content words), which never align as paraphrases, may
// stay single-source, and of two claims with one text from one sentence
// (a group takes one claim per sentence) one is enough.
func TestTwinsAlwaysFound(t *testing.T) {
	docs := seedsTwice(t)
	opt := DefaultOptions()
	opt.Candidates, opt.MaxPosting = 1, 3
	res := Compare(docs, opt)
	multi := map[[2]string]bool{}
	for _, g := range res.Groups {
		ds := map[string]bool{}
		for _, c := range g.Claims {
			ds[c.Doc] = true
		}
		for _, c := range g.Claims {
			multi[[2]string{c.Doc, c.Claim}] = multi[[2]string{c.Doc, c.Claim}] || len(ds) >= 2
		}
	}
	checked := 0
	for _, d := range docs {
		found := map[string]bool{} // sentence and text of a claim in a multi-document group
		for _, c := range d.Claims {
			if multi[[2]string{d.ID, c.ID}] {
				found[itoa(c.Sentence)+"\x00"+c.Text] = true
			}
		}
		for i := range d.Claims {
			c := &d.Claims[i]
			p := prepare(c)
			if len(p.content) == 0 || p.weak() {
				continue
			}
			checked++
			if !found[itoa(c.Sentence)+"\x00"+c.Text] {
				t.Errorf("%s %s %q: single-source, though its copy is in another document", d.Path, c.ID, c.Text)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d claims checked", checked)
	}
}
