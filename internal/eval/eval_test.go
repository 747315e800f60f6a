package eval

import (
	"os"
	"path/filepath"
	"testing"
)

const sharedRoot = "../../../shared/eval"

// needData returns the path of rel under ../shared/eval, or skips the test
// when it is absent, and under the race detector: the accuracy runs take
// minutes and ten times longer with it, and they share no state between
// goroutines that the rest of `go test -race ./...` does not already cover
// (make test runs them again without the detector).
func needData(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(sharedRoot, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("evaluation data %s not found (needs ../shared/eval beside the project)", p)
	}
	if raceDetector {
		t.Skipf("accuracy run over %s skipped under the race detector; make test runs it without", p)
	}
	return p
}

// TestMRPCFloor checks the cross-validated MRPC floor: accuracy >= 76%, F1 >= 83.
func TestMRPCFloor(t *testing.T) {
	ps, err := ReadMRPC(needData(t, "mrpc/train.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	X, y := PairFeatures(ps)
	acc, f1 := AccuracyF1(CrossValidate(X, y, MRPCFolds, TrainConfig).Predict, y)
	if acc < 76 || f1 < 83 {
		t.Errorf("MRPC CV accuracy %.1f%% F1 %.1f, floors 76%% / 83", acc, f1)
	}
}

// TestSICKFloor checks negation divergence against CONTRADICTION: P >= 0.75, R >= 0.80.
func TestSICKFloor(t *testing.T) {
	ps, err := ReadSICK(needData(t, "sick/train.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	p, r, _, _, _ := SICKNegation(ps)
	if p < 0.75 || r < 0.80 {
		t.Errorf("SICK negation precision %.3f recall %.3f, floors 0.75 / 0.80", p, r)
	}
}

// TestSTSFloor checks the cross-validated Pearson(score, gold) >= 0.75 on
// STS news (the graded model is trained on it), and that the shipped
// weights score at least as well in-sample.
func TestSTSFloor(t *testing.T) {
	ps, err := ReadSTS(needData(t, "stsb/news-train-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if r := STSCrossValidated(ps, MRPCFolds); r < 0.75 {
		t.Errorf("STS news CV Pearson %.3f, floor 0.75", r)
	}
	if r := STSPearson(ps); r < 0.75 {
		t.Errorf("STS news Pearson of the shipped weights %.3f, floor 0.75", r)
	}
}

func TestAccuracyF1(t *testing.T) {
	acc, f1 := AccuracyF1([]bool{true, true, false, false}, []bool{true, false, false, true})
	if acc != 50 || f1 != 50 {
		t.Errorf("AccuracyF1 = %v, %v; want 50, 50", acc, f1)
	}
}

func TestPearson(t *testing.T) {
	if r := Pearson([]float64{1, 2, 3}, []float64{2, 4, 6}); r < 0.9999 {
		t.Errorf("Pearson of a line = %v", r)
	}
	if r := Pearson([]float64{1, 1}, []float64{1, 2}); r != 0 {
		t.Errorf("Pearson with constant = %v, want 0", r)
	}
}
