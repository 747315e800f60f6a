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
		// a past form opening an aside after a noun, when a finite verb follows the aside
		{"The video, posted to YouTube last Friday, shows the man.", "posted", "VBN"},
		{"The senator, asked about the vote, said he would abstain.", "asked", "VBN"},
		{"He arrived, stayed an hour, left before dinner.", "stayed", "VBD"}, // a series of the subject's verbs
		// a past form after a noun and before "by", once the sentence has its verb
		{"He said in an interview first posted online by the newspaper that he would run.", "posted", "VBN"},
		{"She spoke at a rally organized by the union on Friday.", "organized", "VBN"},
		{"They no longer prioritize civil rights.", "prioritize", "VBP"},
		{"In addition we only ever comply with court orders.", "comply", "VBP"},
		{"They will prioritize civil rights.", "prioritize", "VB"},          // after a modal
		{"The group wants to prioritize civil rights.", "prioritize", "VB"}, // after "to"
		{"He will let them decide.", "decide", "VB"},                        // a verb of the clause before it
		// a sentence without a finite verb takes the tagger's second choice
		{"The 9/12 Project sets forth nine values.", "sets", "VBZ"},
		{"His district stretches from Richmond to the Washington suburbs.", "stretches", "VBZ"},
		{"The program accounts for nearly one in seven intelligence reports.", "accounts", "VBZ"},
		{"His presidential campaign plans to bring more than 600 Texans to Iowa.", "plans", "VBZ"},
		{"Obama's campaign immediately pounced on the former governor's comments.", "pounced", "VBD"},
		{"The Obama campaign, of course, relished in the focus on his behavior.", "relished", "VBD"},
		{"The district's voters plan to march.", "voters", "NNS"},                              // a finite verb is there
		{"Tea Party supporters (at 20 percent)", "supporters", "NNS"},                          // a fragment with no verb in doubt
		{"Pakistan tightening border controls, deporting 300,000 migrants", "controls", "NNS"}, // the participle's object
		{"Taliban-Pakistan relations strained by cross-border terrorism and trade restrictions", "strained", "VBN"},
		{"Those markets house some of the state's largest communities.", "'s", "POS"}, // never a clitic
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
