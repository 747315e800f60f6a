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
	ua, ub := quoteUnits(qa.q.Text), quoteUnits(qb.q.Text)
	if len(ua) < 2 && len(ub) < 2 {
		return qa, qb
	}
	wordsOf := func(text string, us []quoteUnit) []int32 {
		if len(us) == 0 {
			return nil
		}
		return t.words.ids(contentWords(text[us[0].start:us[len(us)-1].end]))
	}
	trimmed := false
	for changed := true; changed; {
		changed = false
		for _, side := range []struct {
			text       string
			us         *[]quoteUnit
			other      string
			otherUnits []quoteUnit
		}{{qa.q.Text, &ua, qb.q.Text, ub}, {qb.q.Text, &ub, qa.q.Text, ua}} {
			other := wordsOf(side.other, side.otherUnits)
			us := *side.us
			for len(us) > 1 && foreignUnit(t.words.ids(contentWords(side.text[us[0].start:us[0].end])), other, minSim, scratch) {
				us, changed = us[1:], true
			}
			for len(us) > 1 && foreignUnit(t.words.ids(contentWords(side.text[us[len(us)-1].start:us[len(us)-1].end])), other, minSim, scratch) {
				us, changed = us[:len(us)-1], true
			}
			trimmed = trimmed || changed
			*side.us = us
		}
	}
	if !trimmed {
		return qa, qb
	}
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
		return 1-float64(scratch.fittingDistance(other, unit))/float64(max(1, len(other))) < minSim
	}
	return 1-float64(scratch.fittingDistance(unit, other))/float64(len(unit)) < minSim
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
