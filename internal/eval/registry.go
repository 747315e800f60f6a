// Package eval measures claimcheck on the public data in ../shared/eval.
// Each data set registers a Suite; cmd eval runs them in name order. The data
// is read in place and never copied into the project.
package eval

import (
	"io"
	"sort"
)

// Suite is one evaluation: Run reads data under root (the shared eval
// folder) and writes a human-readable report to w. A missing data set is
// reported as skipped, not as an error.
type Suite struct {
	Name string
	Run  func(root string, w io.Writer) error
}

var suites = map[string]Suite{}

// Register adds s; it is called from init functions of the data-set files.
func Register(s Suite) { suites[s.Name] = s }

// Suites returns the registered suites sorted by name.
func Suites() []Suite {
	out := make([]Suite, 0, len(suites))
	for _, s := range suites {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
