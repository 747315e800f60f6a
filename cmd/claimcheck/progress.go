package main

import (
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long a stage runs before its progress line shows:
// a run whose stages each finish sooner (a few articles) never shows one.
const progressDelay = 500 * time.Millisecond

// stages shows the progress of a run's stages (reading, analysing,
// comparing, rules, report) on stderr, one line at a time: a bar with a
// count for a stage that knows its total, a spinner with the elapsed time
// for one that does not. A stage's line appears only once the stage has
// run for delay and is cleared when it ends, and nothing is ever written
// unless stderr is a terminal and neither NO_COLOR nor CI is set nor TERM
// is dumb, so pipes, CI logs, files and tests never see it. The zero
// value and a nil *stages show nothing. One goroutine (the command's)
// begins and ends stages; beginning one ends the one before.
type stages struct {
	e     *env
	on    bool
	delay time.Duration
	mu    sync.Mutex // guards cur
	cur   *stage
}

// newStages returns the progress display of one run on e's stderr and
// makes it e's, so warnings can clear its line (see interrupt).
func newStages(e *env) *stages {
	s := &stages{e: e, on: progressWanted(e), delay: progressDelay}
	e.progress = s
	return s
}

// progressWanted reports whether progress may be drawn on e's stderr.
func progressWanted(e *env) bool {
	return e.stderrTTY && os.Getenv("NO_COLOR") == "" && os.Getenv("CI") == "" && os.Getenv("TERM") != "dumb"
}

// stage is one running stage; its methods are safe for concurrent use
// (analysis workers step it) and do nothing on a nil *stage.
type stage struct {
	mu    sync.Mutex
	s     *stages
	name  string
	total int // -1 when unknown
	n     int
	timer *time.Timer
	bar   *progressbar.ProgressBar
	ended bool
}

// begin starts a stage named name (a present participle: "comparing")
// with total items, or -1 when the stage cannot count them.
func (s *stages) begin(name string, total int) *stage {
	if s == nil || !s.on {
		return nil
	}
	s.done()
	st := &stage{s: s, name: name, total: total}
	s.mu.Lock()
	s.cur = st
	s.mu.Unlock()
	if s.delay <= 0 {
		st.show()
		return st
	}
	st.timer = time.AfterFunc(s.delay, st.show)
	return st
}

// done ends the current stage, if any; commands defer it, so no line is
// left on the terminal when a run stops early.
func (s *stages) done() {
	if s == nil {
		return
	}
	s.mu.Lock()
	cur := s.cur
	s.cur = nil
	s.mu.Unlock()
	cur.end()
}

// interrupt clears the current stage's line before something else is
// written to stderr; the line is drawn again on its next update.
func (s *stages) interrupt() {
	if s == nil {
		return
	}
	s.mu.Lock()
	cur := s.cur
	s.mu.Unlock()
	if cur == nil {
		return
	}
	cur.mu.Lock()
	defer cur.mu.Unlock()
	if cur.bar != nil {
		_ = cur.bar.Clear()
	}
}

// show draws the stage's line, unless it has ended.
func (st *stage) show() {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.ended || st.bar != nil {
		return
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(st.s.e.stderr),
		progressbar.OptionSetDescription(st.name),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
	}
	if st.total >= 0 {
		opts = append(opts, progressbar.OptionShowCount())
	} else {
		opts = append(opts, progressbar.OptionSpinnerType(14), progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetSpinnerChangeInterval(100*time.Millisecond))
	}
	st.bar = progressbar.NewOptions(st.total, opts...)
	_ = st.bar.RenderBlank()
	if st.total >= 0 && st.n > 0 {
		_ = st.bar.Set(st.n)
	}
}

// step counts one item of the stage done.
func (st *stage) step() {
	if st == nil {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.n++
	if st.bar != nil && st.total >= 0 {
		_ = st.bar.Set(st.n)
	}
}

// end ends the stage and clears its line.
func (st *stage) end() {
	if st == nil {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.ended = true
	if st.timer != nil {
		st.timer.Stop()
	}
	if st.bar != nil {
		_ = st.bar.Finish()
	}
}

// stepper returns st.step as a callback (nil when nothing is shown, so
// callers skip it).
func (st *stage) stepper() func() {
	if st == nil {
		return nil
	}
	return st.step
}
