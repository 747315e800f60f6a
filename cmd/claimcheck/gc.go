package main

import (
	"os"
	"runtime/debug"
)

// smallRunGC is the GC percentage for small runs (see tuneGC); 0 when the
// user set GOGC or GOMEMLIMIT, which are then left alone.
var smallRunGC int

// smallInput is the most input, in bytes, that keeps smallRunGC for the
// whole run: a few articles, whose run is dominated by start-up.
const smallInput = 128 << 10

// tuneGC makes the collector run less often unless the user set GOGC: a
// small check is a short-lived process whose start-up (decoding three
// embedded models) makes mostly garbage, and collecting a quarter as often
// cuts its wall time by about a sixth. inputSize restores the default for
// large inputs, whose heap would otherwise grow several times over.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	smallRunGC = 400
	debug.SetGCPercent(smallRunGC)
}

// inputSize tells the GC tuning how many bytes of input the run has.
func inputSize(n int) {
	if smallRunGC != 0 && n > smallInput {
		debug.SetGCPercent(100)
		smallRunGC = 0
	}
}
