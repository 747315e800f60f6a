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
// again the same way. Ties go to the lower item index. Output is sorted by
// first member. sentence[i] identifies item i's source sentence: atomic
// claims of one sentence are different propositions by construction (an
// accusation and its denial), so a group takes at most one of them, the
// best aligned with the centre.
func groupItems(n int, edges []edge, pairs []Pair, sentence []int) []cluster {
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
		out = append(out, splitComponent(comp[r], pairs, sentence)...)
	}
	slices.SortFunc(out, func(a, b cluster) int { return a.nodes[0] - b.nodes[0] })
	return out
}

// splitComponent peels centre-star groups off one connected component.
func splitComponent(es []edge, pairs []Pair, sentence []int) []cluster {
	removed := map[int]bool{}
	var out []cluster
	for {
		total := map[int]float64{}
		for _, e := range es {
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
			if s > best || (s == best && node < centre) {
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
		slices.SortStableFunc(spokes, func(a, b edge) int {
			switch sa, sb := pairs[a.pair].Score, pairs[b.pair].Score; {
			case sa > sb:
				return -1
			case sa < sb:
				return 1
			}
			return 0
		})
		for _, e := range spokes {
			m := e.i
			if m == centre {
				m = e.j
			}
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
