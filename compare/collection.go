package compare

import (
	"math"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/compare/synonyms"
)

// MinCollection is the fewest claims a Collection needs before its
// document frequencies reweigh words; below it, weights are the general
// English IDF alone (a pair of sentences is no collection).
const MinCollection = 20

// Collection is the document frequency of every content stem over a set
// of claims (each claim counts a stem once): the claims of one comparison,
// or the sentences of a training set. A stem's weight is its IDF within
// the collection, log(1+N/df): a name that occurs in almost every claim
// of a story ("Taliban" in a story about the Taliban) weighs little,
// however rare it is in general English. A nil Collection, or one of
// fewer than MinCollection claims, leaves the general English weights
// (SemCor counts). A Collection is immutable once built.
type Collection struct {
	n  int
	df map[uint32]int32
}

// NewCollection counts the content stems of cs.
func NewCollection(cs []*claims.Claim) *Collection {
	ps := make([]*prepared, 0, len(cs))
	for _, c := range cs {
		if c != nil {
			ps = append(ps, prepare(c))
		}
	}
	return collectionOf(ps)
}

func collectionOf(ps []*prepared) *Collection {
	col := &Collection{n: len(ps), df: map[uint32]int32{}}
	for _, p := range ps {
		for _, id := range p.content {
			col.df[id]++
		}
	}
	return col
}

// active reports whether the collection reweighs words.
func (col *Collection) active() bool { return col != nil && col.n >= MinCollection }

// idf is the collection IDF of a stem id (a stem the collection lacks
// counts as occurring once).
func (col *Collection) idf(id uint32) float64 {
	df := max(1, int(col.df[id]))
	return math.Log1p(float64(col.n) / float64(df))
}

// in returns p with its word weights reweighed by the collection: a
// shallow copy sharing everything but the weights, so a cached prepared
// claim is never modified. It returns p itself when the collection is
// not active.
func (col *Collection) in(p *prepared) *prepared {
	if !col.active() {
		return p
	}
	q := *p
	q.idf = make([]float64, len(p.idf))
	for i, id := range p.content {
		q.idf[i] = col.idf(id)
	}
	return &q
}

// Features returns the similarity features of a claim pair (as Features
// does, and with the cosine of the two claims' vectors when the engine e
// is not nil: FeatureNamesFor(e.Name())) with word weights reweighed by
// the collection.
func (col *Collection) Features(a, b *claims.Claim, e semantic.Engine) []float64 {
	return features(col.in(prepareWith(a, e)), col.in(prepareWith(b, e)))
}

// Coverage is the share of the weight of summary's content words that
// other's content words cover, exactly or through a shared WordNet synset,
// weighed by the collection; 0 for a summary without
// content words.
func (col *Collection) Coverage(summary, other *claims.Claim) float64 {
	return coverage(col.in(prepare(summary)), col.in(prepare(other)))
}

// coverage is Coverage on prepared claims.
func coverage(s, o *prepared) float64 {
	return coverageSkipping(s, o, nil)
}

// coverageSkipping is coverage leaving out the content ids in skip (sorted).
func coverageSkipping(s, o *prepared, skip []uint32) float64 {
	total, got := 0.0, 0.0
	for i, id := range s.content {
		if _, found := slices.BinarySearch(skip, id); found {
			continue
		}
		w := s.idf[i]
		total += w
		if covered(id, s.syn[i], o) {
			got += w
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// covered reports whether a word (stem id and WordNet entry) occurs in o,
// exactly or as a synonym (a WordNet synset of its own in common;
// hypernyms are too loose to say that o states what the word does).
func covered(id uint32, e *synonyms.Entry, o *prepared) bool {
	for j, x := range o.content {
		if x == id || synonyms.Meets(e.Own, o.syn[j].Own) {
			return true
		}
	}
	return false
}

// contains reports whether the summary claim s (a headline, dek or
// takeaway) is contained in the claim o: s has no more content words than
// o, and o covers at least the learned share of s's weight
// (containThreshold, learned by trainweights on STS pairs of very
// different length).
func contains(s, o *prepared) bool {
	return len(s.content) > 0 && len(s.content) <= len(o.content) && coverage(s, o) >= containThreshold
}

// ContentWords is the number of distinct content stems of a claim.
func ContentWords(c *claims.Claim) int { return len(prepare(c).content) }

// ScorePair is ScorePair with word weights reweighed by the collection:
// the way to score many sentence pairs (a labelled file) as the models
// were trained, on the collection of all their sentences.
func (col *Collection) ScorePair(a, b *claims.Claim, opt Options) Pair {
	return scorePrepared(col.in(prepareWith(a, opt.Semantic)), col.in(prepareWith(b, opt.Semantic)), opt)
}
