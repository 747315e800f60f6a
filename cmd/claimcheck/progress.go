package main

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressMin is the fewest documents worth a progress bar.
const progressMin = 50

// progress returns a callback that advances a progress bar on stderr for
// one analyzed document, and a function that clears the bar. The bar is shown
// only when stderr is a terminal and the run has at least progressMin
// documents, so pipes, CI logs and tests never see it.
func progress(e *env, docs int) (step func(), done func()) {
	if !e.stderrTTY || docs < progressMin {
		return nil, func() {}
	}
	bar := progressbar.NewOptions(docs,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("analysing"),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return func() { _ = bar.Add(1) }, func() { _ = bar.Finish() }
}
