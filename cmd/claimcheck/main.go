// Command claimcheck checks the claims of several news articles against each
// other: it extracts atomic claims and quotes, aligns claims across sources,
// classifies agreement and divergence, applies sourcing rules and reports in
// formats editors and CI use.
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
// 2 usage, configuration or input error; 3 internal error (a bug: one line
// with the version, asking for a report).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/alecthomas/kong"
	"golang.org/x/term"
)

// Exit codes of the interface contract.
const (
	exitOK       = 0
	exitFindings = 1
	exitTrouble  = 2
	exitInternal = 3
)

// env is the outside world a command sees; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdoutTTY      bool
	stderrTTY      bool
	progress       *stages // the running command's progress display, if any
}

// cli is the command grammar.
type cli struct {
	Version kong.VersionFlag `help:"Print the version and exit."`

	Check   checkCmd   `cmd:"" help:"Compare articles: groups of aligned claims, divergences, single-source claims and sourcing findings."`
	Claims  claimsCmd  `cmd:"" help:"List the atomic claims of each article."`
	Quotes  quotesCmd  `cmd:"" help:"List the quotes of each article and who they are attributed to."`
	Pairs   pairsCmd   `cmd:"" help:"Score sentence pairs from a TSV file (ID<TAB>TEXT_A<TAB>TEXT_B)."`
	Rules   rulesCmd   `cmd:"" help:"List the sourcing rules."`
	Explain explainCmd `cmd:"" help:"Explain one rule."`
	Serve   serveCmd   `cmd:"" help:"Open the editor's page in a browser: upload or paste articles, read the result side by side."`
}

// version is the tool version reported in SARIF output.
const version = "0.1.0"

// exitError carries an exit code through kong's exit hook.
type exitError int

// troubleError is an error the user must fix; it exits with code 2.
type troubleError struct{ msg string }

func (e *troubleError) Error() string { return e.msg }

// trouble formats a troubleError: one line naming the file and the fix.
func trouble(format string, args ...any) error {
	return &troubleError{msg: fmt.Sprintf(format, args...)}
}

// errFindings reports that findings reached --fail-on; it exits with 1
// and prints nothing more.
var errFindings = errors.New("findings at or above --fail-on")

func main() {
	tuneGC()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())), stderrTTY: term.IsTerminal(int(os.Stderr.Fd()))}
	os.Exit(run(os.Args[1:], e))
}

// run parses args, runs the command and returns the exit code. It never
// panics on bad input and never prints a stack trace.
func run(args []string, e *env) (code int) {
	var c cli
	defer func() {
		if r := recover(); r != nil {
			if ec, ok := r.(exitError); ok {
				code = int(ec)
				return
			}
			code = internalError(e.stderr, r)
		}
	}()
	parser, err := kong.New(&c,
		kong.Name("claimcheck"),
		kong.Description("Offline claim consistency checker for news: do our sources agree?"),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(code int) { panic(exitError(code)) }),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": version, "semantic_help": semanticHelp, "stories_help": storiesHelp},
	)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimcheck: %v\n", err)
		return exitTrouble
	}
	ctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimcheck: %v; run 'claimcheck --help' for usage\n", err)
		return exitTrouble
	}
	err = ctx.Run(e)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	default:
		fmt.Fprintf(e.stderr, "claimcheck: %s\n", strings.TrimSpace(err.Error()))
		return exitTrouble
	}
}
