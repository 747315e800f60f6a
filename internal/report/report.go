// Package report renders the result of a check in one of seven formats:
// table, json, sarif, github, markdown, html and rdjson (reviewdog). Every formatter takes the same
// Input and writes deterministic output (same input, same bytes).
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// Input is what every formatter renders. Findings must already be sorted
// (rules.Run does). Draft and DraftDoc are set in draft mode only. Rules are
// the rules that ran (for SARIF descriptors and headings); nil means
// rules.All(). Color asks for ANSI colours (table only); the caller decides
// from whether stdout is a terminal.
type Input struct {
	Docs     []*claims.Document
	Result   *compare.Result
	Findings []rules.Finding
	Draft    []rules.DraftClaim
	DraftDoc *claims.Document
	Rules    []*rules.Rule
	Color    bool
	Version  string // tool version for SARIF; "" omits it
	// Stories, when set, are the stories the documents were grouped into
	// (check --stories auto): claims were compared only within a story.
	// Nil means one story of all documents.
	Stories []Story
}

// Story is one story of a grouped check: its ID ("s1") and its documents'
// IDs.
type Story struct {
	ID   string
	Docs []string
}

// Formats lists the format names Write accepts, default first.
var Formats = []string{"table", "json", "sarif", "github", "markdown", "html", "rdjson"}

// Write renders in in the named format to w.
func Write(w io.Writer, format string, in Input) error {
	switch format {
	case "table", "":
		return Table(w, in)
	case "json":
		return JSON(w, in)
	case "sarif":
		return SARIF(w, in)
	case "github":
		return GitHub(w, in)
	case "markdown":
		return Markdown(w, in)
	case "html":
		return HTML(w, in)
	case "rdjson":
		return RDJSON(w, in)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// locator finds documents by ID or path and turns spans into positions.
type locator struct {
	byID   map[string]*claims.Document
	byPath map[string]*claims.Document
}

func newLocator(in Input) *locator {
	l := &locator{byID: map[string]*claims.Document{}, byPath: map[string]*claims.Document{}}
	docs := in.Docs
	if in.DraftDoc != nil {
		docs = append([]*claims.Document{in.DraftDoc}, docs...)
	}
	for _, d := range docs {
		if _, ok := l.byID[d.ID]; !ok {
			l.byID[d.ID] = d
		}
		if _, ok := l.byPath[d.Path]; !ok {
			l.byPath[d.Path] = d
		}
	}
	return l
}

func (l *locator) doc(id, path string) *claims.Document {
	if d := l.byID[id]; d != nil && id != "" {
		return d
	}
	return l.byPath[path]
}

// pos returns the 1-based line and code-point column of s.Start (1:1 when
// the document is unknown) and of s.End.
func (l *locator) pos(id, path string, s claims.Span) (start, end claims.Position) {
	d := l.doc(id, path)
	if d == nil || d.File == nil {
		return claims.Position{Offset: s.Start, Line: 1, Column: 1}, claims.Position{Offset: s.End, Line: 1, Column: 1}
	}
	return d.File.Position(s.Start), d.File.Position(s.End)
}

// counts tallies findings by severity.
type counts struct{ Error, Warning, Info int }

func countFindings(fs []rules.Finding) counts {
	var c counts
	for _, f := range fs {
		switch f.Severity {
		case rules.Error:
			c.Error++
		case rules.Warning:
			c.Warning++
		case rules.Info:
			c.Info++
		}
	}
	return c
}

func (c counts) String() string {
	return fmt.Sprintf("%d %s (%d %s, %d %s, %d info)", c.Error+c.Warning+c.Info, plural(c.Error+c.Warning+c.Info, "finding"),
		c.Error, plural(c.Error, "error"), c.Warning, plural(c.Warning, "warning"), c.Info)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// ruleList returns the rules of in, or the built-ins.
func ruleList(in Input) []*rules.Rule {
	if in.Rules != nil {
		return in.Rules
	}
	return rules.All()
}

// displayPath is the path shown for a finding: its own, else its document's.
func displayPath(l *locator, f rules.Finding) string {
	if f.Path != "" {
		return f.Path
	}
	if d := l.doc(f.Doc, ""); d != nil {
		return d.Path
	}
	return "-"
}

// diffSides rebuilds the two texts of a word diff: old (equal + delete) and
// new (equal + insert).
func diffSides(ops []compare.DiffOp) (old, new string) {
	var a, b strings.Builder
	for _, o := range ops {
		if o.Op != "insert" {
			a.WriteString(o.Text)
		}
		if o.Op != "delete" {
			b.WriteString(o.Text)
		}
	}
	return strings.Join(strings.Fields(a.String()), " "), strings.Join(strings.Fields(b.String()), " ")
}

// places returns "path:line:column" for each claim of refs, in order.
func (l *locator) places(refs []compare.ClaimRef) []string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		p, _ := l.pos(r.Doc, "", r.Span)
		path := r.Doc
		if d := l.doc(r.Doc, ""); d != nil {
			path = d.Path
		}
		out = append(out, fmt.Sprintf("%s:%d:%d", path, p.Line, p.Column))
	}
	return out
}
