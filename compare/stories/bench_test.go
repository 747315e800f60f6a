package stories

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// polnearDocs reads the PolNeAR train texts (840 articles), skipping when
// ../shared/eval is absent.
func polnearDocs(b *testing.B) []*claims.Document {
	b.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "polnear", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("evaluation data %s not found (needs ../shared/eval beside the project)", dir)
	}
	var docs []*claims.Document
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := ingest.Parse(f, src)
		if err != nil {
			continue // claimcheck refuses it too (a control character)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkProfile profiles the 840 PolNeAR train articles.
func BenchmarkProfile(b *testing.B) {
	docs := polnearDocs(b)
	b.ResetTimer()
	for range b.N {
		var pr Profiler
		for _, d := range docs {
			pr.Profile(d)
		}
	}
}

// BenchmarkGroup groups the 840 PolNeAR train articles, profiled once.
func BenchmarkGroup(b *testing.B) {
	docs := polnearDocs(b)
	ps := make([]Profile, len(docs))
	for i, d := range docs {
		ps[i] = ProfileOf(d)
	}
	b.ResetTimer()
	var n int
	for range b.N {
		n = len(Group(ps, DefaultOptions()))
	}
	b.ReportMetric(float64(n), "stories")
}
