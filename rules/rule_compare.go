package rules

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

var claimDiverges = &Rule{
	ID:      "claim-diverges",
	Summary: "Sources that report the same claim disagree on a detail",
	Doc: `When claims from different sources align (they report the same thing)
but differ in a number, a date, an actor, negation, certainty or attribution,
one of them is probably wrong or the story moved on. This rule reports one
finding per aligned group and kind of divergence, at the first claim that
diverges, with the other sources' claims as related locations and the
word-level diff in the message. In draft mode it reports each draft claim the
sources contradict (number, date, entity or negation).`,
	Bad:     `a.txt: "nearly 300,000 Afghans left"  b.txt: "200,000 Afghans left"`,
	Good:    `a.txt: "nearly 300,000 Afghans left"  b.txt: "nearly 300,000 Afghans left"`,
	Default: Warning,
	Options: []Option{
		{Name: "number-tolerance", Kind: KindFloat, Default: 0.05, Doc: "relative difference (0-1) below which two numbers agree; twice that when either is approximate (\"nearly\", \"about\"); read by the comparison, so it sets what counts as a number divergence"},
	},
	Run: func(p *Pass) {
		if p.Draft != nil {
			reportContradictedDraft(p)
			return
		}
		if p.Compare == nil {
			return
		}
		for gi := range p.Compare.Groups {
			reportGroupDivergences(p, &p.Compare.Groups[gi])
		}
	},
}

// reportGroupDivergences reports one finding per divergence kind of g.
func reportGroupDivergences(p *Pass, g *compare.Group) {
	kinds := map[string][]*compare.Pair{}
	for i := range g.Pairs {
		pr := &g.Pairs[i]
		if pr.A.Doc == pr.B.Doc {
			continue // a summary and its own body: summary-unsupported's concern
		}
		for _, d := range pr.Divergences {
			kinds[d.Kind] = append(kinds[d.Kind], pr)
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, kind := range names {
		prs := kinds[kind]
		first := prs[0]
		var values []string
		var related []Related
		seen := map[string]bool{first.A.Doc + "/" + first.A.Claim: true}
		for _, pr := range prs {
			for _, d := range pr.Divergences {
				if d.Kind == kind {
					values = appendUnique(values, d.Values...)
				}
			}
			for _, ref := range []compare.ClaimRef{pr.A, pr.B} {
				key := ref.Doc + "/" + ref.Claim
				if seen[key] {
					continue
				}
				seen[key] = true
				related = append(related, Related{Doc: ref.Doc, Span: ref.Span, Message: fmt.Sprintf("%s says: %s", docName(p, ref.Doc), excerpt(ref.Text, 80))})
			}
		}
		diff := wordDiff(first.A.Text, first.B.Text)
		p.Report(Finding{
			Doc: first.A.Doc, Span: first.A.Span, Content: first.A.Text + "\x00" + kind,
			Message: fmt.Sprintf("sources disagree on the %s (%s): %s", kindNoun(kind), quoteJoin(values), inlineDiff(diff)),
			Related: related, Diff: diff,
		})
	}
}

// reportContradictedDraft reports each contradicted draft claim, one finding
// per hard divergence kind.
func reportContradictedDraft(p *Pass) {
	d := p.Draft.Doc
	for _, dc := range p.Draft.Claims {
		if dc.Support != Contradicted {
			continue
		}
		related := evidenceRelated(p, dc.Evidence)
		divs := dc.Divergences
		if len(divs) == 0 {
			divs = []compare.Divergence{{Kind: "claim"}}
		}
		for _, dv := range divs {
			p.Report(Finding{
				Doc: d.ID, Span: dc.Span, Content: dc.Text + "\x00" + dv.Kind,
				Message: fmt.Sprintf("the sources contradict this claim on the %s (%s): %s", kindNoun(dv.Kind), quoteJoin(dv.Values), inlineDiff(dc.Diff)),
				Related: related, Diff: dc.Diff,
			})
		}
	}
}

var claimSingleSource = &Rule{
	ID:      "claim-single-source",
	Summary: "A claim no other source supports",
	Doc: `A claim only one source makes deserves a second look before it is
repeated. Comparing peer articles, this rule reports claims that align with
no claim of another document (off by default: single-source claims are common
and often fine). In draft mode it is on: it reports every claim of the draft
that no source supports.`,
	Bad:          `draft: "The border will reopen on Monday."  (no source says so)`,
	Good:         `draft: "The border will reopen on Monday, the Foreign Office said."  (a source says so)`,
	Default:      Off,
	DraftDefault: Warning,
	Options: []Option{
		{Name: "min-sources", Kind: KindInt, Default: 2, Doc: "number of documents that must make a claim (peer mode)"},
	},
	Run: func(p *Pass) {
		if p.Draft != nil {
			for _, dc := range p.Draft.Claims {
				if dc.Support == Unsupported {
					p.Report(Finding{Doc: p.Draft.Doc.ID, Span: dc.Span, Content: dc.Text,
						Message: fmt.Sprintf("no source supports this claim: %s", excerpt(dc.Text, 80))})
				}
			}
			return
		}
		minSources := max(2, p.Int("min-sources"))
		if p.Compare == nil || len(p.Docs) < minSources {
			return
		}
		for _, ref := range p.Compare.Single {
			p.Report(Finding{Doc: ref.Doc, Span: ref.Span, Content: ref.Text,
				Message: fmt.Sprintf("only %s makes this claim: %s", docName(p, ref.Doc), excerpt(ref.Text, 80))})
		}
		for _, g := range p.Compare.Groups {
			docs := map[string]bool{}
			for _, c := range g.Claims {
				docs[c.Doc] = true
			}
			if len(docs) >= minSources || len(g.Claims) == 0 {
				continue
			}
			ref := g.Claims[0]
			p.Report(Finding{Doc: ref.Doc, Span: ref.Span, Content: ref.Text,
				Message: fmt.Sprintf("only %d of the required %d sources make this claim: %s", len(docs), minSources, excerpt(ref.Text, 80))})
		}
	},
}

// evidenceRelated turns draft evidence into related locations.
func evidenceRelated(p *Pass, ev []compare.ClaimRef) []Related {
	var out []Related
	for _, e := range ev {
		out = append(out, Related{Doc: e.Doc, Span: e.Span, Message: fmt.Sprintf("%s says: %s", docName(p, e.Doc), excerpt(e.Text, 80))})
	}
	return out
}

// docName is the base name of the document's path, or its ID.
func docName(p *Pass, id string) string {
	if d := p.Doc(id); d != nil && d.Path != "" {
		return filepath.Base(d.Path)
	}
	return id
}

// kindNoun names a divergence kind in a message.
func kindNoun(kind string) string {
	switch kind {
	case compare.DivEntity:
		return "actor"
	case compare.DivNegation:
		return "negation (one says the opposite)"
	}
	return kind
}

// quoteJoin renders values as "a" vs "b".
func quoteJoin(vs []string) string {
	if len(vs) == 0 {
		return "details differ"
	}
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, " vs ")
}

func appendUnique(dst []string, vs ...string) []string {
	for _, v := range vs {
		found := false
		for _, d := range dst {
			if d == v {
				found = true
				break
			}
		}
		if !found {
			dst = append(dst, v)
		}
	}
	return dst
}

var summaryUnsupported = &Rule{
	ID:      "summary-unsupported",
	Summary: "A headline, dek or takeaway the article's own body does not support",
	Doc: `Headlines, deks and takeaway lists are read far more than bodies, so
they must say nothing the body does not. For each summary claim, this rule
first scores it against the body claims of the same article: an aligned body
claim that differs in a number, date, actor or negation (and no aligned claim
that agrees) makes it contradicted, reported with the body claim as a related
location. Otherwise a summary compresses a paragraph rather than restating a
sentence, so it counts as supported when one body paragraph holds at least
min-coverage of its content words (stemmed, stop words left out); if none
does, and it gives a number or a name the body never does, it is
reported as unsupported, naming what is missing, with the best paragraph
as related. A summary that only words its body's facts otherwise (an idiom,
a paraphrase) is not reported.`,
	Bad:     `Takeaway: "Pakistan deported 500,000 Afghans."  Body: "nearly 300,000 Afghans left Pakistan"`,
	Good:    `Takeaway: "Nearly 300,000 Afghans left Pakistan."  Body: "nearly 300,000 Afghans left Pakistan"`,
	Default: Warning,
	Options: []Option{
		{Name: "min-coverage", Kind: KindFloat, Default: 0.5, Doc: "share (0-1) of a summary claim's content words one body paragraph must contain for support"},
	},
	Run: func(p *Pass) {
		p.eachDoc(p.Targets(), checkSummaries)
	},
}

func checkSummaries(p *Pass, d *claims.Document) {
	var body []candidate
	for i := range d.Claims {
		if d.Claims[i].Role == claims.RoleBody {
			body = append(body, candidate{d, &d.Claims[i]})
		}
	}
	var paras []*claims.Block
	for i := range d.Blocks {
		if b := &d.Blocks[i]; b.Role == claims.RoleBody && b.Kind != claims.KindChrome {
			paras = append(paras, b)
		}
	}
	if len(paras) == 0 {
		return
	}
	var idx *claimIndex             // the body claims' index, built for the first summary
	var paraStems []map[string]bool // each paragraph's stems, gathered for the first summary no claim supports or contradicts
	var allStems map[string]bool    // every body stem, gathered for the first summary the paragraphs do not cover
	minCov := p.Float("min-coverage")
	seen := map[string]bool{}
	for i := range d.Claims {
		c := &d.Claims[i]
		if !isSummary(c.Role) {
			continue
		}
		key := normQuote(c.Text)
		if seen[key] {
			continue
		}
		seen[key] = true
		if idx == nil {
			idx = indexCandidates(body)
		}
		support, contra, contraClaim := scoreAgainst(p, c, idx)
		switch {
		case support != nil:
			continue
		case contra != nil:
			diff := wordDiff(c.Text, contraClaim.Text)
			var kinds []string
			for _, dv := range hardDivergences(contra.Divergences) {
				kinds = appendUnique(kinds, kindNoun(dv.Kind))
			}
			p.Report(Finding{Doc: d.ID, Span: c.Span, Content: c.Text,
				Message: fmt.Sprintf("the %s contradicts the body on the %s: %s", c.Role, strings.Join(kinds, ", "), inlineDiff(diff)),
				Related: []Related{{Doc: d.ID, Span: contraClaim.Span, Message: "body says: " + excerpt(contraClaim.Text, 80)}},
				Diff:    diff})
			continue
		}
		if paraStems == nil {
			for _, b := range paras {
				paraStems = append(paraStems, stemSet(b.Text))
			}
		}
		best, bestCov := paras[0], -1.0
		stems := coveredStems(c.Text)
		for pi, b := range paras {
			if cov := coverage(stems, paraStems[pi]); cov > bestCov {
				best, bestCov = b, cov
			}
		}
		if bestCov >= minCov {
			continue
		}
		if allStems == nil {
			allStems = map[string]bool{}
			for _, ps := range paraStems {
				for st := range ps {
					allStems[st] = true
				}
			}
		}
		missing := absentFacts(c, body, allStems)
		if len(missing) == 0 {
			continue // worded otherwise, but nothing in it the body does not give
		}
		p.Report(Finding{Doc: d.ID, Span: c.Span, Content: c.Text,
			Message: fmt.Sprintf("the body does not support this %s (the body never gives %s; at most %.0f%% of its words in any paragraph): %s", c.Role, quoteJoin(missing), 100*max(bestCov, 0), excerpt(c.Text, 80)),
			Related: []Related{{Doc: d.ID, Span: best.Span, Message: "closest paragraph: " + excerpt(best.Text, 80)}}})
	}
}

// scoreAgainst scores c against the body claims sharing a content word with
// it (from idx) with the pass's scorer and
// returns the best aligned pair without a hard divergence (support), else
// the best aligned pair with one (contra) and its body claim. Without a
// scorer both are nil.
func scoreAgainst(p *Pass, c *claims.Claim, idx *claimIndex) (support, contra *compare.Pair, contraClaim *claims.Claim) {
	if p.Score == nil {
		return nil, nil, nil
	}
	for _, cand := range idx.candidates(c) {
		b := cand.claim
		pr := p.Score(c, b)
		if !pr.Aligned {
			continue
		}
		if len(hardDivergences(pr.Divergences)) == 0 {
			if support == nil || pr.Score > support.Score {
				support = &pr
			}
		} else if contra == nil || pr.Score > contra.Score {
			contra, contraClaim = &pr, b
		}
	}
	return support, contra, contraClaim
}
