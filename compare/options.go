package compare

import (
	"github.com/claimcheck/claimcheck/compare/logreg"
	"github.com/claimcheck/claimcheck/compare/semantic"
)

// Options tune alignment and divergence classification.
type Options struct {
	// Threshold is the minimum paraphrase probability for two claims to
	// align (Pair.Aligned). The default is learned by trainweights on MRPC
	// (see weights_gen.go).
	Threshold float64
	// GroupThreshold, when positive, also aligns in Compare the claims
	// whose graded Score reaches it: roughly equivalent claims, which may
	// refine or diverge. Zero (the default) groups paraphrases only.
	// RoughThreshold is the value learned on STS (rated >= 3 vs the rest);
	// on a story's claims it also groups claims that share only the
	// story's names, so it is not the default.
	GroupThreshold float64
	// NumberTolerance is the relative difference below which two numbers
	// agree ("290,000" vs "300,000" differ by 3.3%).
	NumberTolerance float64
	// ApproxTolerance replaces NumberTolerance when either number is
	// approximate ("nearly", "about", "more than" ...), if it is larger.
	ApproxTolerance float64
	// Candidates is the most candidate partners kept per claim by the
	// inverted index (0 means the default).
	Candidates int
	// MaxPosting skips index keys shared by more claims than this, as too
	// common to suggest an alignment (0 means the default).
	MaxPosting int
	// MaxShare skips, as well, index keys shared by more than this share
	// of the claims compared: the topic words of the collection (the
	// names a whole story repeats) say nothing about which claims say the
	// same thing (0 means the default).
	MaxShare float64
	// Workers is the number of goroutines scoring candidate pairs
	// (0 means GOMAXPROCS).
	Workers int
	// Semantic embeds every claim compared or scored; the cosine of two
	// claims' vectors is a feature of the models trained for that engine
	// (see DefaultOptionsFor), and in Compare each claim's nearest
	// neighbours by cosine are candidates too (see addNeighbours). Nil
	// scores on lexical features only.
	Semantic semantic.Engine
	// align replaces the learned alignment model of every engine when set
	// (see WithAlignModel).
	align *alignModel
}

// WithAlignModel returns opt with the alignment model m, aligning at
// probability threshold, in place of the one trainalign learned for its
// engine: internal/cmd/trainalign measures, end to end, what a model
// fitted without a story aligns in that story.
func (opt Options) WithAlignModel(m *logreg.Model, threshold float64) Options {
	opt.align = &alignModel{model: m, threshold: threshold}
	return opt
}

// alignModelFor returns the alignment model for claims embedded by the
// engine named sem: opt's own (WithAlignModel), else the learned one,
// else nil.
func (opt *Options) alignModelFor(sem string) *alignModel {
	if opt.align != nil {
		return opt.align
	}
	return alignModels[sem]
}

// RoughThreshold is the graded Score that best separates STS pairs rated
// at least 3 ("roughly equivalent") from the rest, learned by
// trainweights; see Options.GroupThreshold.
var RoughThreshold = groupThreshold

// DefaultOptions returns the options of the default engine
// (semantic.DefaultKind: none, lexical features only), its learned
// threshold and default tolerances.
func DefaultOptions() Options {
	e, _ := semantic.Open(semantic.DefaultKind) // Off and Static never fail
	return DefaultOptionsFor(e)
}

// DefaultOptionsFor returns the default options with engine e (nil: no
// embedding, lexical features only) and the paraphrase threshold learned
// for it.
func DefaultOptionsFor(e semantic.Engine) Options {
	sem := ""
	if e != nil {
		sem = e.Name()
	}
	return Options{
		Threshold:       modelsFor(sem).threshold,
		NumberTolerance: 0.05,
		ApproxTolerance: 0.10,
		Candidates:      12,
		MaxPosting:      64,
		MaxShare:        0.25,
		Semantic:        e,
	}
}

// RoughThresholdFor is RoughThreshold for the models of engine e (nil:
// lexical only).
func RoughThresholdFor(e semantic.Engine) float64 {
	if e == nil {
		return modelsFor("").group
	}
	return modelsFor(e.Name()).group
}
