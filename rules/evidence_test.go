package rules

import (
	"regexp"
	"strings"
	"testing"
)

func TestEvidenced(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The latest Fox News poll of likely voters showed Romney at 46 percent.", true},
		{"Census data found 12 million households.", true},
		{"Internal e-mails showed the agency knew.", true},
		{"The polling, released Monday, showed a tie.", false},                     // a comma breaks the words between
		{"The report that was released on Friday afternoon showed losses.", false}, // five words between
		{"The report released on Friday afternoon showed losses.", true},           // four
		{"Ryan spoke for an hour, mentioning the $831 billion stimulus.", true},
		{"Comments from Mark Zandi projecting 1.6 million jobs", true},
		{"He reported that 40 people showed up.", false},  // "reported" is not a report
		{"The reports' authors showed restraint.", false}, // the noun must end its word
		{"The showdown drew 5,000 people.", false},
		{"POLLS SHOW a lead of 8 points.", true},
		{"An e-mail showed the plan.", false}, // only the plural, as the papers are
		{"The survey-showed figures", false},
		{"Studies\tshowed\nthat", true},
		{"The $6,400 figure is based on a study of his earlier plan.", true},
		{"The estimate is based on census data.", true},
		{"The award is based on merit.", false},
		{"based on the new federal data", false}, // three words between
		{"", false},
	}
	for _, tt := range tests {
		if got := evidenced(tt.text); got != tt.want {
			t.Errorf("evidenced(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// evidencePattern is the regular expression evidenced replaced; the fuzz
// target holds the scanner to it.
var evidencePattern = regexp.MustCompile(`(?i)\b(?:polls?|polling|surveys?|study|studies|reports?|data|analysis|analyses|estimates?|census|figures|records|filings?|audit|documents?|e-?mails|slides|papers|review)\b(?:\s+[\w’'-]+){0,4}?\s+(?:show|shows|showed|shown|found|finds|suggests?|suggested|indicates?|indicated|estimated?|puts?|put|revealed|reveals|detailed|details|listed|lists)\b|\bbased\s+on(?:\s+[\w’'-]+){0,2}?\s+(?:polls?|polling|surveys?|study|studies|reports?|data|analysis|analyses|estimates?|census|figures|records|filings?|audit|documents?|e-?mails|slides|papers|review)\b|\b(?:mentioning|citing|cited|projecting|estimating|predicting|noting)\b`)

func FuzzEvidenced(f *testing.F) {
	for _, s := range []string{"The poll of voters showed", "data found", "citing officials", "e-mails  detailed", "reports' x y z w shows"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\u212a\u017f") {
			t.Skip() // folds to k and s under the pattern's Unicode (?i), not under ASCII case
		}
		if got, want := evidenced(s), evidencePattern.MatchString(s); got != want {
			t.Fatalf("evidenced(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
