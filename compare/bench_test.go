package compare_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/semantic"
)

func BenchmarkScorePair(b *testing.B) {
	x := claims.FromText("Pakistan has opened three new border crossings to expedite the deportation of Afghan migrants, with nearly 300,000 Afghans leaving Pakistan in recent weeks.")
	y := claims.FromText("Pakistan tightening border controls, deporting nearly 300,000 Afghan migrants in recent weeks.")
	opt := compare.DefaultOptions()
	b.ReportAllocs()
	for b.Loop() {
		compare.ScorePair(x, y, opt)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// polnearDocs loads the PolNeAR train texts, or skips. Claims are the
// texts' sentences (split at full stops and line breaks), with text only, so the benchmark
// measures compare alone, independent of claim extraction.
func polnearDocs(b *testing.B) []*claims.Document {
	dir := filepath.Join("..", "..", "shared", "eval", "polnear", "train", "text")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			b.Skipf("PolNeAR train texts not found at %s", dir)
		}
	}
	sort.Strings(paths)
	var docs []*claims.Document
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d := &claims.Document{ID: fmt.Sprintf("d%d", i+1), Path: p}
		off := 0
		for _, s := range strings.FieldsFunc(string(src), func(r rune) bool { return r == '.' || r == '\n' }) {
			if t := strings.TrimSpace(s); len(t) > 20 {
				d.Claims = append(d.Claims, claims.Claim{ID: fmt.Sprintf("%s.c%d", d.ID, len(d.Claims)+1), Doc: d.ID, Role: claims.RoleBody, Text: t, Span: claims.Span{Start: off, End: off + len(s)}})
			}
			off += len(s) + 1
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkCompare runs Compare over the first N PolNeAR train articles
// as one story; time per op should grow about linearly with N.
func BenchmarkCompare(b *testing.B) {
	docs := polnearDocs(b)
	for _, n := range []int{100, 300, 840} {
		if n > len(docs) {
			n = len(docs)
		}
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			nc := 0
			for _, d := range docs[:n] {
				nc += len(d.Claims)
			}
			b.ReportAllocs()
			for b.Loop() {
				compare.Compare(docs[:n], compare.DefaultOptions())
			}
			b.ReportMetric(float64(nc), "claims")
		})
	}
}

// BenchmarkCompareClaims runs Compare over the real claims (ingest and
// claims.AnalyzeAll, done once outside the timer) of the first N PolNeAR
// train articles.
func BenchmarkCompareClaims(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "eval", "polnear", "train", "text")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("PolNeAR train texts not found at %s", dir)
	}
	all, err := ingest.Load([]string{dir}, nil)
	if err != nil {
		b.Fatal(err)
	}
	claims.AnalyzeAll(all, claims.Options{})
	for _, n := range []int{100, 300, 840} {
		n = min(n, len(all))
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			nc := 0
			for _, d := range all[:n] {
				nc += len(d.Claims)
			}
			b.ReportAllocs()
			for b.Loop() {
				compare.Compare(all[:n], compare.DefaultOptions())
			}
			b.ReportMetric(float64(nc), "claims")
		})
	}
}

// BenchmarkCompareSemantic runs Compare over the seed articles (a
// story of a few articles) with each semantic engine; the transformer is
// skipped without `make model`. Every op prepares and embeds every claim.
func BenchmarkCompareSemantic(b *testing.B) {
	docs, err := ingest.Load([]string{filepath.Join("..", "testdata", "seeds")}, nil)
	if err != nil {
		b.Fatal(err)
	}
	claims.AnalyzeAll(docs, claims.Options{})
	for _, k := range []semantic.Kind{semantic.Off, semantic.Static, semantic.Transformer} {
		b.Run(string(k), func(b *testing.B) {
			e, err := semantic.Open(k)
			if err != nil {
				b.Skip(err)
			}
			opt := compare.DefaultOptionsFor(e)
			for b.Loop() {
				compare.Compare(docs, opt)
			}
		})
	}
}
