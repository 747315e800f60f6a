package claims

import "testing"

func TestSrcSpan(t *testing.T) {
	// Source: `<p>Tom &amp; <b>Jerry</b></p>`; block text "Tom & Jerry".
	// Pieces: "Tom " at 3, "&" from "&amp;" at 7, " " at 12, "Jerry" at 16.
	b := Block{Text: "Tom & Jerry", Span: Span{3, 21}, Pieces: []Piece{
		{TextOff: 0, Len: 4, SrcOff: 3, SrcLen: 4},
		{TextOff: 4, Len: 1, SrcOff: 7, SrcLen: 5},
		{TextOff: 5, Len: 1, SrcOff: 12, SrcLen: 1},
		{TextOff: 6, Len: 5, SrcOff: 16, SrcLen: 5},
	}}
	tests := []struct {
		name       string
		start, end int
		want       Span
	}{
		{"first word", 0, 3, Span{3, 6}},
		{"the entity covers its whole reference", 4, 5, Span{7, 12}},
		{"a range ending at an entity", 0, 5, Span{3, 12}},
		{"a range across pieces stops before the tag", 6, 11, Span{16, 21}},
		{"whole text", 0, 11, Span{3, 21}},
		{"empty range", 2, 2, Span{5, 5}},
	}
	for _, tt := range tests {
		if got := b.SrcSpan(tt.start, tt.end); got != tt.want {
			t.Errorf("%s: SrcSpan(%d, %d) = %+v, want %+v", tt.name, tt.start, tt.end, got, tt.want)
		}
	}
}
