package compare

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestSameArguments(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"This has led to growing tensions between the two countries", "This has led to a surge in attacks on security forces", false}, // one frame, other arguments
		{"Scalia asked", "Justice Ginsburg asked", false},                                                             // a short claim shares one word
		{"He spoke about it", "Mr. Obama spoke out", false},                                                           // too little said to be one proposition
		{"He was born in Kenya", "He could have been born in Kenya", true},                                            // a short claim fully covered
		{"The company signed a trade deal with Australia", "The company signed a trade deal with South Korea", false}, // another partner
		{"Pakistan opened three new border crossings to speed up deportations", "Pakistan has opened three new crossings on the border to speed up the deportation of migrants", true},
	} {
		got := sameArguments(prepare(claims.FromText(tc.a)), prepare(claims.FromText(tc.b)))
		if got != tc.want {
			t.Errorf("sameArguments(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestUniqueRoleDiverges(t *testing.T) {
	// pattern 4: a real conflict is paired and typed, where two claims of
	// an ordinary role are not paired at all
	a := claims.FromText("Canada is the largest exporter of steel to the United States")
	b := claims.FromText("Brazil is the largest exporter of steel to the United States")
	p := ScorePair(a, b, DefaultOptions())
	if !sameArguments(prepare(a), prepare(b)) {
		t.Fatalf("a unique role with two countries should align to diverge")
	}
	if !p.Aligned || (p.Relation != Diverge || len(p.Divergences) == 0 || p.Divergences[0].Kind != DivEntity) {
		t.Errorf("largest exporter: %s %+v, want an entity divergence", p.Relation, p.Divergences)
	}
}

// TestRealConflictsPaired checks pattern 4: claims that state one fact
// with conflicting values align and diverge, typed.
func TestRealConflictsPaired(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		kind string
	}{
		{"Canada is the largest exporter of steel to the United States", "Brazil is the largest exporter of steel to the United States", DivEntity},
		{"About 150 people attended the rally outside the courthouse", "About 400 people attended the rally outside the courthouse", DivNumber},
		{"The laboratory confirmed 16 cases of the virus in the county", "The laboratory confirmed more than 20 cases of the virus in the county", DivNumber},
		{"The two leaders will meet in Geneva on Monday, officials said", "The two leaders will meet in Geneva on Thursday, officials said", DivDate},
		{"Justice Kennedy asked how the back pay would be worked out", "Justice Ginsburg asked how the back pay would be worked out", DivEntity},
		{"The trustees warned last week that the fund will run dry", "The trustees warned last month that the fund will run dry", DivDate},
		{"The first country to ratify the treaty was Mexico", "The first country to ratify the treaty was Canada", DivEntity},
	} {
		a, b := claims.FromText(tc.a), claims.FromText(tc.b)
		p := ScorePair(a, b, DefaultOptions())
		if !sameArguments(prepare(a), prepare(b)) || !p.Aligned || p.Relation != Diverge {
			t.Errorf("%q / %q: same arguments %v, aligned %v, %s %+v; want a %s divergence", tc.a, tc.b, sameArguments(prepare(a), prepare(b)), p.Aligned, p.Relation, p.Divergences, tc.kind)
			continue
		}
		if !slices.ContainsFunc(p.Divergences, func(d Divergence) bool { return d.Kind == tc.kind }) {
			t.Errorf("%q / %q: divergences %+v, want %s", tc.a, tc.b, p.Divergences, tc.kind)
		}
	}
}

// TestDivergenceNeedsSameWording checks that a date or an entity diverges
// only between claims worded alike but for the two values: two claims
// that share a story's words but tell other events refine at most.
func TestDivergenceNeedsSameWording(t *testing.T) {
	for _, tc := range []struct {
		a, b    string
		diverge bool
	}{
		{"The two leaders will meet in Geneva on Monday", "The two leaders will meet in Geneva on Thursday", true},
		{"Justice Kennedy asked how the back pay would be worked out", "Justice Ginsburg asked how the back pay would be worked out", true},
		{"A Republican staffer on Friday apologized for a Facebook post about the president's daughters", "A Republican aide resigned Monday after her Facebook post about the president's daughters", false},
		{"The mayor signed the budget on Tuesday after a long debate", "The council rejected the mayor's budget on Thursday after a long debate", false},
		{"Lois Lerner, the director of the unit at the Internal Revenue Service, plans to invoke the Fifth Amendment", "Lois Lerner appeared under subpoena before the House Committee on Oversight and invoked the Fifth Amendment", false},
		{"The senator from Ohio voted against the bill on Wednesday", "The senator from Ohio voted against the bill on Friday", true},
	} {
		p := ScorePair(claims.FromText(tc.a), claims.FromText(tc.b), DefaultOptions())
		typed := slices.ContainsFunc(p.Divergences, func(d Divergence) bool { return d.Kind == DivDate || d.Kind == DivEntity })
		if typed != tc.diverge {
			t.Errorf("%q / %q: %s %+v; want a date or entity divergence %v", tc.a, tc.b, p.Relation, p.Divergences, tc.diverge)
		}
	}
}
