package compare

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
)

// item is one claim in a comparison: its document index, position and
// prepared features.
type item struct {
	doc, pos int
	p        *prepared
	anchor   bool   // headline, dek or takeaway: also compared with its own document's body
	rank     int    // place in content order (see rankItems); ties go to the lower rank
	exact    uint64 // hash of the stem sequence; 0 without content words (see addTwins)
	near     uint64 // hash of the content stem set; 0 under minTwinContent words
}

// canonicalDocs returns the indexes of the non-nil docs sorted by path, then
// id. Compare reads documents in this order, so its result is a function of
// the set of documents, never of the order they were given in.
func canonicalDocs(docs []*claims.Document) []int {
	var order []int
	for i, d := range docs {
		if d != nil {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := strings.Compare(docs[a].Path, docs[b].Path); c != 0 {
			return c
		}
		return strings.Compare(docs[a].ID, docs[b].ID)
	})
	return order
}

// rankItems sets every item's rank, its place when all items are sorted by
// normalised claim text (lower-cased, white space collapsed), then document
// path, then position, and returns the ranks by item. Every tie in
// candidate selection and grouping goes to the lower rank: ties are broken
// by content, never by input order.
func rankItems(items []item, docs []*claims.Document) []int {
	norm := make([]string, len(items))
	for i, it := range items {
		norm[i] = strings.Join(strings.Fields(strings.ToLower(it.p.claim.Text)), " ")
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := strings.Compare(norm[a], norm[b]); c != 0 {
			return c
		}
		ia, ib := items[a], items[b]
		if c := strings.Compare(docs[ia.doc].Path, docs[ib.doc].Path); c != 0 {
			return c
		}
		if c := strings.Compare(docs[ia.doc].ID, docs[ib.doc].ID); c != 0 {
			return c
		}
		return ia.pos - ib.pos
	})
	ranks := make([]int, len(items))
	for r, i := range order {
		items[i].rank, ranks[i] = r, r
	}
	for i := range items {
		items[i].exact, items[i].near = twinKeys(items[i].p)
	}
	return ranks
}

// twinKeys returns the keys under which p meets its twins (see addTwins):
// the hash of its stem sequence and of its content stem set, each 0 when p
// has too few content words for it.
func twinKeys(p *prepared) (exact, near uint64) {
	if len(p.content) > 0 {
		exact = hashIDs(0, p.ids) | 1
	}
	if len(p.content) >= minTwinContent {
		near = hashIDs(1, p.content) | 1
	}
	return exact, near
}

// twinsOf reports whether items a and b are twins in different documents.
func twinsOf(items []item) func(a, b int) bool {
	return func(a, b int) bool {
		x, y := items[a], items[b]
		return x.doc != y.doc && (x.exact != 0 && x.exact == y.exact || x.near != 0 && x.near == y.near)
	}
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
// items, and keeps the best k per item; twins in other documents are
// always candidates besides (see addTwins). Only items of other documents,
// or an anchor and its own document's body, are candidates. The work is
// bounded by items × keys × maxPosting. The result is sorted.
// The embedded items' nearest neighbours by cosine are added (addNeighbours).
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
	addTwins(items, &set)
	best := make([][]int32, len(items)) // best[i]: item i's top k partners, best first
	chunks(len(items), runtime.GOMAXPROCS(0), func(start, end int) {
		acc := make([]float64, len(items)) // accumulated weight per partner; touched lists the non-zero ones
		var touched []int32
		type cand struct {
			j int32
			w float64
		}
		var cs []cand
		for i := start; i < end; i++ {
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
				return items[a.j].rank - items[b.j].rank
			})
			if len(cs) > k {
				cs = cs[:k]
			}
			best[i] = make([]int32, len(cs))
			for x, c := range cs {
				best[i][x] = c.j
			}
		}
	})
	for i, js := range best {
		for _, j := range js {
			set.add(i, int(j))
		}
	}
	addNeighbours(items, &set)
	return set.sorted()
}

// chunks runs f over w contiguous ranges of 0..n-1, one goroutine each
// (on the caller's goroutine for w <= 1 or small n), so each range can keep
// its own scratch space. A panic in f is raised again in the caller's
// goroutine (as a *crash.Panic).
func chunks(n, w int, f func(start, end int)) {
	if w <= 1 || n < 64 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	var c crash.Catcher
	size := (n + w - 1) / w
	for s := 0; s < n; s += size {
		e := min(n, s+size)
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Do(func() { f(s, e) })
		}()
	}
	wg.Wait()
	c.Repanic()
}

// minTwinContent is the fewest content words two claims must share, and
// nothing else, to be near twins.
const minTwinContent = 3

// addTwins adds to set a pair for every twin in another document: claims
// with the same word stems in the same order (an exact copy, up to case,
// punctuation and word endings),
// or the same set of at least minTwinContent content words (a near copy).
// The caps of candidates (maxPosting, k per item) would otherwise drop a
// copy whose words are common in the collection, or one among many equally
// good partners. Each set of twins is joined as a star around its lowest
// ranked member (and, for members of that member's own document, around the
// lowest ranked member of another document), so n twins add fewer than n
// pairs.
func addTwins(items []item, set *pairSet) {
	twins := map[uint64][]int{}
	for i, it := range items {
		for _, k := range [...]uint64{it.exact, it.near} {
			if k != 0 {
				twins[k] = append(twins[k], i)
			}
		}
	}
	for _, ms := range twins {
		if len(ms) < 2 {
			continue
		}
		hub := ms[0]
		for _, m := range ms {
			if items[m].rank < items[hub].rank {
				hub = m
			}
		}
		other := -1 // lowest ranked member outside hub's document
		for _, m := range ms {
			if items[m].doc != items[hub].doc && (other < 0 || items[m].rank < items[other].rank) {
				other = m
			}
		}
		if other < 0 {
			continue // all in one document
		}
		for _, m := range ms {
			switch {
			case items[m].doc != items[hub].doc:
				set.add(hub, m)
			case m != hub:
				set.add(other, m)
			}
		}
	}
}

// hashIDs hashes a sequence of token ids with a kind tag (FNV-1a, 64 bits).
func hashIDs(kind byte, ids []uint32) uint64 {
	h := uint64(14695981039346656037) ^ uint64(kind)
	for _, id := range ids {
		for s := 0; s < 32; s += 8 {
			h ^= uint64(id >> s & 0xff)
			h *= 1099511628211
		}
	}
	return h
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
