package atomic

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/jdkato/prose/v3/tag"
)

// proseTags tags s with prose's own tagger configured as the fast tagger
// is: the reference the fast tagger must reproduce.
func proseTags(t *testing.T, s string) (words, tags []string) {
	t.Helper()
	tg, err := tag.New(tag.WithLexicon(tag.Lexicon(tagLexicon)))
	if err != nil {
		t.Fatal(err)
	}
	ft := facts.Tokenize(s)
	pt := make([]tag.Token, len(ft))
	for i, x := range ft {
		pt[i].Text = x.Text
		words = append(words, x.Text)
	}
	tg.TagTokens(pt)
	for _, x := range pt {
		tags = append(tags, x.Tag)
	}
	return words, tags
}

func fastTags(s string) []string {
	ft := facts.Tokenize(s)
	out := make([]tok, len(ft))
	for i, x := range ft {
		out[i] = tok{Token: x, lw: lowerASCII(x.Text)}
	}
	englishTagger().tagAll(out)
	tags := make([]string, len(out))
	for i := range out {
		tags[i] = out[i].tag
	}
	return tags
}

func checkSameTags(t *testing.T, s string) bool {
	t.Helper()
	words, want := proseTags(t, s)
	got := fastTags(s)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%q: token %d %q tagged %s, prose says %s", s, i, words[i], got[i], want[i])
			return false
		}
	}
	return true
}

// TestPerceptronMatchesProse checks the fast tagger against prose's tagger,
// token for token, on crafted special cases and the seeds, and on the
// PolNeAR texts when ../shared/eval is present.
func TestPerceptronMatchesProse(t *testing.T) {
	if err := englishTagger().modelError; err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The U.S. sent 0 troops, said @reuters :) xD 8D -LRB- * *T*-1 - 1999 1,200 well-known Zürich ÉCOLE Über.",
		"Pakistan's army denies it; Taliban deny, while officials say according to sources, including police.",
		"", "a", "-", "--", "'s n't",
	} {
		checkSameTags(t, s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	polnear, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "polnear", "train", "text", "*.txt"))
	if len(polnear) == 0 {
		t.Log("PolNeAR texts absent (../shared/eval/polnear): checking the seeds only")
	}
	if len(polnear) > 200 {
		polnear = polnear[:200]
	}
	n := 0
	for _, f := range append(files, polnear...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range seedSentences(string(b)) {
			if !checkSameTags(t, s) {
				return
			}
			n++
		}
	}
	t.Logf("%d sentences tagged identically", n)
}

func TestLoadPerceptronBadModel(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("PROSETAG"), []byte("PROSETAG\x01\x00\x00\x00\xff\xff\xff\xff"), []byte("NOTAMODEL")} {
		if _, err := loadProseModel(b); err == nil {
			t.Errorf("loadProseModel(%q) accepted a bad model", b)
		}
	}
	p := &perceptron{modelError: os.ErrNotExist}
	ts := []tok{{Token: facts.Token{Text: "x"}}}
	p.tagAll(ts)
	if ts[0].tag != "" {
		t.Error("a failed model tagged a word")
	}
}
