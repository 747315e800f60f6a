package main

import (
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/listing"
)

type claimsCmd struct {
	Format string   `enum:"table,json" default:"table" help:"Output format: table or json."`
	Paths  []string `arg:"" name:"path" help:"Article files, directories, or - for standard input."`
	inputFlags
}

// Run lists the atomic claims of every input.
func (c *claimsCmd) Run(e *env) error {
	docs, err := loadDocs(c.Paths, e, c.inputFlags, claims.Options{})
	if err != nil {
		return err
	}
	return emit(e.stdout, func(w io.Writer) error {
		if c.Format == "json" {
			return listing.ClaimsJSON(w, docs)
		}
		return listing.ClaimsTable(w, docs)
	})
}

type quotesCmd struct {
	Format string   `enum:"table,json" default:"table" help:"Output format: table or json."`
	Paths  []string `arg:"" name:"path" help:"Article files, directories, or - for standard input."`
	inputFlags
}

// Run lists the quotes of every input with their attribution.
func (c *quotesCmd) Run(e *env) error {
	docs, err := loadDocs(c.Paths, e, c.inputFlags, claims.Options{})
	if err != nil {
		return err
	}
	return emit(e.stdout, func(w io.Writer) error {
		if c.Format == "json" {
			return listing.QuotesJSON(w, docs)
		}
		return listing.QuotesTable(w, docs)
	})
}
