package rules

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

// seedFindings runs the whole pipeline on testdata/seeds with the default
// configuration.
func seedFindings(t testing.TB) ([]*claims.Document, []Finding) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no seeds: %v", err)
	}
	docs, err := ingest.Load(paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	opt := compare.DefaultOptions()
	res := compare.Compare(docs, opt)
	return docs, Run(Input{Docs: docs, Compare: res, Score: ScoreWith(opt)})
}

func TestSeeds(t *testing.T) {
	docs, fs := seedFindings(t)
	t.Logf("\n%s", show(docs, fs))
	count := map[string]int{}
	var figures []string
	for _, f := range fs {
		count[f.Rule]++
		if f.Rule == "figure-unsourced" {
			figures = append(figures, f.Message)
		}
	}
	if count["attribution-vague"] != 3 {
		t.Errorf("%d attribution-vague findings, want 3 (the three vaguely attributed quotes)", count["attribution-vague"])
	}
	if count["quote-unattributed"] != 0 {
		t.Errorf("%d quote-unattributed findings, want none", count["quote-unattributed"])
	}
	n300 := 0
	for _, m := range figures {
		if strings.Contains(m, "300,000") {
			n300++
		}
		if strings.Contains(m, "10,000") {
			t.Errorf("figure-unsourced on the attributed 10,000 Afghanis: %s", m)
		}
	}
	if n300 != 2 {
		t.Errorf("figure-unsourced on nearly 300,000 Afghans %d times, want 2 (body and takeaway); figures: %q", n300, figures)
	}
	if !FailOn(fs, Warning) {
		t.Error("--fail-on warning would not fail on the seeds")
	}
}

func BenchmarkRunSeeds(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no seeds")
	}
	docs, err := ingest.Load(paths, nil)
	if err != nil {
		b.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	opt := compare.DefaultOptions()
	res := compare.Compare(docs, opt)
	b.ResetTimer()
	for b.Loop() {
		Run(Input{Docs: docs, Compare: res, Score: ScoreWith(opt)})
	}
}

// polnearDocs analyses the first n PolNeAR train texts in ../shared/eval
// (skipping any ingest refuses), or skips b when they are absent.
func polnearDocs(b *testing.B, n int) []*claims.Document {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "polnear", "train", "text", "*.txt"))
	if len(paths) == 0 {
		b.Skip("PolNeAR train texts not found in ../shared/eval; skipping")
	}
	var docs []*claims.Document
	for _, p := range paths {
		if len(docs) == n {
			break
		}
		if d, err := ingest.Load([]string{p}, nil); err == nil {
			docs = append(docs, d...)
		}
	}
	for i, d := range docs {
		d.ID = "d" + strconv.Itoa(i+1) // as ingest names them in one load
	}
	claims.AnalyzeAll(docs, claims.Options{})
	return docs
}

// BenchmarkRulesPolNEAR runs each costly rule, and all rules, over 300
// PolNeAR train articles compared as one story (what check does with a
// directory of them).
func BenchmarkRulesPolNEAR(b *testing.B) {
	docs := polnearDocs(b, 300)
	opt := compare.DefaultOptions()
	res := compare.Compare(docs, opt)
	in := Input{Docs: docs, Compare: res, Score: ScoreWith(opt)}
	for _, r := range []*Rule{quoteMismatch, summaryUnsupported} {
		b.Run(r.ID, func(b *testing.B) {
			for b.Loop() {
				p := &Pass{Rule: r, Severity: r.Default, Docs: docs, Compare: res, Score: in.Score, Options: in.options(r)}
				p.report = func(Finding) {}
				r.Run(p)
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			Run(in)
		}
	})
}
