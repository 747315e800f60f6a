package rules

// editScratch holds what windowReaches reuses between calls: one row of the
// edit-distance table and, indexed by word id, the counts of the shorter
// quote's words (need) and of the current window's (have). need and have
// are all zero between calls. One editScratch serves one goroutine.
type editScratch struct {
	row        []int32
	need, have []int32
}

// newEditScratch returns scratch space for word ids below n.
func newEditScratch(n int) *editScratch {
	return &editScratch{need: make([]int32, n), have: make([]int32, n)}
}

// grow makes need and have cover every id of a and b.
func (s *editScratch) grow(a, b []int32) {
	top := len(s.need)
	for _, w := range a {
		top = max(top, int(w)+1)
	}
	for _, w := range b {
		top = max(top, int(w)+1)
	}
	if top > len(s.need) {
		s.need = append(s.need, make([]int32, top-len(s.need))...)
		s.have = append(s.have, make([]int32, top-len(s.have))...)
	}
}

// distance is the Levenshtein distance between two id sequences (unit
// costs for insertion, deletion and substitution), the word edit distance
// wordSimilarity computes over a Coder's runes.
func (s *editScratch) distance(a, b []int32) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	for len(a) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	for len(a) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	if len(a) == 0 {
		return len(b)
	}
	if cap(s.row) < len(a)+1 {
		s.row = make([]int32, len(a)+1)
	}
	x := s.row[:len(a)+1]
	for j := range x {
		x[j] = int32(j)
	}
	for i, bi := range b {
		diag := x[0]
		x[0] = int32(i + 1)
		advance(x, a, bi, diag)
	}
	return int(x[len(a)])
}

// advance turns x, the edit table's row for b's words before bi, into the
// row that includes bi; diag is the previous row's x[0], and the caller has
// set the new x[0].
func advance(x, a []int32, bi, diag int32) {
	for j, aj := range a {
		cur := diag
		if aj != bi {
			cur = min(diag, x[j], x[j+1]) + 1
		}
		diag = x[j+1]
		x[j+1] = cur
	}
}

// minWindowWords is the fewest content words the shorter of two quotes
// needs to be compared with a part of the longer (see windowReaches).
const minWindowWords = 5

// fittingDistance is the fewest word edits (insertion, deletion,
// substitution) that turn a into some run of consecutive words of b: the
// Levenshtein distance with free skips before and after the run in b
// (Sellers' approximate matching). It is at most the distance to any
// window of len(a) words, and at most len(a).
func (s *editScratch) fittingDistance(a, b []int32) int {
	if cap(s.row) < len(a)+1 {
		s.row = make([]int32, len(a)+1)
	}
	x := s.row[:len(a)+1] // x[j]: edits of a[:j] into the best run ending at the current word of b
	for j := range x {
		x[j] = int32(j)
	}
	best := x[len(a)]
	for _, bi := range b {
		advance(x, a, bi, x[0]) // a run may start at any word of b: x[0] stays 0
		best = min(best, x[len(a)])
	}
	return int(best)
}

// fitSimilarity is the word similarity of a against the run of b it fits
// best: 1 - fittingDistance(a, b) / len(a) (1 for an empty a).
func (s *editScratch) fitSimilarity(a, b []int32) float64 {
	return 1 - float64(s.fittingDistance(a, b))/float64(max(1, len(a)))
}

// windowReaches reports whether the window similarity of two quotes, given
// as the ids of their content words, is at least minSim. The window
// similarity is the word similarity (1 - word edit distance / length) of
// the shorter quote against the run of the longer it fits best
// (fittingDistance): one outlet often quotes more of the same speech
// ("Hello, my name is the Republican Party, and I got a problem. I'm
// addicted to spending" / "Hello, my name is the Republican Party and I
// have a problem!"), with a sentence of its own before or after, and the
// part they share is what must be verbatim. Quotes shorter than
// minWindowWords compare whole (wordSimilarity). The shorter's words
// missing from the longer (as multisets) each cost an edit, so pairs
// sharing too few words are rejected before the edit table.
func (s *editScratch) windowReaches(a, b []int32, minSim float64) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := len(a)
	s.grow(a, b)
	for _, w := range a {
		s.need[w]++
	}
	shared := 0
	for _, w := range b {
		s.have[w]++
		if s.have[w] <= s.need[w] {
			shared++
		}
	}
	for _, w := range a {
		s.need[w] = 0
	}
	for _, w := range b {
		s.have[w] = 0
	}
	if n < minWindowWords {
		// wordSimilarity: the whole quotes, over the longer's length.
		m := len(b)
		if m == 0 {
			return 0 >= minSim
		}
		if 1-float64(m-shared)/float64(m) < minSim {
			return false
		}
		return 1-float64(s.distance(a, b))/float64(m) >= minSim
	}
	if 1-float64(n-shared)/float64(n) < minSim {
		return false
	}
	return s.fitSimilarity(a, b) >= minSim
}
