package compare

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/logreg"
)

// The alignment model decides, for a candidate pair of claims from two
// articles of one story, whether they state the same fact: a logistic
// regression over alignFeatures learned from the story benchmark's
// annotated facts by internal/cmd/trainalign (align_weights_gen.go), one
// per engine. The paraphrase model is learned from MRPC's sentence pairs,
// which are near-copies picked from news clusters; outlets reporting one
// event share facts in other words and other sentence shapes, and on
// their pairs it finds a fifth of what they share. Its features are the
// cheap ones (every lexical feature but the three quadratic sequence
// ones, the engine's cosine) and whether a summary claim is in the pair,
// so it is computed for every candidate pair the mechanisms do not rule
// out (see vetoFree).

// alignModel is one engine's alignment model and the probability at which
// a pair aligns.
type alignModel struct {
	model     *logreg.Model
	threshold float64
}

// alignContextNames name the features that follow the similarity
// features in alignFeatures: the summed weight (collection IDF within a
// comparison) of the content stems the two claims share, and whether a
// summary claim is in the pair. The ratios of the word features say how
// much of each claim is shared; the shared weight says how much is shared
// at all, so two long claims meeting on names the story rarely uses
// ("Capt. Ron Johnson of the Missouri State Highway Patrol") weigh more
// than two short ones meeting on the story's common words.
var alignContextNames = []string{"sharedWeight", "anchor"}

// AlignFeatureNamesFor names the alignment features of claims embedded by
// the engine named sem ("" for none).
func AlignFeatureNamesFor(sem string) []string {
	var out []string
	for i, n := range FeatureNamesFor(sem) {
		if !isSequenceFeature(i) {
			out = append(out, n)
		}
	}
	return append(out, alignContextNames...)
}

// isSequenceFeature reports whether feature i of FeatureNames is one of
// the quadratic sequence features alignFeatures leaves out.
func isSequenceFeature(i int) bool { return i == featEditSim || i == featLCSMax || i == featLCSMin }

// alignFeatures returns the alignment features of a candidate pair
// (AlignFeatureNamesFor(semanticOf(a, b))): the word and semantic
// features, the weight of the words the two share, then whether either
// claim is a summary claim (headline, dek, takeaway). Every entry is
// symmetric in a and b.
func alignFeatures(a, b *prepared, anchor bool) []float64 {
	s := scratchPool.Get().(*scratch)
	out := slices.Clone(alignFeaturesInto(a, b, anchor, s))
	scratchPool.Put(s)
	return out
}

// alignFeaturesInto is alignFeatures into s's buffer, without allocating.
func alignFeaturesInto(a, b *prepared, anchor bool, s *scratch) []float64 {
	f := wordFeaturesInto(a, b, s)
	n := 0
	for i, x := range f {
		if !isSequenceFeature(i) {
			f[n] = x
			n++
		}
	}
	f = f[:n]
	return append(f, s.shared, b2f(anchor)) // s.f has room: three sequence features were dropped
}

// probability is the alignment model's probability that a and b state
// one fact.
func (m *alignModel) probability(a, b *prepared, anchor bool) float64 {
	s := scratchPool.Get().(*scratch)
	p := m.model.Predict(alignFeaturesInto(a, b, anchor, s))
	scratchPool.Put(s)
	return p
}

// vetoFree reports whether no mechanism rules the pair out whatever the
// alignment model says: a weak pronoun claim aligns only with the same
// words ("This has led to tensions" / "This has led to attacks"), and two
// claims naming a different place in one role are two claims (see
// otherPlaces). The rest of sameArguments, a share of shared words, is
// what the model weighs against the cosine and the synonyms.
func vetoFree(a, b *prepared) bool { return !weakPair(a, b) && !otherPlaces(a, b) }

// weakPair reports whether either claim is a weak pronoun claim (see weak)
// and the two are not the same words (see sameWords).
func weakPair(a, b *prepared) bool { return (a.weak() || b.weak()) && !sameWords(a, b) }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Candidate is one candidate pair of claims from two documents, with its
// alignment features (AlignFeatureNamesFor the engine of Options.Semantic).
type Candidate struct {
	A, B     ClaimRef
	Features []float64
}

// Candidates returns the candidate pairs of claims from different
// documents that Compare lets the alignment model decide (see vetoFree),
// in its order, with their alignment features: what
// internal/cmd/trainalign learns the alignment model from.
func Candidates(docs []*claims.Document, opt Options) []Candidate {
	st := prepareStage(docs, &opt, func(c *claims.Claim) *prepared { return prepareWith(c, opt.Semantic) })
	var out []Candidate
	for _, c := range st.cands {
		x, y := st.items[c.i], st.items[c.j]
		if x.doc == y.doc || !vetoFree(x.p, y.p) {
			continue
		}
		out = append(out, Candidate{A: st.refs[c.i], B: st.refs[c.j], Features: alignFeatures(x.p, y.p, x.anchor || y.anchor)})
	}
	return slices.Clip(out)
}
