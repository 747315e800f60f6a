// Package attrib grades attribution sources and knows the attribution cues.
//
// Classify tells whether a source phrase as written names someone a reader
// could check ("named": "Shehbaz Sharif", "the Foreign Ministry", "White
// House officials"), names nobody in particular ("vague": "sources",
// "officials", "according to the summaries", "a statement"), is a pronoun
// ("pronoun": "he", "they") or is empty ("none"). The vague lexicon is data
// (vague.txt, modifiers.txt, embedded) and a Lexicon can be extended or
// trimmed, for example from configuration.
//
// Decision on bodies: a vague head with a named organisation is named
// ("officials at the Foreign Ministry", "Pentagon officials", "a statement
// from the Taliban"), because the body can be asked and held to it; a
// nationality or country alone is not a body, so "Pakistani officials" and
// "U.S. officials" stay vague.
package attrib

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The attribution grades returned by Classify.
const (
	Named   = "named"
	Vague   = "vague"
	Pronoun = "pronoun"
	None    = "none"
)

//go:embed vague.txt
var vagueData string

//go:embed modifiers.txt
var modifierData string

// Lexicon holds the vague phrases and the modifiers stripped before the head
// noun is looked up. The zero value is not usable; use Default or New.
// Invariant: every phrase is stored normalised (lower case, single spaces).
type Lexicon struct {
	vague     map[string]bool
	modifiers map[string]bool
	maxWords  int // longest vague phrase in words
}

// New returns a lexicon with the given vague phrases and modifiers.
func New(vague, modifiers []string) *Lexicon {
	l := &Lexicon{vague: map[string]bool{}, modifiers: map[string]bool{}}
	l.Add(vague...)
	for _, m := range modifiers {
		if m = norm(m); m != "" {
			l.modifiers[m] = true
		}
	}
	return l
}

var defaultLex = New(lines(vagueData), lines(modifierData))

// Default returns a fresh copy of the built-in lexicon; changing it does not
// change the package-level Classify.
func Default() *Lexicon {
	l := &Lexicon{vague: map[string]bool{}, modifiers: map[string]bool{}, maxWords: defaultLex.maxWords}
	for k := range defaultLex.vague {
		l.vague[k] = true
	}
	for k := range defaultLex.modifiers {
		l.modifiers[k] = true
	}
	return l
}

// Add adds vague phrases (case and spacing are normalised).
func (l *Lexicon) Add(phrases ...string) {
	for _, p := range phrases {
		if p = norm(p); p != "" {
			l.vague[p] = true
			if n := len(strings.Fields(p)); n > l.maxWords {
				l.maxWords = n
			}
		}
	}
}

// Remove removes vague phrases; phrases not present are ignored.
func (l *Lexicon) Remove(phrases ...string) {
	for _, p := range phrases {
		delete(l.vague, norm(p))
	}
}

// Phrases returns the vague phrases, sorted.
func (l *Lexicon) Phrases() []string {
	out := make([]string, 0, len(l.vague))
	for p := range l.vague {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// IsVague reports whether phrase (normalised) is in the vague lexicon.
func (l *Lexicon) IsVague(phrase string) bool { return l.vague[norm(phrase)] }

// lines returns the non-comment, non-blank lines of an embedded data file.
func lines(data string) []string {
	var out []string
	for _, ln := range strings.Split(data, "\n") {
		if i := strings.IndexByte(ln, '#'); i >= 0 {
			ln = ln[:i]
		}
		if ln = strings.TrimSpace(ln); ln != "" {
			out = append(out, ln)
		}
	}
	return out
}

// norm lower-cases s and collapses white space.
func norm(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
