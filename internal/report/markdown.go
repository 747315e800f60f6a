package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// Markdown writes a pull-request comment: a heading with the summary counts
// (findings, then aligned groups by relation and single-source claims), a
// table of findings per rule, then each rule's findings in a table with
// word diffs in ```diff blocks, and in draft mode the draft verdicts.
func Markdown(w io.Writer, in Input) error {
	l := newLocator(in)
	var b strings.Builder
	c := countFindings(in.Findings)
	b.WriteString("## claimcheck\n\n")
	if len(in.Findings) == 0 {
		b.WriteString("No findings.\n")
	} else {
		fmt.Fprintf(&b, "**%d %s**: %d %s, %d %s, %d info.\n", c.Error+c.Warning+c.Info, plural(c.Error+c.Warning+c.Info, "finding"),
			c.Error, plural(c.Error, "error"), c.Warning, plural(c.Warning, "warning"), c.Info)
	}
	if in.Result != nil {
		rel := map[string]int{}
		for _, g := range in.Result.Groups {
			rel[string(g.Relation)]++
		}
		fmt.Fprintf(&b, "\nSources: %d aligned %s (%d agree, %d refine, %d diverge); %d single-source %s.\n",
			len(in.Result.Groups), plural(len(in.Result.Groups), "group"), rel["agree"], rel["refine"], rel["diverge"],
			len(in.Result.Single), plural(len(in.Result.Single), "claim"))
	}

	// Rules in registry order, then any others in finding order.
	byRule := map[string][]rules.Finding{}
	var ids []string
	known := map[string]*rules.Rule{}
	for _, r := range ruleList(in) {
		known[r.ID] = r
		ids = append(ids, r.ID)
	}
	for _, f := range in.Findings {
		if _, ok := known[f.Rule]; !ok {
			known[f.Rule] = nil
			ids = append(ids, f.Rule)
		}
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	if len(in.Findings) > 0 {
		b.WriteString("\n| Rule | Findings | Summary |\n| --- | ---: | --- |\n")
		for _, id := range ids {
			if n := len(byRule[id]); n > 0 {
				summary := ""
				if r := known[id]; r != nil {
					summary = r.Summary
				}
				fmt.Fprintf(&b, "| `%s` | %d | %s |\n", id, n, cell(summary))
			}
		}
	}
	for _, id := range ids {
		fs := byRule[id]
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### `%s`\n\n| Where | Severity | Message |\n| --- | --- | --- |\n", id)
		var diffs strings.Builder
		for _, f := range fs {
			start, _ := l.pos(f.Doc, f.Path, f.Span)
			where := fmt.Sprintf("%s:%d:%d", displayPath(l, f), start.Line, start.Column)
			msg := cell(f.Message)
			for _, r := range f.Related {
				rs, _ := l.pos(r.Doc, r.Path, r.Span)
				msg += fmt.Sprintf("<br>↳ `%s` %s", codeSafe(fmt.Sprintf("%s:%d:%d", r.Path, rs.Line, rs.Column)), cell(r.Message))
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", codeSafe(where), f.Severity, msg)
			if len(f.Diff) > 0 {
				old, new := diffSides(f.Diff)
				fmt.Fprintf(&diffs, "\n`%s`\n\n```diff\n- %s\n+ %s\n```\n", codeSafe(where), fence(old), fence(new))
			}
		}
		b.WriteString(diffs.String())
	}
	if in.DraftDoc != nil && len(in.Draft) > 0 {
		fmt.Fprintf(&b, "\n### Draft `%s`\n\n| Where | Support | Claim | Evidence |\n| --- | --- | --- | --- |\n", codeSafe(in.DraftDoc.Path))
		for _, dc := range in.Draft {
			start, _ := l.pos(in.DraftDoc.ID, in.DraftDoc.Path, dc.Span)
			var ev []string
			for _, place := range l.places(dc.Evidence) {
				ev = append(ev, "`"+codeSafe(place)+"`")
			}
			fmt.Fprintf(&b, "| %d:%d | %s | %s | %s |\n", start.Line, start.Column, dc.Support, cell(dc.Text), strings.Join(ev, " "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell makes text safe inside a Markdown table cell: pipes escaped, line
// breaks turned into spaces, and HTML-significant < and > escaped.
func cell(s string) string {
	s = strings.NewReplacer("\\", "\\\\", "|", "\\|", "<", "&lt;", ">", "&gt;", "\r", " ", "\n", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// codeSafe makes text safe inside a `code span` in a table: backticks and
// pipes replaced.
func codeSafe(s string) string {
	return strings.NewReplacer("`", "'", "|", "\\|", "\n", " ").Replace(s)
}

// fence keeps text from closing a code fence.
func fence(s string) string { return strings.ReplaceAll(s, "```", "`\u200b``") }
