package compare

import (
	"math"
	"slices"
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

// indexKeys are the keys a claim is indexed under: content stems,
// WordNet senses (so "expulsion" meets "deportation"), entity norms and
// numbers.
func indexKeys(p *prepared) []string {
	keys := make([]string, 0, len(p.content)*2+len(p.nums))
	for i, t := range p.toks {
		_ = i
		if t.Content {
			keys = append(keys, "w:"+t.Stem)
		}
	}
	for _, e := range p.syn {
		for _, id := range e.Own {
			keys = append(keys, "s:"+itoa(int(id)))
		}
	}
	for _, e := range p.claim.Entities {
		if e.Norm != "" {
			keys = append(keys, "e:"+strings.ToLower(e.Norm))
		}
	}
	for _, n := range p.nums {
		keys = append(keys, "n:"+itoa(int(math.Round(n))))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// candidates finds, for every item, the items it shares the rarest keys
// with (IDF-weighted), skipping keys shared by more than maxPosting
// items, and keeps the best k per item. Only items of other documents,
// or an anchor and its own document's body, are candidates. The work is
// bounded by items × keys × maxPosting. The result is sorted.
func candidates(items []item, k, maxPosting int) []candidatePair {
	post := map[string][]int32{}
	keysOf := make([][]string, len(items))
	for i := range items {
		keysOf[i] = indexKeys(items[i].p)
		for _, key := range keysOf[i] {
			post[key] = append(post[key], int32(i))
		}
	}
	n := float64(len(items))
	seen := map[candidatePair]bool{}
	var out []candidatePair
	acc := map[int32]float64{}
	type cand struct {
		j int32
		w float64
	}
	var cs []cand
	for i := range items {
		clear(acc)
		for _, key := range keysOf[i] {
			pl := post[key]
			if len(pl) > maxPosting || len(pl) < 2 {
				continue
			}
			w := math.Log(1 + n/float64(len(pl)))
			if key[0] == 's' {
				w *= 0.5 // a shared sense counts less than a shared word
			}
			for _, j := range pl {
				if int(j) != i && comparable(items[i], items[j]) {
					acc[j] += w
				}
			}
		}
		cs = cs[:0]
		for j, w := range acc {
			cs = append(cs, cand{j, w})
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
			p := candidatePair{min(i, int(c.j)), max(i, int(c.j))}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	slices.SortFunc(out, func(a, b candidatePair) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.j - b.j
	})
	return out
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
