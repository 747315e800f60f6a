package rules

import (
	"cmp"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// Support is how the sources stand towards one draft claim.
type Support string

// The support values of the interface contract.
const (
	Supported    Support = "supported"
	Contradicted Support = "contradicted"
	Unsupported  Support = "unsupported"
)

// maxEvidence caps the evidence listed for one draft claim.
const maxEvidence = 3

// DraftClaim is the verdict on one claim of a draft. Evidence lists the best
// supporting source claims for Supported, the contradicting ones for
// Contradicted, and is empty for Unsupported. Divergences come from the best
// evidence pair (draft claim first); Diff is the word diff from the best
// evidence to the draft claim, i.e. what the draft changed.
type DraftClaim struct {
	Claim       string // claim ID
	Text        string
	Span        claims.Span
	Support     Support
	Evidence    []compare.ClaimRef
	Score       float64
	Divergences []compare.Divergence // hard divergences, for Contradicted
	Diff        []compare.DiffOp
}

// CheckDraft decides for every claim of draft whether the sources support
// it. Among the aligned source claims, those that state the same
// proposition (no number, date, entity or negation divergence, and the
// same arguments: compare.Pair.SameArguments) support it, and those with
// the same arguments but such a divergence contradict it; the closer of the two best (by graded
// score) decides, so "four new crossings" is contradicted by the source's
// "three new crossings" even when a looser claim elsewhere would support
// it. A claim neither supported nor contradicted is unsupported. Claims
// that lie inside a direct quote are left to the quote check. A nil score
// makes every claim unsupported. The result is in draft claim order.
func CheckDraft(draft *claims.Document, sources []*claims.Document, score Scorer) []DraftClaim {
	if draft == nil {
		return nil
	}
	idx := newClaimIndex(sources)
	var out []DraftClaim
	for i := range draft.Claims {
		c := &draft.Claims[i]
		if q := insideQuote(draft, c.Span); q != nil && q.Kind == claims.QuoteDirect {
			continue
		}
		dc := DraftClaim{Claim: c.ID, Text: c.Text, Span: c.Span, Support: Unsupported}
		if score != nil {
			judge(&dc, c, idx, score)
		}
		out = append(out, dc)
	}
	return out
}

type scored struct {
	ref  compare.ClaimRef
	pair compare.Pair
}

// judge scores c against its candidate source claims and fills dc.
func judge(dc *DraftClaim, c *claims.Claim, idx *claimIndex, score Scorer) {
	var support, contra []scored
	for _, cand := range idx.candidates(c) {
		pr := score(c, cand.claim)
		if !pr.Aligned {
			continue
		}
		s := scored{refOf(cand.doc, cand.claim), pr}
		switch {
		case !pr.SameArguments:
		case len(hardDivergences(pr.Divergences)) > 0:
			contra = append(contra, s)
		default:
			support = append(support, s)
		}
	}
	byScore := func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.pair.Score, a.pair.Score), cmp.Compare(a.ref.Doc, b.ref.Doc), cmp.Compare(a.ref.Span.Start, b.ref.Span.Start))
	}
	slices.SortStableFunc(support, byScore)
	slices.SortStableFunc(contra, byScore)
	var pick []scored
	switch {
	case len(contra) > 0 && (len(support) == 0 || contra[0].pair.Score > support[0].pair.Score):
		pick, dc.Support = contra, Contradicted
	case len(support) > 0:
		pick, dc.Support = support, Supported
	default:
		dc.Support = Unsupported
		return
	}
	best := pick[0]
	dc.Score = best.pair.Score
	dc.Diff = wordDiff(best.ref.Text, c.Text) // what the draft changed
	if dc.Support == Contradicted {
		dc.Divergences = hardDivergences(best.pair.Divergences)
	}
	for _, s := range pick[:min(len(pick), maxEvidence)] {
		dc.Evidence = append(dc.Evidence, s.ref)
	}
}

// claimIndex finds the source claims that share a content word with a claim,
// so a draft is not scored against every source claim.
type claimIndex struct {
	all    []candidate
	byWord map[string][]int
}

type candidate struct {
	doc   *claims.Document
	claim *claims.Claim
}

func newClaimIndex(sources []*claims.Document) *claimIndex {
	var cands []candidate
	for _, d := range sources {
		for i := range d.Claims {
			cands = append(cands, candidate{d, &d.Claims[i]})
		}
	}
	return indexCandidates(cands)
}

// indexCandidates indexes cands by their content words.
func indexCandidates(cands []candidate) *claimIndex {
	ix := &claimIndex{all: cands, byWord: map[string][]int{}}
	for n, c := range cands {
		for _, w := range indexWords(c.claim.Text) {
			ix.byWord[w] = append(ix.byWord[w], n)
		}
	}
	return ix
}

// candidates returns, in source order, the indexed claims sharing at least
// two content words with c (one when c has only one): claims with less in
// common do not align.
func (ix *claimIndex) candidates(c *claims.Claim) []candidate {
	words := indexWords(c.Text)
	need := min(2, len(words))
	hit := map[int]int{}
	for _, w := range words {
		for _, i := range ix.byWord[w] {
			hit[i]++
		}
	}
	ids := make([]int, 0, len(hit))
	for i, n := range hit {
		if n >= need {
			ids = append(ids, i)
		}
	}
	slices.Sort(ids)
	out := make([]candidate, len(ids))
	for k, i := range ids {
		out[k] = ix.all[i]
	}
	return out
}

// indexStop are frequent words that do not make two claims candidates.
var indexStop = map[string]bool{
	"the": true, "and": true, "for": true, "that": true, "with": true, "from": true, "this": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "are": true, "been": true,
	"its": true, "their": true, "they": true, "but": true, "not": true, "said": true, "will": true,
	"his": true, "her": true, "who": true, "which": true, "into": true, "also": true, "than": true,
}

// indexWords returns the distinct content words of s worth indexing: three
// or more characters (or any number) and not a stop word.
func indexWords(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range contentWords(s) {
		if seen[w] || indexStop[w] || (len(w) < 3 && !isDigits(w)) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
