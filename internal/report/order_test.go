package report

import (
	"bytes"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

func TestOrderedGroups(t *testing.T) {
	ref := func(doc string) compare.ClaimRef { return compare.ClaimRef{Doc: doc} }
	res := &compare.Result{Groups: []compare.Group{
		{ID: "within", Relation: compare.Diverge, Claims: []compare.ClaimRef{ref("d1"), ref("d1")}}, // one article: last
		{ID: "agree", Relation: compare.Agree, Claims: []compare.ClaimRef{ref("d1"), ref("d2")}},
		{ID: "div1", Relation: compare.Diverge, Claims: []compare.ClaimRef{ref("d1"), ref("d2")}},
		{ID: "refine", Relation: compare.Refine, Claims: []compare.ClaimRef{ref("d2"), ref("d3")}},
		{ID: "div2", Relation: compare.Diverge, Claims: []compare.ClaimRef{ref("d1"), ref("d1"), ref("d3")}},
	}}
	var got []string
	for _, g := range orderedGroups(res) {
		got = append(got, g.ID)
	}
	want := []string{"div1", "div2", "agree", "refine", "within"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if res.Groups[0].ID != "within" {
		t.Error("orderedGroups changed its input")
	}
}

func TestDistinctExcerpts(t *testing.T) {
	long := strings.Repeat("The Taliban have resisted Pakistan's efforts to curb the militants ", 2)
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"short texts stay whole", []string{"Troops left", "Troops stayed"}, []string{"Troops left", "Troops stayed"}},
		{"a shared opening keeps each ending", []string{long + "on Monday", long + "on Friday"},
			[]string{headTail(long+"on Monday", 40), headTail(long+"on Friday", 40)}},
		{"the same text may repeat", []string{long, long}, []string{shorten(long, 40), shorten(long, 40)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := distinctExcerpts(tt.texts, 40)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			seen := map[string]string{}
			for i, e := range got {
				if prev, ok := seen[e]; ok && prev != tt.texts[i] {
					t.Errorf("two different texts show as %q", e)
				}
				seen[e] = tt.texts[i]
			}
		})
	}
}

// TestHTMLCSPMatchesItsCode checks the report's CSP hashes are those of the
// style and script it carries, so its own code runs and nothing else does.
func TestHTMLCSPMatchesItsCode(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, seedsFixture()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(page)
	script := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindStringSubmatch(page)
	if style == nil || script == nil {
		t.Fatal("no style or script element")
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(page)
	if csp == nil {
		t.Fatal("no CSP meta element")
	}
	for _, want := range []string{"default-src 'none'", "style-src '" + hashOf(style[1]) + "'", "script-src '" + hashOf(script[1]) + "'"} {
		if !strings.Contains(html.UnescapeString(csp[1]), want) {
			t.Errorf("CSP %q lacks %q", csp[1], want)
		}
	}
	if strings.Count(page, "<script") != 1 || strings.Contains(page, " style=") || regexp.MustCompile(`(src|href)="https?:`).MatchString(page) {
		t.Error("the report has another script, an inline style attribute or a remote resource")
	}
}

// TestRDJSONColumnsAreBytes checks each diagnostic points, by line and UTF-8
// byte column, at the byte where its finding starts (the peer fixture has
// curly quotes and dashes, so code-point columns would differ).
func TestRDJSONColumnsAreBytes(t *testing.T) {
	in := peerFixture()
	var buf bytes.Buffer
	if err := RDJSON(&buf, in); err != nil {
		t.Fatal(err)
	}
	var out rdResult
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Source.Name != "claimcheck" || len(out.Diagnostics) != len(in.Findings) {
		t.Fatalf("source %q, %d diagnostics for %d findings", out.Source.Name, len(out.Diagnostics), len(in.Findings))
	}
	l := newLocator(in)
	differ := false
	for i, d := range out.Diagnostics {
		f := in.Findings[i]
		doc := l.doc(f.Doc, f.Path)
		lines := bytes.SplitAfter(doc.File.Src, []byte("\n"))
		off := 0
		for _, ln := range lines[:d.Location.Range.Start.Line-1] {
			off += len(ln)
		}
		off += d.Location.Range.Start.Column - 1
		if off != f.Span.Start {
			t.Errorf("%s at %d:%d is byte %d, want %d", f.Rule, d.Location.Range.Start.Line, d.Location.Range.Start.Column, off, f.Span.Start)
		}
		if p := doc.File.Position(f.Span.Start); p.Column != d.Location.Range.Start.Column {
			differ = true
		}
		if d.Code.Value != f.Rule || d.Severity != rdSeverity(f.Severity) {
			t.Errorf("diagnostic %d: code %q severity %q", i, d.Code.Value, d.Severity)
		}
	}
	if !differ {
		t.Error("no finding has a byte column different from its code-point column; the fixture cannot tell them apart")
	}
}

// TestPageTextKeepsSeparators renders articles whose blocks join pieces
// with separators no source byte maps (a line break in Markdown, tags in
// HTML): the words stay apart on the page.
func TestPageTextKeepsSeparators(t *testing.T) {
	docs, err := ingest.Load([]string{"../../testdata/formats/border.html", "../../testdata/formats/border.md"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	p := newPage(Input{Docs: docs})
	for _, d := range p.Docs {
		var text strings.Builder
		for _, b := range d.Blocks {
			for _, s := range b.Segs {
				text.WriteString(s.Text)
			}
			text.WriteString("\n")
		}
		for _, bad := range []string{"openedthree", "crossingsto", "Monday.The"} {
			if strings.Contains(text.String(), bad) {
				t.Errorf("%s: words run together (%q):\n%s", d.Path, bad, text.String())
			}
		}
		if !strings.Contains(text.String(), "opened three new border crossings") {
			t.Errorf("%s: text lacks its first claim:\n%s", d.Path, text.String())
		}
	}
}
