package report

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// Caps of the Markdown comment: items shown open before the rest fold into
// <details>, the most shown in all (the total is always stated), and a size
// under GitHub's 65,536-character comment limit.
const (
	mdOpen        = 5
	mdMaxDiverge  = 50
	mdMaxFindings = 100
	mdMaxDraft    = 100
	mdBudget      = 60000
)

// Markdown writes a pull-request comment: a summary (cross-source
// divergences, single-source claims, sourcing findings by severity, and the
// draft's verdicts in draft mode), then the cross-source divergences with
// their claims and diffs in code blocks, then the sourcing findings grouped
// by rule, then the draft's claims. Long lists fold into <details>; what is
// left out past the caps is counted in a closing total. Article text is
// neutralised: Markdown, HTML, links, images and @mentions show as text.
func Markdown(w io.Writer, in Input) error {
	l := newLocator(in)
	var b strings.Builder
	var divs []compare.Group
	single := 0
	if in.Result != nil {
		for _, g := range orderedGroups(in.Result) {
			if groupClass(g) == classDiverge {
				divs = append(divs, g)
			}
		}
		single = len(in.Result.Single)
	}
	// Divergences between sources are shown from their groups; the
	// claim-diverges findings then repeat them (in draft mode they are the
	// draft's contradictions and stay with the findings).
	var sourcing []rules.Finding
	for _, f := range in.Findings {
		if f.Rule == "claim-diverges" && in.Result != nil && in.DraftDoc == nil {
			continue
		}
		sourcing = append(sourcing, f)
	}
	c := countFindings(sourcing)

	b.WriteString("## claimcheck\n\n")
	var sum []string
	if in.Result != nil {
		sum = append(sum, fmt.Sprintf("**%d cross-source %s**", len(divs), plural(len(divs), "divergence")),
			fmt.Sprintf("%d single-source %s", single, plural(single, "claim")))
	}
	sum = append(sum, fmt.Sprintf("sourcing findings: **%d %s**, %d %s, %d info", c.Error, plural(c.Error, "error"), c.Warning, plural(c.Warning, "warning"), c.Info))
	if in.DraftDoc != nil {
		n := map[rules.Support]int{}
		for _, dc := range in.Draft {
			n[dc.Support]++
		}
		sum = append(sum, fmt.Sprintf("draft: %d supported, **%d contradicted**, %d unsupported", n[rules.Supported], n[rules.Contradicted], n[rules.Unsupported]))
	}
	b.WriteString(strings.Join(sum, " · ") + "\n")

	shownDiv, shownF, shownD := 0, 0, 0
	if len(divs) > 0 {
		fmt.Fprintf(&b, "\n### Cross-source divergences (%d)\n", len(divs))
		var folded strings.Builder
		for i, g := range divs {
			if i >= mdMaxDiverge || b.Len()+folded.Len() > mdBudget {
				break
			}
			out := &b
			if i >= mdOpen {
				out = &folded
			}
			writeDivergence(out, l, g)
			shownDiv++
		}
		fold(&b, folded.String(), fmt.Sprintf("%d more %s", shownDiv-min(shownDiv, mdOpen), plural(shownDiv-min(shownDiv, mdOpen), "divergence")))
	}

	if len(sourcing) > 0 {
		fmt.Fprintf(&b, "\n### Sourcing findings (%d)\n", len(sourcing))
		byRule, ids, known := groupByRule(in, sourcing)
		for _, id := range ids {
			fs := byRule[id]
			if len(fs) == 0 || shownF >= mdMaxFindings || b.Len() > mdBudget {
				continue
			}
			title := "`" + codeSafe(id) + "`"
			if r := known[id]; r != nil && r.Summary != "" {
				title += " — " + mdText(r.Summary)
			}
			fmt.Fprintf(&b, "\n#### %s (%d)\n\n", title, len(fs))
			var open, folded strings.Builder
			var diffs strings.Builder
			n := 0
			for _, f := range fs {
				if shownF >= mdMaxFindings || b.Len()+open.Len()+folded.Len() > mdBudget {
					break
				}
				row, diff := findingRow(l, f)
				if n < mdOpen {
					open.WriteString(row)
				} else {
					folded.WriteString(row)
				}
				diffs.WriteString(diff)
				n++
				shownF++
			}
			b.WriteString(mdTableHead + open.String())
			if folded.Len() > 0 {
				fold(&b, mdTableHead+folded.String(), fmt.Sprintf("%d more", n-mdOpen))
			}
			if diffs.Len() > 0 {
				fold(&b, diffs.String(), "word diffs")
			}
		}
	}

	if in.DraftDoc != nil && len(in.Draft) > 0 {
		fmt.Fprintf(&b, "\n### Draft `%s` (%d %s)\n\n", codeSafe(in.DraftDoc.Path), len(in.Draft), plural(len(in.Draft), "claim"))
		var rows strings.Builder
		for _, dc := range in.Draft {
			if shownD >= mdMaxDraft || b.Len()+rows.Len() > mdBudget {
				break
			}
			start, _ := l.pos(in.DraftDoc.ID, in.DraftDoc.Path, dc.Span)
			var ev []string
			for _, place := range l.places(dc.Evidence) {
				ev = append(ev, "`"+codeSafe(place)+"`")
			}
			fmt.Fprintf(&rows, "| %d:%d | %s | %s | %s |\n", start.Line, start.Column, dc.Support, mdText(dc.Text), strings.Join(ev, " "))
			shownD++
		}
		head := "| Where | Support | Claim | Evidence |\n| --- | --- | --- | --- |\n"
		if shownD > mdOpen*2 {
			fold(&b, head+rows.String(), fmt.Sprintf("the %d draft claims", shownD))
		} else {
			b.WriteString(head + rows.String())
		}
	}

	if shownDiv < len(divs) || shownF < len(sourcing) || shownD < len(in.Draft) {
		fmt.Fprintf(&b, "\n---\nShown: %d of %d divergences, %d of %d findings", shownDiv, len(divs), shownF, len(sourcing))
		if in.DraftDoc != nil {
			fmt.Fprintf(&b, ", %d of %d draft claims", shownD, len(in.Draft))
		}
		b.WriteString(". Run `claimcheck check --format html` for the whole report.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

const mdTableHead = "| Where | Severity | Message |\n| --- | --- | --- |\n"

// writeDivergence writes one diverging group: its kinds and values, its
// claims with their places, and the word diff of its diverging pairs.
func writeDivergence(b *strings.Builder, l *locator, g compare.Group) {
	var kinds []string
	for _, d := range g.Divergences {
		var vals []string
		for _, v := range d.Values {
			vals = append(vals, "`"+codeSafe(v)+"`")
		}
		kinds = append(kinds, fmt.Sprintf("**%s** %s", d.Kind, strings.Join(vals, " vs ")))
	}
	if len(kinds) == 0 {
		kinds = append(kinds, "**diverge**")
	}
	fmt.Fprintf(b, "\n%s (`%s`)\n\n", strings.Join(kinds, "; "), codeSafe(g.ID))
	for i, place := range l.places(g.Claims) {
		fmt.Fprintf(b, "- `%s` %s\n", codeSafe(place), mdText(g.Claims[i].Text))
	}
	for _, p := range g.Pairs {
		if len(p.Divergences) == 0 || inlineDiff(p.Diff) == "" {
			continue
		}
		old, new := diffSides(p.Diff)
		fmt.Fprintf(b, "\n```diff\n- %s\n+ %s\n```\n", fence(old), fence(new))
	}
}

// findingRow is a finding's table row and, when it has a word diff, that
// diff as a code block under its place.
func findingRow(l *locator, f rules.Finding) (row, diff string) {
	start, _ := l.pos(f.Doc, f.Path, f.Span)
	where := fmt.Sprintf("%s:%d:%d", displayPath(l, f), start.Line, start.Column)
	msg := mdText(f.Message)
	for _, r := range f.Related {
		rs, _ := l.pos(r.Doc, r.Path, r.Span)
		msg += fmt.Sprintf("<br>↳ `%s` %s", codeSafe(fmt.Sprintf("%s:%d:%d", r.Path, rs.Line, rs.Column)), mdText(r.Message))
	}
	row = fmt.Sprintf("| `%s` | %s | %s |\n", codeSafe(where), f.Severity, msg)
	if len(f.Diff) > 0 {
		old, new := diffSides(f.Diff)
		diff = fmt.Sprintf("\n`%s`\n\n```diff\n- %s\n+ %s\n```\n", codeSafe(where), fence(old), fence(new))
	}
	return row, diff
}

// groupByRule splits fs by rule: rules in registry order, then any others
// in finding order.
func groupByRule(in Input, fs []rules.Finding) (map[string][]rules.Finding, []string, map[string]*rules.Rule) {
	byRule := map[string][]rules.Finding{}
	var ids []string
	known := map[string]*rules.Rule{}
	for _, r := range ruleList(in) {
		known[r.ID] = r
		ids = append(ids, r.ID)
	}
	for _, f := range fs {
		if _, ok := known[f.Rule]; !ok {
			known[f.Rule] = nil
			ids = append(ids, f.Rule)
		}
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	return byRule, ids, known
}

// fold appends body inside a <details> element with summary, when body is
// not empty.
func fold(b *strings.Builder, body, summary string) {
	if strings.TrimSpace(body) == "" {
		return
	}
	fmt.Fprintf(b, "\n<details><summary>%s</summary>\n\n%s\n</details>\n", mdText(summary), strings.TrimRight(body, "\n"))
}

var (
	// mdPunct is every ASCII character Markdown may read as inline syntax
	// in the middle of a line (emphasis, code, links, images, tables,
	// strikethrough); the text never starts a line, so list and heading
	// markers stay plain.
	mdPunct = regexp.MustCompile("[\\\\`*_\\[\\]()#!|~]")
	// mention is an @ that GitHub would link: before a letter, digit or _.
	mention = regexp.MustCompile(`@([A-Za-z0-9_])`)
	// linky is what GFM autolinks: a scheme's :// and www.
	linky = regexp.MustCompile(`(?i)(:)(//)|(www)(\.)`)
)

// mdText makes article text (or a message quoting it) inert in a Markdown
// table cell or paragraph: HTML escaped, every Markdown punctuation
// backslash-escaped so no link, image, emphasis or table syntax forms, line
// breaks turned into spaces, and a zero-width space (as an entity) after @
// and inside :// and www. so GitHub neither notifies a user nor autolinks.
func mdText(s string) string {
	s = visible(s)
	s = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", " ", "\n", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = mdPunct.ReplaceAllString(s, `\$0`)
	s = mention.ReplaceAllString(s, "@&#8203;$1")
	s = linky.ReplaceAllStringFunc(s, func(m string) string {
		return m[:len(m)-len(strings.TrimLeft(m, "w:W"))] + "&#8203;" + strings.TrimLeft(m, "w:W")
	})
	return s
}

// codeSafe makes text safe inside a `code span` in a table: backticks and
// pipes replaced, control characters shown as \xNN.
func codeSafe(s string) string {
	return strings.NewReplacer("`", "'", "|", "\\|", "\n", " ", "\r", " ").Replace(visible(s))
}

// fence keeps text from closing a code fence.
func fence(s string) string { return strings.ReplaceAll(visible(s), "```", "`\u200b``") }
