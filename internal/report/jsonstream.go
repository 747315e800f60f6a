package report

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// JSONStream writes the JSON of a check grouped into stories while the
// stories are checked: the documents and the stories first, then each
// story's groups as Story is called, then, at Close, the single-source
// claims and the findings of every story. Only the groups of one story and
// the rendered single-source claims are held. The bytes are JSON's for an
// Input holding the same documents, stories, groups, single-source claims
// and findings, but for the order of groups: story by story, each story's
// in report order (JSON orders all groups at once).
type JSONStream struct {
	w       io.Writer
	l       *locator
	storyOf map[string]string
	groups  int
	single  []jsonClaimRef
}

// NewJSONStream writes the opening of the JSON (version, documents,
// stories) to w. Docs must keep their File (positions are computed from
// it) until Close; their analysis may be released after their story.
func NewJSONStream(w io.Writer, docs []*claims.Document, stories []Story) (*JSONStream, error) {
	s := &JSONStream{w: w, l: newLocator(Input{Docs: docs}), storyOf: map[string]string{}}
	jd := []jsonDocument{}
	for _, d := range docs {
		jd = append(jd, jsonDocument{ID: d.ID, Path: d.Path, Title: d.Title})
	}
	var js []jsonStory
	for _, st := range stories {
		js = append(js, jsonStory{ID: st.ID, Documents: append([]string{}, st.Docs...)})
		for _, d := range st.Docs {
			s.storyOf[d] = st.ID
		}
	}
	var b bytes.Buffer
	b.WriteString("{\n  \"version\": 1,\n  \"documents\": ")
	if err := indented(&b, jd, "  "); err != nil {
		return nil, err
	}
	if len(js) > 0 {
		b.WriteString(",\n  \"stories\": ")
		if err := indented(&b, js, "  "); err != nil {
			return nil, err
		}
	}
	b.WriteString(",\n  \"groups\": [")
	_, err := w.Write(b.Bytes())
	return s, err
}

// Story writes the groups of one story's result and keeps its
// single-source claims for Close.
func (s *JSONStream) Story(res *compare.Result) error {
	if res == nil {
		return nil
	}
	var b bytes.Buffer
	for _, g := range orderedGroups(res) {
		if s.groups > 0 {
			b.WriteByte(',')
		}
		s.groups++
		b.WriteString("\n    ")
		if err := indented(&b, s.l.jsonGroupOf(g, s.storyOf), "    "); err != nil {
			return err
		}
	}
	for _, c := range res.Single {
		s.single = append(s.single, s.l.jsonRef(c))
	}
	_, err := s.w.Write(b.Bytes())
	return err
}

// Close writes the single-source claims, the findings (sorted, as
// rules.Run returns them) and the end of the JSON.
func (s *JSONStream) Close(findings []rules.Finding) error {
	var b bytes.Buffer
	if s.groups > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("],\n  \"single\": ")
	if len(s.single) == 0 {
		b.WriteString("[]")
	} else {
		b.WriteString("[")
		if _, err := s.w.Write(b.Bytes()); err != nil {
			return err
		}
		b.Reset()
		if err := writeElements(s.w, s.single, "    "); err != nil {
			return err
		}
		b.WriteString("\n  ]")
	}
	s.single = nil
	jf := []jsonFinding{}
	for _, f := range findings {
		jf = append(jf, s.l.jsonFindingOf(f))
	}
	b.WriteString(",\n  \"findings\": ")
	if err := indented(&b, jf, "  "); err != nil {
		return err
	}
	b.WriteString("\n}\n")
	_, err := s.w.Write(b.Bytes())
	return err
}

// indented appends v as JSON indented by two spaces, every line after the
// first starting with prefix, without HTML escaping or a final newline:
// the layout JSON's encoder gives v at that depth.
func indented(b *bytes.Buffer, v any, prefix string) error {
	enc := json.NewEncoder(b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1)
	return nil
}

// elementChunk is how many array elements writeElements renders as one
// piece of work.
const elementChunk = 512

// writeElements writes the elements of a JSON array as encoding/json
// indents them at depth prefix (each after a comma but the first, on a
// line of its own), rendered on every core a window of chunks at a time
// and written in order, so at most a window's bytes are held. A panic
// while rendering is raised again in the caller.
func writeElements[T any](w io.Writer, elems []T, prefix string) error {
	nChunks := (len(elems) + elementChunk - 1) / elementChunk
	window := 2 * runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, window)
	errs := make([]error, window)
	for from := 0; from < nChunks; from += window {
		n := min(window, nChunks-from)
		var wg sync.WaitGroup
		var c crash.Catcher
		for k := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Do(func() { errs[k] = renderChunk(&bufs[k], elems, from+k, prefix) })
			}()
		}
		wg.Wait()
		c.Repanic()
		for k := range n {
			if errs[k] != nil {
				return errs[k]
			}
			if _, err := w.Write(bufs[k].Bytes()); err != nil {
				return err
			}
		}
	}
	return nil
}

// renderChunk renders chunk c of elems into b, as writeElements lays them.
func renderChunk[T any](b *bytes.Buffer, elems []T, c int, prefix string) error {
	b.Reset()
	for i := c * elementChunk; i < min(len(elems), (c+1)*elementChunk); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n")
		b.WriteString(prefix)
		if err := indented(b, elems[i], prefix); err != nil {
			return err
		}
	}
	return nil
}
