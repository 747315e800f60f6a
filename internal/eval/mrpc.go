package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

func init() {
	Register(Suite{Name: "mrpc", Run: runMRPC})
}

// LabeledPair is one sentence pair with a binary label.
type LabeledPair struct {
	ID    string
	A, B  string
	Label bool
}

// MRPCPath is the MRPC train split below the shared eval root.
func MRPCPath(root string) string { return filepath.Join(root, "mrpc", "train.tsv") }

// ReadMRPC reads MRPC's TSV: UTF-8 BOM, no header, `label id1 id2 s1 s2`.
// Malformed lines are skipped.
func ReadMRPC(path string) ([]LabeledPair, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var out []LabeledPair
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(f) < 5 || (f[0] != "0" && f[0] != "1") {
			continue
		}
		out = append(out, LabeledPair{ID: f[1] + "-" + f[2], A: f[3], B: f[4], Label: f[0] == "1"})
	}
	return out, sc.Err()
}

// SentenceClaim makes the claim of a whole sentence, with its facts, for
// scoring sentence pairs.
func SentenceClaim(text string) *claims.Claim {
	return claims.FromText(text)
}

// PairFeatures computes the scorer's features for every pair, with word
// weights reweighed by the collection of all the pairs' sentences (as
// Compare reweighs them by the claims it compares).
func PairFeatures(ps []LabeledPair) ([][]float64, []bool) {
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	X := make([][]float64, len(ps))
	y := make([]bool, len(ps))
	for i, p := range ps {
		X[i] = col.Features(as[i], bs[i], Engine)
		y[i] = p.Label
	}
	return X, y
}

// pairClaims makes the claims of n sentence pairs and the Collection of
// all of them.
func pairClaims(n int, pair func(int) (string, string)) (as, bs []*claims.Claim, col *compare.Collection) {
	as, bs = make([]*claims.Claim, n), make([]*claims.Claim, n)
	all := make([]*claims.Claim, 0, 2*n)
	for i := range n {
		a, b := pair(i)
		as[i], bs[i] = SentenceClaim(a), SentenceClaim(b)
		all = append(all, as[i], bs[i])
	}
	if Engine != nil { // one call for all the sentences: a semantic.Memo keeps them
		texts := make([]string, len(all))
		for i, c := range all {
			texts[i] = c.Text
		}
		_, _ = Engine.Embed(texts)
	}
	return as, bs, compare.NewCollection(all)
}

// CVResult is the outcome of k-fold cross-validation: out-of-fold scores
// and predictions (each made by a model and threshold fitted without
// that row's fold).
type CVResult struct {
	Scores  []float64
	Predict []bool
}

// CrossValidate runs k-fold cross-validation with folds i%k: on each
// training part it fits logistic regression and picks the best-accuracy
// threshold on the training part's own scores.
func CrossValidate(X [][]float64, y []bool, k int, cfg logreg.Config) CVResult {
	n := len(X)
	res := CVResult{Scores: make([]float64, n), Predict: make([]bool, n)}
	for fold := 0; fold < k; fold++ {
		var tx [][]float64
		var ty []bool
		for i := range n {
			if i%k != fold {
				tx = append(tx, X[i])
				ty = append(ty, y[i])
			}
		}
		m := logreg.Fit(tx, ty, cfg)
		ts := make([]float64, len(tx))
		for i, x := range tx {
			ts[i] = m.Predict(x)
		}
		t := logreg.BestThreshold(ts, ty)
		for i := range n {
			if i%k == fold {
				res.Scores[i] = m.Predict(X[i])
				res.Predict[i] = res.Scores[i] >= t
			}
		}
	}
	return res
}

// AccuracyF1 scores binary predictions against labels (F1 of the positive class, in %).
func AccuracyF1(pred, y []bool) (acc, f1 float64) {
	tp, fp, fn, ok := 0, 0, 0, 0
	for i := range pred {
		switch {
		case pred[i] && y[i]:
			tp++
		case pred[i]:
			fp++
		case y[i]:
			fn++
		}
		if pred[i] == y[i] {
			ok++
		}
	}
	if len(pred) > 0 {
		acc = 100 * float64(ok) / float64(len(pred))
	}
	if tp > 0 {
		f1 = 100 * 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	return acc, f1
}

// TrainConfig is the logistic regression setting trainweights uses by default.
var TrainConfig = logreg.Config{Iterations: 3000, L2: 1e-4}

// MRPCFolds is the number of cross-validation folds reported.
const MRPCFolds = 10

func runMRPC(root string, w io.Writer) error {
	ps, err := ReadMRPC(MRPCPath(root))
	if os.IsNotExist(err) {
		fmt.Fprintln(w, "skipped: mrpc/train.tsv not found")
		return nil
	}
	if err != nil {
		return err
	}
	X, y := PairFeatures(ps)
	cv := CrossValidate(X, y, MRPCFolds, TrainConfig)
	acc, f1 := AccuracyF1(cv.Predict, y)
	fmt.Fprintf(w, "pairs: %d\n", len(ps))
	fmt.Fprintf(w, "%d-fold cross-validated accuracy: %.1f%%  F1: %.1f\n", MRPCFolds, acc, f1)
	opt := Options()
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	pred := make([]bool, len(ps))
	for i := range ps {
		pred[i] = col.ScorePair(as[i], bs[i], opt).Aligned
	}
	acc, f1 = AccuracyF1(pred, y)
	fmt.Fprintf(w, "shipped weights (trained on this split, in-sample): accuracy %.1f%%  F1: %.1f\n", acc, f1)
	return nil
}

// AcceptedArgumentData returns, for every MRPC pair whose accepted[i] is
// true (the paraphrase model's out-of-fold decisions), the smaller of the
// two coverages (how much of each sentence's weighed content the other
// states) and the pair's label: the data compare's argument threshold is
// learned from (see trainweights).
func AcceptedArgumentData(ps []LabeledPair, accepted []bool) (cov []float64, label []bool) {
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	for i, p := range ps {
		if accepted[i] {
			cov = append(cov, min(col.Coverage(as[i], bs[i]), col.Coverage(bs[i], as[i])))
			label = append(label, p.Label)
		}
	}
	return cov, label
}
