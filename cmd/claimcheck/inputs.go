package main

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims/ingest"
)

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	MaxSize string `name:"max-size" default:"8MiB" help:"Largest article accepted: bytes, or a size with a unit (KB, MB in powers of 1000; KiB, MiB in powers of 1024)."`
}

// loadOptions are the ingest options of the flags; warnings about skipped
// inputs go to stderr, one line each.
func (f inputFlags) loadOptions(e *env) (ingest.Options, error) {
	n, err := parseSize(f.MaxSize)
	if err != nil {
		return ingest.Options{}, trouble("--max-size %q: %v; give bytes or a size such as 16MiB", f.MaxSize, err)
	}
	return ingest.Options{MaxSize: n, Warn: func(msg string) {
		e.progress.interrupt() // the warning gets a line of its own
		fmt.Fprintf(e.stderr, "claimcheck: warning: %s\n", msg)
	}}, nil
}
