package compare

import "testing"

func TestAddNeighbours(t *testing.T) {
	v := func(x, y float32) *prepared { return &prepared{vec: []float32{x, y}, sem: "static"} }
	items := []item{
		{doc: 0, p: v(1, 0)},
		{doc: 0, p: v(0.99, 0.1)},          // same document, not an anchor: never a candidate of item 0
		{doc: 1, p: v(0.95, 0.3)},          // cos 0.953 with item 0
		{doc: 1, p: v(0, 1)},               // cos 0: below semanticMinCos
		{doc: 2, p: &prepared{}},           // not embedded
		{doc: 2, p: v(0.9, 0.44), rank: 9}, // cos 0.898
	}
	for i := range items {
		if items[i].rank == 0 {
			items[i].rank = i
		}
	}
	var set pairSet
	addNeighbours(items, &set)
	got := map[candidatePair]bool{}
	for _, p := range set.sorted() {
		got[p] = true
	}
	for _, c := range []struct {
		p    candidatePair
		want bool
	}{
		{candidatePair{0, 2}, true},
		{candidatePair{0, 5}, true},
		{candidatePair{0, 1}, false},
		{candidatePair{0, 3}, false},
		{candidatePair{2, 4}, false},
		{candidatePair{1, 2}, true},
	} {
		if got[c.p] != c.want {
			t.Errorf("pair %v: candidate %v, want %v (all: %v)", c.p, got[c.p], c.want, set.sorted())
		}
	}
}
