package main

import (
	"errors"
	"sync/atomic"
	"testing"

	"github.com/claimcheck/claimcheck/claims/crash"
)

func TestEachOnCores(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 64, 1000} {
		calls := make([]atomic.Int32, n)
		eachOnCores(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Fatalf("n=%d: f(%d) called %d times, want 1", n, i, c)
			}
		}
	}
}

func TestEachOnCoresRaisesPanic(t *testing.T) {
	defer func() {
		r := recover()
		var p *crash.Panic
		if err, ok := r.(error); !ok || !errors.As(err, &p) || p.Value != "item 7" {
			t.Fatalf("recovered %v, want the worker's *crash.Panic with value %q", r, "item 7")
		}
	}()
	eachOnCores(20, func(i int) {
		if i == 7 {
			panic("item 7")
		}
	})
	t.Fatal("eachOnCores returned after a worker panicked")
}
