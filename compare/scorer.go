package compare

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// Scorer scores claim pairs exactly as ScorePair does, but prepares each
// claim once: prepared claims are cached by pointer for the Scorer's
// lifetime. It is safe for concurrent use. A claim must not be modified
// after it has been scored.
type Scorer struct {
	opt   Options
	cache sync.Map // *claims.Claim -> *prepared
}

// NewScorer returns a Scorer with the given options.
func NewScorer(opt Options) *Scorer { return &Scorer{opt: opt} }

// Score scores a against b; the result equals ScorePair(a, b, opt).
func (s *Scorer) Score(a, b *claims.Claim) Pair {
	return scorePrepared(s.prepared(a), s.prepared(b), s.opt)
}

func (s *Scorer) prepared(c *claims.Claim) *prepared {
	if p, ok := s.cache.Load(c); ok {
		return p.(*prepared)
	}
	p, _ := s.cache.LoadOrStore(c, prepareWith(c, s.opt.Semantic))
	return p.(*prepared)
}
