package report

import (
	"bytes"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/jsonout"
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
	if err := jsonout.Indented(&b, jd, "  "); err != nil {
		return nil, err
	}
	if len(js) > 0 {
		b.WriteString(",\n  \"stories\": ")
		if err := jsonout.Indented(&b, js, "  "); err != nil {
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
		if err := jsonout.Indented(&b, s.l.jsonGroupOf(g, s.storyOf), "    "); err != nil {
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
	if _, err := s.w.Write(b.Bytes()); err != nil {
		return err
	}
	b.Reset()
	if err := jsonout.Array(s.w, len(s.single), "  ", func(i int) any { return s.single[i] }); err != nil {
		return err
	}
	s.single = nil
	jf := []jsonFinding{}
	for _, f := range findings {
		jf = append(jf, s.l.jsonFindingOf(f))
	}
	b.WriteString(",\n  \"findings\": ")
	if err := jsonout.Indented(&b, jf, "  "); err != nil {
		return err
	}
	b.WriteString("\n}\n")
	_, err := s.w.Write(b.Bytes())
	return err
}
