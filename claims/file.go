package claims

import (
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into the original bytes of one
// input file. Spans are assigned once, at ingest, and never recomputed by
// searching text again.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies entirely within s.
func (s Span) Contains(t Span) bool { return t.Start >= s.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Union returns the smallest span covering both s and t. A zero-length span
// at offset 0 counts as empty and is ignored.
func (s Span) Union(t Span) Span {
	if s == (Span{}) {
		return t
	}
	if t == (Span{}) {
		return s
	}
	return Span{Start: min(s.Start, t.Start), End: max(s.End, t.End)}
}

// Position is a human-readable location: 1-based line and 1-based column
// counted in Unicode code points, plus the byte offset it was computed from.
type Position struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// File holds the original bytes of one input and the offsets of its line
// starts. Invariant: lines[0] == 0 and lines is strictly increasing.
type File struct {
	Path  string
	Src   []byte
	lines []int
}

// NewFile records src under path and indexes its line starts.
func NewFile(path string, src []byte) *File {
	f := &File{Path: path, Src: src, lines: []int{0}}
	for i, b := range src {
		if b == '\n' && i+1 <= len(src) {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// Position converts a byte offset into line and code-point column. Offsets
// outside the file are clamped to its bounds.
func (f *File) Position(off int) Position {
	off = max(0, min(off, len(f.Src)))
	i := sort.SearchInts(f.lines, off+1) - 1
	lineStart := f.lines[i]
	col := utf8.RuneCount(f.Src[lineStart:off]) + 1
	return Position{Offset: off, Line: i + 1, Column: col}
}

// Text returns the original bytes covered by s as a string.
func (f *File) Text(s Span) string {
	s.Start = max(0, min(s.Start, len(f.Src)))
	s.End = max(s.Start, min(s.End, len(f.Src)))
	return string(f.Src[s.Start:s.End])
}

// Location is a span as the interface contract prints it: byte offsets into
// the original file plus the 1-based line and code-point column of Start.
type Location struct {
	Start  int `json:"start"`
	End    int `json:"end"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Locate converts s into a Location.
func (f *File) Locate(s Span) Location {
	p := f.Position(s.Start)
	return Location{Start: s.Start, End: s.End, Line: p.Line, Column: p.Column}
}
