package main

import (
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

type rulesCmd struct{}

// Run lists the built-in rules.
func (c *rulesCmd) Run(e *env) error {
	return emit(e.stdout, rules.List)
}

type explainCmd struct {
	Rule string `arg:"" help:"Rule id, as listed by 'claimcheck rules'."`
}

// Run prints one rule's documentation; an unknown id is exit code 2.
func (c *explainCmd) Run(e *env) error {
	err := emit(e.stdout, func(w io.Writer) error { return rules.Explain(w, c.Rule) })
	if err != nil {
		return trouble("%s", strings.TrimPrefix(err.Error(), "rules: "))
	}
	return nil
}
