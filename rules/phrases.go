package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"
)

// phraseMatcher finds house-rule phrases in text with one Aho–Corasick
// automaton over case-folded, space-collapsed text, so its cost does not
// grow with the number of phrases (50,000 phrases compile in well under a
// second and match at the speed of one). A phrase matches case-insensitively
// (Unicode simple case folding), any run of white space matches a space in
// it, and it matches only on word boundaries at an end that is a letter,
// digit or underscore. Overlapping matches are resolved leftmost-longest.
type phraseMatcher struct {
	ac       *ahocorasick.Automaton
	wordEdge [][2]bool // per pattern: starts, ends with a word rune
}

// newPhraseMatcher compiles phrases (already trimmed and space-collapsed,
// none empty).
func newPhraseMatcher(phrases []string) (*phraseMatcher, error) {
	m := &phraseMatcher{}
	pats := make([][]byte, 0, len(phrases))
	for _, ph := range phrases {
		f, _, _ := foldText(ph)
		pats = append(pats, f)
		first, _ := utf8.DecodeRuneInString(ph)
		last, _ := utf8.DecodeLastRuneInString(ph)
		m.wordEdge = append(m.wordEdge, [2]bool{isWordRune(first), isWordRune(last)})
	}
	ac, err := ahocorasick.NewBuilder().AddPatterns(pats).SetMatchKind(ahocorasick.LeftmostLongest).Build()
	if err != nil {
		return nil, err
	}
	m.ac = ac
	return m, nil
}

// findAll returns the [start, end) byte ranges in text of the matches, in
// order, not overlapping.
func (m *phraseMatcher) findAll(text string) [][2]int {
	folded, starts, ends := foldText(text)
	var cands [][2]int
	for _, hit := range m.ac.FindAllOverlapping(folded) {
		if hit.End <= hit.Start {
			continue
		}
		s, e := starts[hit.Start], ends[hit.End-1]
		edge := m.wordEdge[hit.PatternID]
		if edge[0] && s > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWordRune(r) {
				continue
			}
		}
		if edge[1] && e < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); isWordRune(r) {
				continue
			}
		}
		cands = append(cands, [2]int{s, e})
	}
	slices.SortFunc(cands, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1] // longest first
	})
	var out [][2]int
	for _, c := range cands {
		if len(out) > 0 && c[0] < out[len(out)-1][1] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// foldText case-folds s rune by rune (each rune to the least rune of its
// simple case-folding orbit, so K, k and the Kelvin sign meet) and collapses
// every run of white space to one space. starts[i] and ends[i] are the byte
// range in s of the rune that produced folded byte i.
func foldText(s string) (folded []byte, starts, ends []int) {
	folded = make([]byte, 0, len(s))
	starts = make([]int, 0, len(s))
	ends = make([]int, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += w2
			}
			folded = append(folded, ' ')
			starts, ends = append(starts, i), append(ends, j)
			i = j
			continue
		}
		f := foldRune(r)
		n := len(folded)
		folded = utf8.AppendRune(folded, f)
		for range len(folded) - n {
			starts, ends = append(starts, i), append(ends, i+w)
		}
		i += w
	}
	return folded, starts, ends
}

// foldRune is the least rune of r's simple case-folding orbit: for ASCII
// letters the upper-case one (K is less than k and the Kelvin sign).
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// phraseList renders phrases for a rule's documentation, shortened past a
// few.
func phraseList(phrases []string) string {
	const show = 5
	q := make([]string, 0, show)
	for _, p := range phrases[:min(len(phrases), show)] {
		q = append(q, `"`+p+`"`)
	}
	s := strings.Join(q, ", ")
	if len(phrases) > show {
		s += ", …"
	}
	return s
}
