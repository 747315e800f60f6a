package compare

import (
	"slices"

	"github.com/claimcheck/claimcheck/compare/semantic"
)

// Semantic nearest neighbours: candidates the inverted index misses
// because two outlets word the claim differently ("relations soured" /
// "ties have become strained").
const (
	// semanticK is the most neighbours by cosine kept per claim.
	semanticK = 3
	// semanticMinCos is the lowest cosine (rounded, as every similarity)
	// of a neighbour worth scoring.
	semanticMinCos = 0.6
	// maxSemanticItems bounds the claims of one comparison searched
	// exhaustively (items² / 2 cosines, about 3 s of work at the bound on
	// one core): a story has a few hundred claims; a larger collection
	// (a whole corpus) relies on the inverted index alone.
	maxSemanticItems = 3000
)

// addNeighbours adds, for every embedded item, its semanticK most similar
// comparable items by cosine (at least semanticMinCos; ties by rank) to
// set. It does nothing for items without vectors or above
// maxSemanticItems items.
func addNeighbours(items []item, set *pairSet) {
	if len(items) > maxSemanticItems {
		return
	}
	type cand struct {
		j   int
		cos float64
	}
	var cs []cand
	for i := range items {
		a := items[i].p
		if a.vec == nil {
			continue
		}
		cs = cs[:0]
		for j := range items {
			b := items[j].p
			if j == i || semanticOf(a, b) == "" || !comparable(items[i], items[j]) {
				continue
			}
			if c := semantic.Cosine(a.vec, b.vec); c >= semanticMinCos {
				cs = append(cs, cand{j, c})
			}
		}
		slices.SortFunc(cs, func(x, y cand) int {
			if x.cos != y.cos {
				if x.cos > y.cos {
					return -1
				}
				return 1
			}
			return items[x.j].rank - items[y.j].rank
		})
		for _, c := range cs[:min(len(cs), semanticK)] {
			set.add(i, c.j)
		}
	}
}
