// Command distill writes compare/semantic's static engine: the WordPiece
// vocabulary of all-MiniLM-L6-v2 (model/vocab.txt, from the model's
// tokenizer.json) and its distilled token table (model/static.bin), by the
// model2vec method — every vocabulary token embedded alone ([CLS] token
// [SEP], mean-pooled) by the float32 model through ONNX Runtime, PCA to
// -dim dimensions, SIF weights from Zipf ranks (-sif), int8 per row.
// Special and [unused] tokens get zero rows. The output depends only on
// the model files and the flags.
//
// It needs cgo and the model files of `make model-fp32`:
//
//	make model-fp32
//	go run ./internal/cmd/distill -model-dir model -o compare/semantic/model
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/compare/semantic"
)

func main() {
	dir := flag.String("model-dir", semantic.ModelDir(), "folder holding "+semantic.RuntimeLib+", "+semantic.ModelFP32+" and "+semantic.TokenizerJSON)
	out := flag.String("o", filepath.Join("compare", "semantic", "model"), "output folder for vocab.txt and static.bin")
	dim := flag.Int("dim", 256, "PCA dimensions kept")
	sif := flag.Float64("sif", 1e-4, "SIF coefficient of the Zipf weights")
	flag.Parse()
	if err := run(*dir, *out, *dim, *sif); err != nil {
		fmt.Fprintln(os.Stderr, "distill:", err)
		os.Exit(2)
	}
}

func run(dir, out string, dim int, sif float64) error {
	vocab, err := readVocab(filepath.Join(dir, semantic.TokenizerJSON))
	if err != nil {
		return err
	}
	var vb bytes.Buffer
	for _, w := range vocab {
		vb.WriteString(w + "\n")
	}
	e, err := semantic.NewTransformer(dir, semantic.ModelFP32)
	if err != nil {
		return err
	}
	defer e.Close()
	keep := keepTokens(vocab)
	seqs := make([][]int32, len(vocab))
	for i := range seqs {
		seqs[i] = []int32{int32(i)}
	}
	vecs, err := e.EmbedIDs(seqs)
	if err != nil {
		return err
	}
	red, err := distill(vecs, keep, dim, sif)
	if err != nil {
		return err
	}
	var tb bytes.Buffer
	if _, err := semantic.Quantize(red).WriteTo(&tb); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "vocab.txt"), vb.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "static.bin"), tb.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "distill: %d tokens (%d kept) × %d dimensions -> %s (%d bytes)\n", len(vocab), count(keep), dim, out, tb.Len())
	return nil
}

// readVocab reads the WordPiece vocabulary of a tokenizer.json, in id order.
func readVocab(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var tj struct {
		Model struct {
			Type  string           `json:"type"`
			Vocab map[string]int32 `json:"vocab"`
		} `json:"model"`
	}
	if err := json.Unmarshal(data, &tj); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if tj.Model.Type != "WordPiece" {
		return nil, fmt.Errorf("%s: model type %q, want WordPiece", path, tj.Model.Type)
	}
	vocab := make([]string, len(tj.Model.Vocab))
	for w, id := range tj.Model.Vocab {
		if id < 0 || int(id) >= len(vocab) || vocab[id] != "" {
			return nil, fmt.Errorf("%s: vocabulary ids are not 0..%d", path, len(vocab)-1)
		}
		vocab[id] = w
	}
	return vocab, nil
}

// keepTokens marks the tokens a text can contribute: all but the special
// tokens ([PAD], [UNK], [CLS], [SEP], [MASK]) and the [unusedN] slots.
func keepTokens(vocab []string) []bool {
	keep := make([]bool, len(vocab))
	for i, w := range vocab {
		keep[i] = !(strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]") && len(w) > 2)
	}
	return keep
}

func count(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}
