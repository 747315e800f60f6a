package claims_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// Example reads one article and lists its atomic claims with their role,
// numbers and attribution, and its quotes with their speakers.
func Example() {
	src := []byte("Storm forces evacuation\n\n" +
		"Nearly 300 people left the town on Monday, officials said. " +
		"\"We had no choice,\" said Mayor Ana Ruiz.\n")
	doc, err := ingest.Parse("storm.txt", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc.ID = "d1"
	claims.Analyze(doc, claims.Options{})
	for _, c := range doc.Claims {
		fmt.Printf("%s %s: %s\n", c.ID, c.Role, c.Text)
		for _, n := range c.Numbers {
			fmt.Printf("  number %v\n", n.Value)
		}
		if c.Attribution.Source != "" {
			fmt.Printf("  attributed to %q (%s)\n", c.Attribution.Source, c.Attribution.Kind)
		}
	}
	for _, q := range doc.Quotes {
		speaker := "none"
		if q.Speaker != nil {
			speaker = q.Speaker.Text
		}
		fmt.Printf("quote %q: %s, %s\n", q.Text, speaker, q.Attribution)
	}
	// Output:
	// d1.c1 headline: Storm forces evacuation
	// d1.c2 body: Nearly 300 people left the town on Monday
	//   number 300
	//   attributed to "officials" (anonymous)
	// d1.c3 quote: We had no choice
	//   attributed to "Mayor Ana Ruiz" (named)
	// quote "We had no choice,": Mayor Ana Ruiz, named
}
