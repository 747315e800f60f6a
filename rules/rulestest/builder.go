// Package rulestest builds claims.Documents by hand for tests of rules and
// reports: blocks from text, claims and quotes located by substring, spans
// always pointing into the document's original bytes.
package rulestest

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Builder assembles one document. Blocks are separated by a blank line in
// the source; Raw adds source bytes that belong to no block.
type Builder struct {
	doc  *claims.Document
	src  strings.Builder
	errs []string
}

// New starts a document with the given ID, path and format.
func New(id, path, format string) *Builder {
	return &Builder{doc: &claims.Document{ID: id, Path: path, Format: format, Title: path}}
}

func (b *Builder) sep() {
	if b.src.Len() > 0 {
		b.src.WriteString("\n\n")
	}
}

// Raw appends source bytes that are in no block (markup, comments).
func (b *Builder) Raw(s string) *Builder {
	b.sep()
	b.src.WriteString(s)
	return b
}

// Block appends a block of the given kind and role whose text is its
// source, verbatim, and one sentence covering it.
func (b *Builder) Block(kind claims.BlockKind, role claims.Role, text string) *Builder {
	b.sep()
	start := b.src.Len()
	b.src.WriteString(text)
	span := claims.Span{Start: start, End: start + len(text)}
	bi := len(b.doc.Blocks)
	b.doc.Blocks = append(b.doc.Blocks, claims.Block{
		Kind: kind, Role: role, Text: text, Span: span,
		Pieces: []claims.Piece{{TextOff: 0, Len: len(text), SrcOff: start, SrcLen: len(text)}},
	})
	b.doc.Sentences = append(b.doc.Sentences, claims.Sentence{
		Index: len(b.doc.Sentences), Block: bi, Paragraph: bi, Start: 0, End: len(text), Text: text, Span: span,
	})
	return b
}

// Para appends a body paragraph.
func (b *Builder) Para(text string) *Builder {
	return b.Block(claims.KindParagraph, claims.RoleBody, text)
}

// find locates sub in the last block containing it and returns its span
// and the sentence index.
func (b *Builder) find(sub string) (claims.Span, int) {
	src := b.src.String()
	for i := len(b.doc.Blocks) - 1; i >= 0; i-- {
		bl := b.doc.Blocks[i]
		if j := strings.Index(src[bl.Span.Start:bl.Span.End], sub); j >= 0 {
			s := bl.Span.Start + j
			return claims.Span{Start: s, End: s + len(sub)}, i
		}
	}
	b.errs = append(b.errs, fmt.Sprintf("rulestest: %q not found in any block", sub))
	return claims.Span{}, -1
}

// Claim adds a claim whose text is sub (located in the last block holding
// it) with the block's role; edit, if not nil, may fill in the rest. The
// claim ID is DOC-cN.
func (b *Builder) Claim(sub string, edit func(*claims.Claim)) *Builder {
	span, si := b.find(sub)
	c := claims.Claim{
		ID: fmt.Sprintf("%s-c%d", b.doc.ID, len(b.doc.Claims)+1), Doc: b.doc.ID, Text: sub, Span: span,
		Sentence: max(si, 0), Attribution: claims.Attribution{Kind: claims.AttrNone},
	}
	if si >= 0 {
		c.Role = b.doc.Blocks[si].Role
	}
	if edit != nil {
		edit(&c)
	}
	b.doc.Claims = append(b.doc.Claims, c)
	return b
}

// Num returns a Number for text found in the last block holding it.
func (b *Builder) Num(text string, value float64, unit string) claims.Number {
	span, _ := b.find(text)
	return claims.Number{Text: text, Span: span, Value: value, Unit: unit}
}

// Quote adds a quote whose content is text (the quotation marks are the
// bytes either side) with the given speaker words ("" for none) and
// attribution kind.
func (b *Builder) Quote(text, speaker string, kind claims.QuoteKind, attr claims.AttributionKind) *Builder {
	span, si := b.find(text)
	if span.Start > 0 {
		span.Start-- // opening mark, assumed one byte
		span.End++
		src := b.src.String()
		for span.Start > 0 && src[span.Start]&0xC0 == 0x80 {
			span.Start--
		}
		for span.End < len(src) && src[span.End]&0xC0 == 0x80 {
			span.End++
		}
	}
	q := claims.Quote{Text: text, Span: span, Kind: kind, Attribution: attr, Sentence: max(si, 0)}
	if speaker != "" {
		sp, _ := b.find(speaker)
		q.Speaker = &claims.Speaker{Text: speaker, Span: sp}
	}
	b.doc.Quotes = append(b.doc.Quotes, q)
	return b
}

// Doc finishes the document. It panics if a substring was not found, which
// is a mistake in the test, not in the code under test.
func (b *Builder) Doc() *claims.Document {
	if len(b.errs) > 0 {
		panic(strings.Join(b.errs, "; "))
	}
	b.doc.File = claims.NewFile(b.doc.Path, []byte(b.src.String()))
	return b.doc
}
