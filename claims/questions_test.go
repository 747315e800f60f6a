package claims_test

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// TestWriterQuestionsAreNoClaims checks that a question in the writer's
// own words states no claim, while a question someone is said to ask, or
// one inside a quote, stays a claim of who asked what; and that a
// one-word sentence is no claim.
func TestWriterQuestionsAreNoClaims(t *testing.T) {
	for _, tc := range []struct {
		body  string
		claim string // the claim text looked for
		want  bool   // whether it is a claim
	}{
		{"Is the photo of him real? Nobody knows.", "Is the photo of him real", false},
		{"Was the message what the movement needed to hear? Many doubted it.", "Was the message what the movement needed to hear", false},
		{"Is the photo of him real? Nobody knows.", "Nobody knows", true},
		{"Who will pay for the wall, the senator asked.", "Who will pay for the wall", true},
		{"“Is it true that the pay gap was smaller?” Justice Roberts asked.", "Is it true that the pay gap was smaller", true},
		{"He told the crowd: “We need a big tent. Can we get a bigger tent?”", "Can we get a bigger tent", true},
		{"The mayor will decide by Friday.", "The mayor will decide by Friday", true},
		// one word states nothing to check; two can
		{"The goal was obvious: push back. Hard.", "Hard", false},
		{"“Why?” he asked.", "Why", false},
		{"He paused. Then he left.", "He paused", true},
	} {
		doc, err := ingest.Parse("a.txt", []byte("Headline of the story\n\n"+tc.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		claims.Analyze(doc, claims.Options{})
		got := slices.ContainsFunc(doc.Claims, func(c claims.Claim) bool { return c.Text == tc.claim })
		if got != tc.want {
			var texts []string
			for _, c := range doc.Claims {
				texts = append(texts, c.Text)
			}
			t.Errorf("%q: claim %q present %v, want %v (claims %q)", tc.body, tc.claim, got, tc.want, texts)
		}
	}
}
