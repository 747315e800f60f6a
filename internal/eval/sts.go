package eval

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

func init() {
	Register(Suite{Name: "sts", Run: runSTS})
}

// GradedPair is a sentence pair with a graded gold similarity.
type GradedPair struct {
	ID   string
	A, B string
	Gold float64
}

// ReadSTS reads STS Benchmark news TSV (`split source year id score s1 s2`),
// splitting on tabs only: sentences contain bare quotes.
func ReadSTS(path string) ([]GradedPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []GradedPair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(fs) < 7 {
			continue
		}
		g, err := strconv.ParseFloat(fs[4], 64)
		if err != nil {
			continue
		}
		out = append(out, GradedPair{ID: fs[1] + "-" + fs[3], A: fs[5], B: fs[6], Gold: g})
	}
	return out, sc.Err()
}

// Pearson is the correlation coefficient of x and y (0 when undefined).
func Pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n == 0 || len(x) != len(y) {
		return 0
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}

// STSPath is the STS Benchmark news train+dev file below the shared eval root.
func STSPath(root string) string { return filepath.Join(root, "stsb", "news-train-dev.tsv") }

// GradedFeatures computes the scorer's features for every pair (word
// weights reweighed by the collection of all the pairs' sentences), with
// the gold score divided by 5 as target in [0,1].
func GradedFeatures(ps []GradedPair) ([][]float64, []float64) {
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	X := make([][]float64, len(ps))
	t := make([]float64, len(ps))
	for i, p := range ps {
		X[i] = col.Features(as[i], bs[i], Engine)
		t[i] = p.Gold / 5
	}
	return X, t
}

// ContainmentData returns, for the STS pairs of very different length
// (the shorter sentence has at most MaxLengthRatio of the longer's content
// words, as a summary claim against a body claim), the Coverage of the
// shorter by the longer (weights reweighed by the collection of all the
// pairs' sentences) and whether the pair is rated roughly equivalent or
// better (gold >= 3).
func ContainmentData(ps []GradedPair) (cov []float64, rough []bool) {
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	for i, p := range ps {
		a, b := as[i], bs[i]
		na, nb := compare.ContentWords(a), compare.ContentWords(b)
		if na > nb {
			a, b, na, nb = b, a, nb, na
		}
		if na == 0 || float64(na) > MaxLengthRatio*float64(nb) {
			continue
		}
		cov = append(cov, col.Coverage(a, b))
		rough = append(rough, p.Gold >= 3)
	}
	return cov, rough
}

// MaxLengthRatio bounds the content-word length ratio of the STS pairs
// ContainmentData keeps.
const MaxLengthRatio = 0.6

// CrossValidateGraded returns out-of-fold predictions of the graded model
// (logistic regression with soft targets, folds i%k): each row is scored
// by a model fitted without its fold.
func CrossValidateGraded(X [][]float64, t []float64, k int, cfg logreg.Config) []float64 {
	out := make([]float64, len(X))
	for fold := 0; fold < k; fold++ {
		var tx [][]float64
		var tt []float64
		for i := range X {
			if i%k != fold {
				tx = append(tx, X[i])
				tt = append(tt, t[i])
			}
		}
		m := logreg.FitSoft(tx, tt, cfg)
		for i := range X {
			if i%k == fold {
				out[i] = m.Predict(X[i])
			}
		}
	}
	return out
}

// STSCrossValidated is the k-fold cross-validated Pearson correlation of
// the graded model with gold, the honest figure for a model trained on
// this set.
func STSCrossValidated(ps []GradedPair, k int) float64 {
	X, t := GradedFeatures(ps)
	return Pearson(CrossValidateGraded(X, t, k, TrainConfig), t)
}

// STSPearson scores every pair with the shipped weights (trained on this
// set, so in-sample; word weights from the collection of all the pairs'
// sentences) and correlates score with gold.
func STSPearson(ps []GradedPair) float64 {
	opt := Options()
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	s := make([]float64, len(ps))
	g := make([]float64, len(ps))
	for i, p := range ps {
		s[i] = col.ScorePair(as[i], bs[i], opt).Score
		g[i] = p.Gold
	}
	return Pearson(s, g)
}

func runSTS(root string, w io.Writer) error {
	ps, err := ReadSTS(STSPath(root))
	if os.IsNotExist(err) {
		fmt.Fprintln(w, "skipped: stsb/news-train-dev.tsv not found")
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "pairs: %d\n%d-fold cross-validated Pearson(score, gold): %.3f\n", len(ps), MRPCFolds, STSCrossValidated(ps, MRPCFolds))
	fmt.Fprintf(w, "shipped weights (trained on this set, in-sample): Pearson %.3f\n", STSPearson(ps))
	return nil
}
