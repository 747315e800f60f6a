package stories

import (
	"fmt"
	"math"
	"slices"
)

// Story is one group of articles: indexes into the profiles given to
// Group, ascending. ID is "s1", "s2", ... in the order of the stories'
// first articles.
type Story struct {
	ID   string
	Docs []int
}

// Options tune grouping. The zero value is not useful; start from
// DefaultOptions.
type Options struct {
	// Threshold is the least average similarity at which two stories
	// merge (average-link agglomeration over the cosine of profiles).
	Threshold float64
	// EntityWeight multiplies the weight of entity-name terms against
	// word stems.
	EntityWeight float64
	// MaxShare and MinCap bound the document frequency of a useful term:
	// a term in more than max(MinCap, MaxShare·N) of N articles is a stop
	// word of the feed and is dropped from every profile.
	MaxShare float64
	MinCap   int
	// IDFPower raises each term's inverse document frequency to this
	// power: above 1, rare terms (the names and details of one event)
	// count for more against the words a kind of event shares.
	IDFPower float64
	// AttachThreshold is the least similarity to its most similar article
	// at which an article agglomeration left alone joins that article's
	// story (0: never; see clusters.attach).
	AttachThreshold float64
}

// DefaultOptions are the learned threshold and entity weight
// (threshold_gen.go) with the feed stop-word bound.
func DefaultOptions() Options {
	return Options{Threshold: learnedThreshold, EntityWeight: learnedEntityWeight, IDFPower: learnedIDFPower, AttachThreshold: learnedAttachThreshold, MaxShare: 0.05, MinCap: 50}
}

// floor is the similarity under which a pair of articles counts as
// unrelated (0), so the similarity graph stays sparse on large feeds. It is
// an approximation bound, well under any threshold the learner picks.
const floor = 0.02

// neighbours is how many of an article's most similar articles it keeps an
// edge to (a pair is kept when either article keeps it): the similarity
// graph of a feed of N articles then holds at most N·neighbours pairs
// rather than up to N²/2, whatever the feed's size. Stories are far
// smaller than this on every feed measured (ECB+ sub-topics hold at most
// 30 articles), so it bounds memory without splitting them.
const neighbours = 32

// Group clusters the articles of profiles into stories. Every article is in
// exactly one story; an article like no other is a story of its own.
func Group(profiles []Profile, opt Options) []Story {
	return NewGraph(profiles, opt).Cluster(opt)
}

// Graph is the sparse similarity graph of a feed: the pairs of articles
// whose cosine is at least floor and among the neighbours highest of either
// article. It depends on the term weighting of Options (EntityWeight,
// IDFPower, MaxShare, MinCap) and not on the clustering settings, so one
// graph can be clustered at many thresholds.
type Graph struct {
	n     int
	edges []edge
}

// NewGraph weighs profiles with opt and builds their similarity graph.
func NewGraph(profiles []Profile, opt Options) *Graph {
	return &Graph{n: len(profiles), edges: similarities(weigh(profiles, opt), len(profiles))}
}

// Cluster groups the graph's articles into stories at opt.Threshold.
func (g *Graph) Cluster(opt Options) []Story {
	c := newClusters(g.n, g.edges)
	c.agglomerate(opt.Threshold)
	if opt.AttachThreshold > 0 {
		c.attach(g.edges, opt.AttachThreshold)
	}
	return c.stories()
}

// entry is one weighted term of a unit-length article vector.
type entry struct {
	id uint64
	w  float64
}

// weigh turns profiles into unit TF-IDF vectors over the useful terms:
// (1+ln count) · (ln((N+1)/(df+1)) + 1)^IDFPower, times EntityWeight for
// entities.
func weigh(profiles []Profile, opt Options) [][]entry {
	n := len(profiles)
	df := map[uint64]int{}
	for _, p := range profiles {
		for _, t := range p.Terms {
			df[t.ID]++
		}
	}
	maxDF := max(opt.MinCap, int(opt.MaxShare*float64(n)))
	out := make([][]entry, n)
	for i, p := range profiles {
		v := make([]entry, 0, len(p.Terms))
		norm := 0.0
		for _, t := range p.Terms {
			d := df[t.ID]
			if d > maxDF {
				continue
			}
			w := (1 + math.Log(float64(t.Count))) * math.Pow(math.Log(float64(n+1)/float64(d+1))+1, opt.IDFPower)
			if t.Entity {
				w *= opt.EntityWeight
			}
			v = append(v, entry{t.ID, w})
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w /= norm
		}
		out[i] = v
	}
	return out
}

// edge is the similarity of articles a < b.
type edge struct {
	a, b int
	sim  float64
}

// similarities returns the pairs of articles whose cosine is at least
// floor and among the neighbours highest of either article, by an inverted
// index over the terms two or more articles share, sorted by (a, b).
func similarities(vecs [][]entry, n int) []edge {
	type posting struct {
		doc int
		w   float64
	}
	index := map[uint64][]posting{}
	for i, v := range vecs {
		for _, e := range v {
			index[e.id] = append(index[e.id], posting{i, e.w})
		}
	}
	acc := make([]float64, n)
	var touched []int
	tops := make([]topK, n)
	for i, v := range vecs {
		for _, e := range v {
			for _, p := range index[e.id] {
				if p.doc <= i {
					continue
				}
				if acc[p.doc] == 0 {
					touched = append(touched, p.doc)
				}
				acc[p.doc] += e.w * p.w
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			if acc[j] >= floor {
				tops[i].offer(acc[j], j)
				tops[j].offer(acc[j], i)
			}
			acc[j] = 0
		}
		touched = touched[:0]
	}
	var out []edge
	for i, t := range tops {
		for _, nb := range t.items {
			out = append(out, edge{min(i, nb.doc), max(i, nb.doc), nb.sim})
		}
	}
	slices.SortFunc(out, func(x, y edge) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	return slices.CompactFunc(out, func(x, y edge) bool { return x.a == y.a && x.b == y.b })
}

// neighbour is one article's similarity to another.
type neighbour struct {
	sim float64
	doc int
}

// topK keeps the neighbours most similar neighbours offered, as a min-heap
// on (sim, -doc): of equal similarities the lower article index stays, so
// the set kept does not depend on the order of offers.
type topK struct{ items []neighbour }

func (t *topK) less(i, j int) bool {
	a, b := t.items[i], t.items[j]
	if a.sim != b.sim {
		return a.sim < b.sim
	}
	return a.doc > b.doc
}

func (t *topK) offer(sim float64, doc int) {
	nb := neighbour{sim, doc}
	if len(t.items) < neighbours {
		t.items = append(t.items, nb)
		for i := len(t.items) - 1; i > 0; {
			p := (i - 1) / 2
			if !t.less(i, p) {
				break
			}
			t.items[i], t.items[p] = t.items[p], t.items[i]
			i = p
		}
		return
	}
	root := t.items[0]
	if sim < root.sim || (sim == root.sim && doc > root.doc) {
		return
	}
	t.items[0] = nb
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(t.items) && t.less(l, m) {
			m = l
		}
		if r < len(t.items) && t.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		t.items[i], t.items[m] = t.items[m], t.items[i]
		i = m
	}
}

// clusters is the state of agglomeration over a similarity graph: each
// article's cluster (parent, itself while the cluster is alive), each live
// cluster's size and version (bumped when it grows), and the summed
// similarity between every two live clusters that have an edge.
type clusters struct {
	size, version, parent []int
	nbr                   []map[int]float64
}

func newClusters(n int, edges []edge) *clusters {
	c := &clusters{size: make([]int, n), version: make([]int, n), parent: make([]int, n), nbr: make([]map[int]float64, n)}
	for i := range n {
		c.size[i], c.parent[i] = 1, i
		c.nbr[i] = map[int]float64{}
	}
	for _, e := range edges {
		c.nbr[e.a][e.b] += e.sim
		c.nbr[e.b][e.a] += e.sim
	}
	return c
}

// merge makes the lower-numbered of live clusters x and y absorb the
// other and returns it.
func (c *clusters) merge(x, y int) int {
	a, b := min(x, y), max(x, y)
	for m, s := range c.nbr[b] {
		delete(c.nbr[m], b)
		if m == a {
			continue
		}
		c.nbr[a][m] += s
		c.nbr[m][a] += s
	}
	delete(c.nbr[a], b)
	c.nbr[b] = nil
	c.parent[b] = a
	c.size[a] += c.size[b]
	c.version[a]++
	return a
}

// agglomerate runs average-link agglomeration (a missing pair counts 0)
// until no two clusters average threshold or more, merging the best pair
// first (ties: lowest cluster indexes first).
func (c *clusters) agglomerate(threshold float64) {
	h := &pairHeap{}
	for a, m := range c.nbr {
		for b, s := range m {
			if a < b && s >= threshold {
				h.push(pair{s, a, b, 0, 0})
			}
		}
	}
	for h.len() > 0 {
		p := h.pop()
		if c.parent[p.a] != p.a || c.parent[p.b] != p.b || c.version[p.a] != p.va || c.version[p.b] != p.vb {
			continue
		}
		a := c.merge(p.a, p.b)
		for m, s := range c.nbr[a] {
			if avg := s / float64(c.size[a]*c.size[m]); avg >= threshold {
				x, y := min(a, m), max(a, m)
				h.push(pair{avg, x, y, c.version[x], c.version[y]})
			}
		}
	}
}

// attach lets every article agglomeration left alone join the story of its
// most similar article, when that similarity is at least threshold and that
// article's story holds two or more (sizes as agglomeration left them, so
// attached articles never chain). Average linkage keeps a short article out
// of a story whose other articles it shares little with, though it plainly
// reports the same event as one of them; its best single match says where
// it belongs. Of equal similarities the lower article index wins.
func (c *clusters) attach(edges []edge, threshold float64) {
	root := func(i int) int {
		for c.parent[i] != i {
			i = c.parent[i]
		}
		return i
	}
	size := make([]int, len(c.parent))
	for i := range c.parent {
		size[i] = c.size[root(i)]
	}
	best := make([]neighbour, len(c.parent))
	for i := range best {
		best[i].doc = -1
	}
	offer := func(lone, other int, sim float64) {
		if size[lone] != 1 || size[other] < 2 || sim < threshold {
			return
		}
		if b := &best[lone]; b.doc < 0 || sim > b.sim || sim == b.sim && other < b.doc {
			*b = neighbour{sim, other}
		}
	}
	for _, e := range edges {
		offer(e.a, e.b, e.sim)
		offer(e.b, e.a, e.sim)
	}
	for i, b := range best {
		if b.doc >= 0 {
			c.merge(root(i), root(b.doc))
		}
	}
}

// stories lists the live clusters as stories, by their first article.
func (c *clusters) stories() []Story {
	root := func(i int) int {
		for c.parent[i] != i {
			i = c.parent[i]
		}
		return i
	}
	byRoot := map[int]int{}
	var out []Story
	for i := range c.parent {
		r := root(i)
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, Story{ID: fmt.Sprintf("s%d", k+1)})
		}
		out[k].Docs = append(out[k].Docs, i)
	}
	return out
}
