package semantic

import (
	_ "embed"
	"fmt"
	"sync"
)

// staticBin is the distilled token table (see internal/cmd/distill and
// model/NOTICE): all-MiniLM-L6-v2's embedding of every vocabulary token,
// reduced by PCA and weighted by Zipf rank, int8 per row.
//
//go:embed model/static.bin
var staticBin []byte

var (
	staticOnce  sync.Once
	staticTable *Table
	staticErr   error
)

// StaticEngine embeds a text as the mean of its WordPiece tokens' vectors
// in the distilled table, unit length: the model2vec method. It is pure
// Go and safe for concurrent use; the table is decoded on first use.
type StaticEngine struct {
	tok   *Tokenizer
	table *Table
}

// NewStatic returns the engine of the embedded table, decoding it once
// per process.
func NewStatic() (*StaticEngine, error) {
	staticOnce.Do(func() {
		staticTable, staticErr = ReadTable(staticBin)
		if staticErr == nil && staticTable.Rows != DefaultTokenizer().Size() {
			staticErr = fmt.Errorf("static table: %d rows for a vocabulary of %d", staticTable.Rows, DefaultTokenizer().Size())
		}
	})
	if staticErr != nil {
		return nil, staticErr
	}
	return NewStaticTable(DefaultTokenizer(), staticTable), nil
}

// NewStaticTable returns a static engine over any tokenizer and table of
// as many rows.
func NewStaticTable(tok *Tokenizer, t *Table) *StaticEngine {
	return &StaticEngine{tok: tok, table: t}
}

// Name is "static".
func (e *StaticEngine) Name() string { return "static" }

// Dim is the vectors' dimension.
func (e *StaticEngine) Dim() int { return e.table.Dim }

// Embed embeds each text (see StaticEngine); it never fails.
func (e *StaticEngine) Embed(texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = e.EmbedOne(t)
	}
	return out, nil
}

// EmbedOne embeds one text.
func (e *StaticEngine) EmbedOne(text string) []float32 {
	v := make([]float32, e.table.Dim)
	for _, id := range e.tok.Encode(text) {
		if int(id) < e.table.Rows {
			e.table.addRow(v, id)
		}
	}
	normalize(v)
	return v
}
