// Package compare aligns claims across documents and classifies how aligned
// claims relate: agree, refine or diverge (and how), with word-level diffs.
package compare

import "github.com/claimcheck/claimcheck/claims"

// Relation is how two aligned claims, or the claims of a group, relate.
type Relation string

// Relations of the interface contract. Unrelated is only used for pairs
// scored below the alignment threshold.
const (
	Agree     Relation = "agree"
	Refine    Relation = "refine"
	Diverge   Relation = "diverge"
	Unrelated Relation = "unrelated"
)

// Divergence kinds.
const (
	DivNumber      = "number"
	DivDate        = "date"
	DivEntity      = "entity"
	DivNegation    = "negation"
	DivCertainty   = "certainty"
	DivAttribution = "attribution"
)

// Divergence is one way aligned claims differ. Values holds the differing
// values as written, one per side, in claim order ("nearly 300,000", "200,000").
type Divergence struct {
	Kind   string   `json:"kind"`
	Values []string `json:"values"`
}

// ClaimRef points at one claim of one document.
type ClaimRef struct {
	Doc   string      `json:"doc"`
	Claim string      `json:"claim"`
	Text  string      `json:"text"`
	Span  claims.Span `json:"span"`
}

// DiffOp is one run of a word-level diff from the first claim to the second.
type DiffOp struct {
	Op   string `json:"op"` // equal, insert or delete
	Text string `json:"text"`
}

// Pair is a scored claim pair. Score is the graded similarity in [0,1] (the
// STS-trained model: 1 is equivalent, 0 unrelated); Aligned is the
// paraphrase decision (the MRPC-trained model's probability at or above
// Options.Threshold), so a high Score does not imply Aligned. Relation is
// Unrelated exactly when Aligned is false.
type Pair struct {
	A, B        ClaimRef     `json:"-"`
	Score       float64      `json:"score"`
	Aligned     bool         `json:"aligned"`
	Relation    Relation     `json:"relation"`
	Divergences []Divergence `json:"divergences"`
	Diff        []DiffOp     `json:"diff,omitempty"`
	// SameArguments is true for an aligned pair whose claims each state
	// enough of the other's content words to be one proposition (the
	// gate Compare applies to paraphrases; see sameArguments): what draft
	// support asks of its evidence.
	SameArguments bool `json:"-"`
}

// Group is a set of aligned claims. It spans two or more documents (a
// document may contribute several claims), or it holds the claims of one
// document only when it pairs a summary claim (headline, dek, takeaway)
// with its own body. Relation summarises its pairs: diverge if any pair
// diverges, else refine if any refines, else agree — except that a group
// of several documents agrees when every two of its documents have a
// claim pair that agrees (it relates sources, so a detail one article's
// body adds to what both takeaways state leaves the group agreeing; the
// pair keeps its refine). Divergences is the union of its pairs'
// divergences, sorted by kind.
type Group struct {
	ID          string       `json:"id"`
	Relation    Relation     `json:"relation"`
	Claims      []ClaimRef   `json:"claims"`
	Divergences []Divergence `json:"divergences"`
	Pairs       []Pair       `json:"-"`
}

// Result is the comparison of a set of documents. Groups are sorted by the
// position of their first claim. Single lists every claim not in a group
// that spans two or more documents (so a body claim and its own takeaway
// may form a group and still be single-source), in document then position
// order.
type Result struct {
	Groups []Group
	Single []ClaimRef
}
