package rules

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestClosestQuotes checks which candidate pairs of quotes closest keeps:
// a quote is compared with the quote of another document it matches best,
// and two quotes of one document that each hold a different part of the
// other's are both kept.
func TestClosestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		docs  [][]string // the direct quotes of each document
		pairs [][2]int   // the pairs kept, by quote index in document order
	}{
		{"another sentence of the same speech sharing a few words is outmatched",
			[][]string{
				{"To pass this bill in the next couple of weeks would materially increase the risk that the economy would stall out and we would have a double dip",
					"materially increases the risk that this economy will stall out."},
				{"If they don't pass this bill in the next couple weeks it will materially increase the risk that the economy would stall out and we would have a double dip"},
			},
			[][2]int{{0, 2}}},
		{"an identical quote outmatches a partial one",
			[][]string{
				{"We will rebuild every school and every clinic in the province", "every school will be rebuilt"},
				{"We will rebuild every school and every clinic in the province"},
			},
			[][2]int{{0, 2}}},
		{"two fragments of one long quote are both compared with it",
			[][]string{
				{"Whoever, directly or indirectly, promises any employment, position, compensation, contract, appointment, or other benefit to any person as consideration, favor, or reward for any political activity"},
				{"who directly or indirectly promises any employment, position, compensation", "to any person as consideration, favor, or reward for any political activity"},
			},
			[][2]int{{0, 1}, {0, 2}}},
		{"one quote in each document",
			[][]string{{"We will respond with full force"}, {"We will respond with force"}},
			[][2]int{{0, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*claims.Document
			for _, qs := range tc.docs {
				d := &claims.Document{}
				for _, q := range qs {
					d.Quotes = append(d.Quotes, claims.Quote{Text: q, Kind: claims.QuoteDirect})
				}
				docs = append(docs, d)
			}
			qt := prepareQuotes(docs)
			var got [][2]int
			for _, p := range qt.closest(qt.pairs()) {
				got = append(got, [2]int{p.a, p.b})
			}
			if len(got) != len(tc.pairs) {
				t.Fatalf("pairs %v, want %v", got, tc.pairs)
			}
			for i := range got {
				if got[i] != tc.pairs[i] {
					t.Fatalf("pairs %v, want %v", got, tc.pairs)
				}
			}
		})
	}
}
