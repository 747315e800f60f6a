package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestWeakPronounClaims(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"This has led to tensions", true},
		{"It was quick", true},
		{"This has led to surge in attacks on Pakistani forces", false}, // says enough
		{"This week the army led raids", false},                         // "this" opens a noun phrase
		{"Tensions have led to clashes", false},
	}
	for _, c := range cases {
		cl := claims.Claim{Text: c.text}
		if got := prepare(&cl).weak(); got != c.want {
			t.Errorf("weak(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
