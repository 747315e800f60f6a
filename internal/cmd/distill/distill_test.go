package main

import (
	"bytes"
	"math"
	"testing"

	"github.com/claimcheck/claimcheck/compare/semantic"
)

// tinyVocab is a vocabulary of special tokens and six words whose
// vectors vary along two directions only, so two PCA dimensions hold all
// of their variance.
var tinyVocab = []string{"[PAD]", "[unused0]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "troops", "soldiers", "rain", "storm"}

func tinyVectors() [][]float32 {
	vecs := make([][]float32, len(tinyVocab))
	base := [][2]float32{{0, 0}, {5, 1}, {5, 1.2}, {4.8, 1}, {-5, 1}, {-5, 0.8}} // the, army, troops, soldiers, rain, storm
	for i := range vecs {
		vecs[i] = make([]float32, 4)
		if i >= 5 {
			b := base[i-5]
			vecs[i] = []float32{b[0], b[1], b[0] + b[1], 7} // a constant and a dependent direction
		} else {
			vecs[i] = []float32{99, -99, 99, 99} // specials: must not influence the PCA
		}
	}
	return vecs
}

func TestKeepTokens(t *testing.T) {
	keep := keepTokens(tinyVocab)
	for i, w := range tinyVocab {
		if want := i >= 5; keep[i] != want {
			t.Errorf("keep %q = %v, want %v", w, keep[i], want)
		}
	}
}

func TestDistillTiny(t *testing.T) {
	vecs := tinyVectors()
	keep := keepTokens(tinyVocab)
	out, err := distill(vecs, keep, 2, 1e-4)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		for _, x := range out[i] {
			if x != 0 {
				t.Fatalf("special token %q has a non-zero row %v", tinyVocab[i], out[i])
			}
		}
	}
	// The first component separates the army words from the weather words;
	// its sign is fixed, so "army" lands on the positive side.
	if out[6][0] <= 0 || out[9][0] >= 0 {
		t.Errorf("first component: army %v, rain %v; want positive and negative", out[6], out[9])
	}
	// Rank weights: a rarer (later) token weighs at least as much.
	w := func(i int) float64 { return math.Hypot(float64(out[i][0]), float64(out[i][1])) }
	if w(8) < w(7)*0.9 {
		t.Errorf("soldiers weighs %.3f, troops %.3f: later tokens must not weigh less", w(8), w(7))
	}
	// Same input, same table, byte for byte.
	again, _ := distill(vecs, keep, 2, 1e-4)
	var a, b bytes.Buffer
	semantic.Quantize(out).WriteTo(&a)
	semantic.Quantize(again).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("distill is not reproducible")
	}
	// The table embeds: army words are closer to each other than to rain.
	var vocab bytes.Buffer
	for _, w := range tinyVocab {
		vocab.WriteString(w + "\n")
	}
	tab, err := semantic.ReadTable(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	e := semantic.NewStaticTable(semantic.NewTokenizer(vocab.Bytes()), tab)
	v, _ := e.Embed([]string{"the army", "the troops", "the rain"})
	if same, other := semantic.Cosine(v[0], v[1]), semantic.Cosine(v[0], v[2]); same <= other {
		t.Errorf("cos(army, troops) = %.3f <= cos(army, rain) = %.3f", same, other)
	}
}

func TestDistillErrors(t *testing.T) {
	vecs := tinyVectors()
	keep := keepTokens(tinyVocab)
	for _, c := range []struct {
		name string
		dim  int
		keep []bool
	}{
		{"dimension above input", 5, keep},
		{"zero dimension", 0, keep},
		{"one token kept", 2, []bool{false, false, false, false, false, true}},
	} {
		if _, err := distill(vecs, c.keep, c.dim, 1e-4); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}
