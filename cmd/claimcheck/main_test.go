package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/term"
)

var update = flag.Bool("update", false, "rewrite the expected outputs inside testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"claimcheck": func() {
			e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
				stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())), stderrTTY: term.IsTerminal(int(os.Stderr.Fd()))}
			os.Exit(run(os.Args[1:], e))
		},
	})
}

// TestScripts runs the CLI scripts in testdata/script: each checks stdout,
// stderr and the exit code of real claimcheck runs. Every script starts with the
// bundled seed articles, copied into the script's work directory as
// seeds/ so paths in outputs are relative and stable; $TESTDATA is the
// project's testdata folder. Run with -update to rewrite expected outputs.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(e *testscript.Env) error {
			e.Setenv("TESTDATA", testdata)
			return copyDir(filepath.Join(testdata, "seeds"), filepath.Join(e.WorkDir, "seeds"))
		},
	})
}

// copyDir copies the regular files of src into a new directory dst.
func copyDir(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, en := range entries {
		if !en.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, en.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, en.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
