package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgressOnlyOnTerminals(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		docs int
		bar  bool
	}{
		{"terminal, many documents", true, 60, true},
		{"terminal, few documents", true, 5, false},
		{"pipe or CI log", false, 60, false},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		step, done := progress(&env{stderr: &stderr, stderrTTY: tt.tty}, tt.docs)
		for range tt.docs {
			if step != nil {
				step()
			}
		}
		done()
		if got := strings.Contains(stderr.String(), "analysing"); got != tt.bar {
			t.Errorf("%s: bar shown = %v, want %v (stderr %q)", tt.name, got, tt.bar, stderr.String())
		}
	}
}
