package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/term"
)

var update = flag.Bool("update", false, "rewrite the expected outputs inside testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"claimcheck": func() {
			crashAt = os.Getenv("CLAIMCHECK_TEST_CRASH") // test builds only: see crashAt
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
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"filemode": cmdFileMode,
			"mknull":   cmdMknull,
			"exits":    cmdExits,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Getuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// cmdFileMode is the script command "filemode PATH WANT": WANT is the
// file's type and permissions as ls -l shows them after links are not
// followed (for example -rw------- or Lrwxrwxrwx for a link, p for a FIFO).
func cmdFileMode(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: filemode PATH WANT")
	}
	fi, err := os.Lstat(ts.MkAbs(args[0]))
	if err != nil {
		ts.Fatalf("%v", err)
	}
	got := fi.Mode().String()
	if (got == args[1]) == neg {
		ts.Fatalf("%s: mode %s, want %s%s", args[0], got, map[bool]string{true: "not "}[neg], args[1])
	}
}

// cmdExits is the script command "exits CODE PROGRAM ARGS...": it runs the
// program like exec and fails unless it exits with CODE; stdout and stderr
// are kept for the next stdout and stderr checks.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 || neg {
		ts.Fatalf("usage: exits CODE PROGRAM ARGS...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdMknull is the script command "mknull PATH": it makes a character
// device like /dev/null at PATH (root only), so tests never touch the real one.
func cmdMknull(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: mknull PATH")
	}
	if err := syscall.Mknod(ts.MkAbs(args[0]), syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		ts.Fatalf("mknod: %v", err)
	}
	ts.Check(os.Chmod(ts.MkAbs(args[0]), 0o666))
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
