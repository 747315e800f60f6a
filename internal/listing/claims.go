// Package listing formats the per-document listings of `claimcheck claims`
// and `claimcheck quotes` as tables and as the JSON of the interface
// contract.
package listing

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/jsonout"
)

type claimsDocJSN struct {
	ID     string      `json:"id"`
	Path   string      `json:"path"`
	Title  string      `json:"title"`
	Claims []claimJSON `json:"claims"`
}

type claimJSON struct {
	ID          string             `json:"id"`
	Text        string             `json:"text"`
	Role        claims.Role        `json:"role"`
	Span        claims.Location    `json:"span"`
	Numbers     []claims.Number    `json:"numbers"`
	Dates       []claims.Date      `json:"dates"`
	Entities    []claims.Entity    `json:"entities"`
	Negated     bool               `json:"negated"`
	Hedged      bool               `json:"hedged"`
	Attribution claims.Attribution `json:"attribution"`
}

// ClaimsJSON writes the claims of docs as the contract's JSON, indented,
// with a final newline; documents are rendered on every core
// (jsonout.Array).
func ClaimsJSON(w io.Writer, docs []*claims.Document) error {
	return writeDocuments(w, len(docs), func(i int) any {
		d := docs[i]
		dj := claimsDocJSN{ID: d.ID, Path: d.Path, Title: d.Title, Claims: []claimJSON{}}
		for _, c := range d.Claims {
			dj.Claims = append(dj.Claims, claimJSON{
				ID: c.ID, Text: c.Text, Role: c.Role, Span: d.File.Locate(c.Span),
				Numbers: nonNil(c.Numbers), Dates: nonNil(c.Dates), Entities: nonNil(c.Entities),
				Negated: c.Negated, Hedged: c.Hedged, Attribution: c.Attribution,
			})
		}
		return dj
	})
}

// writeDocuments writes {"version": 1, "documents": [...]} with the n
// documents doc(0) ... doc(n-1), as encoding/json indents the whole.
func writeDocuments(w io.Writer, n int, doc func(i int) any) error {
	if _, err := io.WriteString(w, "{\n  \"version\": 1,\n  \"documents\": "); err != nil {
		return err
	}
	if err := jsonout.Array(w, n, "  ", doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n}\n")
	return err
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ClaimsTable writes one table per document: claim id, line:column, role,
// text with its facts and flags, and attribution. It fits a 100-column
// terminal by wrapping the text column.
func ClaimsTable(w io.Writer, docs []*claims.Document) error {
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  %s  %q  (%d claims)\n", d.ID, d.Path, d.Title, len(d.Claims))
		rows := make([][]string, 0, len(d.Claims))
		for _, c := range d.Claims {
			p := d.File.Position(c.Span.Start)
			rows = append(rows, []string{
				strings.TrimPrefix(c.ID, d.ID+"."),
				fmt.Sprintf("%d:%d", p.Line, p.Column),
				string(c.Role),
				c.Text + factsNote(c),
				attributionNote(c.Attribution),
			})
		}
		if err := table(w, []string{"Claim", "Line", "Role", "Text", "Source"}, rows, 7, 8, 10, 50, 18); err != nil {
			return err
		}
	}
	return nil
}

func factsNote(c claims.Claim) string {
	var notes []string
	for _, n := range c.Numbers {
		s := strconv.FormatFloat(n.Value, 'f', -1, 64)
		if n.Approx != "" {
			s = n.Approx + " " + s
		}
		if n.Unit != "" {
			s += " " + n.Unit
		}
		notes = append(notes, "#"+s)
	}
	for _, d := range c.Dates {
		notes = append(notes, "@"+d.Text+" ("+d.Granularity+")")
	}
	if c.Negated {
		notes = append(notes, "NEGATED")
	}
	if c.Hedged {
		notes = append(notes, "HEDGED")
	}
	if len(notes) == 0 {
		return ""
	}
	return " [" + strings.Join(notes, "; ") + "]"
}

func attributionNote(a claims.Attribution) string {
	if a.Kind == claims.AttrNone || a.Kind == "" {
		return "-"
	}
	return fmt.Sprintf("%s (%s)", a.Source, a.Kind)
}

// table renders rows with tablewriter, wrapping cells so the whole table
// fits in a 100-column terminal.
// widths gives the maximum width of each column, in display cells.
func table(w io.Writer, header []string, rows [][]string, widths ...int) error {
	m := tw.NewMapper[int, int]()
	for i, n := range widths {
		m[i] = n
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithColumnWidths(m),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoFormat(tw.Off),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}
