// Command eval runs every registered evaluation suite on the public data in
// ../shared/eval (or -data DIR) and prints their figures, scoring with the
// semantic engine of -semantic (static, transformer or off; the
// transformer needs `make model`). `make eval` runs it for each engine.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/internal/eval"
)

func main() {
	data := flag.String("data", filepath.Join("..", "shared", "eval"), "folder holding the shared evaluation data")
	only := flag.String("only", "", "run only the suite with this name")
	sem := flag.String("semantic", string(semantic.DefaultKind), "semantic engine: off, static or transformer")
	flag.Parse()
	kind, err := semantic.ParseKind(*sem)
	if err != nil {
		fmt.Fprintf(os.Stderr, "eval: -semantic: %v\n", err)
		os.Exit(2)
	}
	e, err := semantic.Open(kind)
	if err != nil {
		fmt.Fprintf(os.Stderr, "eval: -semantic %s: %v\n", kind, err)
		os.Exit(2)
	}
	eval.Engine = nil
	if e != nil {
		eval.Engine = semantic.NewMemo(e)
	}
	fmt.Printf("# semantic engine: %s\n\n", kind)
	if _, err := os.Stat(*data); err != nil {
		fmt.Fprintf(os.Stderr, "eval: %s: evaluation data not found; pass -data DIR pointing at shared/eval\n", *data)
		os.Exit(2)
	}
	failed := false
	for _, s := range eval.Suites() {
		if *only != "" && s.Name != *only {
			continue
		}
		fmt.Printf("== %s\n", s.Name)
		if err := s.Run(*data, os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", s.Name, err)
			failed = true
		}
		fmt.Println()
	}
	if failed {
		os.Exit(1)
	}
}
