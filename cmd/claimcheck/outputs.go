package main

import (
	"errors"
	"os"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/atomicfile"
)

// output is a file the run writes: the flag that names it, its path and what
// goes in it.
type output struct {
	flag, path, what string
}

// checkOutputs refuses, before any analysis, output paths the run could not
// write or must not: a directory, a read-only file, a missing directory, the
// same file named twice, or a file the run reads (an article, the config;
// the baseline too, except that --write-baseline may rewrite it).
func checkOutputs(outs []output, reads []output) error {
	var named []output
	for _, o := range outs {
		if o.path != "" {
			named = append(named, o)
		}
	}
	for i, o := range named {
		if err := atomicfile.Check(o.path); err != nil {
			return outputTrouble(o, err)
		}
		for _, p := range named[:i] {
			if sameFile(o.path, p.path) {
				return trouble("%s: named by both %s and %s; give them different files", o.path, p.flag, o.flag)
			}
		}
		for _, r := range reads {
			if r.path != "" && sameFile(o.path, r.path) && !(o.flag == "--write-baseline" && r.flag == "--baseline") {
				return trouble("%s: %s would overwrite the %s it reads; write the %s to another file", o.path, o.flag, r.what, o.what)
			}
		}
	}
	return nil
}

// checkOutputsAgainstInputs refuses an output that is one of the loaded
// articles (a file given directly or found in a directory).
func checkOutputsAgainstInputs(outs []output, docs []*claims.Document) error {
	for _, o := range outs {
		if o.path == "" {
			continue
		}
		for _, d := range docs {
			if d.Path != "-" && sameFile(o.path, d.Path) {
				return trouble("%s: %s names the input article %s; write the %s to another file", o.path, o.flag, d.Path, o.what)
			}
		}
	}
	return nil
}

// outputTrouble is the one-line message for an output path that cannot be
// written.
func outputTrouble(o output, err error) error {
	switch {
	case errors.Is(err, atomicfile.ErrIsDir):
		return trouble("%s: is a directory; give %s a file name", o.path, o.flag)
	case errors.Is(err, atomicfile.ErrReadOnly):
		return trouble("%s: file is read-only; make it writable (chmod u+w) or write the %s elsewhere", o.path, o.what)
	case errors.Is(err, atomicfile.ErrNoDir):
		return trouble("%s: directory does not exist; create it or write the %s elsewhere", o.path, o.what)
	}
	return trouble("%s: cannot write the %s: %v; check the directory exists and is writable", o.path, o.what, err)
}

// sameFile reports whether a and b name one existing file (after links).
func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
