package report

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// The view of one run that the page template renders: the articles side by
// side, cut into segments that carry their claims, groups, quotes,
// findings and draft verdicts; the groups in report order with their pair
// diffs; the findings in panel order; and what the filters offer.
type (
	pageData struct {
		Title    string
		Summary  pageSummary
		Columns  int
		Docs     []pageDoc
		Groups   []pageGroup
		Single   []pageClaim
		Findings []pageFinding
		Rules    []string
		Sevs     []string
		Draft    []pageDraft
		DraftDoc string
		Config   string

		// Set by the caller of writePage.
		CSP       string // content of a CSP meta element; "" for none
		Nonce     string
		CSS       template.CSS
		JS        template.JS
		Serve     bool
		Downloads []Download
		Message   string
	}
	pageSummary struct {
		Docs, Diverge, Agree, Within, Single int
		Errors, Warnings, Infos              int
		Supported, Contradicted, Unsupported int
		Draft                                bool
	}
	pageDoc struct {
		ID, Path, Title, Meta string
		Draft                 bool
		Blocks                []pageBlock
	}
	pageBlock struct {
		Kind string
		Segs []pageSeg
	}
	// pageSeg is a run of text with the same marks, or (Support set) a draft
	// verdict badge placed after the claim it judges.
	pageSeg struct {
		Text, Class, ID, Title string
		Claims, Groups         string // space-separated claim keys and group ids
		Support, DraftKey      string
	}
	pageGroup struct {
		ID, Relation string
		Class        string // diverge, agree or within
		Claims       []pageClaim
		Divergences  []compare.Divergence
		Pairs        []pagePair
		Keys         string
		Label        string
	}
	pageClaim struct {
		Key, Doc, Path, Where, Text, Excerpt string
	}
	pagePair struct {
		A, B        pageClaim
		Relation    string
		Score       string
		Divergences []compare.Divergence
		Diff        []compare.DiffOp
	}
	pageFinding struct {
		Severity, Rule, Message, Where, Doc, Path, Anchor string
		Related                                           []string
		Diff                                              []compare.DiffOp
	}
	pageDraft struct {
		Key, Where, Support, Text string
		Evidence                  []pageClaim
		Divergences               []compare.Divergence
		Diff                      []compare.DiffOp
	}
)

// Download is one format of the same run offered as a file on the serve
// page: a file name and a data: URL holding the bytes.
type Download struct {
	Label, Name string
	URL         template.URL
}

// claimKey names a claim uniquely across documents in the page.
func claimKey(doc, claim string) string { return doc + "-" + claim }

// newPage builds the view of in.
func newPage(in Input) pageData {
	l := newLocator(in)
	docs := append(draftDocs(in), in.Docs...)
	p := pageData{Title: "claimcheck report", Columns: max(1, min(len(docs), 5))}
	p.Summary.Docs = len(docs)
	c := countFindings(in.Findings)
	p.Summary.Errors, p.Summary.Warnings, p.Summary.Infos = c.Error, c.Warning, c.Info

	ref := func(r compare.ClaimRef) pageClaim {
		start, _ := l.pos(r.Doc, "", r.Span)
		path := r.Doc
		if d := l.doc(r.Doc, ""); d != nil {
			path = d.Path
		}
		return pageClaim{Key: claimKey(r.Doc, r.Claim), Doc: r.Doc, Path: path,
			Where: fmt.Sprintf("%s:%d:%d", path, start.Line, start.Column), Text: r.Text, Excerpt: shorten(r.Text, claimExcerptLen)}
	}

	groupsOf := map[string][]string{} // claim key -> group ids
	for _, g := range orderedGroups(in.Result) {
		pg := pageGroup{ID: g.ID, Relation: string(g.Relation), Divergences: g.Divergences}
		switch groupClass(g) {
		case classDiverge:
			pg.Class, p.Summary.Diverge = "diverge", p.Summary.Diverge+1
		case classAgree:
			pg.Class, p.Summary.Agree = "agree", p.Summary.Agree+1
		default:
			pg.Class, p.Summary.Within = "within", p.Summary.Within+1
		}
		var keys []string
		for _, cr := range g.Claims {
			pc := ref(cr)
			pg.Claims = append(pg.Claims, pc)
			keys = append(keys, pc.Key)
			groupsOf[pc.Key] = append(groupsOf[pc.Key], g.ID)
		}
		pg.Keys = strings.Join(keys, " ")
		pg.Label = groupLabel(g)
		for _, pr := range g.Pairs {
			pg.Pairs = append(pg.Pairs, pagePair{A: ref(pr.A), B: ref(pr.B), Relation: string(pr.Relation),
				Score: fmt.Sprintf("%.2f", pr.Score), Divergences: pr.Divergences, Diff: pr.Diff})
		}
		p.Groups = append(p.Groups, pg)
	}
	if in.Result != nil {
		var texts []string
		for _, cr := range in.Result.Single {
			p.Single = append(p.Single, ref(cr))
			texts = append(texts, cr.Text)
		}
		for i, e := range distinctExcerpts(texts, claimExcerptLen) {
			p.Single[i].Excerpt = e
		}
		p.Summary.Single = len(p.Single)
	}

	// Findings in panel order; each anchored at its place in the text.
	anchors := map[int]string{}
	for i, f := range in.Findings {
		if d := l.doc(f.Doc, f.Path); d != nil {
			anchors[i] = fmt.Sprintf("f%d", i+1)
		}
	}
	ruleSeen := map[string]bool{}
	for _, i := range orderedFindings(in.Findings) {
		f := in.Findings[i]
		start, _ := l.pos(f.Doc, f.Path, f.Span)
		pf := pageFinding{Severity: f.Severity.String(), Rule: f.Rule, Message: f.Message,
			Where: fmt.Sprintf("%s:%d:%d", displayPath(l, f), start.Line, start.Column), Path: displayPath(l, f), Anchor: anchors[i], Diff: f.Diff}
		if d := l.doc(f.Doc, f.Path); d != nil {
			pf.Doc = d.ID
		}
		for _, r := range f.Related {
			rs, _ := l.pos(r.Doc, r.Path, r.Span)
			pf.Related = append(pf.Related, fmt.Sprintf("%s:%d:%d %s", r.Path, rs.Line, rs.Column, r.Message))
		}
		p.Findings = append(p.Findings, pf)
		if !ruleSeen[f.Rule] {
			ruleSeen[f.Rule] = true
			p.Rules = append(p.Rules, f.Rule)
		}
	}
	slices.Sort(p.Rules)
	for _, s := range []rules.Severity{rules.Error, rules.Warning, rules.Info} {
		for _, f := range in.Findings {
			if f.Severity == s {
				p.Sevs = append(p.Sevs, s.String())
				break
			}
		}
	}

	// Draft verdicts.
	support := map[claims.Span]pageDraft{}
	if in.DraftDoc != nil {
		p.Summary.Draft = true
		p.DraftDoc = in.DraftDoc.Path
		for _, dc := range in.Draft {
			start, _ := l.pos(in.DraftDoc.ID, in.DraftDoc.Path, dc.Span)
			pd := pageDraft{Key: claimKey(in.DraftDoc.ID, dc.Claim), Where: fmt.Sprintf("%d:%d", start.Line, start.Column),
				Support: string(dc.Support), Text: dc.Text, Divergences: dc.Divergences, Diff: dc.Diff}
			for _, e := range dc.Evidence {
				pd.Evidence = append(pd.Evidence, ref(e))
			}
			switch dc.Support {
			case rules.Supported:
				p.Summary.Supported++
			case rules.Contradicted:
				p.Summary.Contradicted++
			default:
				p.Summary.Unsupported++
			}
			p.Draft = append(p.Draft, pd)
			support[dc.Span] = pd
		}
	}

	for _, d := range docs {
		pd := pageDoc{ID: d.ID, Path: d.Path, Title: d.Title, Draft: in.DraftDoc != nil && d == in.DraftDoc}
		if pd.Title == d.Path || opensWith(d, pd.Title) {
			pd.Title = "" // the headline shows in the text
		}
		var meta []string
		for _, m := range []string{d.Outlet, d.Author, d.Date} {
			if m != "" {
				meta = append(meta, m)
			}
		}
		pd.Meta = strings.Join(meta, " · ")
		pd.Blocks = docBlocks(l, d, in.Findings, anchors, groupsOf, support)
		p.Docs = append(p.Docs, pd)
	}
	return p
}

// opensWith reports whether d's first shown block is a headline reading title.
func opensWith(d *claims.Document, title string) bool {
	for _, b := range d.Blocks {
		if b.Kind == claims.KindChrome || strings.TrimSpace(b.Text) == "" {
			continue
		}
		return b.Kind == claims.KindHeadline && strings.TrimSpace(b.Text) == strings.TrimSpace(title)
	}
	return false
}

// groupLabel is a group's one-line description: its relation and, when it
// diverges, the kinds and values.
func groupLabel(g compare.Group) string {
	if len(g.Divergences) == 0 {
		return string(g.Relation)
	}
	var parts []string
	for _, d := range g.Divergences {
		parts = append(parts, d.Kind+": "+strings.Join(d.Values, " / "))
	}
	return string(g.Relation) + " — " + strings.Join(parts, "; ")
}

// pageMark is one highlighted source range of a document.
type pageMark struct {
	span    claims.Span
	kind    int // markClaim, markQuote, markFinding, markRelated
	key     string
	title   string
	sev     rules.Severity
	finding int
}

const (
	markClaim = iota
	markQuote
	markFinding
	markRelated
)

// atom is a piece of a block's text with the source range it came from.
type atom struct {
	text       string
	start, end int
}

// docBlocks renders d block by block from the blocks' clean text (so markup,
// front matter and page debris never show), cut wherever a mark starts or
// ends. Each segment carries the marks covering it; a draft claim's verdict
// badge follows the claim's last segment.
func docBlocks(l *locator, d *claims.Document, findings []rules.Finding, anchors map[int]string,
	groupsOf map[string][]string, support map[claims.Span]pageDraft) []pageBlock {
	var marks []pageMark
	for _, c := range d.Claims {
		marks = append(marks, pageMark{span: c.Span, kind: markClaim, key: claimKey(d.ID, c.ID), title: "claim " + c.ID, finding: -1})
	}
	for _, q := range d.Quotes {
		t := fmt.Sprintf("%s quote, attribution %s", q.Kind, q.Attribution)
		if q.Speaker != nil {
			t += ", speaker " + q.Speaker.Text
		}
		marks = append(marks, pageMark{span: q.Span, kind: markQuote, title: t, finding: -1})
	}
	for i, f := range findings {
		if l.doc(f.Doc, f.Path) == d {
			marks = append(marks, pageMark{span: f.Span, kind: markFinding, title: f.Rule + ": " + f.Message, sev: f.Severity, finding: i})
		}
		for _, r := range f.Related {
			if l.doc(r.Doc, r.Path) == d {
				marks = append(marks, pageMark{span: r.Span, kind: markRelated, title: "related to " + f.Rule + ": " + r.Message, finding: -1})
			}
		}
	}
	cuts := map[int]bool{}
	for _, m := range marks {
		cuts[m.span.Start], cuts[m.span.End] = true, true
	}
	badgeAt := map[int][]pageDraft{}
	for _, c := range d.Claims {
		if pd, ok := support[c.Span]; ok {
			badgeAt[c.Span.End] = append(badgeAt[c.Span.End], pd)
		}
	}
	anchored := map[int]bool{}
	var out []pageBlock
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		if b.Kind == claims.KindChrome || strings.TrimSpace(b.Text) == "" {
			continue
		}
		pb := pageBlock{Kind: string(b.Kind)}
		for _, a := range blockAtoms(b, cuts) {
			seg := segOf(a, marks, groupsOf)
			for _, m := range marks {
				if m.kind == markFinding && a.end > a.start && a.start >= m.span.Start && (a.start < m.span.End || m.span.End <= m.span.Start) && !anchored[m.finding] {
					if seg.ID == "" {
						seg.ID = anchors[m.finding]
					}
					anchored[m.finding] = true
				}
			}
			if n := len(pb.Segs); n > 0 && seg.ID == "" && sameMarks(pb.Segs[n-1], seg) {
				pb.Segs[n-1].Text += seg.Text
			} else {
				pb.Segs = append(pb.Segs, seg)
			}
			if a.end > a.start {
				for _, pd := range badgeAt[a.end] {
					pb.Segs = append(pb.Segs, pageSeg{Support: pd.Support, DraftKey: pd.Key, Title: pd.Support + ": " + pd.Text})
				}
				delete(badgeAt, a.end)
			}
		}
		out = append(out, pb)
	}
	return out
}

func sameMarks(a, b pageSeg) bool {
	return a.Support == "" && a.Class == b.Class && a.Title == b.Title && a.Claims == b.Claims && a.Groups == b.Groups
}

// blockAtoms cuts b's text at every cut offset that falls inside a verbatim
// piece; a decoded entity or an inserted separator stays whole, and text no
// piece maps shows as an atom of no source bytes.
func blockAtoms(b *claims.Block, cuts map[int]bool) []atom {
	if len(b.Pieces) == 0 {
		return []atom{{text: b.Text, start: b.Span.Start, end: b.Span.End}}
	}
	var out []atom
	last, lastSrc := 0, b.Span.Start
	for _, pc := range b.Pieces {
		if pc.TextOff+pc.Len > len(b.Text) || pc.TextOff < last {
			continue
		}
		if pc.TextOff > last {
			// Text no piece maps (a separator for a line break or a tag):
			// no source bytes, at the end of what came before.
			out = append(out, atom{text: b.Text[last:pc.TextOff], start: lastSrc, end: lastSrc})
		}
		last, lastSrc = pc.TextOff+pc.Len, pc.SrcOff+pc.SrcLen
		text := b.Text[pc.TextOff : pc.TextOff+pc.Len]
		if pc.SrcLen != pc.Len {
			out = append(out, atom{text: text, start: pc.SrcOff, end: pc.SrcOff + pc.SrcLen})
			continue
		}
		from := 0
		for i := 1; i < pc.Len; i++ {
			if cuts[pc.SrcOff+i] && validCut(text, i) {
				out = append(out, atom{text: text[from:i], start: pc.SrcOff + from, end: pc.SrcOff + i})
				from = i
			}
		}
		out = append(out, atom{text: text[from:], start: pc.SrcOff + from, end: pc.SrcOff + pc.Len})
	}
	if last < len(b.Text) {
		out = append(out, atom{text: b.Text[last:], start: lastSrc, end: lastSrc})
	}
	return out
}

// visible shows control characters other than tab, newline and carriage return as \xNN
// (U+0080–U+009F as \u0080…), so an article's terminal escapes and
// invisible controls read as text on the page.
func visible(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isControl(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r != '\t' && r != '\n' && r != '\r' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f)
}

// validCut reports whether i is a UTF-8 boundary of s.
func validCut(s string, i int) bool { return i >= len(s) || s[i]&0xC0 != 0x80 }

// segOf labels an atom with the marks that cover it. An atom of no source
// bytes (a separator) is covered by a mark that runs across it.
func segOf(a atom, marks []pageMark, groupsOf map[string][]string) pageSeg {
	covers := func(s claims.Span) bool {
		if a.end == a.start {
			return s.Start < a.start && a.start < s.End
		}
		return s.Start <= a.start && a.end <= s.End && s.End > s.Start
	}
	var classes, keys, groups, titles []string
	sev := rules.Off
	add := func(c string) {
		if !slices.Contains(classes, c) {
			classes = append(classes, c)
		}
	}
	for _, m := range marks {
		if !covers(m.span) {
			continue
		}
		switch m.kind {
		case markClaim:
			add("claim")
			keys = append(keys, m.key)
			for _, g := range groupsOf[m.key] {
				if !slices.Contains(groups, g) {
					groups = append(groups, g)
				}
			}
		case markQuote:
			add("quote")
		case markFinding:
			sev = max(sev, m.sev)
		case markRelated:
			add("related")
		}
		titles = append(titles, m.title)
	}
	if len(groups) > 0 {
		add("grouped")
	}
	if sev != rules.Off {
		add("sev-" + sev.String())
	}
	return pageSeg{Text: visible(a.text), Class: strings.Join(classes, " "), Title: strings.Join(titles, "\n"),
		Claims: strings.Join(keys, " "), Groups: strings.Join(groups, " ")}
}
