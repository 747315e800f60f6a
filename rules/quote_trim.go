package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteUnit is one sentence or ellipsis-bounded fragment of a quote's
// text: text[start:end], end punctuation included.
type quoteUnit struct{ start, end int }

// quoteUnits splits a quote's text after each sentence end (".", "!",
// "?" followed by white space) and at each ellipsis ("...", "…"): the
// pieces one outlet may quote and another leave out. Pieces without a
// letter or digit are dropped; the units are in text order and do not
// overlap.
func quoteUnits(text string) []quoteUnit {
	var out []quoteUnit
	add := func(s, e int) {
		if strings.IndexFunc(text[s:e], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, quoteUnit{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '…':
			add(start, i)
			start, i = i+n, i+n
			continue
		case strings.HasPrefix(text[i:], "..."):
			end := len(text) - len(strings.TrimLeft(text[i:], ".")) // past the whole run of dots
			add(start, i)
			start, i = end, end
			continue
		case (r == '.' || r == '!' || r == '?') && i+n < len(text) && unicode.IsSpace(rune(text[i+n])):
			add(start, i+n)
			start = i + n
		}
		i += n
	}
	add(start, len(text))
	return out
}

// trimmedPair returns quotes ia and ib without the sentences at either end
// that the other quote does not hold (see foreignUnit): outlets quoting one
// speech often start or stop a sentence apart ("And they cannot believe what
// they're finding. And I'm serious." / "I have people studying it and they
// cannot believe what they're finding"), and a sentence only one of them
// quotes is a choice of excerpt, not a rewording. A quote keeps at least
// one unit. A quote left whole is returned as is; a trimmed one is prepared
// from the span of its remaining units over the table's vocabularies.
func (t *quoteTable) trimmedPair(ia, ib int, minSim float64, scratch *editScratch) (*preparedQuote, *preparedQuote) {
	qa, qb := &t.quotes[ia], &t.quotes[ib]
	ua, ida := t.unitsOf(qa)
	ub, idb := t.unitsOf(qb)
	if len(ua) < 2 && len(ub) < 2 {
		return qa, qb
	}
	// side is one quote's remaining units and their content word ids.
	type side struct {
		units []quoteUnit
		ids   [][]int32
	}
	sa, sb := &side{ua, ida}, &side{ub, idb}
	trimmed := false
	for changed := true; changed; {
		changed = false
		for _, pair := range [][2]*side{{sa, sb}, {sb, sa}} {
			s, other := pair[0], slices.Concat(pair[1].ids...)
			for len(s.units) > 1 && foreignUnit(s.ids[0], other, minSim, scratch) {
				s.units, s.ids, changed = s.units[1:], s.ids[1:], true
			}
			for n := len(s.units); n > 1 && foreignUnit(s.ids[n-1], other, minSim, scratch); n-- {
				s.units, s.ids, changed = s.units[:n-1], s.ids[:n-1], true
			}
		}
		trimmed = trimmed || changed
	}
	if !trimmed {
		return qa, qb
	}
	ua, ub = sa.units, sb.units
	return t.reprepare(qa, ua), t.reprepare(qb, ub)
}

// foreignUnit reports whether a quote's unit, given as its content word
// ids, is not in the other quote: the unit fits no run of the other's
// words with word similarity minSim (fittingDistance over the unit's
// length), and the other quote is not within the unit either.
func foreignUnit(unit, other []int32, minSim float64, scratch *editScratch) bool {
	if len(unit) == 0 {
		return true
	}
	if len(unit) > len(other) {
		return scratch.fitSimilarity(other, unit) < minSim
	}
	return scratch.fitSimilarity(unit, other) < minSim
}

// reprepare returns q prepared from the span of units us alone (q itself
// when us is all of its units).
func (t *quoteTable) reprepare(q *preparedQuote, us []quoteUnit) *preparedQuote {
	text := q.q.Text[us[0].start:us[len(us)-1].end]
	if text == q.q.Text {
		return q
	}
	norm := normQuote(text)
	words := t.words.ids(contentWords(text))
	set := slices.Clone(words)
	slices.Sort(set)
	return &preparedQuote{ref: q.ref, q: q.q, text: text, norm: norm, frags: fragments(norm),
		bare: bareWords(norm), bareFrags: bareFragments(norm), words: words, set: slices.Compact(set)}
}
