package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// item is one claim in a comparison: its document index, position and
// prepared features.
type item struct {
	doc, pos int
	p        *prepared
	anchor   bool // headline, dek or takeaway: also compared with its own document's body
}

// candidatePair is an unordered pair of item indexes, i < j.
type candidatePair struct{ i, j int }

// indexKeys are the keys a claim is indexed under, as hashes: content
// stems, the first WordNet sense of each content word (so "expulsion"
// meets "deportation"), entity norms and numbers. Sense keys have the top
// bit set.
func indexKeys(p *prepared) []uint64 {
	keys := make([]uint64, 0, 2*len(p.content)+len(p.nums)+len(p.claim.Entities))
	for i, id := range p.content {
		keys = append(keys, uint64(id))
		if own := p.syn[i].Own; len(own) > 0 {
			keys = append(keys, 1<<63|uint64(own[0]))
		}
	}
	for _, e := range p.claim.Entities {
		if e.Norm != "" {
			keys = append(keys, 1<<62|uint64(stemID(strings.ToLower(e.Norm))))
		}
	}
	for _, n := range p.nums {
		keys = append(keys, 1<<61|uint64(math.Float64bits(n))>>3)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func itoa(n int) string { return strconv.Itoa(n) }

// candidates finds, for every item, the items it shares the rarest keys
// with (IDF-weighted), skipping keys shared by more than maxPosting
// items, and keeps the best k per item. Only items of other documents,
// or an anchor and its own document's body, are candidates. The work is
// bounded by items × keys × maxPosting. The result is sorted.
func candidates(items []item, k, maxPosting int) []candidatePair {
	post := map[uint64][]int32{}
	keysOf := make([][]uint64, len(items))
	for i := range items {
		keysOf[i] = indexKeys(items[i].p)
		for _, key := range keysOf[i] {
			post[key] = append(post[key], int32(i))
		}
	}
	n := float64(len(items))
	var set pairSet
	acc := make([]float64, len(items)) // accumulated weight per partner; touched lists the non-zero ones
	var touched []int32
	type cand struct {
		j int32
		w float64
	}
	var cs []cand
	for i := range items {
		for _, j := range touched {
			acc[j] = 0
		}
		touched = touched[:0]
		for _, key := range keysOf[i] {
			pl := post[key]
			if len(pl) > maxPosting || len(pl) < 2 {
				continue
			}
			w := math.Log(1 + n/float64(len(pl)))
			if key&(1<<63) != 0 {
				w *= 0.5 // a shared sense counts less than a shared word
			}
			for _, j := range pl {
				if int(j) != i && comparable(items[i], items[j]) {
					if acc[j] == 0 {
						touched = append(touched, j)
					}
					acc[j] += w
				}
			}
		}
		cs = cs[:0]
		for _, j := range touched {
			cs = append(cs, cand{j, acc[j]})
		}
		slices.SortFunc(cs, func(a, b cand) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			return int(a.j - b.j)
		})
		if len(cs) > k {
			cs = cs[:k]
		}
		for _, c := range cs {
			set.add(i, int(c.j))
		}
	}
	return set.sorted()
}

// pairSet collects candidate pairs, each once.
type pairSet struct {
	seen map[candidatePair]bool
	out  []candidatePair
}

// add adds the pair of items i and j (in either order) unless present.
func (s *pairSet) add(i, j int) {
	if s.seen == nil {
		s.seen = map[candidatePair]bool{}
	}
	p := candidatePair{min(i, j), max(i, j)}
	if !s.seen[p] {
		s.seen[p] = true
		s.out = append(s.out, p)
	}
}

// sorted returns the pairs ordered by first, then second item.
func (s *pairSet) sorted() []candidatePair {
	slices.SortFunc(s.out, func(a, b candidatePair) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.j - b.j
	})
	return s.out
}

// comparable reports whether two claims may align: different documents,
// or an anchor (headline, dek, takeaway) with a body claim of its own document.
func comparable(a, b item) bool {
	if a.doc != b.doc {
		return true
	}
	return a.anchor != b.anchor
}

func isAnchor(r claims.Role) bool {
	return r == claims.RoleHeadline || r == claims.RoleDek || r == claims.RoleTakeaway
}
