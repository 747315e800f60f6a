package listing

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

type quotesDocJSON struct {
	ID     string      `json:"id"`
	Path   string      `json:"path"`
	Quotes []quoteJSON `json:"quotes"`
}

type speakerJSON struct {
	Text string          `json:"text"`
	Span claims.Location `json:"span"`
}

type quoteJSON struct {
	Text        string                 `json:"text"`
	Span        claims.Location        `json:"span"`
	Kind        claims.QuoteKind       `json:"kind"`
	Speaker     *speakerJSON           `json:"speaker"`
	Cue         string                 `json:"cue"`
	Attribution claims.AttributionKind `json:"attribution"`
	Antecedent  string                 `json:"antecedent,omitempty"`
}

// QuotesJSON writes the quotes of docs as the contract's JSON, indented,
// with a final newline; documents are rendered on every core.
func QuotesJSON(w io.Writer, docs []*claims.Document) error {
	return writeDocuments(w, len(docs), func(i int) any {
		d := docs[i]
		dj := quotesDocJSON{ID: d.ID, Path: d.Path, Quotes: []quoteJSON{}}
		for _, q := range d.Quotes {
			qj := quoteJSON{Text: q.Text, Span: d.File.Locate(q.Span), Kind: q.Kind, Cue: q.Cue, Attribution: q.Attribution, Antecedent: q.Antecedent}
			if q.Speaker != nil {
				qj.Speaker = &speakerJSON{Text: q.Speaker.Text, Span: d.File.Locate(q.Speaker.Span)}
			}
			dj.Quotes = append(dj.Quotes, qj)
		}
		return dj
	})
}

// QuotesTable writes one table per document: line:column, kind, the quote,
// its speaker and cue, and the attribution grade.
func QuotesTable(w io.Writer, docs []*claims.Document) error {
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  %s  (%d quotes)\n", d.ID, d.Path, len(d.Quotes))
		rows := make([][]string, 0, len(d.Quotes))
		for _, q := range d.Quotes {
			p := d.File.Position(q.Span.Start)
			speaker := "-"
			if q.Speaker != nil {
				speaker = q.Speaker.Text
				if q.Antecedent != "" {
					speaker += " = " + q.Antecedent
				}
			}
			rows = append(rows, []string{
				fmt.Sprintf("%d:%d", p.Line, p.Column), string(q.Kind), quoteText(q.Text),
				speaker, strings.TrimSpace(q.Cue), string(q.Attribution),
			})
		}
		if err := table(w, []string{"Line", "Kind", "Quote", "Speaker", "Cue", "Grade"}, rows, 8, 9, 36, 16, 14, 9); err != nil {
			return err
		}
	}
	return nil
}

func quoteText(s string) string {
	const max = 160
	r := []rune(s)
	if len(r) > max {
		return "“" + string(r[:max]) + "…”"
	}
	return "“" + s + "”"
}
