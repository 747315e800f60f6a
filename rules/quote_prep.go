package rules

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims"
)

// vocab numbers strings densely from 0 in the order first seen; one vocab
// serves one rule run, so equal ids mean equal strings.
type vocab map[string]int32

// id returns s's id, assigning the next one to a string not seen before.
func (v vocab) id(s string) int32 {
	if i, ok := v[s]; ok {
		return i
	}
	i := int32(len(v))
	v[s] = i
	return i
}

// ids returns the ids of ss in order.
func (v vocab) ids(ss []string) []int32 {
	out := make([]int32, len(ss))
	for i, s := range ss {
		out[i] = v.id(s)
	}
	return out
}

// preparedQuote is a direct quote with every form quote-mismatch compares,
// computed once per quote instead of once per candidate pair. Its fields
// are functions of text alone (the quote's, or the part of it trimmedPair kept): norm is normQuote, frags
// fragments(norm), words the ids of contentWords in order, set the distinct
// ids of words sorted, and stems (computed on first use by stemsOf) the ids
// of contentStems.
type preparedQuote struct {
	ref quoteRef
	q   *claims.Quote
	// text is what is compared: q.Text, or the part of it trimmedPair kept
	text  string
	norm  string
	frags []string
	// bare and bareFrags are norm and frags without punctuation (see
	// bareWords): what another source's quote is compared with
	bare      string
	bareFrags []string
	words     []int32
	set       []int32

	stems     []int32
	stemsDone bool

	// units and unitIDs are quoteUnits of q.Text and the content word ids
	// of each (see unitsOf); nil until first asked
	units   []quoteUnit
	unitIDs [][]int32
}

// quoteTable holds the prepared direct quotes of a pass over one word
// vocabulary and one stem vocabulary.
type quoteTable struct {
	quotes []preparedQuote
	words  vocab
	stems  vocab
}

// minPartialWords is the fewest words a partial quote (a quoted phrase
// inside the reporter's sentence) needs to be compared: a clause of the
// speaker's own words ("are alleged to be both discriminators and
// victims") can be misquoted; a quoted label ("Mo") cannot.
const minPartialWords = 5

// prepareQuotes prepares the direct quotes of docs with a non-empty
// normalised text, in document and quote order.
func prepareQuotes(docs []*claims.Document) *quoteTable {
	t := &quoteTable{words: vocab{}, stems: vocab{}}
	for di, d := range docs {
		for qi := range d.Quotes {
			q := &d.Quotes[qi]
			cw := contentWords(q.Text)
			if q.Kind != claims.QuoteDirect && (q.Kind != claims.QuotePartial || len(cw) < minPartialWords) {
				continue
			}
			norm := normQuote(q.Text)
			if norm == "" {
				continue
			}
			words := t.words.ids(cw)
			set := slices.Clone(words)
			slices.Sort(set)
			set = slices.Compact(set)
			t.quotes = append(t.quotes, preparedQuote{ref: quoteRef{di, qi}, q: q, text: q.Text, norm: norm, frags: fragments(norm),
				bare: bareWords(norm), bareFrags: bareFragments(norm), words: words, set: set})
		}
	}
	return t
}

// stemsOf returns the ids of contentStems of pq's text.
func (t *quoteTable) stemsOf(pq *preparedQuote) []int32 {
	if !pq.stemsDone {
		pq.stems, pq.stemsDone = t.stems.ids(contentStems(pq.text)), true
	}
	return pq.stems
}

// unitsOf returns the units of pq's whole quote (quoteUnits of q.Text)
// and the content word ids of each, computed once per quote: trimmedPair
// asks for them for every pair the quote is in. Callers may reslice but
// not modify them.
func (t *quoteTable) unitsOf(pq *preparedQuote) ([]quoteUnit, [][]int32) {
	if pq.units == nil {
		pq.units = quoteUnits(pq.q.Text)
		pq.unitIDs = make([][]int32, len(pq.units))
		for i, u := range pq.units {
			pq.unitIDs[i] = t.words.ids(contentWords(pq.q.Text[u.start:u.end]))
		}
		if pq.units == nil {
			pq.units = []quoteUnit{} // asked: no units
		}
	}
	return pq.units, pq.unitIDs
}

// sharedCount is the number of ids in both sorted, duplicate-free lists.
func sharedCount(a, b []int32) int {
	n := 0
	eachShared(a, b, func(int32) { n++ })
	return n
}

// eachShared calls f, in order, with each id in both sorted,
// duplicate-free lists.
func eachShared(a, b []int32, f func(int32)) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			f(a[i])
			i++
			j++
		}
	}
}

// containsRun reports whether short occurs as a contiguous run in long.
// An empty short never does.
func containsRun(short, long []int32) bool { return len(short) > 0 && runAt(short, long) >= 0 }
