package main

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// benchCheck runs `claimcheck check --format json` over paths b.N times and
// reports input throughput (MB/s) and claims per second.
func benchCheck(b *testing.B, paths []string) {
	b.Helper()
	var size int64
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			size += info.Size()
		}
	}
	docs, err := ingest.Load(paths, nil)
	if err != nil {
		b.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	n := 0
	for _, d := range docs {
		n += len(d.Claims)
	}
	e := &env{stdin: os.Stdin, stdout: io.Discard, stderr: os.Stderr}
	args := append([]string{"check", "--format", "json", "--fail-on", "none"}, paths...)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := run(args, e); code != exitOK {
			b.Fatalf("exit code %d", code)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(float64(len(docs)), "docs")
}

// BenchmarkCheckSeeds is the end-to-end check of the two seed articles
// (the budget: under 50 ms).
func BenchmarkCheckSeeds(b *testing.B) {
	benchCheck(b, []string{"../../testdata/seeds"})
}

// BenchmarkCheckPolNEAR runs check over the first 100, 300 and all 840
// PolNeAR train articles as one run, to show near-linear growth. It skips
// when ../shared/eval is absent.
func BenchmarkCheckPolNEAR(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "polnear", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skip("PolNeAR train texts not found in ../shared/eval; skipping")
	}
	sort.Strings(files)
	for _, n := range []int{100, 300, 840} {
		if n > len(files) {
			n = len(files)
		}
		b.Run(filepath.Base(dir)+"-"+strconv.Itoa(n), func(b *testing.B) { benchCheck(b, files[:n]) })
	}
}
