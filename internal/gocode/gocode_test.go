package gocode

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWrite checks that the file is written gofmt-ed and that source that
// does not parse writes nothing.
func TestWrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x_gen.go")
	if err := Write(p, []byte("package x\nvar  a = []int{1,2}\n")); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(p); err != nil || string(b) != "package x\n\nvar a = []int{1, 2}\n" {
		t.Errorf("wrote %q, %v", b, err)
	}
	q := filepath.Join(t.TempDir(), "bad_gen.go")
	if err := Write(q, []byte("package x\nvar = \n")); err == nil {
		t.Error("source that does not parse was accepted")
	}
	if _, err := os.Stat(q); err == nil {
		t.Error("source that does not parse was written")
	}
}
