package logreg

import (
	"math"
	"testing"
)

func TestFitSeparable(t *testing.T) {
	var X [][]float64
	var y []bool
	for i := 0; i < 200; i++ {
		v := float64(i%20) / 20
		X = append(X, []float64{v, 0.5})
		y = append(y, v > 0.5)
	}
	m := Fit(X, y, Config{})
	if m.Weights[0] <= 0 {
		t.Fatalf("weight on informative feature %v, want > 0", m.Weights[0])
	}
	if p := m.Predict([]float64{0.95, 0.5}); p < 0.8 {
		t.Errorf("Predict(high) = %v, want > 0.8", p)
	}
	if p := m.Predict([]float64{0.05, 0.5}); p > 0.2 {
		t.Errorf("Predict(low) = %v, want < 0.2", p)
	}
	if math.IsNaN(m.Predict([]float64{1, 1})) {
		t.Error("NaN for constant feature")
	}
}

func TestBestThreshold(t *testing.T) {
	cases := []struct {
		s    []float64
		y    []bool
		want float64
	}{
		{[]float64{0.1, 0.2, 0.8, 0.9}, []bool{false, false, true, true}, 0.5},
		{[]float64{0.1, 0.9}, []bool{true, true}, 0},
		{[]float64{0.1, 0.9}, []bool{false, false}, 1},
	}
	for _, c := range cases {
		if got := BestThreshold(c.s, c.y); got != c.want {
			t.Errorf("BestThreshold(%v, %v) = %v, want %v", c.s, c.y, got, c.want)
		}
	}
}

func TestFitEmpty(t *testing.T) {
	if m := Fit(nil, nil, Config{}); m.Predict([]float64{1}) != 0.5 {
		t.Error("empty model should predict 0.5")
	}
}
