package rules

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/compare"
)

// Scorer scores one claim pair. The CLI passes a closure over
// compare.ScorePair with its options; tests pass hand-made scorers.
type Scorer func(a, b *claims.Claim) compare.Pair

// Pass is what one rule sees: the documents, the comparison of all of them,
// the rule's resolved options and, in draft mode, the draft. A rule reports
// through Report; it must not modify anything it is given.
type Pass struct {
	Rule     *Rule
	Severity Severity
	Docs     []*claims.Document
	Compare  *compare.Result // nil when no comparison was run
	Score    Scorer          // nil when no scorer is available
	Options  map[string]any  // every option of Rule, defaulted
	Draft    *Draft          // nil in peer mode

	report func(Finding)
}

// Draft is the draft-mode input: the draft document (also in Pass.Docs) and
// the support of each of its claims from CheckDraft.
type Draft struct {
	Doc    *claims.Document
	Claims []DraftClaim
}

// Report records a finding. Rule, Severity and (from Doc) Path are filled
// in when empty.
func (p *Pass) Report(f Finding) {
	f.Rule = p.Rule.ID
	f.Severity = p.Severity
	if f.Path == "" {
		if d := p.Doc(f.Doc); d != nil {
			f.Path = d.Path
		}
	}
	for i := range f.Related {
		if f.Related[i].Path == "" {
			if d := p.Doc(f.Related[i].Doc); d != nil {
				f.Related[i].Path = d.Path
			}
		}
	}
	p.report(f)
}

// eachDoc runs f on every document of docs, on up to GOMAXPROCS
// goroutines, each with a copy of p; the findings reach p as if f had run
// on the documents one after another, in order. f must only read what it
// shares with the other calls.
func (p *Pass) eachDoc(docs []*claims.Document, f func(*Pass, *claims.Document)) {
	found := make([][]Finding, len(docs))
	var c crash.Catcher // a worker's panic is raised again here, after all finish
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				q := *p
				q.report = func(f Finding) { found[i] = append(found[i], f) }
				c.Do(func() { f(&q, docs[i]) })
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	c.Repanic()
	for _, fs := range found {
		for _, f := range fs {
			p.report(f)
		}
	}
}

// Reportf records a finding at span of doc about content.
func (p *Pass) Reportf(doc *claims.Document, span claims.Span, content string, format string, args ...any) {
	p.Report(Finding{Doc: doc.ID, Path: doc.Path, Span: span, Content: content, Message: fmt.Sprintf(format, args...)})
}

// Doc returns the document with the given ID, or nil.
func (p *Pass) Doc(id string) *claims.Document {
	for _, d := range p.Docs {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Targets returns the documents single-document rules should check: the
// draft alone in draft mode, every document otherwise.
func (p *Pass) Targets() []*claims.Document {
	if p.Draft != nil && p.Draft.Doc != nil {
		return []*claims.Document{p.Draft.Doc}
	}
	return p.Docs
}

// Int returns the integer option name (0 when missing or mistyped).
func (p *Pass) Int(name string) int { v, _ := p.Options[name].(int); return v }

// Float returns the float option name (0 when missing or mistyped).
func (p *Pass) Float(name string) float64 { v, _ := p.Options[name].(float64); return v }

// Bool returns the bool option name (false when missing or mistyped).
func (p *Pass) Bool(name string) bool { v, _ := p.Options[name].(bool); return v }

// Strings returns the string-list option name (nil when missing or mistyped).
func (p *Pass) Strings(name string) []string { v, _ := p.Options[name].([]string); return v }

// ScoreWith returns a Scorer over a compare.Scorer with opt, which
// prepares each claim once however often it is scored.
func ScoreWith(opt compare.Options) Scorer {
	return compare.NewScorer(opt).Score
}
