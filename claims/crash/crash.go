// Package crash hands a panic in a worker goroutine back to the goroutine
// that waits for the workers, so the program's one top-level recover sees
// every crash: a panic in a worker never kills the process with a raw
// goroutine trace. It is public because claims.AnalyzeAll and
// compare.Compare raise a worker's panic again in the caller as a *Panic, which
// a caller of the library may want to recognise.
package crash

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// Panic is a panic recovered in a worker: the value and the worker's stack.
type Panic struct {
	Value any
	Stack []byte
}

// Error describes the panic in one line.
func (p *Panic) Error() string { return fmt.Sprint(p.Value) }

// Unwrap returns the panic value when it is an error (a runtime error).
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

// Catcher records the first panic of a set of workers. The zero value is
// ready to use; it is safe for concurrent use.
type Catcher struct {
	mu    sync.Mutex
	first *Panic
}

// Do runs f, recovering a panic into c. Workers call it per item, so one bad
// item does not stop a worker draining its queue.
func (c *Catcher) Do(f func()) {
	defer func() {
		if r := recover(); r != nil {
			p, ok := r.(*Panic) // already caught by a nested Catcher
			if !ok {
				p = &Panic{Value: r, Stack: debug.Stack()}
			}
			c.mu.Lock()
			if c.first == nil {
				c.first = p
			}
			c.mu.Unlock()
		}
	}()
	f()
}

// Repanic panics with the first recorded *Panic, if any; call it after the
// workers are done, in the waiting goroutine.
func (c *Catcher) Repanic() {
	c.mu.Lock()
	p := c.first
	c.mu.Unlock()
	if p != nil {
		panic(p)
	}
}
