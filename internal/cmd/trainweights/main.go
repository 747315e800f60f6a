// Command trainweights learns compare's models from the public data and
// writes them as Go code (compare/weights_gen.go), one set per semantic
// engine (-semantic: off for lexical features only, static, transformer;
// the engines' sets add the cosine of the two sentences' vectors):
//
//   - the paraphrase model behind Pair.Aligned: logistic regression on MRPC
//     train (label 1 = same claim), with the best-accuracy threshold on
//     k-fold out-of-fold scores, so the threshold is calibrated on
//     predictions for unseen pairs;
//   - the graded model behind Pair.Score: logistic regression with soft
//     targets gold/5 on STS Benchmark news (train+dev), so the score
//     estimates the graded similarity on a [0,1] scale;
//   - the grouping threshold on Score: the best-accuracy threshold between
//     STS pairs rated at least 3 ("roughly equivalent, but some important
//     information differs or is missing") and the rest, on out-of-fold
//     predictions (compare.RoughThreshold, an opt-in grouping threshold:
//     refinements and divergences are claims that differ in some
//     information);
//   - once, on the lexical set, the argument threshold (compare's
//     sameArguments): among the MRPC pairs the paraphrase model accepts
//     out of fold, the best-accuracy threshold on the smaller of the two
//     coverages, so that a pair the model accepts on its shared frame
//     ("This has led to ...") but whose arguments differ is rejected;
//   - once, the containment threshold (compare's summary alignment): the
//     best-accuracy threshold on the Coverage of the shorter sentence by
//     the longer, over STS pairs of very different length, between pairs
//     rated at least 3 and the rest.
//
// All use word weights reweighed by the collection of the training set's
// sentences (compare.Collection), as Compare reweighs them by the claims
// compared. The generated file records the command and the
// cross-validated figures. The transformer set needs `make model`.
//
// Usage: go run ./internal/cmd/trainweights -data ../shared/eval -o compare/weights_gen.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/logreg"
	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/internal/eval"
	"github.com/claimcheck/claimcheck/internal/gocode"
)

func main() {
	data := flag.String("data", "../shared/eval", "shared evaluation data folder")
	out := flag.String("o", "compare/weights_gen.go", "output Go file")
	folds := flag.Int("folds", 10, "cross-validation folds")
	iters := flag.Int("iters", eval.TrainConfig.Iterations, "gradient descent iterations")
	l2 := flag.Float64("l2", eval.TrainConfig.L2, "L2 penalty")
	flag.Parse()
	cfg := logreg.Config{Iterations: *iters, L2: *l2}
	if err := run(*data, *out, *folds, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "trainweights:", err)
		os.Exit(1)
	}
}

// set is the trained models of one engine.
type set struct {
	prefix, names     string
	para, graded      *logreg.Model
	threshold, groupT float64
	acc, f1, pearson  float64
}

// engines are the feature sets trained, with their variable prefixes.
var engines = []struct {
	kind   semantic.Kind
	prefix string
}{{semantic.Off, ""}, {semantic.Static, "static"}, {semantic.Transformer, "transformer"}}

func run(data, out string, folds int, cfg logreg.Config) error {
	ps, err := eval.ReadMRPC(eval.MRPCPath(data))
	if err != nil {
		return err
	}
	gs, err := eval.ReadSTS(eval.STSPath(data))
	if err != nil {
		return err
	}
	var sets []set
	var argCov []float64
	var argSame []bool
	for _, en := range engines {
		e, err := semantic.Open(en.kind)
		if err != nil {
			return fmt.Errorf("%s engine: %w", en.kind, err)
		}
		name := ""
		if e != nil {
			eval.Engine = semantic.NewMemo(e)
			name = e.Name()
		} else {
			eval.Engine = nil
		}
		s := set{prefix: en.prefix, names: strings.Join(compare.FeatureNamesFor(name), ", ")}
		X, y := eval.PairFeatures(ps)
		cv := eval.CrossValidate(X, y, folds, cfg)
		s.threshold = logreg.BestThreshold(cv.Scores, y)
		s.para = logreg.Fit(X, y, cfg)
		s.acc, s.f1 = eval.AccuracyF1(cv.Predict, y)
		if en.kind == semantic.Off {
			argCov, argSame = eval.AcceptedArgumentData(ps, cv.Predict)
		}
		GX, gt := eval.GradedFeatures(gs)
		gcv := eval.CrossValidateGraded(GX, gt, folds, cfg)
		s.pearson = eval.Pearson(gcv, gt)
		s.graded = logreg.FitSoft(GX, gt, cfg)
		rough := make([]bool, len(gs))
		for i, g := range gs {
			rough[i] = g.Gold >= 3
		}
		s.groupT = logreg.BestThreshold(gcv, rough)
		fmt.Fprintf(os.Stderr, "trainweights: %s: MRPC %d pairs, CV accuracy %.1f%% F1 %.1f, threshold %.4f; STS %d pairs, CV Pearson %.3f, group threshold %.4f\n",
			en.kind, len(ps), s.acc, s.f1, s.threshold, len(gs), s.pearson, s.groupT)
		sets = append(sets, s)
	}
	eval.Engine = nil
	argT := logreg.BestThreshold(argCov, argSame)
	cov, covRough := eval.ContainmentData(gs)
	containT := logreg.BestThreshold(cov, covRough)
	containAcc := 0
	for i, c := range cov {
		if (c >= containT) == covRough[i] {
			containAcc++
		}
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by trainweights; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "// Command: go run ./internal/cmd/trainweights -data %s -o %s -folds %d -iters %d -l2 %g\n", data, out, folds, cfg.Iterations, cfg.L2)
	for i, s := range sets {
		fmt.Fprintf(&b, "// %s: paraphrase model on %d MRPC train pairs, %d-fold CV accuracy %.1f%%, F1 %.1f; graded model on %d STS news train+dev pairs, %d-fold CV Pearson %.3f, group threshold (STS >= 3) %.4f.\n",
			engines[i].kind, len(ps), folds, s.acc, s.f1, len(gs), folds, s.pearson, s.groupT)
	}
	fmt.Fprintf(&b, "// Argument threshold: %d MRPC pairs the lexical paraphrase model accepts out of fold; smaller coverage >= %.4f vs label.\n", len(argCov), argT)
	fmt.Fprintf(&b, "// Containment threshold: %d STS pairs of length ratio <= %g; coverage >= %.4f vs STS >= 3, accuracy %.1f%%.\n\n", len(cov), eval.MaxLengthRatio, containT, pct(containAcc, len(cov)))
	fmt.Fprintf(&b, "package compare\n\nvar (\n")
	list := func(name string, v []float64) {
		fmt.Fprintf(&b, "\t%s = []float64{", name)
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.6g", x)
		}
		b.WriteString("}\n")
	}
	for _, s := range sets {
		v := func(n string) string {
			if s.prefix == "" {
				return n
			}
			return s.prefix + strings.ToUpper(n[:1]) + n[1:]
		}
		fmt.Fprintf(&b, "\t// Features: %s\n", s.names)
		model := func(m *logreg.Model, kind string) {
			list(v(kind+"Mean"), m.Mean)
			list(v(kind+"Scale"), m.Scale)
			list(v(kind+"Weights"), m.Weights)
			fmt.Fprintf(&b, "\t%s = %.6g\n", v(kind+"Bias"), m.Bias)
		}
		model(s.para, "paraphrase")
		fmt.Fprintf(&b, "\t%s = %.4f\n", v("paraphraseThreshold"), s.threshold)
		model(s.graded, "graded")
		fmt.Fprintf(&b, "\t%s = %.4f\n", v("groupThreshold"), s.groupT)
	}
	fmt.Fprintf(&b, "\targumentThreshold = %.4f\n", argT)
	fmt.Fprintf(&b, "\tcontainThreshold = %.4f\n", containT)
	b.WriteString(")\n")
	if err := gocode.Write(out, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trainweights: containment %.4f on %d pairs (accuracy %.1f%%) -> %s\n", containT, len(cov), pct(containAcc, len(cov)), out)
	return nil
}

func pct(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(a) / float64(n)
}
