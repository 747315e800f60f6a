// Package attrib grades attribution sources and knows the attribution cues.
//
// Classify tells whether a source phrase as written names someone a reader
// could check ("named": "Shehbaz Sharif", "the Foreign Ministry", "police",
// "the administration"), is a particular person or group the reporter
// keeps unnamed ("anonymous": "a senior administration official", "White
// House aides", "people familiar with the talks", "an official who asked
// not to be named"), names nobody in particular ("vague": "critics",
// "some", "many Republicans", "according to reports", "according to the
// summaries"), is a pronoun ("pronoun": "he", "they") or is empty ("none").
// The lexicons are data (vague.txt, anonymous.txt, modifiers.txt,
// bodies.txt, embedded) and a Lexicon can be extended or trimmed, for
// example from configuration.
//
// Decision on bodies: a body that speaks is named ("the White House said",
// "police said", "a statement from the Taliban", "a spokesman for the State
// Department"); one of its people left unnamed is anonymous ("a White House
// official", "Pentagon officials", "officials at the Foreign Ministry"),
// because the body has not put its name to the words. A nationality,
// country or party alone is not a body: "Pakistani officials" are
// anonymous and "Senate Republicans" vague.
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
	// Anonymous extends the contract's grades: a particular source kept
	// unnamed. Callers that know only named|vague|none may read it as vague.
	Anonymous = "anonymous"
)

// IsUnidentified reports whether grade is vague or anonymous: a source the
// reader cannot check.
func IsUnidentified(grade string) bool { return grade == Vague || grade == Anonymous }

//go:embed vague.txt
var vagueData string

//go:embed modifiers.txt
var modifierData string

//go:embed anonymous.txt
var anonymousData string

//go:embed bodies.txt
var bodyData string

// bodies are the common nouns that name an on-record institution.
var bodies = set(lines(bodyData))

// set makes a lookup of normalised phrases.
func set(ps []string) map[string]bool {
	m := make(map[string]bool, len(ps))
	for _, p := range ps {
		if p = norm(p); p != "" {
			m[p] = true
		}
	}
	return m
}

// Lexicon holds the vague phrases, the anonymous heads and phrases, and the
// modifiers stripped before the head noun is looked up. The zero value is
// not usable; use Default or New. Invariant: every phrase is stored
// normalised (lower case, single spaces).
type Lexicon struct {
	vague     map[string]bool
	anonymous map[string]bool
	modifiers map[string]bool
	maxWords  int // longest vague phrase in words
}

// New returns a lexicon with the given vague phrases and modifiers, and the
// built-in anonymous lexicon.
func New(vague, modifiers []string) *Lexicon {
	l := &Lexicon{vague: map[string]bool{}, anonymous: set(lines(anonymousData)), modifiers: set(modifiers)}
	l.Add(vague...)
	return l
}

var defaultLex = New(lines(vagueData), lines(modifierData))

// Default returns a fresh copy of the built-in lexicon; changing it does not
// change the package-level Classify.
func Default() *Lexicon {
	l := &Lexicon{vague: map[string]bool{}, anonymous: map[string]bool{}, modifiers: map[string]bool{}, maxWords: defaultLex.maxWords}
	for k := range defaultLex.vague {
		l.vague[k] = true
	}
	for k := range defaultLex.anonymous {
		l.anonymous[k] = true
	}
	for k := range defaultLex.modifiers {
		l.modifiers[k] = true
	}
	return l
}

// AddAnonymous adds anonymous heads (one word) or phrases (several words).
func (l *Lexicon) AddAnonymous(phrases ...string) {
	for _, p := range phrases {
		if p = norm(p); p != "" {
			l.anonymous[p] = true
		}
	}
}

// RemoveAnonymous removes anonymous heads or phrases; absent ones are ignored.
func (l *Lexicon) RemoveAnonymous(phrases ...string) {
	for _, p := range phrases {
		delete(l.anonymous, norm(p))
	}
}

// AnonymousPhrases returns the anonymous heads and phrases, sorted.
func (l *Lexicon) AnonymousPhrases() []string {
	out := make([]string, 0, len(l.anonymous))
	for p := range l.anonymous {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
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

// Remove removes vague phrases, and the same words from the anonymous
// lexicon, so that a house style that accepts "officials" can say so once;
// phrases not present are ignored.
func (l *Lexicon) Remove(phrases ...string) {
	for _, p := range phrases {
		delete(l.vague, norm(p))
		delete(l.anonymous, norm(p))
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
