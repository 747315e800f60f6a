// Package jsonout writes JSON in the layout of encoding/json's indenting
// encoder (two spaces, no HTML escaping), in pieces: a value at a given
// depth, and the elements of a large array rendered on every core and
// written in order. Pieces joined as the reports join them are byte for
// byte what encoding one whole value gives.
package jsonout

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"

	"github.com/claimcheck/claimcheck/claims/crash"
)

// Indented appends v as JSON indented by two spaces, every line after the
// first starting with prefix, without HTML escaping or a final newline:
// the layout JSON's encoder gives v at that depth.
func Indented(b *bytes.Buffer, v any, prefix string) error {
	enc := json.NewEncoder(b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1)
	return nil
}

// maxChunk is the most array elements WriteEach renders as one piece of
// work; an array of fewer than a few windows of them is cut finer, so
// that large elements (whole documents) are not held a window at a time.
const maxChunk = 512

// WriteElements writes the elements of a JSON array as encoding/json
// indents them at depth prefix (each after a comma but the first, on a
// line of its own); see WriteEach.
func WriteElements[T any](w io.Writer, elems []T, prefix string) error {
	return WriteEach(w, len(elems), prefix, func(i int) any { return elems[i] })
}

// WriteEach is WriteElements for the n values elem(0) ... elem(n-1), each
// made when it is rendered: on every core, a window of chunks at a time,
// written in order, so at most a window's values and bytes are held. elem
// is called from several goroutines at once. A panic while rendering is
// raised again in the caller.
func WriteEach(w io.Writer, n int, prefix string, elem func(i int) any) error {
	window := 2 * runtime.GOMAXPROCS(0)
	chunk := max(1, min(maxChunk, n/(4*window)))
	nChunks := (n + chunk - 1) / chunk
	bufs := make([]bytes.Buffer, window)
	errs := make([]error, window)
	for from := 0; from < nChunks; from += window {
		k := min(window, nChunks-from)
		var wg sync.WaitGroup
		var c crash.Catcher
		for j := range k {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Do(func() { errs[j] = renderChunk(&bufs[j], n, from+j, chunk, prefix, elem) })
			}()
		}
		wg.Wait()
		c.Repanic()
		for j := range k {
			if errs[j] != nil {
				return errs[j]
			}
			if _, err := w.Write(bufs[j].Bytes()); err != nil {
				return err
			}
		}
	}
	return nil
}

// Array writes the n values elem(0) ... elem(n-1) as a JSON array whose
// elements stand at depth prefix+"  " (the array itself at prefix), as
// encoding/json lays it out; see WriteEach.
func Array(w io.Writer, n int, prefix string, elem func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	if err := WriteEach(w, n, prefix+"  ", elem); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n"+prefix+"]")
	return err
}

// renderChunk renders chunk c (of size elements each) of the n values of
// elem into b, as WriteEach lays them.
func renderChunk(b *bytes.Buffer, n, c, size int, prefix string, elem func(int) any) error {
	b.Reset()
	for i := c * size; i < min(n, (c+1)*size); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n")
		b.WriteString(prefix)
		if err := Indented(b, elem(i), prefix); err != nil {
			return err
		}
	}
	return nil
}
