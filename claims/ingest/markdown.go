package ingest

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/claimcheck/claimcheck/claims"
)

// frontMatter is the article metadata a Markdown file may open with.
type frontMatter struct {
	Title       string `yaml:"title"`
	Author      string `yaml:"author"`
	Date        string `yaml:"date"`
	Outlet      string `yaml:"outlet"`
	Publication string `yaml:"publication"`
	URL         string `yaml:"url"`
	Dek         string `yaml:"dek"`
	Description string `yaml:"description"`
}

var markdownParser = goldmark.New()

// splitFrontMatter returns the YAML between an opening "---" line and the
// next "---" line, and the offset where the Markdown body starts. ok is
// false when the file has no front matter.
func splitFrontMatter(src []byte) (yamlSrc []byte, body int, ok bool) {
	var first int
	switch {
	case bytes.HasPrefix(src, []byte("---\n")):
		first = 4
	case bytes.HasPrefix(src, []byte("---\r\n")):
		first = 5
	default:
		return nil, 0, false
	}
	for off := first; off < len(src); {
		nl := bytes.IndexByte(src[off:], '\n')
		end := len(src)
		if nl >= 0 {
			end = off + nl
		}
		if string(bytes.TrimRight(src[off:end], "\r \t")) == "---" {
			next := end
			if nl >= 0 {
				next++
			}
			return src[first:off], next, true
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return nil, 0, false
}

// parseMarkdown reads YAML front matter into the document's metadata and the
// Markdown body into blocks whose pieces point at goldmark's text segments.
func parseMarkdown(doc *claims.Document) error {
	src := doc.File.Src
	body := 0
	if fm, start, ok := splitFrontMatter(src); ok {
		meta, err := decodeFrontMatter(doc, fm, bytes.IndexByte(src, '\n')+1) // fm starts after the opening --- line
		if err != nil {
			return err
		}
		doc.Title, doc.Author, doc.Date, doc.URL = meta.Title, meta.Author, meta.Date, meta.URL
		doc.Outlet = meta.Outlet
		if doc.Outlet == "" {
			doc.Outlet = meta.Publication
		}
		body = start
	}
	md := src[body:]
	root := markdownParser.Parser().Parse(text.NewReader(md))
	w := &mdWalker{src: md, base: body, doc: doc}
	w.walkBlocks(root, false, false)
	return nil
}

type mdWalker struct {
	src      []byte
	base     int
	doc      *claims.Document
	headline bool
}

func (w *mdWalker) walkBlocks(n ast.Node, inList, inQuote bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			kind := claims.KindHeading
			if c.Level == 1 && !w.headline {
				kind, w.headline = claims.KindHeadline, true
			}
			w.addBlock(c, kind)
		case *ast.Paragraph, *ast.TextBlock:
			kind := claims.KindParagraph
			switch {
			case inQuote:
				kind = claims.KindBlockquote
			case inList:
				kind = claims.KindListItem
			}
			w.addBlock(c, kind)
		case *ast.ListItem:
			w.walkBlocks(c, true, inQuote)
		case *ast.Blockquote:
			w.walkBlocks(c, inList, true)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
			// code and raw HTML (including suppression comments) are not prose
		default:
			w.walkBlocks(c, inList, inQuote)
		}
	}
}

func (w *mdWalker) addBlock(n ast.Node, kind claims.BlockKind) {
	var b claims.Block
	var sb strings.Builder
	w.inline(n, &b, &sb)
	b.Text = sb.String()
	trimBlock(&b)
	if b.Text == "" {
		return
	}
	b.Kind = kind
	b.Span = claims.Span{Start: b.Pieces[0].SrcOff, End: b.Pieces[len(b.Pieces)-1].SrcOff + b.Pieces[len(b.Pieces)-1].SrcLen}
	w.doc.Blocks = append(w.doc.Blocks, b)
}

func (w *mdWalker) inline(n ast.Node, b *claims.Block, sb *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			w.piece(b, sb, seg.Start, seg.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.RawHTML:
			// inline HTML tags and comments carry no prose
		case *ast.AutoLink:
			// a bare URL is not prose either
		default:
			w.inline(c, b, sb)
		}
	}
}

func (w *mdWalker) piece(b *claims.Block, sb *strings.Builder, start, stop int) {
	if stop <= start {
		return
	}
	raw := string(w.src[start:stop])
	if !strings.ContainsRune(raw, '&') {
		b.Pieces = append(b.Pieces, claims.Piece{TextOff: sb.Len(), Len: len(raw), SrcOff: w.base + start, SrcLen: len(raw)})
		sb.WriteString(raw)
		return
	}
	// character references (&amp;) are decoded, each mapped to its bytes;
	// a decoded line break or tab ("&#10;") is a space, as layout white
	// space is (flatten keeps every byte offset)
	dec := flatten(html.UnescapeString(raw))
	for _, p := range mapDecoded(textToken{off: w.base + start, raw: raw}, 0, len(dec)) {
		p.TextOff += sb.Len()
		b.Pieces = append(b.Pieces, p)
	}
	sb.WriteString(dec)
}

// trimBlock removes trailing white space from a block's text; pieces past
// the new end are dropped and the last is shortened. Invariant: every piece
// left lies inside the new text; a decoded reference the cut runs through
// is dropped whole, since part of it maps to no part of its source.
func trimBlock(b *claims.Block) {
	t := strings.TrimRight(b.Text, " \t\r\n")
	b.Text = t
	for len(b.Pieces) > 0 {
		p := &b.Pieces[len(b.Pieces)-1]
		if p.TextOff >= len(t) {
			b.Pieces = b.Pieces[:len(b.Pieces)-1]
			continue
		}
		if p.TextOff+p.Len > len(t) {
			if p.Len != p.SrcLen {
				b.Pieces = b.Pieces[:len(b.Pieces)-1]
				continue
			}
			cut := p.TextOff + p.Len - len(t)
			p.Len -= cut
			p.SrcLen -= cut
		}
		break
	}
	if len(b.Pieces) == 0 {
		b.Text = ""
	}
}
