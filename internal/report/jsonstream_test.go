package report

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJSONStream checks that a stream of one story gives JSON's bytes for
// the same input, on the seeds and on an input with no groups.
func TestJSONStream(t *testing.T) {
	for name, fx := range map[string]func() Input{"seeds": seedsFixture, "peer": peerFixture} {
		for _, strip := range []bool{false, true} {
			in := fx()
			if strip {
				in.Result.Groups = nil
			}
			var ids []string
			for _, d := range in.Docs {
				ids = append(ids, d.ID)
			}
			in.Stories = []Story{{ID: "s1", Docs: ids}}
			var want, got bytes.Buffer
			if err := JSON(&want, in); err != nil {
				t.Fatal(err)
			}
			s, err := NewJSONStream(&got, in.Docs, in.Stories)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Story(in.Result); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(in.Findings); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("%s (no groups: %v): stream differs from JSON (-want +got):\n%s", name, strip, diff)
			}
		}
	}
}
