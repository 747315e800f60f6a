package main

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/stories"
	"github.com/claimcheck/claimcheck/rules"
)

// judged is one story of a batch compared and judged: its articles, their
// ids, the comparison and the rules' findings (before any baseline).
type judged struct {
	docs []*claims.Document
	ids  []string
	res  *compare.Result
	fs   []rules.Finding
}

// judgeBatch compares and judges each of the stories groups (whose
// articles are analysed) on its own, the stories shared among the cores:
// a feed's stories are mostly one or two articles, too small to keep the
// cores busy one at a time. The results are in the stories' order and
// each is what judging its story alone gives, so what is reported from
// them does not depend on which finished first. A panic in a worker is
// raised again here.
func (r *storyRun) judgeBatch(docs []*claims.Document, groups []stories.Story) []judged {
	out := make([]judged, len(groups))
	eachOnCores(len(groups), func(i int) {
		g := groups[i]
		j := judged{docs: make([]*claims.Document, len(g.Docs)), ids: make([]string, len(g.Docs))}
		for k, di := range g.Docs {
			j.docs[k], j.ids[k] = docs[di], docs[di].ID
		}
		scorer := compare.NewScorer(r.compare)
		j.res = scorer.Compare(j.docs)
		j.fs = rules.Run(rules.Input{Docs: j.docs, Compare: j.res, Score: scorer.Score, Config: r.cfg.Rules})
		out[i] = j
	})
	return out
}

// reparseAll rebuilds the blocks of every document of batch from its
// source (ingest.Reparse) on every core and returns the error of the first
// document, in batch order, that fails.
func reparseAll(batch []*claims.Document) error {
	errs := make([]error, len(batch))
	eachOnCores(len(batch), func(i int) { errs[i] = ingest.Reparse(batch[i]) })
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// eachOnCores calls f(0) ... f(n-1), each once, from as many goroutines as
// there are cores, and returns when all are done; a panic in f is raised
// again in the caller (crash.Catcher).
func eachOnCores(n int, f func(int)) {
	w := min(n, runtime.GOMAXPROCS(0))
	var next atomic.Int64
	var wg sync.WaitGroup
	var c crash.Catcher
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				c.Do(func() { f(i) })
			}
		}()
	}
	wg.Wait()
	c.Repanic()
}
