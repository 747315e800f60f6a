package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// ANSI colours for severities in the table format.
var sevColor = map[rules.Severity]string{
	rules.Error:   "\x1b[1;31m",
	rules.Warning: "\x1b[33m",
	rules.Info:    "\x1b[36m",
}

const ansiReset = "\x1b[0m"

// cellWidth is the widest a table cell grows before its text wraps.
const cellWidth = 72

// Table writes the documents, the aligned groups (relation, divergences,
// word diff) and the single-source claims, then the findings as one table per
// document (in input order, then files that are not inputs), followed by the draft verdicts in draft mode
// and a summary line. Severities are coloured only when in.Color is set.
func Table(w io.Writer, in Input) error {
	l := newLocator(in)
	ts := &tables{w: w}
	if err := writeOverview(w, ts, in, l); err != nil {
		return err
	}
	var order []string
	byPath := map[string][]rules.Finding{}
	for _, f := range in.Findings {
		p := displayPath(l, f)
		if _, ok := byPath[p]; !ok {
			order = append(order, p)
		}
		byPath[p] = append(byPath[p], f)
	}
	var paths []string
	seen := map[string]bool{}
	if in.DraftDoc != nil {
		paths, seen[in.DraftDoc.Path] = append(paths, in.DraftDoc.Path), true
	}
	for _, d := range in.Docs {
		if !seen[d.Path] {
			paths, seen[d.Path] = append(paths, d.Path), true
		}
	}
	for _, p := range order {
		if !seen[p] {
			paths, seen[p] = append(paths, p), true
		}
	}
	for _, p := range paths {
		fs := byPath[p]
		if len(fs) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\n", p); err != nil {
			return err
		}
		t := ts.next(cellWidth)
		t.Header("Where", "Severity", "Rule", "Message")
		for _, f := range fs {
			start, _ := l.pos(f.Doc, f.Path, f.Span)
			msg := f.Message
			for _, r := range f.Related {
				rs, _ := l.pos(r.Doc, r.Path, r.Span)
				msg += fmt.Sprintf("\n  ↳ %s:%d:%d %s", r.Path, rs.Line, rs.Column, r.Message)
			}
			if err := t.Append([]string{fmt.Sprintf("%d:%d", start.Line, start.Column), colorize(in.Color, f.Severity), f.Rule, msg}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	if in.DraftDoc != nil && len(in.Draft) > 0 {
		if _, err := fmt.Fprintf(w, "Draft %s against its sources\n", in.DraftDoc.Path); err != nil {
			return err
		}
		t := ts.next(cellWidth)
		t.Header("Where", "Support", "Claim", "Evidence")
		for _, dc := range in.Draft {
			start, _ := l.pos(in.DraftDoc.ID, in.DraftDoc.Path, dc.Span)
			ev := l.places(dc.Evidence)
			if err := t.Append([]string{fmt.Sprintf("%d:%d", start.Line, start.Column), string(dc.Support), dc.Text, strings.Join(ev, "\n")}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	summary := Summary(in.Findings, in.Result)
	_, err := fmt.Fprintf(w, "%s\n", summary)
	return err
}

func colorize(on bool, s rules.Severity) string {
	if !on {
		return s.String()
	}
	return sevColor[s] + s.String() + ansiReset
}

// Summary is the table format's last line: the findings by severity and,
// when res is set, the aligned groups and how many diverge.
func Summary(fs []rules.Finding, res *compare.Result) string {
	summary := countFindings(fs).String()
	if res != nil {
		div := 0
		for _, g := range res.Groups {
			if len(g.Divergences) > 0 {
				div++
			}
		}
		summary += fmt.Sprintf("; %d aligned %s, %d diverging", len(res.Groups), plural(len(res.Groups), "group"), div)
	}
	return summary
}
