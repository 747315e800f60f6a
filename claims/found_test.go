package claims

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// TestAttachFound checks which claims of a sentence a found source goes to:
// the claims whose words it covers, never a claim made of its own words.
func TestAttachFound(t *testing.T) {
	sentence := "Critics, who spoke on Friday, said the plan failed."
	src := attrib.Found{Start: 0, End: 28, Text: "Critics, who spoke on Friday", Cue: "said", Kind: attrib.Vague}
	tests := []struct {
		name  string
		claim Span
		want  AttributionKind
	}{
		{"the claim the source makes", Span{0, 50}, AttrVague},
		{"the source's own relative clause", Span{0, 28}, AttrNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := []Claim{{Text: sentence[tc.claim.Start:tc.claim.End], Span: tc.claim, Attribution: Attribution{Kind: AttrNone}}}
			attachFound(cs, []attrib.Found{src})
			if got := cs[0].Attribution.Kind; got != tc.want {
				t.Errorf("attribution of %q = %q, want %q", cs[0].Text, got, tc.want)
			}
		})
	}
}
