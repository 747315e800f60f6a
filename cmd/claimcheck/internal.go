package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/claimcheck/claimcheck/claims/crash"
)

// internalError reports a recovered panic r (from the command or handed back
// by a worker goroutine as a *crash.Panic) as one line with the version and
// a request to report it, and returns exit code 3. No goroutine trace reaches
// the user; CLAIMCHECK_TRACEBACK=1 adds the stack for whoever debugs it.
func internalError(w io.Writer, r any) int {
	msg := strings.ReplaceAll(fmt.Sprint(r), "\n", " ")
	fmt.Fprintf(w, "claimcheck %s: internal error: %s; please report it with the command and the input that caused it\n", version, msg)
	if os.Getenv("CLAIMCHECK_TRACEBACK") == "1" {
		if p, ok := r.(*crash.Panic); ok {
			w.Write(p.Stack)
		} else {
			w.Write(debug.Stack()) // still on the panicking goroutine's stack
		}
	}
	return exitInternal
}

// crashAt names the stage at which a test build panics on purpose, so the
// tests exercise the internal-error path end to end (exit 3). It is set only
// by main_test.go, from the environment variable CLAIMCHECK_TEST_CRASH; a
// release binary never reads that variable and crashAt stays "". Stages:
// "worker" panics inside an analysis worker goroutine, after the first
// document.
var crashAt string

// crashPoint wraps the per-document callback of claims.AnalyzeAll (which
// runs in the worker goroutines): in a test build with crashAt == "worker" it
// panics there.
func crashPoint(step func()) func() {
	if crashAt != "worker" {
		return step
	}
	return func() { panic("test crash in an analysis worker (CLAIMCHECK_TEST_CRASH=worker)") }
}
