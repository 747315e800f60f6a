package claims

import "sort"

// BlockKind says what part of an article a block is.
type BlockKind string

// The kinds of block ingestion recognises. Chrome is page debris (bylines
// repeated, "Updated On", "Share this article", ...) that never yields claims.
const (
	KindHeadline   BlockKind = "headline"
	KindDek        BlockKind = "dek"
	KindByline     BlockKind = "byline"
	KindDateline   BlockKind = "dateline"
	KindHeading    BlockKind = "heading"
	KindParagraph  BlockKind = "paragraph"
	KindListItem   BlockKind = "list-item"
	KindBlockquote BlockKind = "blockquote"
	KindChrome     BlockKind = "chrome"
)

// Role is the editorial role of a claim: where in the article it stands.
type Role string

// The claim roles of the interface contract.
const (
	RoleHeadline Role = "headline"
	RoleDek      Role = "dek"
	RoleBody     Role = "body"
	RoleTakeaway Role = "takeaway"
	RoleQuote    Role = "quote"
)

// Piece maps a run of block text to the original bytes: Text[TextOff:TextOff+Len]
// came verbatim from Src[SrcOff:SrcOff+SrcLen]. For verbatim runs SrcLen == Len;
// a decoded entity (&amp; -> &) is one piece with SrcLen != Len.
type Piece struct {
	TextOff, Len   int
	SrcOff, SrcLen int
}

// Block is one unit of article layout: a headline, a paragraph, a list item.
// Text is the clean text with markup removed; Pieces map every byte of Text
// to the original file. Invariant: Pieces are sorted by TextOff, do not
// overlap, and cover Text from 0 to len(Text) (separators inserted between
// pieces, such as a space for a line break, map to the end of the previous piece).
type Block struct {
	Kind   BlockKind
	Role   Role // role of claims from this block: headline, dek, body or takeaway
	Text   string
	Pieces []Piece
	Span   Span // original bytes covered by the whole block
}

// SrcOffset maps a byte offset in b.Text to a byte offset in the original file.
// An offset at the end of a piece maps to the end of that piece's source.
func (b *Block) SrcOffset(textOff int) int {
	if len(b.Pieces) == 0 {
		return b.Span.Start
	}
	i := sort.Search(len(b.Pieces), func(i int) bool { return b.Pieces[i].TextOff > textOff }) - 1
	if i < 0 {
		return b.Pieces[0].SrcOff
	}
	p := b.Pieces[i]
	d := textOff - p.TextOff
	if d >= p.Len {
		return p.SrcOff + p.SrcLen
	}
	if p.SrcLen != p.Len { // a decoded entity: all of it maps to its start
		return p.SrcOff
	}
	return p.SrcOff + d
}

// SrcSpan maps a half-open range of b.Text to a span of the original file.
func (b *Block) SrcSpan(start, end int) Span {
	if end <= start {
		o := b.SrcOffset(start)
		return Span{o, o}
	}
	s := b.SrcOffset(start)
	e := b.srcEnd(end)
	if e < s {
		e = s
	}
	return Span{s, e}
}

// srcEnd maps an exclusive end offset: the byte before it is mapped and one
// past its source is returned, so a range never spills into following markup.
func (b *Block) srcEnd(end int) int {
	if len(b.Pieces) == 0 {
		return b.Span.End
	}
	i := sort.Search(len(b.Pieces), func(i int) bool { return b.Pieces[i].TextOff >= end }) - 1
	if i < 0 {
		return b.Pieces[0].SrcOff
	}
	p := b.Pieces[i]
	d := end - p.TextOff
	if d >= p.Len {
		return p.SrcOff + p.SrcLen
	}
	if p.SrcLen != p.Len {
		return p.SrcOff + p.SrcLen
	}
	return p.SrcOff + d
}
