package rules

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// TestDraftSupportRealScorer checks draft verdicts with the real scorer: a
// draft claim is supported only by a source claim that states the same
// proposition, and contradicted when the closest source claim diverges on a
// number, date, actor or negation, whatever looser claims the sources hold.
func TestDraftSupportRealScorer(t *testing.T) {
	score := ScoreWith(compare.DefaultOptions())
	for _, tc := range []struct {
		draft   string
		sources []string
		want    Support
	}{
		{"Pakistan is opening four new border crossings to speed up deportations",
			[]string{"Pakistan is opening three new border crossings to speed up deportations", "Pakistan is opening new border crossings"},
			Contradicted},
		{"Pakistan opened three new border crossings on Monday",
			[]string{"Pakistan opened three new border crossings on Monday, officials said"},
			Supported},
		{"The ministry said 12 people died in the fire",
			[]string{"The ministry said 40 people died in the fire"},
			Contradicted},
		{"The governor signed the budget bill on Friday",
			[]string{"The governor vetoed a separate spending bill on Tuesday after weeks of talks"},
			Unsupported},
		{"This has led to growing tensions between the two countries",
			[]string{"This has led to a surge in attacks on security forces"},
			Unsupported},
		{"The company did not pay the fine",
			[]string{"The company paid the fine"},
			Contradicted},
	} {
		draft := docOf("d1", tc.draft)
		var srcs []*claims.Document
		for i, s := range tc.sources {
			srcs = append(srcs, docOf("d"+itoa(i+2), s))
		}
		got := CheckDraft(draft, srcs, score)
		if len(got) != 1 || got[0].Support != tc.want {
			t.Errorf("%q against %q: %+v, want %s", tc.draft, tc.sources, got, tc.want)
		}
	}
}

// docOf is a document of one claim made from text by claims.FromText.
func docOf(id, text string) *claims.Document {
	c := claims.FromText(text)
	c.Doc, c.ID = id, id+"-c1"
	return &claims.Document{ID: id, Claims: []claims.Claim{*c}}
}
