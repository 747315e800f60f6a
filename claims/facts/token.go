// Package facts finds and normalises the checkable facts of a sentence:
// numbers with their approximation and unit, dates with their granularity,
// and named entities with their kind and canonical name. Every function is a
// pure scan over the string it is given; offsets are byte offsets into that
// string, results are sorted by Start and spans of one kind never overlap.
package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// Token is one word, number or punctuation mark of a string: Text is
// s[Start:End]. Whitespace is never a token.
type Token struct {
	Start, End int
	Text       string
}

// Tokenize splits s into tokens on Unicode (UAX #29) word boundaries, drops
// whitespace, and splits English clitics the way Penn Treebank does
// ("Pakistan's" -> "Pakistan" "'s", "don't" -> "do" "n't"). It also joins
// dotted abbreviations ("U.S."). Invariant: tokens are sorted, do not
// overlap, and each Text equals s[Start:End].
func Tokenize(s string) []Token {
	out := make([]Token, 0, len(s)/5+1)
	it := words.FromString(s)
	for it.Next() {
		v := it.Value()
		st := it.Start()
		r, _ := utf8.DecodeRuneInString(v)
		if unicode.IsSpace(r) {
			continue
		}
		// "U.S" followed directly by "." -> "U.S."; "Mr" "." -> "Mr."
		if v == "." && len(out) > 0 {
			p := &out[len(out)-1]
			if p.End == st && (isDottedAbbrev(p.Text) || titleAbbrevs[p.Text]) {
				p.End++
				p.Text = s[p.Start:p.End]
				continue
			}
		}
		if n := len(out); (v == "s" || v == "S") && n >= 2 && out[n-1].End == st && out[n-2].End == out[n-1].Start &&
			(out[n-1].Text == "'" || out[n-1].Text == "’") && alphanumericName(out[n-2].Text) {
			// "NY1’s": UAX #29 breaks between a digit, an apostrophe and a
			// letter; the clitic is one token as after a letter (a bare
			// number's "1990's" is left as it was)
			out[n-1].End = st + len(v)
			out[n-1].Text = s[out[n-1].Start:out[n-1].End]
			continue
		}
		out = appendClitics(out, v, st)
	}
	return out
}

// alphanumericName reports whether t holds a letter and ends in a digit:
// "NY1", "G20".
func alphanumericName(t string) bool {
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

func isDottedAbbrev(t string) bool {
	if len(t) < 3 || !strings.Contains(t, ".") {
		return false
	}
	for _, r := range t {
		if r != '.' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// hasApostrophe reports whether v holds ' or ’ (U+2019, bytes E2 80 99).
func hasApostrophe(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '\'' || v[i] == 0xE2 && i+2 < len(v) && v[i+1] == 0x80 && v[i+2] == 0x99 {
			return true
		}
	}
	return false
}

// appendClitics appends token v at st, splitting a trailing possessive or
// negative clitic.
func appendClitics(out []Token, v string, st int) []Token {
	if len(v) < 3 || !hasApostrophe(v) {
		return append(out, Token{st, st + len(v), v})
	}
	for _, suf := range [...]string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		// Compared on v's own bytes, not a lowered copy whose length may
		// differ; a tail starting mid-rune never folds equal to suf.
		if cut := len(v) - len(suf); cut > 0 && strings.EqualFold(v[cut:], suf) {
			out = append(out, Token{st, st + cut, v[:cut]}, Token{st + cut, st + len(v), v[cut:]})
			return out
		}
	}
	// s' plural possessive is split by UAX #29 already.
	return append(out, Token{st, st + len(v), v})
}

// IsWord reports whether t starts with a letter.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r)
}

// IsNumeric reports whether t starts with a digit.
func (t Token) IsNumeric() bool {
	return t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9'
}

// IsCapitalised reports whether t starts with an upper-case letter.
func (t Token) IsCapitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsPunct reports whether t is a single punctuation or symbol rune.
func (t Token) IsPunct() bool {
	r, n := utf8.DecodeRuneInString(t.Text)
	return n == len(t.Text) && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// lower returns the lower-case form of t, allocation-free for ASCII
// lower-case text.
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t)
		}
	}
	return t
}

// titleAbbrevs keep their full stop: "Mr." is one token.
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Sen": true, "Rep": true, "Gov": true,
	"Lt": true, "Col": true, "Capt": true, "Maj": true, "Prof": true, "Rev": true, "St": true, "Jr": true, "Sr": true,
	"Sens": true, "Reps": true, "Govs": true, "Gens": true,
}
