package ingest

import (
	"bytes"
	"io"
	"strings"

	readability "codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimcheck/claimcheck/claims"
)

// textToken is one run of character data in the original HTML: its raw
// bytes start at off.
type textToken struct {
	off int
	raw string
}

// sourceText tokenises the original bytes and returns every text token with
// its offset, so text found in readability's cleaned tree can be mapped back
// to the exact bytes it came from. It also returns the first h1 text.
func sourceText(src []byte) (toks []textToken, h1 string) {
	z := html.NewTokenizer(bytes.NewReader(src))
	off := 0
	skip := 0 // inside script/style
	inH1 := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				return toks, h1
			}
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				skip++
			case atom.H1:
				inH1 = h1 == ""
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if skip > 0 {
					skip--
				}
			case atom.H1:
				inH1 = false
			}
		case html.TextToken:
			if skip == 0 {
				toks = append(toks, textToken{off: off, raw: string(raw)})
				if inH1 {
					h1 += html.UnescapeString(string(raw))
				}
			}
		}
		off += len(raw)
	}
	return toks, strings.TrimSpace(h1)
}

// locator finds decoded text in the token list, moving forward only, so
// repeated text maps to its next occurrence in document order.
type locator struct {
	toks []textToken
	cur  int
}

// find returns pieces mapping data (decoded text of one node) to the source,
// with TextOff relative to data. ok is false when data is not found.
func (l *locator) find(data string) ([]claims.Piece, bool) {
	for _, start := range []int{l.cur, 0} {
		for i := start; i < len(l.toks); i++ {
			dec := html.UnescapeString(l.toks[i].raw)
			at := strings.Index(dec, data)
			if at < 0 {
				continue
			}
			l.cur = i
			return mapDecoded(l.toks[i], at, len(data)), true
		}
	}
	return nil, false
}

// mapDecoded maps decoded[at:at+n] of tok to raw source pieces; a character
// reference becomes one piece of its own.
func mapDecoded(tok textToken, at, n int) []claims.Piece {
	var ps []claims.Piece
	raw := tok.raw
	d := 0 // decoded offset
	for i := 0; i < len(raw) && d < at+n; {
		w, dw := 1, 1
		if raw[i] == '&' {
			w, dw = entityAt(raw[i:])
		}
		if d >= at {
			if k := len(ps) - 1; k >= 0 && w == dw && ps[k].Len == ps[k].SrcLen && ps[k].SrcOff+ps[k].SrcLen == tok.off+i {
				ps[k].Len += dw
				ps[k].SrcLen += w
			} else {
				ps = append(ps, claims.Piece{TextOff: d - at, Len: dw, SrcOff: tok.off + i, SrcLen: w})
			}
		}
		i += w
		d += dw
	}
	return ps
}

var htmlBlocks = map[atom.Atom]claims.BlockKind{
	atom.P: claims.KindParagraph, atom.H1: claims.KindHeadline, atom.H2: claims.KindHeading,
	atom.H3: claims.KindHeading, atom.H4: claims.KindHeading, atom.H5: claims.KindHeading,
	atom.H6: claims.KindHeading, atom.Li: claims.KindListItem, atom.Blockquote: claims.KindBlockquote,
	atom.Figcaption: claims.KindChrome, atom.Pre: claims.KindChrome, atom.Td: claims.KindParagraph,
	atom.Dd: claims.KindParagraph, atom.Dt: claims.KindHeading,
}

// parseHTML runs readability over the page and walks the article's nodes
// block by block; each text node is located in the original bytes.
func parseHTML(doc *claims.Document) error {
	src := doc.File.Src
	art, err := readability.FromReader(bytes.NewReader(src), nil)
	if err != nil || art.Node == nil {
		if ferr := htmlFailure(doc.Path, src); ferr != nil {
			return ferr
		}
		return &Error{Path: doc.Path, Msg: "no article content found in the HTML page", Fix: "pass the article page itself, or its text as .txt or .md"}
	}
	doc.Title = strings.TrimSpace(art.Title)
	doc.Author = strings.TrimSpace(art.Byline)
	doc.Outlet = strings.TrimSpace(art.SiteName)
	if art.PublishedTime != nil {
		doc.Date = art.PublishedTime.UTC().Format("2006-01-02")
	}
	toks, h1 := sourceText(src)
	w := &htmlWalker{loc: &locator{toks: toks}, doc: doc}
	w.walk(art.Node, claims.KindParagraph)
	w.flush()
	hasHeadline := false
	for _, b := range doc.Blocks {
		hasHeadline = hasHeadline || b.Kind == claims.KindHeadline
	}
	if !hasHeadline && h1 != "" {
		// readability drops the h1 that repeats the title: put it back first.
		loc := &locator{toks: toks}
		if ps, ok := loc.find(h1); ok {
			b := claims.Block{Kind: claims.KindHeadline, Text: h1, Pieces: ps}
			b.Span = claims.Span{Start: ps[0].SrcOff, End: ps[len(ps)-1].SrcOff + ps[len(ps)-1].SrcLen}
			doc.Blocks = append([]claims.Block{b}, doc.Blocks...)
		}
	}
	return nil
}

type htmlWalker struct {
	loc  *locator
	doc  *claims.Document
	cur  claims.Block
	sb   strings.Builder
	kind claims.BlockKind
}

func (w *htmlWalker) walk(n *html.Node, kind claims.BlockKind) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, kind)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Img, atom.Figure:
			if n.DataAtom != atom.Figure {
				return
			}
		case atom.Br:
			w.sb.WriteByte(' ')
			return
		}
		if k, ok := htmlBlocks[n.DataAtom]; ok {
			w.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, k)
			}
			w.flush()
			return
		}
		if isBlockElement(n.DataAtom) {
			w.flush()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, kind)
	}
	if n.Type == html.ElementNode && isBlockElement(n.DataAtom) {
		w.flush()
	}
}

func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside, atom.Main,
		atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Dl, atom.Nav, atom.Form, atom.Hr:
		return true
	}
	return false
}

func (w *htmlWalker) text(data string, kind claims.BlockKind) {
	if strings.TrimSpace(data) == "" {
		if w.sb.Len() > 0 {
			w.sb.WriteByte(' ')
		}
		return
	}
	if w.sb.Len() == 0 {
		w.kind = kind
	}
	lead := len(data) - len(strings.TrimLeft(data, " \t\r\n"))
	core := strings.TrimRight(data[lead:], " \t\r\n")
	if lead > 0 && w.sb.Len() > 0 {
		w.sb.WriteByte(' ')
	}
	ps, ok := w.loc.find(core)
	if ok {
		for _, p := range ps {
			p.TextOff += w.sb.Len()
			w.cur.Pieces = append(w.cur.Pieces, p)
		}
	}
	w.sb.WriteString(flattenSpaces(core))
	if len(core) < len(data)-lead {
		w.sb.WriteByte(' ')
	}
}

// flattenSpaces turns runs of layout white space inside a text node into
// single-byte spaces of the same length, keeping the byte map exact.
func flattenSpaces(s string) string { return flatten(s) }

func (w *htmlWalker) flush() {
	b := w.cur
	b.Text = w.sb.String()
	w.cur = claims.Block{}
	w.sb.Reset()
	trimBlock(&b)
	if strings.TrimSpace(b.Text) == "" || len(b.Pieces) == 0 {
		return
	}
	b.Kind = w.kind
	b.Span = claims.Span{Start: b.Pieces[0].SrcOff, End: b.Pieces[len(b.Pieces)-1].SrcOff + b.Pieces[len(b.Pieces)-1].SrcLen}
	w.doc.Blocks = append(w.doc.Blocks, b)
}

// entityAt measures the character reference at the start of s (which starts
// with '&'): w source bytes that decode to dw bytes. It picks the shortest
// prefix whose decoding is consistent with decoding the text around it, so
// references without a semicolon ("&amp0") map exactly. A reference ends
// before the next '&', so a lone '&' before one ("&&#10;") is 1, 1 and the
// reference after it is measured on its own.
func entityAt(s string) (w, dw int) {
	window := s[:min(len(s), 64)]
	whole := html.UnescapeString(window)
	limit := min(len(window), 34)
	if k := strings.IndexByte(window[1:], '&'); k >= 0 {
		limit = min(limit, k+1)
	}
	for n := 2; n <= limit; n++ {
		u := html.UnescapeString(window[:n])
		if u != window[:n] && u+html.UnescapeString(window[n:]) == whole {
			return n, len(u)
		}
	}
	return 1, 1
}
