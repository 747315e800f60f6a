package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

//go:embed assets/page.html assets/desk.css assets/desk.js
var assets embed.FS

// CSS and JS are the page's stylesheet and script, shared by the report and
// the serve pages.
var (
	CSS = mustAsset("assets/desk.css")
	JS  = mustAsset("assets/desk.js")
)

func mustAsset(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// pageTemplate renders the side-by-side page. Every article string goes
// through html/template's contextual escaping; only CSS, JS and the data:
// URLs of downloads (built here, base64) are trusted. It is parsed on
// first use: only the html format and serve need it, and parsing it at
// start cost every other command.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"plural":  plural,
		"base":    filepath.Base,
		"changed": func(ops []compare.DiffOp) bool { return inlineDiff(ops) != "" },
		"mark": func(s string) string {
			switch rules.Support(s) {
			case rules.Supported:
				return "✓"
			case rules.Contradicted:
				return "✗"
			}
			return "?"
		},
		"relOf": func(s string) string {
			switch rules.Support(s) {
			case rules.Supported:
				return "agree"
			case rules.Contradicted:
				return "diverge"
			}
			return "unsupported"
		},
	}).ParseFS(assets, "assets/page.html"))
})

// PageOptions is what the serve page adds to the report page: the CSP
// nonce of its style and script, downloads of the same run, the
// configuration in use and a message (an input error) shown on top.
type PageOptions struct {
	Nonce     string
	Downloads []Download
	Config    string
	Message   string
	Serve     bool
}

// fileCSP is the Content-Security-Policy of the self-contained report: no
// remote resources, and only the page's own style and script, by hash.
func fileCSP() string {
	return "default-src 'none'; style-src '" + hashOf(CSS) + "'; script-src '" + hashOf(JS) + "'; img-src data:; base-uri 'none'; form-action 'none'"
}

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// HTML writes one self-contained page that works offline: the articles side
// by side with claims underlined and findings highlighted by severity;
// clicking a claim highlights its group's claims in the other articles and
// shows the relation, divergences and word diff; a findings panel with
// filters; single-source claims; in draft mode each draft claim's support
// in the margin. Its CSP allows only its own inline style and script.
func HTML(w io.Writer, in Input) error {
	return WritePage(w, in, PageOptions{})
}

// WritePage writes the page of in with opt. Without a nonce the page
// carries its CSP as a meta element (hashes of its style and script);
// with one, the caller sends the CSP as a header.
func WritePage(w io.Writer, in Input, opt PageOptions) error {
	p := newPage(in)
	p.CSS, p.JS = template.CSS(CSS), template.JS(JS)
	p.Nonce, p.Downloads, p.Config, p.Message, p.Serve = opt.Nonce, opt.Downloads, opt.Config, opt.Message, opt.Serve
	if opt.Nonce == "" {
		p.CSP = fileCSP()
	}
	var buf strings.Builder
	if err := pageTemplate().ExecuteTemplate(&buf, "page", p); err != nil {
		return err
	}
	// Control characters from an article (in text, titles, messages) show
	// as \xNN wherever they landed; the page's own code has none.
	_, err := io.WriteString(w, visible(buf.String()))
	return err
}
