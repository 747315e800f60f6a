package facts

import (
	"strings"
	"unicode"
)

// sourceFiller are capitalised words that do not identify a speaker on
// their own: determiners, pronouns and the words a sentence may open with.
var sourceFiller = setOf(`The A An His Her Their Its Our He She They It We I You This That These Those
Some Many Several Other Others Both Officials Sources Critics Experts Analysts Aides People According
Of On In At And Or But To For With By From As While When If`)

// sourceWords returns a source's identifying words and its name words.
// The identifying words (see NameWords) could tell one speaker from
// another: words written capitalised that are not titles or offices
// ("Senator", "Justice"), places or demonyms that modify what follows
// ("the Texas governor" names an office, not who holds it; "Pakistan"
// alone names its government), or filler ("The", "He"). The name words
// are the identifying ones and the places and demonyms that modify them,
// which tell two sources apart only together with a name ("the European
// Union", "the European Commission" share Europe).
func sourceWords(source string) (identifying, names []string) {
	fields := strings.Fields(source)
	for i, f := range fields {
		w := strings.Trim(f, ".,;:'\"()\u2018\u2019\u201c\u201d")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			continue
		}
		if titles[w] || titles[w+"."] || sourceFiller[w] {
			continue
		}
		nw := NameWords(w)
		names = append(names, nw...)
		if isPlace(w) && i < len(fields)-1 {
			continue // a place that modifies an office or a group: "the Texas governor"
		}
		identifying = append(identifying, nw...)
	}
	return identifying, names
}

// isPlace reports whether w is a place, its abbreviation, a demonym or a
// place-based modifier ("Colorado-based", "Washington-based").
func isPlace(w string) bool {
	if places[w] || placeAliases[w] != "" || strings.HasSuffix(w, "-based") {
		return true
	}
	if _, ok := demonyms[w]; ok {
		return true
	}
	_, ok := demonymPlural(w)
	return ok
}

// DifferentSources reports whether two attributions identify two
// different speakers: each names someone (a name word beyond titles,
// offices, places and filler: "Mr. Perry", "the Congressional Budget
// Office") and they share no name word and neither abbreviates the other
// ("Mr. Trump" and "real estate tycoon Donald Trump" are one man; "the
// EU" is the European Union, and a place that modifies a name counts, so
// "the European Commission", its organ, is not another source; "the Texas
// governor" and "Mr. Perry" may be one man). A pronoun, a description ("a statement", "the letter") or an
// office without its holder never differs from anyone: the divergence
// must be one an editor can check.
func DifferentSources(a, b string) bool {
	wa, na := sourceWords(a)
	wb, nb := sourceWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	set := make(map[string]bool, len(na))
	for _, w := range na {
		set[w] = true
	}
	for _, w := range nb {
		if set[w] {
			return false
		}
	}
	return !abbreviates(wa, b) && !abbreviates(wb, a)
}

// abbreviates reports whether one of the words (lower-cased identifying
// words) is the initials of the capitalised words of source ("eu" for
// the European Union; "cbo" for the Congressional Budget Office).
func abbreviates(words []string, source string) bool {
	var initials strings.Builder
	for _, f := range strings.Fields(source) {
		if r := []rune(f); len(r) > 0 && unicode.IsUpper(r[0]) && !sourceFiller[f] {
			initials.WriteRune(unicode.ToLower(r[0]))
		}
	}
	in := initials.String()
	for _, w := range words {
		w = strings.ReplaceAll(w, ".", "")
		if len(w) >= 2 && len(w) <= len(in) && strings.Contains(in, w) {
			return true
		}
	}
	return false
}

// PlausibleSource reports whether a named source reads as a speaker —
// at most eight words, no brackets, not opening with a lower-case
// preposition or conjunction ("on Twitter and") — so that a speaker span
// the attribution parser over- or mis-extends raises no divergence.
func PlausibleSource(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 || strings.ContainsAny(s, "()[]{}") {
		return false
	}
	return !sourceOpeners[strings.ToLower(f[0])]
}

// sourceOpeners are lower-case words that cannot open a speaker's name.
var sourceOpeners = map[string]bool{
	"on": true, "in": true, "at": true, "and": true, "or": true, "but": true, "to": true, "of": true,
	"for": true, "with": true, "by": true, "from": true, "as": true, "that": true, "which": true,
	"who": true, "while": true, "when": true, "if": true, "because": true, "than": true,
}
