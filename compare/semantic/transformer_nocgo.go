//go:build !cgo

package semantic

import (
	"errors"
	"path/filepath"
)

// TransformerEngine is unavailable in a build without cgo.
type TransformerEngine struct{}

// NewTransformer reports a missing file first (so the message is the same
// as with cgo when the model is absent), then that this build cannot load
// ONNX Runtime.
func NewTransformer(dir, model string) (*TransformerEngine, error) {
	for _, p := range []string{filepath.Join(dir, RuntimeLib), filepath.Join(dir, model)} {
		if err := need(p); err != nil {
			return nil, err
		}
	}
	return nil, ErrNoCgo
}

// ErrNoCgo reports a build that cannot load ONNX Runtime.
var ErrNoCgo = errors.New("the transformer engine needs a claimcheck built with cgo (CGO_ENABLED=1 and a C compiler)")

// Name is "transformer".
func (e *TransformerEngine) Name() string { return "transformer" }

// Close does nothing.
func (e *TransformerEngine) Close() error { return nil }

// Embed is never reached: NewTransformer fails without cgo.
func (e *TransformerEngine) Embed(texts []string) ([][]float32, error) {
	return nil, errors.New("the transformer engine needs a cgo build")
}

// EmbedIDs is never reached: NewTransformer fails without cgo.
func (e *TransformerEngine) EmbedIDs(seqs [][]int32) ([][]float32, error) {
	return nil, errors.New("the transformer engine needs a cgo build")
}
