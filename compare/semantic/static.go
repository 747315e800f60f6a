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
	lazy  bool // the embedded table, decoded on first use
}

// DefaultStatic returns the engine of the embedded table without
// decoding it: the table is decoded on its first Embed (the claimcheck
// commands pay nothing for an engine they never use). The embedded table
// is tested to decode; should it not, every vector is zero.
func DefaultStatic() *StaticEngine {
	return &StaticEngine{lazy: true}
}

// NewStatic returns the engine of the embedded table, decoding it once
// per process.
func NewStatic() (*StaticEngine, error) {
	if err := loadStatic(); err != nil {
		return nil, err
	}
	return NewStaticTable(DefaultTokenizer(), staticTable), nil
}

func loadStatic() error {
	staticOnce.Do(func() {
		staticTable, staticErr = ReadTable(staticBin)
		if staticErr == nil && staticTable.Rows != DefaultTokenizer().Size() {
			staticErr = fmt.Errorf("static table: %d rows for a vocabulary of %d", staticTable.Rows, DefaultTokenizer().Size())
		}
	})
	return staticErr
}

// NewStaticTable returns a static engine over any tokenizer and table of
// as many rows.
func NewStaticTable(tok *Tokenizer, t *Table) *StaticEngine {
	return &StaticEngine{tok: tok, table: t}
}

// Name is "static".
func (e *StaticEngine) Name() string { return "static" }

// parts returns the tokenizer and table, decoding the embedded table on
// first use; nil when it does not decode.
func (e *StaticEngine) parts() (*Tokenizer, *Table) {
	if !e.lazy {
		return e.tok, e.table
	}
	if loadStatic() != nil {
		return nil, nil
	}
	return DefaultTokenizer(), staticTable
}

// Embed embeds each text (see StaticEngine). It fails only when the
// embedded table does not decode.
func (e *StaticEngine) Embed(texts []string) ([][]float32, error) {
	tok, table := e.parts()
	if table == nil {
		return nil, staticErr
	}
	out := make([][]float32, len(texts))
	for i, t := range texts {
		v := make([]float32, table.Dim)
		for _, id := range tok.Encode(t) {
			if int(id) < table.Rows {
				table.addRow(v, id)
			}
		}
		normalize(v)
		out[i] = v
	}
	return out, nil
}
