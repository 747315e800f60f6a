package atomic

import "testing"

// TestNegatedDenial checks that a denial frame negates what it lifts, and
// a negated denial ("does not deny that ...") hedges it instead: it neither
// denies nor asserts the content.
func TestNegatedDenial(t *testing.T) {
	tests := []struct {
		in              string
		text            string // the lifted claim
		negated, hedged bool
		cue             string
	}{
		{"The statement does not deny that AARP is open to reducing benefits.", "AARP is open to reducing benefits", false, true, "does not deny"},
		{"The Taliban denied that they attacked the post.", "They attacked the post", true, false, "denied"},
		{"He never denied that he met the envoy.", "He met the envoy", false, true, "never denied"},
		{"The ministry did not deny reports that troops had crossed the border.", "Troops had crossed the border", false, true, "did not deny"},
		{"The company has denied that it paid the officials.", "It paid the officials", true, false, "denied"},
		{"The minister didn't deny that the talks had stalled.", "The talks had stalled", false, true, "didn't deny"},
		{"The spokesman flatly denied that the envoy had resigned.", "The envoy had resigned", true, false, "denied"},
	}
	for _, tc := range tests {
		var found bool
		for _, c := range Split(tc.in) {
			if c.Text != tc.text {
				continue
			}
			found = true
			if c.Negated != tc.negated || c.Hedged != tc.hedged || c.Attribution.Cue != tc.cue {
				t.Errorf("Split(%q): %q negated %v hedged %v cue %q, want %v %v %q", tc.in, c.Text, c.Negated, c.Hedged, c.Attribution.Cue, tc.negated, tc.hedged, tc.cue)
			}
		}
		if !found {
			t.Errorf("Split(%q) has no claim %q:\n%s", tc.in, tc.text, dump(tc.in, Split(tc.in)))
		}
	}
}
