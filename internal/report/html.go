package report

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// htmlPage is the self-contained report page. Text is escaped by
// html/template; the CSS is inline; there is no script.
var htmlPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck report</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.4rem;margin:0 0 .3rem}
h2{font-size:1.05rem;margin:.2rem 0 .6rem;word-break:break-all}
.summary{margin:0 0 1rem;color:#444}
.legend span{margin-right:.8rem;padding:0 .3rem}
.docs{display:grid;grid-template-columns:repeat({{.Columns}},minmax(0,1fr));gap:1rem;align-items:start}
.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem}
.src{white-space:pre-wrap;word-wrap:break-word;font-family:Georgia,serif;font-size:.95rem}
.claim{border-bottom:1px dotted #6a7fb5}
.quote{background:#eef3ff;font-style:italic}
.related{outline:1px dashed #999}
.sev-error{background:#ffd7d5}
.sev-warning{background:#fff0c2}
.sev-info{background:#dff3f8}
ol.findings{padding-left:1.2rem;font-size:.9rem}
ol.findings li{margin:.3rem 0}
.badge{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:3px;color:#fff}
.badge.error{background:#c62828}.badge.warning{background:#b26a00}.badge.info{background:#00707f}
code{font-size:.85rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;background:#fff}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
.supported{color:#1b5e20}.contradicted{color:#c62828}.unsupported{color:#b26a00}
.rel-agree{color:#1b5e20}.rel-refine{color:#00707f}.rel-diverge{color:#c62828;font-weight:600}
</style>
</head>
<body>
<h1>claimcheck report</h1>
<p class="summary">{{.Summary}}</p>
<p class="legend"><span class="claim">claim</span><span class="quote">quote</span><span class="sev-error">error</span><span class="sev-warning">warning</span><span class="sev-info">info</span><span class="related">related</span></p>
{{- if .Draft}}
<h2>Draft {{.DraftPath}} against its sources</h2>
<table><tr><th>Where</th><th>Support</th><th>Claim</th><th>Evidence</th></tr>
{{- range .Draft}}
<tr><td>{{.Where}}</td><td class="{{.Support}}">{{.Support}}</td><td>{{.Text}}</td><td>{{range .Evidence}}<code>{{.}}</code> {{end}}</td></tr>
{{- end}}
</table>
{{- end}}
{{- if .Groups}}
<h2>Aligned groups</h2>
<table><tr><th>Group</th><th>Relation</th><th>Claims</th><th>Differences</th></tr>
{{- range .Groups}}
<tr><td>{{.ID}}</td><td class="rel-{{.Relation}}">{{.Relation}}</td><td>{{range .Claims}}{{.}}<br>{{end}}</td><td>{{range .Differences}}{{.}}<br>{{end}}</td></tr>
{{- end}}
</table>
{{- end}}
<div class="docs">
{{- range .Docs}}
<section class="doc">
<h2>{{.Path}}{{if .Title}} — {{.Title}}{{end}}</h2>
<div class="src">{{range .Segs}}{{if .Class}}<span class="{{.Class}}"{{if .Title}} title="{{.Title}}"{{end}}{{if .ID}} id="{{.ID}}"{{end}}>{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</div>
{{- if .Findings}}
<ol class="findings">
{{- range .Findings}}
<li><span class="badge {{.Severity}}">{{.Severity}}</span> <a href="#{{.Anchor}}"><code>{{.Where}}</code></a> <code>{{.Rule}}</code> {{.Message}}{{range .Related}}<br>↳ <code>{{.}}</code>{{end}}</li>
{{- end}}
</ol>
{{- end}}
</section>
{{- end}}
</div>
{{- if .Other}}
<h2>Other findings</h2>
<ol class="findings">
{{- range .Other}}
<li><span class="badge {{.Severity}}">{{.Severity}}</span> <code>{{.Where}}</code> <code>{{.Rule}}</code> {{.Message}}</li>
{{- end}}
</ol>
{{- end}}
</body>
</html>
`))

type (
	htmlData struct {
		Summary   string
		Groups    []htmlGroup
		Columns   int
		Docs      []htmlDoc
		Other     []htmlFinding
		Draft     []htmlDraft
		DraftPath string
	}
	htmlDoc struct {
		Path, Title string
		Segs        []htmlSeg
		Findings    []htmlFinding
	}
	htmlSeg     struct{ Text, Class, Title, ID string }
	htmlFinding struct {
		Severity, Where, Rule, Message, Anchor string
		Related                                []string
	}
	htmlGroup struct {
		ID, Relation        string
		Claims, Differences []string
	}
	htmlDraft struct {
		Where, Support, Text string
		Evidence             []string
	}
)

// HTML writes one self-contained page: the aligned groups with their
// relation and differences, then the documents side by side with
// their claims, quotes and findings highlighted (hover for details), each
// document's findings listed under it, and the draft verdicts in draft mode.
func HTML(w io.Writer, in Input) error {
	l := newLocator(in)
	docs := append(draftDocs(in), in.Docs...)
	data := htmlData{Summary: countFindings(in.Findings).String(), Columns: max(1, min(len(docs), 3))}
	placed := make([]bool, len(in.Findings))
	for di, d := range docs {
		hd := htmlDoc{Path: d.Path, Title: d.Title}
		if hd.Title == d.Path {
			hd.Title = ""
		}
		var fidx []int
		for i, f := range in.Findings {
			if l.doc(f.Doc, f.Path) == d {
				fidx = append(fidx, i)
				placed[i] = true
			}
		}
		var anchors map[int]string
		hd.Segs, anchors = segments(l, d, in.Findings, fidx, di)
		for _, i := range fidx {
			hd.Findings = append(hd.Findings, htmlFindingOf(l, in.Findings[i], anchors[i]))
		}
		data.Docs = append(data.Docs, hd)
	}
	for i, f := range in.Findings {
		if !placed[i] {
			data.Other = append(data.Other, htmlFindingOf(l, f, ""))
		}
	}
	if in.Result != nil {
		for _, g := range in.Result.Groups {
			hg := htmlGroup{ID: g.ID, Relation: string(g.Relation)}
			for i, place := range l.places(g.Claims) {
				hg.Claims = append(hg.Claims, place+" "+shorten(g.Claims[i].Text, claimExcerptLen))
			}
			if d := groupDifferences(g); d != "-" {
				hg.Differences = strings.Split(d, "\n")
			}
			data.Groups = append(data.Groups, hg)
		}
	}
	if in.DraftDoc != nil {
		data.DraftPath = in.DraftDoc.Path
		for _, dc := range in.Draft {
			start, _ := l.pos(in.DraftDoc.ID, in.DraftDoc.Path, dc.Span)
			data.Draft = append(data.Draft, htmlDraft{Where: fmt.Sprintf("%d:%d", start.Line, start.Column),
				Support: string(dc.Support), Text: dc.Text, Evidence: l.places(dc.Evidence)})
		}
	}
	return htmlPage.Execute(w, data)
}

func htmlFindingOf(l *locator, f rules.Finding, anchor string) htmlFinding {
	start, _ := l.pos(f.Doc, f.Path, f.Span)
	hf := htmlFinding{Severity: f.Severity.String(), Where: fmt.Sprintf("%s:%d:%d", displayPath(l, f), start.Line, start.Column),
		Rule: f.Rule, Message: f.Message, Anchor: anchor}
	for _, r := range f.Related {
		rs, _ := l.pos(r.Doc, r.Path, r.Span)
		hf.Related = append(hf.Related, fmt.Sprintf("%s:%d:%d %s", r.Path, rs.Line, rs.Column, r.Message))
	}
	return hf
}

// mark is one highlighted range of a document.
type mark struct {
	span    claims.Span
	class   string
	title   string
	finding int // index into findings, or -1
	sev     rules.Severity
}

// segments cuts d's source at every mark boundary and labels each piece
// with the classes and titles of the marks covering it. It returns the
// pieces and, per finding index, the id of the piece where it starts.
func segments(l *locator, d *claims.Document, findings []rules.Finding, fidx []int, di int) ([]htmlSeg, map[int]string) {
	anchors := map[int]string{}
	if d.File == nil {
		return nil, anchors
	}
	src := d.File.Src
	var marks []mark
	for _, c := range d.Claims {
		marks = append(marks, mark{span: c.Span, class: "claim", title: "claim " + c.ID, finding: -1})
	}
	for _, q := range d.Quotes {
		t := fmt.Sprintf("%s quote, attribution %s", q.Kind, q.Attribution)
		if q.Speaker != nil {
			t += ", speaker " + q.Speaker.Text
		}
		marks = append(marks, mark{span: q.Span, class: "quote", title: t, finding: -1})
	}
	for _, i := range fidx {
		f := findings[i]
		marks = append(marks, mark{span: f.Span, title: f.Rule + ": " + f.Message, finding: i, sev: f.Severity})
	}
	for _, f := range findings {
		for _, r := range f.Related {
			if l.doc(r.Doc, r.Path) == d {
				marks = append(marks, mark{span: r.Span, class: "related", title: "related to " + f.Rule + ": " + r.Message, finding: -1})
			}
		}
	}
	cuts := []int{0, len(src)}
	for i := range marks {
		s := &marks[i].span
		s.Start, s.End = max(0, min(s.Start, len(src))), max(0, min(s.End, len(src)))
		if s.End > s.Start {
			cuts = append(cuts, s.Start, s.End)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var segs []htmlSeg
	for ci := 0; ci+1 < len(cuts); ci++ {
		a, b := cuts[ci], cuts[ci+1]
		var classes, titles []string
		sev := rules.Off
		id := ""
		for _, m := range marks {
			if m.span.Start > a || m.span.End < b || m.span.End <= m.span.Start {
				continue
			}
			if m.finding >= 0 {
				sev = max(sev, m.sev)
				if _, ok := anchors[m.finding]; !ok && m.span.Start == a {
					if id == "" {
						id = fmt.Sprintf("d%d-%d", di, a)
					}
					anchors[m.finding] = id
				}
			} else if !slices.Contains(classes, m.class) {
				classes = append(classes, m.class)
			}
			titles = append(titles, m.title)
		}
		if sev != rules.Off {
			classes = append(classes, "sev-"+sev.String())
		}
		seg := htmlSeg{Text: string(src[a:b]), Class: strings.Join(classes, " "), Title: strings.Join(titles, "\n"), ID: id}
		if seg.Class == "" && seg.ID != "" {
			seg.Class = "anchor"
		}
		segs = append(segs, seg)
	}
	return segs, anchors
}
