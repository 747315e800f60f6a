// Package gocode writes the Go files the training commands generate.
package gocode

import (
	"go/format"
	"os"
)

// Write formats src as Go and writes it to the file out, or to standard
// output when out is "". Nothing is written when src does not parse.
func Write(out string, src []byte) error {
	src, err := format.Source(src)
	if err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(src)
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
