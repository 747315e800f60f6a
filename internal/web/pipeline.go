package web

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/report"
	"github.com/claimcheck/claimcheck/rules"
)

// analyze runs the check of `claimcheck check` on docs with cfg: claims,
// comparison, sourcing rules and, when draft is set, docs[0] checked
// against the others as its sources. It touches nothing outside its
// arguments, so concurrent calls share no state.
func analyze(docs []*claims.Document, cfg *config.Config, draft bool, version string) report.Input {
	lex := attrib.Default()
	lex.Add(cfg.Vague.Add...)
	lex.Remove(cfg.Vague.Remove...)
	lex.AddAnonymous(cfg.Vague.Anonymous...)
	claims.AnalyzeAll(docs, claims.Options{Lexicon: lex})

	scorer := compare.NewScorer(compareOptions(cfg))
	result := scorer.Compare(docs)
	in := rules.Input{Docs: docs, Compare: result, Score: scorer.Score, Config: cfg.Rules}
	var d *rules.Draft
	if draft {
		d = &rules.Draft{Doc: docs[0], Claims: rules.CheckDraft(docs[0], docs[1:], in.Score)}
		in.Draft = d
	}
	findings := rules.Run(in)
	out := report.Input{Docs: docs, Result: result, Findings: findings,
		Rules: append(rules.All(), cfg.Rules.Extra...), Version: version}
	if d != nil {
		out.Draft, out.DraftDoc = d.Claims, d.Doc
	}
	return out
}

// compareOptions are the alignment defaults with the number tolerance of the
// claim-diverges rule's configuration, as `claimcheck check` sets them.
func compareOptions(cfg *config.Config) compare.Options {
	opt := compare.DefaultOptions()
	if rc, ok := cfg.Rules.Rules["claim-diverges"]; ok {
		if v, ok := rc.Options["number-tolerance"].(float64); ok {
			opt.NumberTolerance, opt.ApproxTolerance = v, 2*v
		}
	}
	return opt
}
