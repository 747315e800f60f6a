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
func (b *Block) SrcOffset(textOff int) int { return b.locate(textOff, false) }

// SrcSpan maps a half-open range of b.Text to a span of the original file.
// The end maps the byte before it and one past its source, so a range never
// spills into the markup that follows it.
func (b *Block) SrcSpan(start, end int) Span {
	if end <= start {
		o := b.locate(start, false)
		return Span{o, o}
	}
	s := b.locate(start, false)
	return Span{s, max(s, b.locate(end, true))}
}

// locate maps off to the source: as a start (the piece holding off) or, when
// end is set, as an exclusive end (the piece holding off-1). Inside a decoded
// entity a start maps to the entity's first byte and an end past its last.
func (b *Block) locate(off int, end bool) int {
	if len(b.Pieces) == 0 {
		if end {
			return b.Span.End
		}
		return b.Span.Start
	}
	i := sort.Search(len(b.Pieces), func(i int) bool {
		if end {
			return b.Pieces[i].TextOff >= off
		}
		return b.Pieces[i].TextOff > off
	}) - 1
	if i < 0 {
		return b.Pieces[0].SrcOff
	}
	p := b.Pieces[i]
	d := off - p.TextOff
	switch {
	case d >= p.Len:
		return p.SrcOff + p.SrcLen
	case p.SrcLen != p.Len && end:
		return p.SrcOff + p.SrcLen
	case p.SrcLen != p.Len:
		return p.SrcOff
	}
	return p.SrcOff + d
}
