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
		for j, aj := range a {
			cur := diag
			if aj != bi {
				cur = min(diag, x[j], x[j+1]) + 1
			}
			diag = x[j+1]
			x[j+1] = cur
		}
	}
	return int(x[len(a)])
}

// minWindowWords is the fewest content words the shorter of two quotes
// needs to be compared with a part of the longer (see windowReaches).
const minWindowWords = 5

// windowReaches reports whether the window similarity of two quotes, given
// as the ids of their content words, is at least minSim. The window
// similarity is the word similarity (1 - word edit distance / length) of
// the shorter quote against its best window of as many words in the
// longer: one outlet often quotes more of the same speech ("Hello, my name
// is the Republican Party, and I got a problem. I'm addicted to spending" /
// "Hello, my name is the Republican Party and I have a problem!"), and the
// part they share is what must be verbatim. Quotes shorter than
// minWindowWords, or of equal length, compare whole (wordSimilarity). A
// window sharing k of the n words of the shorter (as multisets) is at least
// n-k edits from it, so its similarity is at most k/n: windows that cannot
// reach minSim are never aligned.
func (s *editScratch) windowReaches(a, b []int32, minSim float64) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := len(a)
	for _, w := range a {
		s.need[w]++
	}
	defer func() {
		for _, w := range a {
			s.need[w] = 0
		}
		for _, w := range b {
			s.have[w] = 0
		}
	}()
	if n < minWindowWords || n == len(b) {
		// wordSimilarity: the whole quotes, over the longer's length.
		m := len(b)
		if m == 0 {
			return 0 >= minSim
		}
		shared := 0
		for _, w := range b {
			s.have[w]++
			if s.have[w] <= s.need[w] {
				shared++
			}
		}
		if 1-float64(m-shared)/float64(m) < minSim {
			return false
		}
		return 1-float64(s.distance(a, b))/float64(m) >= minSim
	}
	if 0 >= minSim { // the window similarity is never below 0
		return true
	}
	shared := 0
	for i, w := range b {
		s.have[w]++
		if s.have[w] <= s.need[w] {
			shared++
		}
		if i >= n {
			out := b[i-n]
			if s.have[out] <= s.need[out] {
				shared--
			}
			s.have[out]--
		}
		if i < n-1 || 1-float64(n-shared)/float64(n) < minSim {
			continue
		}
		if 1-float64(s.distance(a, b[i-n+1:i+1]))/float64(n) >= minSim {
			return true
		}
	}
	return false
}
