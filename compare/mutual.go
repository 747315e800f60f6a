package compare

// bestMargin is how far below a claim's best partner in another document
// an aligned partner may score and still be kept (see mutualBest).
const bestMargin = 0.1

// mutualBest keeps an aligned edge only when, on both sides, the partner is
// the claim's best aligned partner in the partner's document, or within
// bestMargin of it. An article states a fact once or twice (headline and
// body); a claim that aligns with half the claims of another article
// aligns by the story's shared words, not by what it says, and its
// weaker edges are dropped.
func mutualBest(edges []edge, items []item) []edge {
	best := map[[2]int]float64{} // (item, other document) -> best strength
	note := func(i, doc int, w float64) {
		k := [2]int{i, doc}
		if v, ok := best[k]; !ok || w > v {
			best[k] = w
		}
	}
	for _, e := range edges {
		note(e.i, items[e.j].doc, e.w)
		note(e.j, items[e.i].doc, e.w)
	}
	out := edges[:0:0]
	for _, e := range edges {
		if e.w >= best[[2]int{e.i, items[e.j].doc}]-bestMargin && e.w >= best[[2]int{e.j, items[e.i].doc}]-bestMargin {
			out = append(out, e)
		}
	}
	return out
}
