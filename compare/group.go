package compare

import (
	"cmp"
	"slices"
)

// edge is an aligned candidate pair: item indexes i < j, the index of its
// Pair, and its strength w (the paraphrase probability, or 1 for a summary
// contained in its partner).
type edge struct {
	i, j, pair int
	w          float64
}

// cluster is one group in the making: member items in ascending order and
// the indexes of the aligned pairs between its members.
type cluster struct {
	nodes []int
	pairs []int
}

// groupNode is what grouping needs to know of an item: its document, its
// source sentence (atomic claims of one sentence are different
// propositions by construction, an accusation and its denial, so a group
// takes at most one of them) and its rank in an order of the items that
// does not depend on the order of the inputs (ties are broken by it).
type groupNode struct {
	doc, sentence, rank int
}

// groupItems groups items by complete linkage: edges are taken strongest
// first, and two groups merge only when every two of their members from
// different documents are joined by an aligned edge (directly, or through
// the summary claim or body claim of their own document they align with)
// and no sentence would give the group two claims. So a group never chains claims that do not
// align with each other ("the ruling" joining every claim that mentions
// it): each member states what every other source's member states. Ties
// go to the edge whose items rank first. Output is sorted by first member;
// a cluster's pairs are all its aligned edges.
//
// A twin (see addTwins) left out of every group joins the group of its
// twin afterwards, unless that group already holds a claim of its
// sentence; two twins both left out form a group of their own. twin may
// be nil (no twins).
func groupItems(nodes []groupNode, edges []edge, twin func(a, b int) bool) []cluster {
	order := slices.Clone(edges)
	slices.SortFunc(order, func(a, b edge) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		ra, rb := rankPair(nodes, a), rankPair(nodes, b)
		if c := cmp.Compare(ra[0], rb[0]); c != 0 {
			return c
		}
		return cmp.Compare(ra[1], rb[1])
	})
	linked := make(map[[2]int]int, len(edges))
	for _, e := range edges {
		linked[[2]int{e.i, e.j}] = e.pair
	}
	// own[x] is x and the claim of its own document it aligns with best: a summary
	// claim and the body claim it summarises state one proposition, so
	// another source aligned with either is aligned with both.
	own := make([][]int, len(nodes))
	for i := range nodes {
		own[i] = []int{i}
	}
	for _, e := range order {
		if nodes[e.i].doc != nodes[e.j].doc {
			continue
		}
		for _, x := range [2][2]int{{e.i, e.j}, {e.j, e.i}} {
			if len(own[x[0]]) == 1 {
				own[x[0]] = append(own[x[0]], x[1])
			}
		}
	}
	joined := func(x, y int) bool {
		for _, a := range own[x] {
			for _, b := range own[y] {
				if _, ok := linked[[2]int{min(a, b), max(a, b)}]; ok {
					return true
				}
			}
		}
		return false
	}
	groupOf := make([]int, len(nodes))
	members := make([][]int, len(nodes))
	for i := range nodes {
		groupOf[i] = i
		members[i] = []int{i}
	}
	for _, e := range order {
		gi, gj := groupOf[e.i], groupOf[e.j]
		if gi == gj || !mergeable(nodes, members[gi], members[gj], joined) {
			continue
		}
		keep, gone := min(gi, gj), max(gi, gj)
		for _, m := range members[gone] {
			groupOf[m] = keep
		}
		members[keep] = append(members[keep], members[gone]...)
		members[gone] = nil
	}
	var out []cluster
	for g, ms := range members {
		if len(ms) < 2 || groupOf[ms[0]] != g {
			continue
		}
		slices.Sort(ms)
		c := cluster{nodes: ms}
		for x, a := range ms {
			for _, b := range ms[x+1:] {
				if k, ok := linked[[2]int{a, b}]; ok {
					c.pairs = append(c.pairs, k)
				}
			}
		}
		slices.Sort(c.pairs)
		out = append(out, c)
	}
	if twin != nil {
		sentence := make([]int, len(nodes))
		for i, n := range nodes {
			sentence[i] = n.sentence
		}
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

// rankPair is an edge's items' ranks, lower first.
func rankPair(nodes []groupNode, e edge) [2]int {
	a, b := nodes[e.i].rank, nodes[e.j].rank
	return [2]int{min(a, b), max(a, b)}
}

// mergeable reports whether two groups may merge: no shared sentence, and
// every two members of different documents aligned.
func mergeable(nodes []groupNode, a, b []int, joined func(x, y int) bool) bool {
	for _, x := range a {
		for _, y := range b {
			if nodes[x].sentence == nodes[y].sentence {
				return false
			}
			if nodes[x].doc != nodes[y].doc && !joined(x, y) {
				return false
			}
		}
	}
	return true
}
