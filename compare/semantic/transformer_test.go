package semantic

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// goldenPairs are fixed sentence pairs with the cosine all-MiniLM-L6-v2
// gives them, computed independently of this package: Hugging Face
// tokenizers with the model's tokenizer.json, Python onnxruntime on the
// same model files, mean pooling in numpy.
var goldenPairs = []struct {
	a, b       string
	int8, fp32 float64
}{
	{"Pakistan expelled the Afghan envoys.", "Pakistan deported Afghanistan's diplomats.", 0.830, 0.829},
	{"Relations between the two countries soured.", "Ties have become strained.", 0.277, 0.258},
	{"The storm killed 12 people in the capital.", "A football match ended in a draw.", 0.047, 0.027},
	{"A man is playing a guitar.", "A man plays the guitar.", 0.975, 0.979},
}

// transformerOrSkip opens the transformer engine on model, or skips the
// test when `make model` has not placed its files (CI places them).
func transformerOrSkip(t testing.TB, model string) *TransformerEngine {
	t.Helper()
	dir := ModelDir()
	e, err := NewTransformer(dir, model)
	var missing *MissingFileError
	if errors.As(err, &missing) && os.Getenv("CLAIMCHECK_REQUIRE_MODEL") == "" {
		t.Skipf("transformer engine not installed (%v); run `make model` to test it", err)
	}
	if err != nil && !cgoBuild {
		t.Skipf("transformer engine unavailable: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestTransformerGolden(t *testing.T) {
	for _, m := range []string{ModelInt8, ModelFP32} {
		t.Run(m, func(t *testing.T) {
			if m == ModelFP32 {
				if _, err := os.Stat(filepath.Join(ModelDir(), m)); err != nil {
					t.Skipf("%s absent (make model fetches the int8 model only; `scripts/fetch-model.sh model fp32` adds it)", m)
				}
			}
			e := transformerOrSkip(t, m)
			defer e.Close()
			var texts []string
			for _, p := range goldenPairs {
				texts = append(texts, p.a, p.b)
			}
			vs, err := e.Embed(texts)
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range goldenPairs {
				want := p.int8
				if m == ModelFP32 {
					want = p.fp32
				}
				if got := Cosine(vs[2*i], vs[2*i+1]); math.Abs(got-want) > 0.0015 {
					t.Errorf("cos(%q, %q) = %.3f, want %.3f", p.a, p.b, got, want)
				}
			}
			// Batched with other texts, alone or twice: the same vectors.
			again, err := e.Embed(append(texts[:1:1], texts...))
			if err != nil {
				t.Fatal(err)
			}
			for i := range texts {
				if Cosine(again[i+1], vs[i]) != 1 {
					t.Errorf("text %d embeds differently in another batch", i)
				}
			}
		})
	}
}

func TestTransformerMissingFile(t *testing.T) {
	dir := t.TempDir()
	_, err := NewTransformer(dir, ModelInt8)
	var missing *MissingFileError
	if !errors.As(err, &missing) || missing.Path != filepath.Join(dir, RuntimeLib) {
		t.Fatalf("NewTransformer(empty dir) = %v, want a MissingFileError naming %s", err, RuntimeLib)
	}
}

// BenchmarkTransformerClaims reports claims embedded per second by the
// int8 model, in batches of 256 news-length sentences.
func BenchmarkTransformerClaims(b *testing.B) {
	e := transformerOrSkip(b, ModelInt8)
	defer e.Close()
	texts := benchClaims(256)
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Embed(texts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "claims/s")
}

// benchClaims makes n distinct sentences of news length (about 20 words).
func benchClaims(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Officials in province %d said on Tuesday that %d people had been evacuated after the floods destroyed %d homes near the border.", i, 100+i*7, 30+i)
	}
	return out
}
