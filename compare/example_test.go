package compare_test

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

// articles parses and analyses one story told by two outlets.
func articles() []*claims.Document {
	texts := []string{
		"Storm forces evacuation\n\nNearly 300 people left the town of Ortiz on Monday, the mayor said.\n",
		"Town empties before storm\n\nAbout 150 people left the town of Ortiz on Monday, the mayor said.\n",
	}
	var docs []*claims.Document
	for i, t := range texts {
		d, err := ingest.Parse(fmt.Sprintf("outlet%d.txt", i+1), []byte(t))
		if err != nil {
			panic(err)
		}
		d.ID = fmt.Sprintf("d%d", i+1)
		docs = append(docs, d)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// Example aligns the claims of two articles about one story and shows how
// the aligned claims relate: the relation, each divergence with its two
// values, and the word diff.
func Example() {
	res := compare.Compare(articles(), compare.DefaultOptions())
	for _, g := range res.Groups {
		fmt.Println(g.ID, g.Relation)
		for _, c := range g.Claims {
			fmt.Printf("  %s: %s\n", c.Doc, c.Text)
		}
		for _, d := range g.Divergences {
			fmt.Printf("  %s: %s\n", d.Kind, strings.Join(d.Values, " vs "))
		}
	}
	fmt.Println(len(res.Single), "single-source claims")
	// Output:
	// g1 agree
	//   d1: Storm forces evacuation
	//   d2: Town empties before storm
	// g2 diverge
	//   d1: Nearly 300 people left the town of Ortiz on Monday
	//   d2: About 150 people left the town of Ortiz on Monday
	//   number: Nearly 300 people vs About 150 people
	// 0 single-source claims
}
