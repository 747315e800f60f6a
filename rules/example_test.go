package rules_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

func parse(name, text, id string) *claims.Document {
	d, err := ingest.Parse(name, []byte(text))
	if err != nil {
		panic(err)
	}
	d.ID = id
	return d
}

// Example is the main path of a program using claimcheck: articles in,
// compared, then the sourcing rules applied; findings out, sorted, each
// with its rule, severity, place and message.
func Example() {
	docs := []*claims.Document{
		parse("outlet1.txt", "Storm forces evacuation\n\nNearly 300 people left the town of Ortiz on Monday, the mayor said. \"We had no choice,\" sources said.\n", "d1"),
		parse("outlet2.txt", "Town empties before storm\n\nAbout 150 people left the town of Ortiz on Monday.\n", "d2"),
	}
	claims.AnalyzeAll(docs, claims.Options{})
	opt := compare.DefaultOptions()
	res := compare.Compare(docs, opt)
	findings := rules.Run(rules.Input{Docs: docs, Compare: res, Score: rules.ScoreWith(opt)})
	byID := map[string]*claims.Document{"d1": docs[0], "d2": docs[1]}
	for _, f := range findings {
		p := byID[f.Doc].File.Position(f.Span.Start)
		fmt.Printf("%s:%d:%d %s %s\n", f.Path, p.Line, p.Column, f.Severity, f.Rule)
	}
	fmt.Println("fail at warning:", rules.FailOn(findings, rules.Warning))
	// Output:
	// outlet1.txt:3:1 warning claim-diverges
	// outlet1.txt:3:69 warning attribution-vague
	// outlet2.txt:3:1 warning figure-unsourced
	// fail at warning: true
}

// ExampleCheckDraft checks a draft against its source: each draft claim is
// supported, contradicted or unsupported.
func ExampleCheckDraft() {
	draft := parse("draft.txt", "Storm forces evacuation\n\nNearly 500 people left the town of Ortiz on Monday, the mayor said.\n", "d1")
	source := parse("source.txt", "Storm forces evacuation\n\nNearly 300 people left the town of Ortiz on Monday, the mayor said.\n", "d2")
	claims.AnalyzeAll([]*claims.Document{draft, source}, claims.Options{})
	for _, dc := range rules.CheckDraft(draft, []*claims.Document{source}, rules.ScoreWith(compare.DefaultOptions())) {
		fmt.Printf("%s: %s\n", dc.Support, dc.Text)
	}
	// Output:
	// supported: Storm forces evacuation
	// contradicted: Nearly 500 people left the town of Ortiz on Monday
}
