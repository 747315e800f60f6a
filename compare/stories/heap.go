package stories

import "container/heap"

// pair is a candidate merge of clusters a < b at average similarity avg,
// valid while both clusters still have versions va and vb.
type pair struct {
	avg    float64
	a, b   int
	va, vb int
}

// pairHeap pops the highest average first, then the lowest (a, b): a total
// order, so the merge sequence does not depend on push order.
type pairHeap struct{ items pairs }

type pairs []pair

func (p pairs) Len() int { return len(p) }
func (p pairs) Less(i, j int) bool {
	x, y := p[i], p[j]
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	if x.a != y.a {
		return x.a < y.a
	}
	if x.b != y.b {
		return x.b < y.b
	}
	if x.va != y.va {
		return x.va < y.va
	}
	return x.vb < y.vb
}
func (p pairs) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pairs) Push(x any)   { *p = append(*p, x.(pair)) }
func (p *pairs) Pop() any {
	old := *p
	x := old[len(old)-1]
	*p = old[:len(old)-1]
	return x
}

func (h *pairHeap) push(p pair) { heap.Push(&h.items, p) }
func (h *pairHeap) pop() pair   { return heap.Pop(&h.items).(pair) }
func (h *pairHeap) len() int    { return len(h.items) }
