package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// prepareSource checks an input's bytes and returns the source every parser
// and every span works on:
//
//   - UTF-16 with a byte-order mark is decoded to UTF-8 (spans then count
//     bytes of that decoding); UTF-16 without one is refused with the
//     iconv command that converts it;
//   - a file with NUL bytes is binary, invalid UTF-8 is refused at its
//     line:col;
//   - a lone CR (old Mac line endings) becomes LF, byte for byte, so lines
//     break where the author saw them and every offset stays the same;
//   - a control character other than tab, line feed, carriage return and
//     form feed (C0, DEL or C1) becomes spaces, one per byte, so every
//     offset stays the same, and warn (when not nil) is told once per file
//     where the first one was and how many there were: such a character
//     could drive a terminal or a renderer (window titles, OSC 52 clipboard
//     writes, hidden text) from every human output format, and it is
//     nearly always stray junk (U+0083 from text decoded as Latin-1, an ESC
//     pasted from a terminal) that should not cost a day's feed its run.
//
// Form feed (page breaks in text exported from PDF) is kept as white space.
func prepareSource(path string, src []byte, warn func(string)) ([]byte, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, &Error{Path: path, Msg: "file is empty", Fix: "remove it from the inputs or add the article text"}
	}
	if dec, ok, err := decodeUTF16(path, src); err != nil {
		return nil, err
	} else if ok {
		src = dec
		if len(bytes.TrimSpace(src)) == 0 {
			return nil, &Error{Path: path, Msg: "file is empty (UTF-16 with only a byte-order mark)", Fix: "remove it from the inputs or add the article text"}
		}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &Error{Path: path, Msg: "file is binary (holds NUL bytes)", Fix: "pass a text, Markdown or HTML article"}
	}
	src = loneCRToLF(src)
	if !utf8.Valid(src) {
		off := firstInvalid(src)
		pos := claims.NewFile(path, src).Position(off)
		return nil, &Error{Path: fmt.Sprintf("%s:%d:%d", path, pos.Line, pos.Column), Msg: "invalid UTF-8", Fix: "convert the file to UTF-8 (for example with iconv -t UTF-8)"}
	}
	if err := CheckControls(path, src); err != nil {
		if e, ok := err.(*Error); ok && warn != nil {
			warn(e.Path + ": " + e.Msg + ", so each is read as a space; " + e.Fix)
		}
		src = blankControls(src)
	}
	return src, nil
}

// decodeUTF16 decodes src when it opens with a UTF-16 byte-order mark, and
// refuses it when it looks like UTF-16 without one (every other byte NUL in
// its first kilobytes). ok reports a decoding.
func decodeUTF16(path string, src []byte) (dec []byte, ok bool, err error) {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		order = unicode.BigEndian
	default:
		if name := utf16Guess(src); name != "" {
			return nil, false, &Error{Path: path, Msg: "looks like " + name + " (no byte-order mark), not UTF-8",
				Fix: "convert it with iconv -f " + name + " -t UTF-8"}
		}
		return nil, false, nil
	}
	dec, err = unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, false, &Error{Path: path, Msg: "cannot decode UTF-16: " + err.Error(), Fix: "convert it with iconv -f UTF-16 -t UTF-8"}
	}
	return dec, true, nil
}

// utf16Guess returns "UTF-16LE" or "UTF-16BE" when most of the first 4 KiB
// of src are ASCII characters paired with a NUL byte, else "".
func utf16Guess(src []byte) string {
	n := min(len(src), 4096) &^ 1
	if n < 4 {
		return ""
	}
	var le, be int
	for i := 0; i < n; i += 2 {
		a, b := src[i], src[i+1]
		switch {
		case b == 0 && a != 0 && a < 0x80:
			le++
		case a == 0 && b != 0 && b < 0x80:
			be++
		}
	}
	pairs := n / 2
	switch {
	case le*10 >= pairs*6:
		return "UTF-16LE"
	case be*10 >= pairs*6:
		return "UTF-16BE"
	}
	return ""
}

// loneCRToLF returns src with every CR not followed by LF replaced by LF (a
// copy when there is one; the length never changes).
func loneCRToLF(src []byte) []byte {
	var out []byte
	for i := bytes.IndexByte(src, '\r'); i >= 0; {
		if i+1 >= len(src) || src[i+1] != '\n' {
			if out == nil {
				out = bytes.Clone(src)
			}
			out[i] = '\n'
		}
		j := bytes.IndexByte(src[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if out == nil {
		return src
	}
	return out
}

// c0Names are the ASCII names of the C0 control characters.
var c0Names = [32]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}

// allowedControl are the control characters an article may hold: tab, line
// feed, carriage return and form feed (white space).
func allowedControl(r rune) bool { return r == '\t' || r == '\n' || r == '\r' || r == '\f' }

// isControl reports a C0 control, DEL or a C1 control (U+0080–U+009F).
func isControl(r rune) bool { return r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F }

// CheckControls reports the first control character src may not hold (see
// prepareSource), naming its line:col, byte offset, how many src holds and
// the fix, as an *Error. src is valid UTF-8. The pairs TSV reader refuses
// a file with it; article ingest warns with it and blanks the characters,
// so no input reaches a human format with a control character.
func CheckControls(path string, src []byte) error {
	first := -1
	var firstRune rune
	n := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' {
			i++ // the common case: printable ASCII
			continue
		}
		r, w := utf8.DecodeRune(src[i:])
		if isControl(r) && !allowedControl(r) {
			if first < 0 {
				first, firstRune = i, r
			}
			n++
		}
		i += w
	}
	if first < 0 {
		return nil
	}
	r := firstRune
	pos := claims.NewFile(path, src).Position(first)
	name := "C1 control"
	switch {
	case r < 0x20:
		name = c0Names[r]
	case r == 0x7F:
		name = "DEL"
	}
	fix := "delete it (tr -d '\\000-\\010\\013\\016-\\037\\177' removes C0 controls), or export the article again as plain text"
	if r >= 0x80 {
		fix = "delete it (perl -CSD -pe 's/[\\x{80}-\\x{9f}]//g' removes C1 controls); it often comes from text decoded as Latin-1 that was Windows-1252"
	}
	count := ""
	if n > 1 {
		count = fmt.Sprintf(" (and %d more)", n-1)
	}
	return &Error{Path: fmt.Sprintf("%s:%d:%d", path, pos.Line, pos.Column),
		Msg: fmt.Sprintf("control character U+%04X (%s) at byte %d%s; articles may not hold terminal control codes", r, name, first, count), Fix: fix}
}

// blankControls returns src with every control character it may not hold
// (see prepareSource) replaced by spaces, one per byte, so offsets into the
// result are offsets into src. src is valid UTF-8 and is not modified.
func blankControls(src []byte) []byte {
	out := append([]byte(nil), src...)
	for i := 0; i < len(out); {
		r, w := utf8.DecodeRune(out[i:])
		if isControl(r) && !allowedControl(r) {
			for j := i; j < i+w; j++ {
				out[j] = ' '
			}
		}
		i += w
	}
	return out
}

// formFeedsToSpaces turns form feeds in block texts into spaces (one byte
// for one, so pieces still map to the source): a page break is white space,
// and no human output format shows a raw one.
func formFeedsToSpaces(doc *claims.Document) {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if bytes.IndexByte([]byte(b.Text), '\f') >= 0 {
			b.Text = string(bytes.ReplaceAll([]byte(b.Text), []byte{'\f'}, []byte{' '}))
		}
	}
}
