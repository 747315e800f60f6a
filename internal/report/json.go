package report

import (
	"encoding/json"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// The JSON shapes of the interface contract (DESIGN.md, `check`).
type (
	jsonOut struct {
		Version   int            `json:"version"`
		Documents []jsonDocument `json:"documents"`
		Stories   []jsonStory    `json:"stories,omitempty"` // present exactly with --stories auto
		Groups    []jsonGroup    `json:"groups"`
		Single    []jsonClaimRef `json:"single"` // claims no other source makes
		Findings  []jsonFinding  `json:"findings"`
		Draft     *[]jsonDraft   `json:"draft,omitempty"` // present exactly in draft mode
	}
	jsonDocument struct {
		ID    string `json:"id"`
		Path  string `json:"path"`
		Title string `json:"title"`
	}
	jsonStory struct {
		ID        string   `json:"id"`
		Documents []string `json:"documents"`
	}
	jsonSpan struct {
		Start  int `json:"start"`
		End    int `json:"end"`
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	jsonClaimRef struct {
		Doc   string   `json:"doc"`
		Claim string   `json:"claim"`
		Text  string   `json:"text"`
		Span  jsonSpan `json:"span"`
	}
	jsonDivergence struct {
		Kind   string   `json:"kind"`
		Values []string `json:"values"`
	}
	jsonGroup struct {
		ID          string           `json:"id"`
		Relation    string           `json:"relation"`
		Claims      []jsonClaimRef   `json:"claims"`
		Divergences []jsonDivergence `json:"divergences"`
		Story       string           `json:"story,omitempty"` // with --stories auto
	}
	jsonRelated struct {
		Doc     string   `json:"doc"`
		Path    string   `json:"path"`
		Span    jsonSpan `json:"span"`
		Message string   `json:"message"`
	}
	jsonFinding struct {
		Rule        string        `json:"rule"`
		Severity    string        `json:"severity"`
		Message     string        `json:"message"`
		Doc         string        `json:"doc"`
		Path        string        `json:"path"`
		Span        jsonSpan      `json:"span"`
		Related     []jsonRelated `json:"related"`
		Fingerprint string        `json:"fingerprint"`
	}
	jsonDraft struct {
		Claim    string         `json:"claim"`
		Text     string         `json:"text"`
		Span     jsonSpan       `json:"span"`
		Support  string         `json:"support"`
		Evidence []jsonClaimRef `json:"evidence"`
	}
)

func (l *locator) jsonSpan(id, path string, s claims.Span) jsonSpan {
	p, _ := l.pos(id, path, s)
	return jsonSpan{Start: s.Start, End: s.End, Line: p.Line, Column: p.Column}
}

func (l *locator) jsonRef(r compare.ClaimRef) jsonClaimRef {
	return jsonClaimRef{Doc: r.Doc, Claim: r.Claim, Text: r.Text, Span: l.jsonSpan(r.Doc, "", r.Span)}
}

// JSON writes the `check` output of the interface contract: version 1,
// documents, groups (cross-source divergences first, then cross-source
// agreements, then groups within one article), findings and, in draft
// mode, draft; plus single, the single-source claims. Lists are never null.
// With in.Stories (check --stories auto) it adds stories, each story's ID
// and document IDs, and the story of each group.
func JSON(w io.Writer, in Input) error {
	l := newLocator(in)
	out := jsonOut{Version: 1, Documents: []jsonDocument{}, Groups: []jsonGroup{}, Single: []jsonClaimRef{}, Findings: []jsonFinding{}}
	docs := in.Docs
	if in.DraftDoc != nil && l.byID[in.DraftDoc.ID] == in.DraftDoc && !contains(docs, in.DraftDoc) {
		docs = append([]*claims.Document{in.DraftDoc}, docs...)
	}
	for _, d := range docs {
		out.Documents = append(out.Documents, jsonDocument{ID: d.ID, Path: d.Path, Title: d.Title})
	}
	storyOf := map[string]string{}
	for _, st := range in.Stories {
		out.Stories = append(out.Stories, jsonStory{ID: st.ID, Documents: append([]string{}, st.Docs...)})
		for _, d := range st.Docs {
			storyOf[d] = st.ID
		}
	}
	if in.Result != nil {
		for _, g := range orderedGroups(in.Result) {
			out.Groups = append(out.Groups, l.jsonGroupOf(g, storyOf))
		}
		for _, c := range in.Result.Single {
			out.Single = append(out.Single, l.jsonRef(c))
		}
	}
	for _, f := range in.Findings {
		out.Findings = append(out.Findings, l.jsonFindingOf(f))
	}
	if in.Draft != nil || in.DraftDoc != nil {
		drafts := []jsonDraft{}
		out.Draft = &drafts
		id := ""
		if in.DraftDoc != nil {
			id = in.DraftDoc.ID
		}
		for _, dc := range in.Draft {
			jd := jsonDraft{Claim: dc.Claim, Text: dc.Text, Span: l.jsonSpan(id, "", dc.Span), Support: string(dc.Support), Evidence: []jsonClaimRef{}}
			for _, e := range dc.Evidence {
				jd.Evidence = append(jd.Evidence, l.jsonRef(e))
			}
			drafts = append(drafts, jd)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func contains(docs []*claims.Document, d *claims.Document) bool {
	for _, x := range docs {
		if x == d || x.ID == d.ID {
			return true
		}
	}
	return false
}

// jsonGroupOf is the JSON of group g, in the story storyOf gives its first
// claim's document.
func (l *locator) jsonGroupOf(g compare.Group, storyOf map[string]string) jsonGroup {
	jg := jsonGroup{ID: g.ID, Relation: string(g.Relation), Claims: []jsonClaimRef{}, Divergences: []jsonDivergence{}}
	if len(g.Claims) > 0 {
		jg.Story = storyOf[g.Claims[0].Doc]
	}
	for _, c := range g.Claims {
		jg.Claims = append(jg.Claims, l.jsonRef(c))
	}
	for _, dv := range g.Divergences {
		vals := dv.Values
		if vals == nil {
			vals = []string{}
		}
		jg.Divergences = append(jg.Divergences, jsonDivergence{Kind: dv.Kind, Values: vals})
	}
	return jg
}

// jsonFindingOf is the JSON of finding f.
func (l *locator) jsonFindingOf(f rules.Finding) jsonFinding {
	jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message, Doc: f.Doc, Path: displayPath(l, f),
		Span: l.jsonSpan(f.Doc, f.Path, f.Span), Related: []jsonRelated{}, Fingerprint: f.Fingerprint}
	for _, r := range f.Related {
		jf.Related = append(jf.Related, jsonRelated{Doc: r.Doc, Path: r.Path, Span: l.jsonSpan(r.Doc, r.Path, r.Span), Message: r.Message})
	}
	return jf
}
