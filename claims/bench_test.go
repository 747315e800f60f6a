package claims_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// BenchmarkAnalyzePolNEAR runs claim extraction (sentences, quotes,
// claims, sourcing: everything `claimcheck claims` does but reading and
// printing) over the 840 PolNeAR train articles on every core, and reports
// input MB/s and claims/s. It skips when ../shared/eval is absent.
func BenchmarkAnalyzePolNEAR(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "polnear", "train", "text", "*.txt"))
	if len(files) == 0 {
		b.Skip("PolNeAR train texts not found in ../shared/eval; skipping")
	}
	var size int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			size += info.Size()
		}
	}
	docs, err := ingest.Load(files, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	n := 0
	b.ResetTimer()
	for range b.N {
		claims.AnalyzeAll(docs, claims.Options{})
		for _, d := range docs {
			n += len(d.Claims)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "claims/s")
}
