package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestLoadWithReadsAheadInOrder loads many small articles on every core:
// the documents, their ids, the Loaded calls and the warnings come in
// input order whatever order the workers finish in, and the first failing
// input in order is the error, with nothing loaded after it.
func TestLoadWithReadsAheadInOrder(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 40 {
		p := filepath.Join(dir, "a"+strconv.Itoa(100+i)+".txt")
		body := "The council met on Monday and voted " + strconv.Itoa(i) + " to 2.\n"
		if i == 17 || i == 29 {
			body = strings.Replace(body, "met", "met\x1b", 1) // a control character: one warning
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	tests := []struct {
		name      string
		empty     int // index of a file emptied before loading (no article text); -1 for none
		wantDocs  int
		wantWarns []string // the files warned about, in order
		wantErr   string   // the file the error names
	}{
		{name: "all read", empty: -1, wantDocs: 40, wantWarns: []string{"a117.txt", "a129.txt"}},
		{name: "an empty file stops the load", empty: 23, wantDocs: 23, wantWarns: []string{"a117.txt"}, wantErr: "a123.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]string(nil), files...)
			if tc.empty >= 0 {
				if err := os.WriteFile(in[tc.empty], nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var warns []string
			var loaded []*claims.Document
			docs, err := LoadWith(in, nil, Options{
				Warn: func(m string) {
					if k := strings.Index(m, "a1"); k >= 0 {
						warns = append(warns, m[k:k+8])
					}
				},
				Loaded: func(d *claims.Document) { loaded = append(loaded, d) },
			})
			if tc.wantErr != "" {
				var ie *Error
				if !errors.As(err, &ie) || filepath.Base(ie.Path) != tc.wantErr {
					t.Fatalf("error %v, want one naming %s", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(loaded) != tc.wantDocs {
				t.Fatalf("Loaded called %d times, want %d", len(loaded), tc.wantDocs)
			}
			for i, d := range loaded {
				if d.Path != in[i] || d.ID != "d"+strconv.Itoa(i+1) {
					t.Fatalf("Loaded call %d got %s (%s), want %s (d%d)", i, d.Path, d.ID, in[i], i+1)
				}
			}
			if tc.wantErr == "" && len(docs) != tc.wantDocs {
				t.Fatalf("%d documents, want %d", len(docs), tc.wantDocs)
			}
			if strings.Join(warns, " ") != strings.Join(tc.wantWarns, " ") {
				t.Fatalf("warnings for %v, want %v", warns, tc.wantWarns)
			}
		})
	}
}
