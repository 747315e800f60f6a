package quotes

import (
	"unicode"
	"unicode/utf8"
)

// transcriptLabel returns the length of a transcript speaker label at the
// start of s ("WALLACE: ", "SEN. JOHN MCCAIN: "), or 0: an upper-case name
// of two to forty bytes with at least two letters, then a colon and a space.
// Transcripts quoted paragraph by paragraph open each turn with one.
func transcriptLabel(s string) int {
	letters := 0
	for i := 0; i < len(s) && i <= 40; {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ':':
			if letters >= 2 && i+1 < len(s) && s[i+1] == ' ' {
				return i
			}
			return 0
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’':
			if i == 0 {
				return 0
			}
		default:
			return 0
		}
		i += w
	}
	return 0
}

// quotedLabel reports whether text opens (after spaces) with a quotation
// mark followed by a transcript label: a new turn of a quoted transcript.
func quotedLabel(text string) bool {
	if !opensWithQuote(text) {
		return false
	}
	i := skipSpace(text, 0)
	if len(text) >= i+2 && text[i:i+2] == "''" {
		i += 2
	} else {
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	return transcriptLabel(text[i:]) > 0
}
