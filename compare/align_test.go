package compare

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare/semantic"
)

// storyDocs parses texts as the articles a.txt, b.txt, ... of one story.
func storyDocs(t *testing.T, texts ...string) []*claims.Document {
	t.Helper()
	var docs []*claims.Document
	for i, text := range texts {
		d, err := ingest.Parse(string(rune('a'+i))+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.ID = "d" + itoa(i+1)
		docs = append(docs, d)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// TestAlignFeatures checks that the alignment features match their names
// for every engine and are symmetric in the two claims.
func TestAlignFeatures(t *testing.T) {
	docs := storyDocs(t,
		"Court hears Wal-Mart case\n\nThe Supreme Court heard arguments on Tuesday in the sex discrimination case against Wal-Mart.\n",
		"Justices weigh bias suit\n\nThe justices heard the lawsuit against Wal-Mart, which covers 1.5 million women, on Tuesday.\n")
	for _, e := range []semantic.Engine{nil, semantic.DefaultStatic()} {
		a, b := prepareWith(&docs[0].Claims[1], e), prepareWith(&docs[1].Claims[1], e)
		fab, fba := alignFeatures(a, b, false), alignFeatures(b, a, false)
		if names := AlignFeatureNamesFor(semanticOf(a, b)); len(fab) != len(names) {
			t.Fatalf("engine %v: %d features, %d names", e, len(fab), len(names))
		}
		for i := range fab {
			if fab[i] != fba[i] {
				t.Errorf("engine %v: feature %s is %v one way, %v the other", e, AlignFeatureNamesFor(semanticOf(a, b))[i], fab[i], fba[i])
			}
		}
	}
}

// TestVetoFree checks the pairs the alignment model never decides: a weak
// pronoun claim beside other words, one frame with a different argument in
// the same role.
func TestVetoFree(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"The Senate passed the bill on Tuesday.", "Senators approved the measure on Tuesday.", true},
		{"This has led to tensions.", "This has led to attacks.", false},
		{"It can make her strong again.", "It can make her strong again.", true},
		{"The United States signed a trade deal with Australia.", "The United States signed a trade deal with South Korea.", false},
		{"Pakistan closed the border crossing at Torkham.", "Pakistan closed the Torkham border crossing.", true},
	} {
		docs := storyDocs(t, tc.a+"\n", tc.b+"\n")
		if len(docs[0].Claims) == 0 || len(docs[1].Claims) == 0 {
			t.Fatalf("%q / %q: no claims", tc.a, tc.b)
		}
		if got := vetoFree(prepare(&docs[0].Claims[0]), prepare(&docs[1].Claims[0])); got != tc.want {
			t.Errorf("vetoFree(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCandidatesCrossDocument checks that Candidates pairs only claims of
// two articles, each with a full feature vector.
func TestCandidatesCrossDocument(t *testing.T) {
	docs, err := ingest.Load([]string{filepath.Join("..", "testdata", "seeds")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	cands := Candidates(docs, DefaultOptions())
	if len(cands) == 0 {
		t.Fatal("no candidates on the seeds")
	}
	n := len(AlignFeatureNamesFor(""))
	for _, c := range cands {
		if c.A.Doc == c.B.Doc {
			t.Fatalf("candidate within one document: %q / %q", c.A.Text, c.B.Text)
		}
		if len(c.Features) != n {
			t.Fatalf("candidate %q / %q has %d features, want %d", c.A.Text, c.B.Text, len(c.Features), n)
		}
	}
}

// TestSharedWeight checks that the alignment feature sharedWeight grows with the
// rarity of the shared words in the story (the story() collection, where
// "Taliban" is in every claim) and is zero when nothing is shared.
func TestSharedWeight(t *testing.T) {
	col := NewCollection(story())
	weight := func(a, b string) float64 {
		f := alignFeatures(col.in(prepare(&claims.Claim{Text: a})), col.in(prepare(&claims.Claim{Text: b})), false)
		return f[slices.Index(AlignFeatureNamesFor(""), "sharedWeight")]
	}
	common := weight("The Taliban met envoy3", "The Taliban met envoy4")
	for _, tc := range []struct {
		a, b    string
		heavier bool // shares more than two claims meeting only on "Taliban met"
		zero    bool
	}{
		{"The Taliban met envoy3", "The Taliban met envoy3 in city3", true, false},
		{"Envoy3 arrived", "Envoy3 left city3", true, false},
		{"The Taliban met envoy3", "Rain fell on city9", false, true},
	} {
		got, back := weight(tc.a, tc.b), weight(tc.b, tc.a)
		if got != back {
			t.Errorf("sharedWeight of (%q, %q) = %v one way, %v the other", tc.a, tc.b, got, back)
		}
		if tc.heavier && !(got > common) {
			t.Errorf("sharedWeight of (%q, %q) = %.3f, want more than %.3f (sharing only the story's common words)", tc.a, tc.b, got, common)
		}
		if tc.zero != (got == 0) {
			t.Errorf("sharedWeight of (%q, %q) = %.3f, want zero %v", tc.a, tc.b, got, tc.zero)
		}
	}
}
