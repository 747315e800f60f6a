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

// TestAttachFoundInsideSpeaker checks that a vague marker inside a named
// speaker's description sources the claim made of that description, and
// not the speaker's content, which keeps the named speaker.
func TestAttachFoundInsideSpeaker(t *testing.T) {
	sentence := "AARP, the lobby that has been seen as an opponent of cuts, said it was open to reductions."
	speaker := Span{0, 57}    // "AARP, the lobby ... of cuts"
	marker := Span{25, 37}    // "been seen as"
	appositive := Span{0, 57} // "AARP is the lobby that has been seen as an opponent of cuts"
	content := Span{64, 90}   // "it was open to reductions"
	if got := sentence[marker.Start:marker.End]; got != "been seen as" {
		t.Fatalf("marker span holds %q", got)
	}
	cs := []Claim{
		{Text: "AARP is the lobby that has been seen as an opponent of cuts", Span: appositive, Attribution: Attribution{Kind: AttrNone}},
		{Text: "It was open to reductions", Span: content, Attribution: Attribution{Source: sentence[speaker.Start:speaker.End], SourceSpan: speaker, Cue: "said", Kind: AttrNamed}},
	}
	attachFound(cs, []attrib.Found{{Start: marker.Start, End: marker.End, Text: "been seen as", Cue: "been seen as", Kind: attrib.Vague}})
	if got := cs[0].Attribution.Kind; got != AttrVague {
		t.Errorf("the description's claim: attribution %q, want vague", got)
	}
	if got := cs[1].Attribution.Kind; got != AttrNamed {
		t.Errorf("the speaker's content: attribution %q, want named", got)
	}
}
