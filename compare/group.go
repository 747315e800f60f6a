package compare

import "slices"

// edge is an aligned candidate pair: item indexes i < j and the index of
// its Pair.
type edge struct{ i, j, pair int }

// cluster is one group in the making: member items in ascending order and
// the indexes of the pairs joining each member to the group's centre.
type cluster struct {
	nodes []int
	pairs []int
}

// groupItems groups items joined by aligned edges without chaining: within
// a connected component (union-find), the member with the highest total
// alignment score to the rest is a centre, and only the items aligned with
// the centre join its group; what is left of the component is grouped
// again the same way. Ties (of centre, and of members for one sentence) go
// to the lower rank[i], the item's place in content order, so groups do not
// depend on the order of the inputs; a nil rank ranks by item index. Output
// is sorted by first member. sentence[i] identifies item i's source
// sentence: atomic claims of one sentence are different propositions by
// construction (an accusation and its denial), so a group takes at most one
// of them, the best aligned with the centre.
//
// A twin (see addTwins) left out of every group when its component was
// split joins the group of its twin afterwards, unless that group already
// holds a claim of its sentence; two twins both left out form a group of
// their own. twin may be nil (no twins).
func groupItems(n int, edges []edge, pairs []Pair, sentence, rank []int, twin func(a, b int) bool) []cluster {
	if rank == nil {
		rank = make([]int, n)
		for i := range rank {
			rank[i] = i
		}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		a, b := find(e.i), find(e.j)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	comp := map[int][]edge{}
	var roots []int
	for _, e := range edges {
		r := find(e.i)
		if _, ok := comp[r]; !ok {
			roots = append(roots, r)
		}
		comp[r] = append(comp[r], e)
	}
	slices.Sort(roots)
	var out []cluster
	for _, r := range roots {
		out = append(out, splitComponent(comp[r], pairs, sentence, rank)...)
	}
	if twin != nil {
		out = joinTwins(out, edges, sentence, twin)
	}
	slices.SortFunc(out, func(a, b cluster) int { return a.nodes[0] - b.nodes[0] })
	return out
}

// joinTwins puts every item that is in no cluster but has an aligned twin
// into its twin's cluster (or, when the twin is in none either, into a new
// cluster of the two), in edge order.
func joinTwins(out []cluster, edges []edge, sentence []int, twin func(a, b int) bool) []cluster {
	in := map[int]int{} // item -> index in out
	for ci, c := range out {
		for _, m := range c.nodes {
			in[m] = ci
		}
	}
	for _, e := range edges {
		if !twin(e.i, e.j) {
			continue
		}
		ci, iIn := in[e.i]
		cj, jIn := in[e.j]
		switch {
		case iIn && jIn:
			continue
		case !iIn && !jIn:
			out = append(out, cluster{nodes: []int{e.i, e.j}, pairs: []int{e.pair}})
			in[e.i], in[e.j] = len(out)-1, len(out)-1
			continue
		}
		u, c := e.i, cj // u is the item left out, c its twin's cluster
		if iIn {
			u, c = e.j, ci
		}
		if slices.ContainsFunc(out[c].nodes, func(m int) bool { return sentence[m] == sentence[u] }) {
			continue
		}
		out[c].nodes = append(out[c].nodes, u)
		out[c].pairs = append(out[c].pairs, e.pair)
		slices.Sort(out[c].nodes)
		slices.Sort(out[c].pairs)
		in[u] = c
	}
	return out
}

// splitComponent peels centre-star groups off one connected component.
func splitComponent(es []edge, pairs []Pair, sentence, rank []int) []cluster {
	removed := map[int]bool{}
	var out []cluster
	for {
		total := map[int]float64{}
		for _, e := range es { // es is in item order, itself canonical (see canonicalDocs)
			if removed[e.i] || removed[e.j] {
				continue
			}
			s := pairs[e.pair].Score
			total[e.i] += s
			total[e.j] += s
		}
		if len(total) == 0 {
			return out
		}
		centre, best := -1, -1.0
		for node, s := range total {
			if s > best || (s == best && rank[node] < rank[centre]) {
				centre, best = node, s
			}
		}
		c := cluster{nodes: []int{centre}}
		taken := map[int]bool{sentence[centre]: true}
		var spokes []edge
		for _, e := range es {
			if !removed[e.i] && !removed[e.j] && (e.i == centre || e.j == centre) {
				spokes = append(spokes, e)
			}
		}
		other := func(e edge) int {
			if e.i == centre {
				return e.j
			}
			return e.i
		}
		slices.SortFunc(spokes, func(a, b edge) int {
			switch sa, sb := pairs[a.pair].Score, pairs[b.pair].Score; {
			case sa > sb:
				return -1
			case sa < sb:
				return 1
			}
			return rank[other(a)] - rank[other(b)]
		})
		for _, e := range spokes {
			m := other(e)
			if taken[sentence[m]] {
				continue
			}
			taken[sentence[m]] = true
			c.nodes = append(c.nodes, m)
			c.pairs = append(c.pairs, e.pair)
		}
		if len(c.nodes) == 1 {
			// every partner shares the centre's sentence: drop the centre's
			// edges and go on with the rest of the component
			removed[centre] = true
			continue
		}
		for _, m := range c.nodes {
			removed[m] = true
		}
		slices.Sort(c.nodes)
		slices.Sort(c.pairs)
		out = append(out, c)
	}
}
