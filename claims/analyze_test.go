package claims

import "testing"

// TestBeforeTime checks that a time after a source phrase is cut from it.
func TestBeforeTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr. Obama on Wednesday", "Mr. Obama"},
		{"Officials on Friday night", "Officials"},
		{"The mayor yesterday", "The mayor"},
		{"Critics last week", "Critics"},
		{"Monday", "Monday"},
		{"A spokesman for the ministry", "A spokesman for the ministry"},
	}
	for _, tc := range tests {
		if got := tc.in[:beforeTime(tc.in, 0, len(tc.in))]; got != tc.want {
			t.Errorf("beforeTime(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
