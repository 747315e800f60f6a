package rules

// closest returns the candidate pairs of pairs (in their order) in which
// neither quote is outmatched by another quote of its own document: one
// outlet often quotes two sentences of a speech apart ("To pass this
// bill ... would materially increase the risk that the economy would
// stall out" and, later, "materially increases the risk that this
// economy will stall out"), and another outlet's one quote of that speech
// is compared with the sentence it quotes, not reported again against
// every other sentence that shares some of its words.
func (t *quoteTable) closest(pairs []quotePair) []quotePair {
	partners := map[int][]int{} // quote -> its candidate partners
	for _, p := range pairs {
		partners[p.a] = append(partners[p.a], p.b)
		partners[p.b] = append(partners[p.b], p.a)
	}
	out := pairs[:0:0]
	for _, p := range pairs {
		if t.outmatched(p.a, p.b, partners[p.b]) || t.outmatched(p.b, p.a, partners[p.a]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// outmatched reports whether another quote c of x's document, among y's
// candidate partners, matches y better than x does: c shares more of y's
// distinct words, and among them all but at most one of those x shares
// with y. Two quotes of one document that each hold a different part of
// y share different words with it, and neither outmatches the other.
func (t *quoteTable) outmatched(x, y int, partners []int) bool {
	var xs []int32 // the words x shares with y
	eachShared(t.quotes[x].set, t.quotes[y].set, func(id int32) { xs = append(xs, id) })
	for _, c := range partners {
		if c == x || t.quotes[c].ref.doc != t.quotes[x].ref.doc {
			continue
		}
		// xs lies within y, so what c shares of xs it shares with y too
		if sharedCount(t.quotes[c].set, t.quotes[y].set) > len(xs) && len(xs)-sharedCount(xs, t.quotes[c].set) <= 1 {
			return true
		}
	}
	return false
}
