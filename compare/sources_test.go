package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestSourcesAgree(t *testing.T) {
	base := "Pakistan deported Afghan migrants from the country in recent weeks"
	year := claims.Claim{Text: base, Dates: []claims.Date{{Text: "2021", Year: 2021, Granularity: claims.GranYear}}}
	month := claims.Claim{Text: base, Dates: []claims.Date{{Text: "August 2021", Year: 2021, Month: 8, Granularity: claims.GranMonth}}}
	bare := claims.Claim{Text: base}
	type member struct {
		doc   int
		claim claims.Claim
	}
	cases := []struct {
		name    string
		members []member
		want    bool
	}{
		{"two documents, only a refining pair", []member{{0, year}, {1, month}}, false},
		{"two documents, one agreeing pair beside a refining one", []member{{0, year}, {0, month}, {1, year}}, true},
		{"a document's own agreeing claims do not count", []member{{0, year}, {0, year}, {1, month}}, false},
		{"three documents, each two with an agreeing pair", []member{{0, year}, {1, year}, {2, year}, {2, bare}}, true},
		{"three documents, one pair of them only refining", []member{{0, year}, {1, year}, {2, month}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var items []item
			var idx []int
			for i, m := range c.members {
				cl := m.claim
				items = append(items, item{doc: m.doc, p: prepare(&cl)})
				idx = append(idx, i)
			}
			if got := sourcesAgree(idx, items, DefaultOptions()); got != c.want {
				t.Errorf("sourcesAgree = %v, want %v", got, c.want)
			}
		})
	}
}
