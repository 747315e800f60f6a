package facts

import (
	"slices"
	"strings"
)

// NameWords returns the words of a name as lower-case keys that compare
// across spellings: hyphenated parts split ("Tehreek-e-Taliban" -> tehreek,
// e, taliban), a possessive dropped, a demonym replaced by its country's
// words ("Pakistani" -> pakistan), a leading "the" dropped. Two names whose
// words are each other's subset (see SameName) name one actor.
func NameWords(name string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\u2010' || r == '\u2011' }) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "\u2019s")
		f = strings.Trim(f, ".,;:'\"\u2019")
		if f == "" || (len(out) == 0 && strings.EqualFold(f, "the")) {
			continue
		}
		country, ok := demonyms[f]
		if !ok {
			country, ok = demonymPlural(f)
		}
		if ok {
			for _, w := range strings.Fields(country) {
				out = append(out, strings.ToLower(w))
			}
			continue
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

// SameName reports whether two names name one actor: the words of one
// (NameWords) are all among the other's ("Pakistani Taliban" and
// "Tehreek-e-Taliban Pakistan", "Sharif" and "Shehbaz Sharif"). It is
// false when either name has no words. Names of different countries'
// branches ("Afghan Taliban", "Pakistani Taliban") are not the same.
func SameName(a, b string) bool {
	wa, wb := NameWords(a), NameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	return subset(wa, wb) || subset(wb, wa)
}

// subset reports whether every word of a is among b's.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
