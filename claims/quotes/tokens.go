package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation mark other than a quotation mark
	tQuote         // a quotation mark that opens or closes a quote
)

// token is a word or mark of a paragraph: Text[start:end]. inQuote marks
// tokens inside a quotation (or the marks themselves), which never serve
// as speakers or cues.
type token struct {
	start, end int
	kind       tokKind
	lower      string
	cap        bool // a word starting with an upper-case letter
	inQuote    bool
}

// titleAbbrev are words that keep their final dot: titles and US state
// abbreviations as used in "Sen. Ted Cruz (R-Texas)".
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "gov": true, "rep": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "maj": true, "adm": true,
	"st": true, "jr": true, "sr": true, "rev": true, "prof": true, "pres": true, "sens": true,
	"reps": true, "no": false, "ariz": true, "calif": true, "fla": true, "wis": true, "mass": true,
	"conn": true, "ill": true, "mich": true, "minn": true, "tenn": true, "ky": true, "pa": true,
	"va": true, "vt": true, "okla": true, "nev": true, "wash": true, "ore": true, "colo": true,
	"ga": true, "ala": true, "la": true, "md": true, "mo": true, "neb": true, "del": true,
}

// isQuoteRune reports whether r is a quotation mark Scan knows.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‹', '›':
		return true
	}
	return false
}

// tokenize splits text into tokens. Words hold letters and digits and the
// inner marks . ' ’ - & when a letter or digit follows ("U.S.", "Pakistan's",
// "R-Wis."); a dot after an initial or a title abbreviation stays in the word.
// Quotation marks become punctuation here; Scan marks the ones it pairs.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r > 127 && unicode.IsSpace(r)):
			i += w
		case isWordRune(r):
			j := i + w
			for j < len(text) {
				r2, w2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, w2 = utf8.DecodeRuneInString(text[j:])
				}
				if isWordRune(r2) {
					j += w2
					continue
				}
				if r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '&' {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if isWordRune(r3) {
						j += w2
						continue
					}
					if r2 == '.' && keepsDot(text[i:j]) {
						j += w2
					}
				}
				break
			}
			first, _ := utf8.DecodeRuneInString(text[i:])
			toks = append(toks, token{start: i, end: j, kind: tWord, lower: strings.ToLower(text[i:j]), cap: unicode.IsUpper(first)})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + w, kind: tPunct, lower: text[i : i+w]})
			i += w
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keepsDot reports whether the word w keeps a following dot: an initial
// ("W."), a word with inner dots ("U.S"), or a title abbreviation ("Sen.").
func keepsDot(w string) bool {
	if n := utf8.RuneCountInString(w); n == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 { // "R-Wis"
		w = w[k+1:]
	}
	return titleAbbrev[strings.ToLower(w)]
}
