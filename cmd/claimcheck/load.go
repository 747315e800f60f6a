package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// loadDocs reads and analyzes the inputs named by paths.
func loadDocs(paths []string, e *env, in inputFlags, opt claims.Options) ([]*claims.Document, error) {
	lopt, err := in.loadOptions(e)
	if err != nil {
		return nil, err
	}
	loaded := warmUp(false)
	st := newStages(e)
	defer st.done()
	st.begin("reading", -1)
	docs, err := ingest.LoadWith(paths, e.stdin, lopt)
	if err != nil {
		return nil, err
	}
	loaded()
	inputSize(totalBytes(docs))
	opt.Done = crashPoint(st.begin("analysing", len(docs)).stepper())
	claims.AnalyzeAll(docs, opt)
	return docs, nil
}

// loadCheckInputs reads the inputs of check: the sources sorted by path (see
// ingest.Load) and, in draft mode, the draft first as d1, the sources d2,
// d3, ... after it. A source naming the draft's file again is dropped.
func loadCheckInputs(draft string, paths []string, stdin io.Reader, opt ingest.Options) ([]*claims.Document, error) {
	if draft == "" {
		return ingest.LoadWith(paths, stdin, opt)
	}
	d, err := ingest.LoadWith([]string{draft}, stdin, opt)
	if err != nil {
		return nil, err
	}
	if len(d) != 1 {
		return nil, trouble("%s: --draft takes one article file, not a directory; pass the draft's file", draft)
	}
	sources, err := ingest.LoadWith(paths, stdin, opt)
	if err != nil {
		return nil, err
	}
	docs := d[:1]
	for _, s := range sources {
		if !sameFile(s.Path, d[0].Path) {
			docs = append(docs, s)
		}
	}
	for i, doc := range docs {
		doc.ID = fmt.Sprintf("d%d", i+1)
	}
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
