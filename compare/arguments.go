package compare

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims"
)

// sameArguments reports whether two claims can state one proposition:
// each covers at least argumentThreshold of the other's weighed content
// words, exactly or through a synonym. Two claims that share a frame but
// not its arguments ("This has led to growing tensions" / "This has led
// to a surge in attacks"; a deal with Australia / a deal with South Korea)
// are different claims, however alike their wording; the threshold is
// learned by trainweights on the MRPC pairs its paraphrase model accepts.
//
// A claim of fewer than minArguments content words ("Scalia asked", "He
// spoke about it") says too little for a shared word to show the same
// proposition: it needs every word of each side covered by the other.
//
// Two claims that name a different place in one role ("a trade deal with
// Australia" / "with South Korea") are two claims, unless the role is
// unique ("the largest exporter", "the first to ratify"): then only one of
// them can hold, and they align to diverge on the entity. (A different
// actor doing the same thing, "Justice Kennedy asked" / "Justice Ginsburg
// asked", is an entity divergence: see entityDivergence.)
func sameArguments(a, b *prepared) bool {
	if otherPlaces(a, b) {
		return false
	}
	need := argumentThreshold
	if len(a.content) < minArguments || len(b.content) < minArguments {
		need = 1
	}
	return min(coverage(a, b), coverage(b, a)) >= need
}

// otherPlaces reports whether two claims name a different place in one
// role that is not unique (see sameArguments): a deal with Australia and a
// deal with South Korea are two deals.
func otherPlaces(a, b *prepared) bool {
	return otherEntities(a.claim.Entities, b.claim.Entities) && !unique(a) && !unique(b)
}

// minArguments is the fewest content words a claim needs to align on a
// share of them (see sameArguments); minPronounContent's count, for the
// same reason.
const minArguments = minPronounContent

// sameWording reports whether two aligned claims say the same thing in
// their words: each covers at least containThreshold of the other's
// weighed content (the coverage at which STS pairs read as roughly
// equivalent, learned by trainweights). Certainty and attribution
// divergences are reported only between such claims: a divergence an
// editor is shown must be one the two sentences themselves bear out, not
// a difference in speech verbs or speakers of claims that say different
// things. (Negation has its own evidence test, negatedShared.)
func sameWording(a, b *prepared) bool {
	return min(coverage(a, b), coverage(b, a)) >= containThreshold
}

// wordedAlikeBut reports whether two claims are worded alike but for the
// values they diverge on (sameWording with the words of values left
// out). A date or entity divergence, and a pair of contraries, stand only
// between such claims: "Justice Kennedy asked how the back pay would be
// worked out" / "Justice Ginsburg asked how ..." diverge on the actor,
// but "A staffer on Friday apologized for a Facebook post" / "An aide
// resigned Monday after her Facebook post" tell two events, not one on
// two days.
func wordedAlikeBut(a, b *prepared, values []string) bool {
	skip := valueIDs(values)
	return min(coverageSkipping(a, b, skip), coverageSkipping(b, a, skip)) >= containThreshold
}

// valueIDs returns the sorted content ids of the words of values.
func valueIDs(values []string) []uint32 {
	var out []uint32
	for _, v := range values {
		for _, t := range tokenize(v) {
			if t.Content {
				out = append(out, t.ID)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// otherEntities reports whether each side names a place the other does
// not (see sameEntity).
func otherEntities(a, b []claims.Entity) bool {
	for _, x := range a {
		if !roleKinds[x.Kind] || slices.ContainsFunc(b, func(y claims.Entity) bool { return sameEntity(x, y) }) {
			continue
		}
		for _, y := range b {
			if y.Kind == x.Kind && !slices.ContainsFunc(a, func(z claims.Entity) bool { return sameEntity(y, z) }) {
				return true
			}
		}
	}
	return false
}

// roleKinds are the entity kinds otherEntities compares.
var roleKinds = map[string]bool{claims.EntPlace: true}

// uniqueWords mark a role only one entity can fill: superlatives and
// ordinals of rank.
var uniqueWords = map[string]bool{
	"largest": true, "biggest": true, "highest": true, "lowest": true, "greatest": true, "smallest": true,
	"longest": true, "oldest": true, "youngest": true, "richest": true, "poorest": true, "strongest": true,
	"weakest": true, "fastest": true, "worst": true, "best": true, "most": true, "least": true,
	"first": true, "last": true, "only": true, "sole": true, "top": true, "leading": true,
}

// unique reports whether a claim states a role only one can fill ("the
// largest exporter of steel", "the first summit").
func unique(p *prepared) bool {
	for _, t := range p.toks {
		if uniqueWords[t.Lower()] {
			return true
		}
	}
	return false
}
