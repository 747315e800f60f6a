package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/crash"
)

// TestParallelPanic checks that a panic in a worker of parallel reaches the
// caller's goroutine as a *crash.Panic (so the CLI reports it as an internal
// error, exit 3) instead of killing the process from the worker.
func TestParallelPanic(t *testing.T) {
	defer func() {
		if _, ok := recover().(*crash.Panic); !ok {
			t.Error("the worker's panic did not reach the caller as a *crash.Panic")
		}
	}()
	parallel(200, 2, func(i int) {
		if i == 150 {
			panic("bad item")
		}
	})
}
