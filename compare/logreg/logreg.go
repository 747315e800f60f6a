// Package logreg fits L2-regularised logistic regression by batch gradient
// descent on standardised features. It is deterministic: the same data give
// the same model bit for bit.
package logreg

import (
	"math"
	"sort"
)

// Model scores x as Sigmoid(Bias + Σ Weights[i]·(x[i]-Mean[i])/Scale[i]).
type Model struct {
	Mean, Scale, Weights []float64
	Bias                 float64
}

// Config controls fitting.
type Config struct {
	Iterations int     // gradient steps (default 2000)
	Rate       float64 // learning rate (default 0.5)
	L2         float64 // penalty on weights (default 1e-3)
}

// Sigmoid is the logistic function.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Predict returns the model's probability for x.
func (m *Model) Predict(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		if i < len(x) {
			z += w * (x[i] - m.Mean[i]) / m.Scale[i]
		}
	}
	return Sigmoid(z)
}

// Fit trains a model on rows X with labels y (true = positive). Rows must
// all have the same length; an empty input gives a zero model.
func Fit(X [][]float64, y []bool, cfg Config) *Model {
	t := make([]float64, len(y))
	for i, v := range y {
		if v {
			t[i] = 1
		}
	}
	return FitSoft(X, t, cfg)
}

// FitSoft trains a model on rows X with soft targets t in [0,1] (for
// example a graded similarity divided by its maximum), minimising the
// cross-entropy, so Predict estimates the expected target. Targets
// outside [0,1] are clamped.
func FitSoft(X [][]float64, y []float64, cfg Config) *Model {
	if cfg.Iterations <= 0 {
		cfg.Iterations = 2000
	}
	if cfg.Rate <= 0 {
		cfg.Rate = 0.5
	}
	if cfg.L2 < 0 {
		cfg.L2 = 0
	} else if cfg.L2 == 0 {
		cfg.L2 = 1e-3
	}
	n := len(X)
	if n == 0 {
		return &Model{}
	}
	d := len(X[0])
	m := &Model{Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}
	for _, x := range X {
		for i := range d {
			m.Mean[i] += x[i]
		}
	}
	for i := range d {
		m.Mean[i] /= float64(n)
	}
	for _, x := range X {
		for i := range d {
			v := x[i] - m.Mean[i]
			m.Scale[i] += v * v
		}
	}
	for i := range d {
		m.Scale[i] = math.Sqrt(m.Scale[i] / float64(n))
		if m.Scale[i] < 1e-9 {
			m.Scale[i] = 1
		}
	}
	Z := make([][]float64, n)
	for r, x := range X {
		z := make([]float64, d)
		for i := range d {
			z[i] = (x[i] - m.Mean[i]) / m.Scale[i]
		}
		Z[r] = z
	}
	grad := make([]float64, d)
	for it := 0; it < cfg.Iterations; it++ {
		for i := range grad {
			grad[i] = 0
		}
		gb := 0.0
		for r, z := range Z {
			s := m.Bias
			for i, w := range m.Weights {
				s += w * z[i]
			}
			e := Sigmoid(s) - math.Min(1, math.Max(0, y[r]))
			for i := range d {
				grad[i] += e * z[i]
			}
			gb += e
		}
		for i := range d {
			m.Weights[i] -= cfg.Rate * (grad[i]/float64(n) + cfg.L2*m.Weights[i])
		}
		m.Bias -= cfg.Rate * gb / float64(n)
	}
	return m
}

// BestThreshold returns the threshold on scores that maximises accuracy
// against labels (the midpoint between adjacent distinct scores; ties
// resolved towards the lower threshold).
func BestThreshold(scores []float64, y []bool) float64 {
	type sy struct {
		s float64
		y bool
	}
	v := make([]sy, len(scores))
	pos := 0
	for i, s := range scores {
		v[i] = sy{s, y[i]}
		if y[i] {
			pos++
		}
	}
	sort.Slice(v, func(i, j int) bool { return v[i].s < v[j].s })
	// threshold below everything: all predicted positive
	best, bestT := pos, 0.0
	correct := pos
	for i := 0; i < len(v); i++ {
		if v[i].y {
			correct--
		} else {
			correct++
		}
		if i+1 < len(v) && v[i+1].s == v[i].s {
			continue
		}
		t := 1.0
		if i+1 < len(v) {
			t = (v[i].s + v[i+1].s) / 2
		}
		if correct > best {
			best, bestT = correct, t
		}
	}
	return bestT
}
