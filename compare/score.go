package compare

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

// model is the learned scorer of weights_gen.go.
var model = &logreg.Model{Mean: learnedMean, Scale: learnedScale, Weights: learnedWeights, Bias: learnedBias}

// Features returns the similarity features of a claim pair, named by
// FeatureNames. trainweights learns the scorer's weights from them.
func Features(a, b *claims.Claim) []float64 {
	return features(prepare(a), prepare(b))
}

// score maps a prepared pair to [0,1] with the learned model.
func score(a, b *prepared) float64 {
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return 0
	}
	return model.Predict(features(a, b))
}

// ScorePair scores two claims and, when they align, classifies their
// relation, lists their divergences and diffs their words.
func ScorePair(a, b *claims.Claim, opt Options) Pair {
	return scorePrepared(prepare(a), prepare(b), opt)
}

func scorePrepared(a, b *prepared, opt Options) Pair {
	p := Pair{A: ref(a.claim), B: ref(b.claim), Score: score(a, b), Divergences: []Divergence{}}
	p.Aligned = p.Score >= opt.Threshold
	if !p.Aligned {
		p.Relation = Unrelated
		return p
	}
	p.Relation, p.Divergences = relate(a, b, opt)
	p.Diff = wordDiff(a, b)
	return p
}

func ref(c *claims.Claim) ClaimRef {
	return ClaimRef{Doc: c.Doc, Claim: c.ID, Text: c.Text, Span: c.Span}
}
