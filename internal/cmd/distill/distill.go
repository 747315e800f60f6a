package main

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// distill turns token vectors into a model2vec table: the kept rows are
// centred and projected on their top dim principal components (each
// component's sign fixed so its largest loading is positive, for a
// reproducible table), then each row is multiplied by its SIF weight
// sif / (sif + p), p the Zipf probability of its rank among the kept
// tokens (rank = order of id, as the vocabulary lists frequent tokens
// first). Rows not kept are zero. vecs must all have one dimension ≥ dim.
func distill(vecs [][]float32, keep []bool, dim int, sif float64) ([][]float32, error) {
	if len(vecs) == 0 {
		return nil, fmt.Errorf("no vectors")
	}
	in := len(vecs[0])
	if dim <= 0 || dim > in {
		return nil, fmt.Errorf("dimension %d outside 1..%d", dim, in)
	}
	var rows []int
	for i, k := range keep {
		if k {
			rows = append(rows, i)
		}
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%d tokens kept; PCA needs two or more", len(rows))
	}
	mean := make([]float64, in)
	for _, r := range rows {
		for d, x := range vecs[r] {
			mean[d] += float64(x)
		}
	}
	for d := range mean {
		mean[d] /= float64(len(rows))
	}
	x := mat.NewDense(len(rows), in, nil)
	for k, r := range rows {
		for d, v := range vecs[r] {
			x.Set(k, d, float64(v)-mean[d])
		}
	}
	var cov mat.SymDense
	cov.SymOuterK(1/float64(len(rows)-1), x.T())
	var eig mat.EigenSym
	if !eig.Factorize(&cov, true) {
		return nil, fmt.Errorf("eigendecomposition failed")
	}
	vals := eig.Values(nil)
	var q mat.Dense
	eig.VectorsTo(&q)
	order := make([]int, in)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case vals[a] > vals[b]:
			return -1
		case vals[a] < vals[b]:
			return 1
		}
		return a - b
	})
	comp := mat.NewDense(in, dim, nil)
	for c := range dim {
		col := order[c]
		big, sign := 0.0, 1.0
		for d := range in {
			if v := q.At(d, col); math.Abs(v) > big {
				big, sign = math.Abs(v), math.Copysign(1, v)
			}
		}
		for d := range in {
			comp.Set(d, c, sign*q.At(d, col))
		}
	}
	var proj mat.Dense
	proj.Mul(x, comp)
	var norm float64
	for k := range rows {
		norm += 1 / float64(k+2)
	}
	out := make([][]float32, len(vecs))
	for i := range out {
		out[i] = make([]float32, dim)
	}
	for k, r := range rows {
		p := 1 / float64(k+2) / norm
		w := sif / (sif + p)
		for c := range dim {
			out[r][c] = float32(w * proj.At(k, c))
		}
	}
	return out, nil
}
