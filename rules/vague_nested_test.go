package rules

import (
	"slices"
	"strings"
	"testing"
)

// TestVagueGroupInNamedClaim checks attribution-vague on groups inside what
// a named speaker says: a group that is what the claim is about is no
// source ("Zimmer said another senior official had threatened"), while a
// source speaking in its own words, or a marker, is one wherever it stands.
func TestVagueGroupInNamedClaim(t *testing.T) {
	for _, tc := range []struct {
		text, source string // source "" wants no finding
	}{
		{"The mayor, Dawn Zimmer, said the lieutenant governor and another senior administration official had threatened to withhold aid.", ""},
		{"In victory, Mr. Brat said that his campaign had resonated with voters who believed that politics had been dumbed down.", ""},
		{"The group says it has not changed its view, though a top official with the group said it is open to talks.", "a top official with the group"},
		{"Governor Lee said the bridge would reportedly cost $2 billion.", "reportedly"},
		{"Critics worry that the deal leaves out smaller farms.", "Critics"},
		// a description of a named source is that source
		{"King, a Republican of New York and a longtime critic of proposals to change the immigration system, said it was significant.", ""},
		{"Rep. Steve King, a fierce critic of the bill, said the vote would fail.", ""},
		// a group doing something, described by a relative clause, is no source
		{"On Thursday, aides to House conservatives who oppose the leadership's plan gathered in the office of Senator Jeff Sessions.", ""},
	} {
		got := messagesOf(t, "attribution-vague", "Headline of the story\n\n"+tc.text+"\n")
		named := slices.ContainsFunc(got, func(m string) bool {
			return strings.Contains(m, `to "`+tc.source+`"`) || strings.Contains(m, `("`+tc.source+`", with no one named)`)
		})
		if tc.source == "" && len(got) > 0 || tc.source != "" && !named {
			t.Errorf("%q: vague sources %q, want %q", tc.text, got, tc.source)
		}
	}
}

// TestVagueQuoteOnce checks that attribution-vague reports a vague or
// anonymous speaker once per mention: the quote that goes on from an
// attributed one is the same source's words, not a second finding.
func TestVagueQuoteOnce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{`"We are not going after existing stock," said a senior administration official. "We are going to limit it to the manufacturing of assault weapons."`, 1},
		{`"We are not going after existing stock," said a senior administration official.` + "\n\n" + `"We will not wait," an aide said.`, 2},
		{`"We will not wait," an aide said. "Nor will the Senate," another aide said.`, 2},
	} {
		got := messagesOf(t, "attribution-vague", "Headline of the story\n\n"+tc.text+"\n")
		if len(got) != tc.want {
			t.Errorf("%q: %d findings %q, want %d", tc.text, len(got), got, tc.want)
		}
	}
}

// TestMarkerMessage checks that a marker passing a claim on without a
// source is named as the words that do so, not as whom it is attributed to.
func TestMarkerMessage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The reform reportedly stalled in committee.", `attributed only vaguely ("reportedly", with no one named)`},
		{"The mayor has also come under criticism for the delays.", `("come under criticism", with no one named)`},
		{"Critics say the reform stalled in committee.", `attributed only vaguely, to "Critics"`},
	} {
		got := messagesOf(t, "attribution-vague", "Headline\n\n"+tc.text+"\n")
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%q: %q, want one message with %q", tc.text, got, tc.want)
		}
	}
}
