package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// stageNames are check's stages, in order.
var stageNames = []string{"reading", "analysing", "comparing", "applying the rules", "writing the report"}

// runStages runs check's five stages on a progress display of e, the
// analysing stage with docs steps from several goroutines (as the
// analysis workers step it).
func runStages(e *env, delay time.Duration, docs int) {
	s := newStages(e)
	s.delay = delay
	defer s.done()
	for _, name := range stageNames {
		total := -1
		if name == "analysing" {
			total = docs
		}
		st := s.begin(name, total)
		if total > 0 {
			var wg sync.WaitGroup
			for range docs {
				wg.Add(1)
				go func() { defer wg.Done(); st.step() }()
			}
			wg.Wait()
		}
		e.progress.interrupt()
	}
}

func TestProgressOnlyOnTerminals(t *testing.T) {
	tests := []struct {
		name  string
		tty   bool
		env   map[string]string
		delay time.Duration
		shown bool
	}{
		{"terminal, every stage long", true, nil, 0, true},
		{"terminal, stages shorter than the delay", true, nil, time.Hour, false},
		{"pipe or file", false, nil, 0, false},
		{"NO_COLOR set", true, map[string]string{"NO_COLOR": "1"}, 0, false},
		{"CI set", true, map[string]string{"CI": "true"}, 0, false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", "")
			t.Setenv("CI", "")
			t.Setenv("TERM", "xterm")
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var stderr bytes.Buffer
			runStages(&env{stderr: &stderr, stderrTTY: tt.tty}, tt.delay, 60)
			out := stderr.String()
			if !tt.shown {
				if out != "" {
					t.Errorf("progress written: %q", out)
				}
				return
			}
			for _, name := range stageNames {
				if !strings.Contains(out, name) {
					t.Errorf("stage %q not shown in %q", name, out)
				}
			}
			if !strings.Contains(out, "/60)") {
				t.Errorf("analysing shows no count of 60 documents: %q", out)
			}
			if !strings.HasSuffix(out, "\r") {
				t.Errorf("the last line is not cleared: %q", out[max(0, len(out)-80):])
			}
		})
	}
}

// TestProgressShowsAfterDelay: a stage still running after the delay gets
// its line, and a nil display or stage is safe to use.
func TestProgressShowsAfterDelay(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	t.Setenv("CI", "")
	t.Setenv("TERM", "xterm")
	var mu sync.Mutex
	var stderr bytes.Buffer
	e := &env{stderr: lockedWriter{&mu, &stderr}, stderrTTY: true}
	s := newStages(e)
	s.delay = 20 * time.Millisecond
	st := s.begin("comparing", -1)
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		got := strings.Contains(stderr.String(), "comparing")
		mu.Unlock()
		if got {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a stage running past the delay never showed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	st.step()
	s.done()

	var none *stages
	none.begin("x", 3).step()
	none.done()
	none.interrupt()
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}
