package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestNoColor runs check as on a terminal: coloured by default, plain with
// NO_COLOR set (the positive control shows the colour would be seen).
func TestNoColor(t *testing.T) {
	tests := []struct {
		noColor string
		want    bool
	}{
		{"", true},
		{"1", false},
		{"true", false},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		var out, errb bytes.Buffer
		code := run([]string{"check", "--fail-on", "none", "../../testdata/seeds"}, &env{stdout: &out, stderr: &errb, stdoutTTY: true})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if got := strings.Contains(out.String(), "\x1b["); got != tt.want {
			t.Errorf("NO_COLOR=%q: colour %v, want %v", tt.noColor, got, tt.want)
		}
	}
}
