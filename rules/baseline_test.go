package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

// baselineDoc has two unattributed quotes after an editable first paragraph.
func baselineDoc(first string) *claims.Document {
	b := rulestest.New("d1", "dir/story.md", "markdown")
	b.Para(first)
	b.Para(`"One."`).Quote("One.", "", claims.QuoteDirect, claims.AttrNone)
	b.Para(`"Two."`).Quote("Two.", "", claims.QuoteDirect, claims.AttrNone)
	return b.Doc()
}

func TestBaselineSurvivesUnrelatedEdits(t *testing.T) {
	before := baselineDoc("A short paragraph.")
	fs := Run(Input{Docs: []*claims.Document{before}})
	if len(fs) != 2 {
		t.Fatalf("want 2 findings, got %d", len(fs))
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	data, err := NewBaseline(fs).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	bl, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}

	// Edit the unrelated first paragraph: every finding moves, none changes.
	after := baselineDoc("A much longer first paragraph,\nnow over two lines.")
	if got := Run(Input{Docs: []*claims.Document{after}, Baseline: bl}); len(got) != 0 {
		t.Errorf("after an unrelated edit: %s", show([]*claims.Document{after}, got))
	}

	// Edit a quote: its finding is new, its old entry is stale.
	b := rulestest.New("d1", "dir/story.md", "markdown")
	b.Para("A short paragraph.")
	b.Para(`"One, changed."`).Quote("One, changed.", "", claims.QuoteDirect, claims.AttrNone)
	b.Para(`"Two."`).Quote("Two.", "", claims.QuoteDirect, claims.AttrNone)
	edited := b.Doc()
	var got []string
	for _, f := range Run(Input{Docs: []*claims.Document{edited}, Baseline: bl}) {
		got = append(got, f.Rule+" "+f.Severity.String()+" "+f.Doc)
	}
	want := []string{"unused-baseline info d1", "quote-unattributed warning d1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBaselineFile(t *testing.T) {
	fs := []Finding{
		{Rule: "b", Path: "z.txt", Fingerprint: "f2", Message: "m2"},
		{Rule: "a", Path: "z.txt", Fingerprint: "f1", Message: "m1"},
		{Rule: "a", Path: "a.txt", Fingerprint: "f3", Message: "m3"},
	}
	data, err := NewBaseline(fs).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "findings": [
    {
      "rule": "a",
      "path": "a.txt",
      "fingerprint": "f3",
      "message": "m3"
    },
    {
      "rule": "a",
      "path": "z.txt",
      "fingerprint": "f1",
      "message": "m1"
    },
    {
      "rule": "b",
      "path": "z.txt",
      "fingerprint": "f2",
      "message": "m2"
    }
  ]
}
`
	if diff := cmp.Diff(want, string(data)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ in, err string }{
		{`{"version":1,"findings":[]}`, ""},
		{`{"version":2,"findings":[]}`, "version 2"},
		{`{"version":1,"findings":[{"rule":"a"}]}`, "no fingerprint"},
		{`{"version":1,"extra":true}`, "unknown field"},
		{`[`, "not a claimcheck baseline"},
	} {
		_, err := ParseBaseline([]byte(tt.in))
		if (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("ParseBaseline(%s) = %v, want error containing %q", tt.in, err, tt.err)
		}
	}
	if _, err := ReadBaseline(filepath.Join(t.TempDir(), "missing.json")); !os.IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
}

func TestFingerprint(t *testing.T) {
	base := Fingerprint("r", "Some  Claim\ntext", "a/b/story.md")
	tests := []struct {
		rule, content, path string
		same                bool
	}{
		{"r", "some claim text", "other/dir/story.md", true},
		{"r", " SOME claim   text ", "story.md", true},
		{"s", "some claim text", "story.md", false},
		{"r", "some claim text!", "story.md", false},
		{"r", "some claim text", "story2.md", false},
	}
	for _, tt := range tests {
		if got := Fingerprint(tt.rule, tt.content, tt.path) == base; got != tt.same {
			t.Errorf("Fingerprint(%q, %q, %q) same = %v, want %v", tt.rule, tt.content, tt.path, got, tt.same)
		}
	}
	if len(base) != 32 {
		t.Errorf("fingerprint %q, want 32 hex digits", base)
	}
}

// TestBaselineTake checks that taking findings story by story keeps what
// Apply over all of them keeps and leaves the same stale entries.
func TestBaselineTake(t *testing.T) {
	b := &Baseline{Findings: []BaselineEntry{{Fingerprint: "a"}, {Fingerprint: "b"}, {Fingerprint: "b"}, {Fingerprint: "c"}}}
	story1 := []Finding{{Fingerprint: "a", Message: "1a"}, {Fingerprint: "b", Message: "1b"}, {Fingerprint: "x", Message: "1x"}}
	story2 := []Finding{{Fingerprint: "a", Message: "2a"}, {Fingerprint: "b", Message: "2b"}, {Fingerprint: "b", Message: "2b again"}}
	kept1, rest := b.Take(story1)
	kept2, rest := rest.Take(story2)
	var got []string
	for _, f := range append(kept1, kept2...) {
		got = append(got, f.Message)
	}
	if want := []string{"1x", "2a", "2b again"}; !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	if len(rest.Findings) != 1 || rest.Findings[0].Fingerprint != "c" {
		t.Errorf("rest %v, want the entry c", rest.Findings)
	}
	_, stale := b.Apply(append(story1, story2...))
	if len(stale) != 1 || stale[0].Content != "c" {
		t.Errorf("Apply stale %v, want the entry c", stale)
	}
}
