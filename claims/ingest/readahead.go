package ingest

import (
	"io"
	"runtime"
	"runtime/debug"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
)

// parsed is one input read and parsed: the document or the error, the
// warnings ParseWarn gave on the way, or the panic it raised.
type parsed struct {
	doc   *claims.Document
	warns []string
	err   error
	panic *crash.Panic
}

// parseInput reads and parses the input p, keeping its warnings.
func parseInput(p string, stdin io.Reader, maxSize int64, warn bool) (r parsed) {
	defer func() {
		if v := recover(); v != nil {
			r = parsed{panic: &crash.Panic{Value: v, Stack: debug.Stack()}}
		}
	}()
	src, err := readInput(p, stdin, maxSize)
	if err != nil {
		return parsed{err: err}
	}
	var w func(string)
	if warn {
		w = func(msg string) { r.warns = append(r.warns, msg) }
	}
	r.doc, r.err = ParseWarn(p, src, w)
	return r
}

// readAhead reads and parses files on every core, at most two inputs per
// core ahead of the one next in order, and hands each result to use in
// the files' order, from the calling goroutine; it stops at the first
// result use rejects and returns its error. A panic while parsing is
// raised again here, in order, as a *crash.Panic.
func readAhead(files []string, stdin io.Reader, maxSize int64, warn bool, use func(i int, r parsed) error) error {
	ahead := 2 * runtime.GOMAXPROCS(0)
	out := make([]chan parsed, len(files))
	for i := range out {
		out[i] = make(chan parsed, 1) // a worker never waits on a reader that stopped
	}
	slots := make(chan struct{}, ahead)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i, p := range files {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			go func() { out[i] <- parseInput(p, stdin, maxSize, warn) }()
		}
	}()
	for i := range files {
		r := <-out[i]
		<-slots
		if r.panic != nil {
			panic(r.panic)
		}
		if err := use(i, r); err != nil {
			return err
		}
	}
	return nil
}
