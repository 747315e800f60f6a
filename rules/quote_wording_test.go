package rules

import "testing"

// TestQuoteWording checks when two quotes of one speech count as worded
// differently: beyond punctuation, function words, inflection,
// contractions, title abbreviations and the writer's bracketed insertions,
// comparing the shorter quote with the part of the longer it matches best.
func TestQuoteWording(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		reworded bool
	}{
		{"Hello, my name is the Republican Party, and I got a problem. I'm addicted to spending and big government,", "Hello, my name is the Republican Party and I have a problem!", true},
		{"The fact is that every day that passes, Iran gets closer and closer to a nuclear bomb,", "The fact is that every day that passes, Iran gets closer and closer to nuclear arms,", true},
		{"President Obama has said that he is determined to prevent Iran from getting nuclear weapons", "President Obama has said that he's determined to prevent Iran from getting nuclear weapons and I appreciate that", false},
		{"Sen. Reid respects that but thinks that the mosque should be built someplace else.", "Senator Reid respects that but thinks that the mosque should be built someplace else.", false},
		{"now these (local) supervisors have too much discretion", "now these supervisors have too much discretion", false},
		{"I'm not ashamed to admit I'm a Christian", "I’m not ashamed to admit that I’m a Christian", false},
	} {
		sim := windowSimilarity(tc.a, tc.b)
		got := sim >= 0.6 && !sameContentStems(tc.a, tc.b) && !sameWindowStems(tc.a, tc.b)
		if got != tc.reworded {
			t.Errorf("%q / %q: reworded %v (similarity %.2f), want %v", tc.a, tc.b, got, sim, tc.reworded)
		}
	}
}
