package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestResolves checks the alignment of a claim with a demonstrative
// phrase to a claim that states all its explicit words about the same
// named actor.
func TestResolves(t *testing.T) {
	taliban := claims.Entity{Text: "Taliban", Kind: claims.EntGroup, Norm: "Taliban"}
	pakistan := claims.Entity{Text: "Pakistan", Kind: claims.EntPlace, Norm: "Pakistan"}
	refusal := claims.Claim{Text: "The Taliban are refusing to comply with Pakistan's demands", Entities: []claims.Entity{taliban, pakistan}}
	tests := []struct {
		name string
		a    claims.Claim
		o    claims.Claim
		want bool
	}{
		{"resist and refuse share a synset", claims.Claim{Text: "The Taliban have resisted these efforts", Entities: []claims.Entity{taliban}}, refusal, true},
		{"no demonstrative: an ordinary claim", claims.Claim{Text: "The Taliban have resisted the efforts", Entities: []claims.Entity{taliban}}, refusal, false},
		{"praise is not stated", claims.Claim{Text: "The Taliban have praised these efforts", Entities: []claims.Entity{taliban}}, refusal, false},
		{"no named actor", claims.Claim{Text: "Militants have resisted these efforts"}, refusal, false},
		{"another actor", claims.Claim{Text: "The TTP have resisted these efforts", Entities: []claims.Entity{{Text: "TTP", Kind: claims.EntGroup, Norm: "TTP"}}}, refusal, false},
		{"singular this is left out", claims.Claim{Text: "The Taliban have resisted this effort", Entities: []claims.Entity{taliban}}, refusal, false},
		{"one explicit word is too little", claims.Claim{Text: "Taliban for such efforts", Entities: []claims.Entity{taliban}}, refusal, false},
	}
	for _, tc := range tests {
		a, o := prepare(&tc.a), prepare(&tc.o)
		if got := resolves(a, o); got != tc.want {
			t.Errorf("%s: resolves(%q, %q) = %v, want %v", tc.name, tc.a.Text, tc.o.Text, got, tc.want)
		}
	}
}
