package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

// renderGFM renders Markdown as GitHub does for the purpose of the test:
// GFM tables, strikethrough and autolinks.
func renderGFM(t *testing.T, md string) string {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestMDText(t *testing.T) {
	tests := []struct {
		in, notRendered string // notRendered must not appear in the HTML
	}{
		{"![x](https://t.example/p.png)", "<img"},
		{"[click](https://t.example/)", "<a"},
		{"see https://t.example/p and www.t.example", "<a"},
		{"thanks @octocat", "@octocat"},
		{"**bold** _em_ ~~gone~~ `code`", "<strong"},
		{"**bold** _em_ ~~gone~~ `code`", "<del"},
		{"**bold** _em_ ~~gone~~ `code`", "<code"},
		{"<script>alert(1)</script> <b>x</b>", "<script"},
		{"<script>alert(1)</script> <b>x</b>", "<b>"},
		{"a | b | c", "<td>b"},
	}
	for _, tt := range tests {
		md := "| h |\n| --- |\n| " + mdText(tt.in) + " |\n\n- item " + mdText(tt.in) + "\n"
		html := renderGFM(t, md)
		if strings.Contains(html, tt.notRendered) {
			t.Errorf("%q renders %q:\n%s", tt.in, tt.notRendered, html)
		}
	}
	// Positive control: the same texts unneutralised do render.
	for _, raw := range []string{"![x](https://t.example/p.png)", "[click](https://t.example/)", "**bold**"} {
		if html := renderGFM(t, raw); !strings.ContainsAny(html, "<") || !strings.Contains(html, "<img") && !strings.Contains(html, "<a") && !strings.Contains(html, "<strong") {
			t.Errorf("control %q did not render as Markdown: %s", raw, html)
		}
	}
}

// TestMarkdownNeutralisesArticles runs a comment on articles whose claims
// and quotes carry Markdown: images, links and @mentions show as text.
func TestMarkdownNeutralisesArticles(t *testing.T) {
	a := rulestest.New("d1", "a.md", "markdown")
	a.Para("Nearly 300 ![x](https://t.example/p.png) fled, @octocat said [here](https://t.example).")
	a.Claim("Nearly 300 ![x](https://t.example/p.png) fled", func(c *claims.Claim) {
		c.Numbers = []claims.Number{a.Num("Nearly 300", 300, "people")}
	})
	b := rulestest.New("d2", "b.txt", "txt")
	b.Para("About 200 ![x](https://t.example/p.png) fled, @octocat said.")
	b.Claim("About 200 ![x](https://t.example/p.png) fled", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("About 200", 200, "people")}
	})
	da, db := a.Doc(), b.Doc()
	ra := compare.ClaimRef{Doc: "d1", Claim: da.Claims[0].ID, Text: da.Claims[0].Text, Span: da.Claims[0].Span}
	rb := compare.ClaimRef{Doc: "d2", Claim: db.Claims[0].ID, Text: db.Claims[0].Text, Span: db.Claims[0].Span}
	div := []compare.Divergence{{Kind: compare.DivNumber, Values: []string{"Nearly 300", "About 200"}}}
	res := &compare.Result{Groups: []compare.Group{{ID: "g1", Relation: compare.Diverge, Claims: []compare.ClaimRef{ra, rb}, Divergences: div,
		Pairs: []compare.Pair{{A: ra, B: rb, Relation: compare.Diverge, Divergences: div, Diff: []compare.DiffOp{{Op: "delete", Text: "Nearly 300"}, {Op: "insert", Text: "About 200"}, {Op: "equal", Text: "![x](https://t.example/p.png) fled"}}}}}}}
	docs := []*claims.Document{da, db}
	fs := rules.Run(rules.Input{Docs: docs, Compare: res})
	var buf bytes.Buffer
	if err := Markdown(&buf, Input{Docs: docs, Result: res, Findings: fs, Rules: rules.All()}); err != nil {
		t.Fatal(err)
	}
	html := renderGFM(t, buf.String())
	for _, bad := range []string{"<img", "<a ", "@octocat"} {
		if strings.Contains(html, bad) {
			t.Errorf("the comment renders %q:\n%s\n---\n%s", bad, buf.String(), html)
		}
	}
	if !strings.Contains(html, "![x](https:") {
		t.Errorf("the image syntax does not show as text:\n%s", html)
	}
}

// TestMarkdownFoldsAndCaps checks long lists fold into <details> and a run
// past the cap states what it left out.
func TestMarkdownFoldsAndCaps(t *testing.T) {
	a := rulestest.New("d1", "a.txt", "txt")
	a.Para("Storm news.")
	doc := a.Doc()
	mk := func(n int) []rules.Finding {
		fs := make([]rules.Finding, n)
		for i := range fs {
			fs[i] = rules.Finding{Rule: "figure-unsourced", Severity: rules.Warning, Message: "figure has no source", Doc: "d1", Path: "a.txt"}
		}
		return fs
	}
	tests := []struct {
		n                int
		details, capLine bool
	}{
		{3, false, false},
		{12, true, false},
		{mdMaxFindings + 20, true, true},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := Markdown(&buf, Input{Docs: []*claims.Document{doc}, Findings: mk(tt.n)}); err != nil {
			t.Fatal(err)
		}
		md := buf.String()
		if got := strings.Contains(md, "<details><summary>"); got != tt.details {
			t.Errorf("%d findings: folded %v, want %v", tt.n, got, tt.details)
		}
		capLine := strings.Contains(md, "Shown: 0 of 0 divergences, 100 of 120 findings")
		if capLine != tt.capLine {
			t.Errorf("%d findings: cap line %v, want %v\n%s", tt.n, capLine, tt.capLine, md[max(0, len(md)-300):])
		}
		if rows := strings.Count(md, "| `a.txt:"); rows != min(tt.n, mdMaxFindings) {
			t.Errorf("%d findings: %d rows, want %d", tt.n, rows, min(tt.n, mdMaxFindings))
		}
	}
}

func TestMarkdownControlCharacters(t *testing.T) {
	for _, got := range []string{mdText("a\x1b]0;PWNED\x07b"), codeSafe("a\x1b[8mb"), fence("a\u009bb")} {
		if strings.ContainsFunc(got, isControl) {
			t.Errorf("%q keeps a control character", got)
		}
		if !strings.Contains(got, `\x1b`) && !strings.Contains(got, `\u009b`) {
			t.Errorf("%q does not show the control character", got)
		}
	}
}
