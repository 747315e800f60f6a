package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/kljensen/snowball/english"
)

// arabicArticles are the article of a transliterated Arabic name that
// house styles keep or drop ("al-Qaddafi" / "Gadhafi", "al-Qaeda" /
// "Qaeda").
var arabicArticles = map[string]bool{"al": true, "el": true}

// minNameRunes is the shortest name whose spelling variants spellingOnly
// accepts: below it one edit is another name ("Kim" / "Lim").
const minNameRunes = 5

// maxSpellingShare is the largest share of a name's letters a spelling
// variant may change ("Qaddafi" / "Gadhafi": 2 of 7; "Muammar" /
// "Moammar": 1 of 7).
const maxSpellingShare = 0.3

// spellingOnly reports whether two quotes differ only in how names
// transliterated from another script are spelt ("Libyan strongman Muammar
// al-Qaddafi" / "Libyan strongman Moammar Gadhafi"): their content stems
// (contentStems, an Arabic article left out) pair up one to one, and
// every pair that differs is two capitalised words of at least
// minNameRunes letters within maxSpellingShare of each other. Such quotes
// are one quote in two house styles, not reworded. A lower-case word
// spelt differently ("immigrants" / "emigrants") is a different word.
func spellingOnly(a, b string) bool {
	sa, sb := stemsWithoutArticles(a), stemsWithoutArticles(b)
	if len(sa) != len(sb) || slices.Equal(sa, sb) {
		return false
	}
	na, nb := nameStems(a), nameStems(b)
	for i := range sa {
		if sa[i] != sb[i] && !(na[sa[i]] && nb[sb[i]] && spellingVariant(sa[i], sb[i])) {
			return false
		}
	}
	return true
}

// stemsWithoutArticles is contentStems of s without arabicArticles.
func stemsWithoutArticles(s string) []string {
	return slices.DeleteFunc(contentStems(s), func(w string) bool { return arabicArticles[w] })
}

// nameStems are the stems of the capitalised words of s.
func nameStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range tokens(foldPunct.Replace(s)) {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
			out[english.Stem(strings.ToLower(t), false)] = true
		}
	}
	return out
}

// spellingVariant reports whether two names are one name spelt two ways:
// both at least minNameRunes letters, within maxSpellingShare edits of
// the longer.
func spellingVariant(x, y string) bool {
	n := max(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	if min(utf8.RuneCountInString(x), utf8.RuneCountInString(y)) < minNameRunes {
		return false
	}
	return float64(levenshtein.ComputeDistance(x, y)) <= maxSpellingShare*float64(n)
}
