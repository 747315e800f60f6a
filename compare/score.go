package compare

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

// paraphrase is the MRPC-trained classifier behind Pair.Aligned; graded is
// the STS-trained model behind Pair.Score (both in weights_gen.go).
var (
	paraphrase = &logreg.Model{Mean: paraphraseMean, Scale: paraphraseScale, Weights: paraphraseWeights, Bias: paraphraseBias}
	graded     = &logreg.Model{Mean: gradedMean, Scale: gradedScale, Weights: gradedWeights, Bias: gradedBias}
)

// Features returns the similarity features of a claim pair, named by
// FeatureNames. trainweights learns the models' weights from them.
func Features(a, b *claims.Claim) []float64 {
	return features(prepare(a), prepare(b))
}

// scores returns the graded similarity and the paraphrase probability of a
// prepared pair, both in [0,1]; a claim without words scores 0.
func scores(a, b *prepared) (grade, para float64) {
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return 0, 0
	}
	s := scratchPool.Get().(*scratch)
	f := featuresInto(a, b, s)
	grade, para = graded.Predict(f), paraphrase.Predict(f)
	scratchPool.Put(s)
	return grade, para
}

// ScorePair scores two claims and, when they align, classifies their
// relation, lists their divergences and diffs their words. It prepares
// both claims on every call; a Scorer caches them.
func ScorePair(a, b *claims.Claim, opt Options) Pair {
	return scorePrepared(prepare(a), prepare(b), opt)
}

func scorePrepared(a, b *prepared, opt Options) Pair {
	grade, para := scores(a, b)
	return finish(a, b, grade, para >= opt.Threshold, opt)
}

// finish builds the Pair of a scored prepared pair, classifying it when
// aligned.
func finish(a, b *prepared, grade float64, aligned bool, opt Options) Pair {
	p := Pair{A: ref(a.claim), B: ref(b.claim), Score: grade, Aligned: aligned, Divergences: []Divergence{}}
	if !p.Aligned {
		p.Relation = Unrelated
		return p
	}
	p.Relation, p.Divergences = relate(a, b, opt)
	p.SameArguments = sameArguments(a, b)
	p.Diff = wordDiff(a, b)
	return p
}

func ref(c *claims.Claim) ClaimRef {
	return ClaimRef{Doc: c.Doc, Claim: c.ID, Text: c.Text, Span: c.Span}
}
