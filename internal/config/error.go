package config

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a configuration error at a position in a file. The CLI maps it to
// exit code 2. Line and Column are 1-based (Column in code points); both are
// 0 when the error concerns the file as a whole.
type Error struct {
	Path    string
	Line    int
	Column  int
	Msg     string
	Excerpt string // the offending line and a caret under Column, or ""
}

// Error renders "PATH:LINE:COL: MSG" followed by the excerpt.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": " + e.Msg)
	if e.Excerpt != "" {
		b.WriteString("\n" + e.Excerpt)
	}
	return b.String()
}

// newError makes an Error at line:col of src with a caret excerpt.
func newError(path string, src []byte, line, col int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Column: col, Msg: fmt.Sprintf(format, args...), Excerpt: caret(src, line, col)}
}

// caret renders line of src with a gutter and a caret under column col:
//
//	3 |   figure-unsorced: off
//	  |   ^
//
// Tabs before the column are kept so the caret lines up.
func caret(src []byte, line, col int) string {
	if line < 1 {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if line > len(lines) {
		return ""
	}
	text := strings.TrimRight(lines[line-1], "\r")
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	gutter := fmt.Sprintf("%4d | ", line)
	var pad strings.Builder
	n := 0
	for _, r := range text {
		if n >= col-1 {
			break
		}
		if r == '\t' {
			pad.WriteRune('\t')
		} else {
			pad.WriteRune(' ')
		}
		n++
	}
	for ; n < col-1; n++ {
		pad.WriteRune(' ')
	}
	return gutter + text + "\n" + strings.Repeat(" ", len(gutter)-2) + "| " + pad.String() + "^"
}
