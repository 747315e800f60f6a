package rules

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/compare"
)

// Config is the rule configuration after decoding (see internal/config):
// per-rule severities and options, and extra rules such as house pattern
// rules.
type Config struct {
	Rules map[string]RuleConfig // by rule ID
	Extra []*Rule               // run after the built-ins
}

// RuleConfig overrides one rule. A nil Severity keeps the rule's default;
// Options holds converted values (see Option.Convert) by option name.
type RuleConfig struct {
	Severity *Severity
	Options  map[string]any
}

// Input is everything Run needs. Docs are all inputs (in draft mode the
// draft first, then the sources); Compare may be nil; Score may be nil, in
// which case the rules that score pairs report nothing. Baseline, when not
// nil, removes the findings it lists.
type Input struct {
	Docs     []*claims.Document
	Compare  *compare.Result
	Score    Scorer
	Config   Config
	Draft    *Draft
	Baseline *Baseline
}

// Run runs every enabled rule and returns the findings sorted and
// de-duplicated, with fingerprints set, inline suppressions applied (unused
// suppressions reported) and, when in.Baseline is set, the baseline applied
// (stale entries reported). In draft mode only findings in the draft
// document are kept.
//
// The rules run concurrently, each on its own goroutine; their findings
// are gathered in rule order, so the result is the same as one after
// another.
func Run(in Input) []Finding {
	var passes []*Pass
	for _, r := range append(All(), in.Config.Extra...) {
		if r.Run == nil {
			continue
		}
		sev := in.severity(r)
		if sev == Off {
			continue
		}
		passes = append(passes, &Pass{
			Rule: r, Severity: sev, Docs: in.Docs, Compare: in.Compare, Score: in.Score,
			Options: in.options(r), Draft: in.Draft,
		})
	}
	found := make([][]Finding, len(passes))
	var c crash.Catcher // a rule's panic is raised again here, after all finish
	var wg sync.WaitGroup
	for i, p := range passes {
		p.report = func(f Finding) {
			if in.Draft != nil && in.Draft.Doc != nil && f.Doc != in.Draft.Doc.ID {
				return
			}
			found[i] = append(found[i], f)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Do(func() { p.Rule.Run(p) })
		}()
	}
	wg.Wait()
	c.Repanic()
	var out []Finding
	for _, fs := range found {
		out = append(out, fs...)
	}
	for i := range out {
		out[i].Fingerprint = fingerprintOf(in.Docs, out[i])
	}
	out = SortFindings(out)

	out, unused := Suppress(in.Docs, out)
	out = append(out, in.driverFindings(unusedSuppression, unused)...)
	if in.Baseline != nil {
		var stale []Finding
		out, stale = in.Baseline.Apply(out)
		out = append(out, in.driverFindings(unusedBaseline, stale)...)
	}
	return SortFindings(out)
}

// driverFindings stamps findings the driver itself reports with r's ID and
// configured severity, dropping them when r is off.
func (in Input) driverFindings(r *Rule, fs []Finding) []Finding {
	sev := in.severity(r)
	if sev == Off {
		return nil
	}
	for i := range fs {
		if fs[i].Doc == "" {
			for _, d := range in.Docs {
				if d.Path == fs[i].Path {
					fs[i].Doc = d.ID
					break
				}
			}
		}
		fs[i].Rule = r.ID
		fs[i].Severity = sev
		fs[i].Fingerprint = fingerprintOf(in.Docs, fs[i])
	}
	return fs
}

func (in Input) severity(r *Rule) Severity {
	if c, ok := in.Config.Rules[r.ID]; ok && c.Severity != nil {
		return *c.Severity
	}
	if in.Draft != nil && r.DraftDefault != Off {
		return r.DraftDefault
	}
	return r.Default
}

func (in Input) options(r *Rule) map[string]any {
	m := make(map[string]any, len(r.Options))
	for _, o := range r.Options {
		m[o.Name] = o.Default
	}
	for k, v := range in.Config.Rules[r.ID].Options {
		if r.Option(k) != nil {
			m[k] = v
		}
	}
	return m
}

// fingerprintOf fingerprints f from its Content or, when that is empty, the
// text at its span.
func fingerprintOf(docs []*claims.Document, f Finding) string {
	content := f.Content
	if content == "" {
		for _, d := range docs {
			if d.ID == f.Doc && d.File != nil {
				content = d.File.Text(f.Span)
			}
		}
	}
	if content == "" {
		content = f.Message
	}
	return Fingerprint(f.Rule, content, f.Path)
}
