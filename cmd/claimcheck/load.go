package main

import (
	"bytes"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// loadDocs reads and analyzes the inputs named by paths.
func loadDocs(paths []string, e *env, opt claims.Options) ([]*claims.Document, error) {
	loaded := warmUp(false)
	docs, err := ingest.Load(paths, e.stdin)
	if err != nil {
		return nil, err
	}
	loaded()
	inputSize(totalBytes(docs))
	step, done := progress(e, len(docs))
	opt.Done = crashPoint(step)
	claims.AnalyzeAll(docs, opt)
	done()
	return docs, nil
}

// emit renders into memory first, so a failing formatter never leaves half
// an output behind, then writes to stdout.
func emit(w io.Writer, render func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// totalBytes is the size of all inputs.
func totalBytes(docs []*claims.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.File.Src)
	}
	return n
}
