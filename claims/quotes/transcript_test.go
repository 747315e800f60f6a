package quotes

import "testing"

func TestTranscriptLabel(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"WALLACE: Let's start.", 7},
		{"SEN. JOHN MCCAIN: We will not.", 16},
		{"O'ROURKE: Thanks.", 8},
		{"Wallace: Let's start.", 0},  // not upper case
		{"A: Yes.", 0},                // one letter: a list marker, not a name
		{"NATO said: more troops", 0}, // a sentence, not a label
		{"WALLACE:Let's start.", 0},   // no space after the colon
		{"TIME: 10:30", 4},            // shaped like a label; the scanner only asks at a quote's start
		{"", 0},
	}
	for _, tt := range tests {
		if got := transcriptLabel(tt.in); got != tt.want {
			t.Errorf("transcriptLabel(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
