package compare

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

// modelSet is the models of one feature set: the MRPC-trained classifier
// behind Pair.Aligned, its learned threshold, the STS-trained model behind
// Pair.Score and its grouping threshold (all in weights_gen.go).
type modelSet struct {
	paraphrase, graded *logreg.Model
	threshold, group   float64
}

// models maps an engine name to its models: "" (lexical features only),
// "static" and "transformer" (lexical features and the cosine).
var models = map[string]*modelSet{
	"": {
		paraphrase: &logreg.Model{Mean: paraphraseMean, Scale: paraphraseScale, Weights: paraphraseWeights, Bias: paraphraseBias},
		graded:     &logreg.Model{Mean: gradedMean, Scale: gradedScale, Weights: gradedWeights, Bias: gradedBias},
		threshold:  paraphraseThreshold, group: groupThreshold,
	},
	"static": {
		paraphrase: &logreg.Model{Mean: staticParaphraseMean, Scale: staticParaphraseScale, Weights: staticParaphraseWeights, Bias: staticParaphraseBias},
		graded:     &logreg.Model{Mean: staticGradedMean, Scale: staticGradedScale, Weights: staticGradedWeights, Bias: staticGradedBias},
		threshold:  staticParaphraseThreshold, group: staticGroupThreshold,
	},
	"transformer": {
		paraphrase: &logreg.Model{Mean: transformerParaphraseMean, Scale: transformerParaphraseScale, Weights: transformerParaphraseWeights, Bias: transformerParaphraseBias},
		graded:     &logreg.Model{Mean: transformerGradedMean, Scale: transformerGradedScale, Weights: transformerGradedWeights, Bias: transformerGradedBias},
		threshold:  transformerParaphraseThreshold, group: transformerGroupThreshold,
	},
}

// modelsFor returns the models of claims embedded by the engine named
// sem; the lexical ones for "" or an engine without trained models.
func modelsFor(sem string) *modelSet {
	if m, ok := models[sem]; ok {
		return m
	}
	return models[""]
}

// Features returns the lexical similarity features of a claim pair, named
// by FeatureNames. trainweights learns the models' weights from them and,
// with an engine, from Collection.Features.
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
	m := modelsFor(semanticOf(a, b))
	grade, para = m.graded.Predict(f), m.paraphrase.Predict(f)
	scratchPool.Put(s)
	return grade, para
}

// ScorePair scores two claims and, when they align, classifies their
// relation, lists their divergences and diffs their words. It prepares
// (and embeds with opt.Semantic) both claims on every call; a Scorer
// caches them.
func ScorePair(a, b *claims.Claim, opt Options) Pair {
	return scorePrepared(prepareWith(a, opt.Semantic), prepareWith(b, opt.Semantic), opt)
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
