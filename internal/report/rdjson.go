package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// The Reviewdog Diagnostic Format (rdjson), as reviewdog -f=rdjson reads it
// (github.com/reviewdog/reviewdog/proto/rdf). Columns count UTF-8 bytes,
// 1-based, as the format specifies.
type (
	rdResult struct {
		Source      rdSource       `json:"source"`
		Severity    string         `json:"severity,omitempty"`
		Diagnostics []rdDiagnostic `json:"diagnostics"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rdDiagnostic struct {
		Message          string      `json:"message"`
		Location         rdLocation  `json:"location"`
		Severity         string      `json:"severity"`
		Source           rdSource    `json:"source"`
		Code             rdCode      `json:"code"`
		RelatedLocations []rdRelated `json:"related_locations,omitempty"`
	}
	rdLocation struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	}
	rdRange struct {
		Start rdPos  `json:"start"`
		End   *rdPos `json:"end,omitempty"`
	}
	rdPos struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	rdCode struct {
		Value string `json:"value"`
	}
	rdRelated struct {
		Message  string     `json:"message"`
		Location rdLocation `json:"location"`
	}
)

// rdSeverity maps a severity to rdjson's.
func rdSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "ERROR"
	case rules.Warning:
		return "WARNING"
	}
	return "INFO"
}

// RDJSON writes the findings in the Reviewdog Diagnostic Format, one
// diagnostic per finding in rules.Run's order, with related locations; pipe
// it to `reviewdog -f=rdjson`.
func RDJSON(w io.Writer, in Input) error {
	l := newLocator(in)
	out := rdResult{Source: rdSource{Name: "claimcheck", URL: informationURI}, Diagnostics: []rdDiagnostic{}}
	for _, f := range in.Findings {
		path := displayPath(l, f)
		d := rdDiagnostic{Message: f.Message, Severity: rdSeverity(f.Severity), Source: out.Source,
			Location: rdLocation{Path: path, Range: l.rdRange(f.Doc, f.Path, f.Span)},
			Code:     rdCode{Value: f.Rule}}
		for _, r := range f.Related {
			rp := r.Path
			if rp == "" {
				if d := l.doc(r.Doc, ""); d != nil {
					rp = d.Path
				}
			}
			d.RelatedLocations = append(d.RelatedLocations, rdRelated{Message: r.Message, Location: rdLocation{Path: rp, Range: l.rdRange(r.Doc, r.Path, r.Span)}})
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// rdRange is s as 1-based lines and UTF-8 byte columns.
func (l *locator) rdRange(id, path string, s claims.Span) rdRange {
	d := l.doc(id, path)
	if d == nil || d.File == nil {
		return rdRange{Start: rdPos{Line: 1, Column: 1}}
	}
	start, end := d.File.Position(s.Start), d.File.Position(s.End)
	col := func(p claims.Position) int {
		off := min(max(p.Offset, 0), len(d.File.Src))
		return off - (bytes.LastIndexByte(d.File.Src[:off], '\n') + 1) + 1
	}
	r := rdRange{Start: rdPos{Line: start.Line, Column: col(start)}}
	if s.End > s.Start {
		r.End = &rdPos{Line: end.Line, Column: col(end)}
	}
	return r
}
