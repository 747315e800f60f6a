package atomic

import "testing"

func TestRepairTags(t *testing.T) {
	tests := []struct {
		in, word, want string
	}{
		{"The new bridge opened in Lagos on March 3, 2019.", "opened", "VBD"},
		{"The project inspired a major march in Washington.", "inspired", "VBD"},
		{"The summit ended in Geneva on Friday.", "ended", "VBD"},
		{"The bridge has opened in Lagos.", "opened", "VBN"},                    // after an auxiliary
		{"The report released by the ministry was short.", "released", "VBN"},   // before "by"
		{"The man arrested on Monday was released on bail.", "arrested", "VBN"}, // a reduced relative
		{"The officials have taken the files.", "taken", "VBN"},                 // no past-tense form
		{"They no longer prioritize civil rights.", "prioritize", "VBP"},
		{"In addition we only ever comply with court orders.", "comply", "VBP"},
		{"They will prioritize civil rights.", "prioritize", "VB"},          // after a modal
		{"The group wants to prioritize civil rights.", "prioritize", "VB"}, // after "to"
		{"He will let them decide.", "decide", "VB"},                        // a verb of the clause before it
	}
	for _, tt := range tests {
		ts, _ := tokens(tt.in)
		got := ""
		for _, x := range ts {
			if x.lw == tt.word {
				got = x.tag
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q tagged %s, want %s", tt.in, tt.word, got, tt.want)
		}
	}
}
