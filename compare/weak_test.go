package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// TestWeakClaimsAlign checks when two claims with a bare pronoun subject
// and few content words align across outlets: only as the same sentence,
// word for word (one quote copied by both), never on a shared frame.
func TestWeakClaimsAlign(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"It can make her strong again.", "It can make her strong again.", true},
		{"It was very unfair.", "It was very unfair.", false}, // under minSameWords words
		{"This has led to tensions.", "This has led to attacks.", false},
		{"It can make her strong again.", "It made her strong again.", false},
		{"They cannot believe what they found.", "They cannot believe what they found.", true},
	} {
		var docs []*claims.Document
		for i, text := range []string{"Ad airs\n\nThe governor released an ad on Tuesday. " + tc.a + "\n", "New ad\n\nThe campaign spent $1 million on the spot. " + tc.b + "\n"} {
			d, err := ingest.Parse([]string{"a.txt", "b.txt"}[i], []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			d.ID = []string{"d1", "d2"}[i]
			docs = append(docs, d)
		}
		claims.AnalyzeAll(docs, claims.Options{})
		got := false
		for _, g := range Compare(docs, DefaultOptions()).Groups {
			var ta, tb bool
			for _, c := range g.Claims {
				ta = ta || c.Doc == "d1" && c.Text+"." == tc.a
				tb = tb || c.Doc == "d2" && c.Text+"." == tc.b
			}
			got = got || ta && tb
		}
		if got != tc.want {
			t.Errorf("%q / %q aligned %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
