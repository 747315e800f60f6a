package compare

// sourcesAgree reports whether every two documents of a group state the
// same fact somewhere in it: for each pair of documents, some claim of one
// agrees with some claim of the other (no divergence, neither more
// specific). A group relates its sources, not its sentences: when the
// takeaways of two articles agree ("Surge in militant violence in
// Pakistan", "surge in attacks on Pakistani forces"), a detail one body
// adds ("since the Taliban takeover") leaves that pair refining, shown on
// the pair, but the articles agree. Called only for groups none of whose
// pairs diverge; members are item indexes.
func sourcesAgree(members []int, items []item, opt Options) bool {
	agreeing := map[[2]int]bool{}
	docs := map[int]bool{}
	for x, i := range members {
		docs[items[i].doc] = true
		for _, j := range members[x+1:] {
			di, dj := items[i].doc, items[j].doc
			if di == dj {
				continue
			}
			key := [2]int{min(di, dj), max(di, dj)}
			if agreeing[key] {
				continue
			}
			if r, _ := relate(items[i].p, items[j].p, opt); r == Agree {
				agreeing[key] = true
			}
		}
	}
	return len(agreeing) == len(docs)*(len(docs)-1)/2
}
