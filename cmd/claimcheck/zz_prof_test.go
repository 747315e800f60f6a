package main

import (
	"io"
	"os"
	"testing"
)

func TestProfCheck(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	e := &env{stdin: os.Stdin, stdout: io.Discard, stderr: os.Stderr}
	t.Log(run([]string{"check", "--format", "json", dir}, e))
}
