package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPublicPackagesImportNoInternal checks the module's layout: no public
// package (any directory outside internal/ and cmd/) imports a package
// under internal/, so the library a user imports never leans on plumbing
// it cannot reach. Every non-test Go file is read whatever its build
// constraints (cgo files too); test files may import what they like.
func TestPublicPackagesImportNoInternal(t *testing.T) {
	root := filepath.Join("..", "..")
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	module := modulePath(string(gomod))
	if module == "" {
		t.Fatal("go.mod names no module")
	}
	bad := publicImportsOfInternal(t, root, module)
	for _, b := range bad {
		t.Errorf("%s imports %s: a public package must not import internal/ (move the package out of internal/ or the code into internal/)", b[0], b[1])
	}
}

// modulePath returns the path on go.mod's module line, or "".
func modulePath(gomod string) string {
	for _, l := range strings.Split(gomod, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// publicImportsOfInternal returns (file, import path) for every import of
// module/internal/... by a non-test file of a public package under root.
func publicImportsOfInternal(t *testing.T, root, module string) [][2]string {
	t.Helper()
	var bad [][2]string
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			name := d.Name()
			if rel != "." && (rel == "internal" || rel == "cmd" || name == "testdata" || name == "vendor" ||
				strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && rel != "." {
				return filepath.SkipDir // another module
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return err
			}
			if p == module+"/internal" || strings.HasPrefix(p, module+"/internal/") {
				bad = append(bad, [2]string{rel, p})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return bad
}

// TestLayoutCheckSeesInternalImports makes sure the layout check can fail:
// a public file importing internal/ in a scratch module is reported, and
// the same import under internal/, cmd/ or in a test file is not.
func TestLayoutCheckSeesInternalImports(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"go.mod":              "module example.com/m\n",
		"lib/lib.go":          "package lib\n\nimport _ \"example.com/m/internal/x\"\n",
		"lib/lib_test.go":     "package lib\n\nimport _ \"example.com/m/internal/y\"\n",
		"internal/x/x.go":     "package x\n\nimport _ \"example.com/m/internal/y\"\n",
		"cmd/tool/main.go":    "package main\n\nimport _ \"example.com/m/internal/x\"\n",
		"lib/sub/ok.go":       "package sub\n\nimport _ \"example.com/m/lib\"\n",
		"lib/testdata/bad.go": "package bad\n\nimport _ \"example.com/m/internal/x\"\n",
	}
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := publicImportsOfInternal(t, root, "example.com/m")
	if len(got) != 1 || got[0] != [2]string{"lib/lib.go", "example.com/m/internal/x"} {
		t.Errorf("reported %v, want only lib/lib.go importing example.com/m/internal/x", got)
	}
}
