// Package semantic embeds claims as vectors whose cosine measures how close
// two sentences are in meaning. Two engines share the Engine interface:
// Static, a token-vector table distilled from the sentence-transformers
// model all-MiniLM-L6-v2 and embedded in the binary (pure Go, the
// lighter engine), and Transformer, the model itself through ONNX Runtime (cgo,
// with the runtime library and model files placed by `make model`).
// Every similarity is rounded to 1e-3 (Cosine), so a threshold decision
// never depends on the last bits of a float.
package semantic

import (
	"fmt"
	"math"
	"strings"
)

// Engine embeds texts. Embed returns one vector per text, in order; every
// vector has the engine's dimension and unit length, or is all zero for a
// text without known tokens. The same texts give the same vectors.
type Engine interface {
	Name() string
	Embed(texts []string) ([][]float32, error)
}

// Kind names an engine choice of the --semantic flag and the semantic:
// configuration key.
type Kind string

// Engine kinds. Off uses no embedding (lexical features only).
const (
	Off         Kind = "off"
	Static      Kind = "static"
	Transformer Kind = "transformer"
)

// DefaultKind is the engine used when neither a flag nor the
// configuration names one. It is Off: on the story benchmark neither
// engine yet raises alignment recall (see the README), so embeddings are
// opt-in.
const DefaultKind = Off

// ParseKind reads a kind name ("" is DefaultKind).
func ParseKind(s string) (Kind, error) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(s))); k {
	case "":
		return DefaultKind, nil
	case Off, Static, Transformer:
		return k, nil
	}
	return "", fmt.Errorf("unknown semantic engine %q (the engines are static, transformer, off)", s)
}

// Cosine is the cosine of two vectors rounded to 1e-3; 0 when either is
// all zero or their lengths differ.
func Cosine(a, b []float32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	var dot, na, nb float64
	for i := range a {
		x, y := float64(a[i]), float64(b[i])
		dot += x * y
		na += x * x
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return Round(dot / math.Sqrt(na*nb))
}

// Round rounds a similarity to 1e-3 (halves away from zero).
func Round(x float64) float64 { return math.Round(x*1000) / 1000 }

// normalize scales v to unit length in place (a zero vector stays zero).
func normalize(v []float32) {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= s
	}
}
