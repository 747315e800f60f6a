package report

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

func init() { fixtures["seeds"] = seedsFixture }

// seedsFixture runs the whole pipeline on the bundled seed articles, so the
// golden files and the SARIF schema check cover real output.
func seedsFixture() Input {
	docs, err := ingest.Load([]string{"../../testdata/seeds"}, nil)
	if err != nil {
		panic(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	opt := compare.DefaultOptions()
	res := compare.Compare(docs, opt)
	fs := rules.Run(rules.Input{Docs: docs, Compare: res, Score: rules.ScoreWith(opt)})
	return Input{Docs: docs, Result: res, Findings: fs, Rules: rules.All(), Version: "test"}
}
