package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/report"
	"github.com/claimcheck/claimcheck/rules"
)

// fuzzNames are the file names (so formats) the end-to-end fuzz target
// gives its two inputs, picked by a selector byte.
var fuzzNames = []string{"a.txt", "a.md", "a.html", "b.txt", "b.md", "b.html"}

// FuzzCheck is the end-to-end fuzz target: two articles as raw bytes go
// through ingest, claims, compare and rules as `claimcheck check` runs them
// (with --draft when the selector's high bit is set), and into every output
// format. An input is either refused with an *ingest.Error or yields every
// format without error and without panicking; JSON outputs are valid JSON;
// and no human format carries a control character other than tab and line
// breaks (so no terminal escape from an article reaches a reader).
func FuzzCheck(f *testing.F) {
	f.Add(uint8(0), "Border talks\n\nNearly 300,000 Afghans left Pakistan, officials said.\n", uint8(3), "Talks\n\nAbout 290,000 Afghans were deported, sources said.\n")
	f.Add(uint8(1), "# Talks\n\n\"We will respond,\" the minister said.\n", uint8(5), "<html><h1>Talks</h1><p>The minister said they would respond.</p></html>")
	f.Add(uint8(0x80), "Draft\n\nThe Taliban did not provide safe haven.\n", uint8(3), "Source\n\nThe Taliban provided safe haven to militants, according to the summaries.\n")
	f.Add(uint8(2), "<p>a &amp; b</p>", uint8(4), "---\ntitle: x\n---\n# H\r\rBody.\r")
	f.Fuzz(func(t *testing.T, ka uint8, a string, kb uint8, b string) {
		var docs []*claims.Document
		names := []string{fuzzNames[int(ka&0x7f)%3], fuzzNames[3+int(kb)%3]}
		for i, src := range []string{a, b} {
			d, err := ingest.Parse(names[i], []byte(src))
			if err != nil {
				var ie *ingest.Error
				if !errors.As(err, &ie) {
					t.Fatalf("%s: error %v is %T, not *ingest.Error", names[i], err, err)
				}
				return
			}
			d.ID = "d" + string(rune('1'+i))
			docs = append(docs, d)
		}
		claims.AnalyzeAll(docs, claims.Options{Lexicon: attrib.Default()})
		scorer := compare.NewScorer(compare.DefaultOptions())
		result := scorer.Compare(docs)
		in := rules.Input{Docs: docs, Compare: result, Score: scorer.Score, Config: rules.Config{}}
		rin := report.Input{Docs: docs, Result: result, Rules: rules.All(), Version: version}
		if ka&0x80 != 0 {
			draft := &rules.Draft{Doc: docs[0], Claims: rules.CheckDraft(docs[0], docs[1:], in.Score)}
			in.Draft = draft
			rin.Draft, rin.DraftDoc = draft.Claims, draft.Doc
		}
		rin.Findings = rules.Run(in)
		for _, format := range report.Formats {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, rin); err != nil {
				t.Fatalf("format %s: %v", format, err)
			}
			out := buf.Bytes()
			if !utf8.Valid(out) {
				t.Fatalf("format %s: output is not UTF-8", format)
			}
			switch format {
			case "json", "sarif", "rdjson":
				if !json.Valid(out) {
					t.Fatalf("format %s: invalid JSON:\n%s", format, out)
				}
			default:
				if i := bytes.IndexFunc(out, func(r rune) bool { return isControlRune(r) }); i >= 0 {
					t.Fatalf("format %s: control character %U at byte %d of the output", format, []rune(string(out[i:]))[0], i)
				}
			}
		}
	})
}

// isControlRune reports a C0 control other than tab, LF and CR, DEL, or a
// C1 control.
func isControlRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r >= 0x80 && r <= 0x9f
}
