package crash

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestCatcher(t *testing.T) {
	var c Catcher
	var wg sync.WaitGroup
	done := make([]bool, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Do(func() {
				if i == 3 {
					var s []int
					_ = s[i] // a runtime error, as a real bug would raise
				}
				done[i] = true
			})
		}()
	}
	wg.Wait()
	defer func() {
		r := recover()
		p, ok := r.(*Panic)
		if !ok {
			t.Fatalf("Repanic raised %v (%T), want *Panic", r, r)
		}
		var re runtime.Error
		if !errors.As(p, &re) || !strings.Contains(p.Error(), "index out of range") {
			t.Errorf("panic %v does not carry the runtime error", p)
		}
		if !strings.Contains(string(p.Stack), "crash_test.go") {
			t.Errorf("stack does not show the worker:\n%s", p.Stack)
		}
		for i, d := range done {
			if d == (i == 3) {
				t.Errorf("item %d done = %v", i, d)
			}
		}
	}()
	c.Repanic()
}

func TestCatcherNoPanic(t *testing.T) {
	var c Catcher
	c.Do(func() {})
	c.Repanic() // must not panic
}
