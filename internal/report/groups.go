package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// claimExcerptLen is the most code points of a claim's text a table shows;
// overviewWidth is the widest an overview cell grows before it wraps.
const (
	claimExcerptLen = 90
	overviewWidth   = 44
)

// writeOverview writes the comparison part of the table format: the
// documents; the aligned groups with their relation, divergences and the
// word diff of their most telling pair — cross-source divergences first,
// then cross-source agreements, then groups within one article; and the
// single-source claims, each excerpt distinct from the others.
func writeOverview(w io.Writer, ts *tables, in Input, l *locator) error {
	if len(in.Docs) == 0 {
		return nil
	}
	t := ts.next(overviewWidth)
	t.Header("Doc", "Path", "Title", "Claims", "Quotes")
	for _, d := range in.Docs {
		if err := t.Append([]string{d.ID, d.Path, shorten(d.Title, 40), fmt.Sprint(len(d.Claims)), fmt.Sprint(len(d.Quotes))}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if in.Result == nil {
		_, err := io.WriteString(w, "\n")
		return err
	}
	ordered := orderedGroups(in.Result)
	for _, sec := range []struct {
		class int
		title string
	}{{classDiverge, "Cross-source divergences"}, {classAgree, "Cross-source agreements and refinements"}, {classWithin, "Groups within one article"}} {
		var gs []compare.Group
		for _, g := range ordered {
			if groupClass(g) == sec.class {
				gs = append(gs, g)
			}
		}
		if len(gs) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "\n%s (%d)\n", sec.title, len(gs)); err != nil {
			return err
		}
		t = ts.next(overviewWidth)
		t.Header("Group", "Relation", "Claims", "Differences")
		for _, g := range gs {
			var cs []string
			for _, c := range g.Claims {
				p, _ := l.pos(c.Doc, "", c.Span)
				cs = append(cs, fmt.Sprintf("%s %d:%d %s", c.Doc, p.Line, p.Column, shorten(c.Text, claimExcerptLen)))
			}
			if err := t.Append([]string{g.ID, string(g.Relation), strings.Join(cs, "\n"), groupDifferences(g)}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if len(in.Result.Single) > 0 {
		if _, err := fmt.Fprintf(w, "\nSingle-source claims (%d)\n", len(in.Result.Single)); err != nil {
			return err
		}
		t = ts.next(overviewWidth)
		t.Header("Doc", "Where", "Claim")
		texts := make([]string, len(in.Result.Single))
		for i, c := range in.Result.Single {
			texts[i] = c.Text
		}
		excerpts := distinctExcerpts(texts, claimExcerptLen)
		for i, c := range in.Result.Single {
			p, _ := l.pos(c.Doc, "", c.Span)
			if err := t.Append([]string{c.Doc, fmt.Sprintf("%d:%d", p.Line, p.Column), excerpts[i]}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// groupDifferences describes how a group's claims differ: each divergence
// with its values, then the word diff of the first diverging pair (or of
// the first pair when none diverges and the words differ).
func groupDifferences(g compare.Group) string {
	var lines []string
	for _, d := range g.Divergences {
		lines = append(lines, d.Kind+": "+strings.Join(d.Values, " / "))
	}
	var pick *compare.Pair
	for i := range g.Pairs {
		if len(g.Pairs[i].Divergences) > 0 {
			pick = &g.Pairs[i]
			break
		}
	}
	if pick == nil && len(g.Pairs) > 0 {
		pick = &g.Pairs[0]
	}
	if pick != nil {
		if d := inlineDiff(pick.Diff); d != "" {
			lines = append(lines, d)
		}
	}
	if len(lines) == 0 {
		return "-"
	}
	return strings.Join(lines, "\n")
}

// inlineDiff renders a word diff as text with [-deleted-] and {+inserted+}
// runs; it is empty when the diff has no changes.
func inlineDiff(ops []compare.DiffOp) string {
	var parts []string
	changed := false
	for _, op := range ops {
		t := strings.Join(strings.Fields(op.Text), " ")
		if t == "" {
			continue
		}
		switch op.Op {
		case "delete":
			changed = true
			t = "[-" + t + "-]"
		case "insert":
			changed = true
			t = "{+" + t + "+}"
		}
		parts = append(parts, t)
	}
	if !changed {
		return ""
	}
	return strings.Join(parts, " ")
}

// shorten cuts s to at most n code points, marking a cut with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
