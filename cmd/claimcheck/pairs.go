package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/claimcheck/claimcheck/internal/config"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

type pairsCmd struct {
	Format   string `enum:"jsonl,table" default:"jsonl" help:"Output format: jsonl (one JSON object per pair) or table."`
	Semantic string `enum:",static,transformer,off" default:"" help:"${semantic_help}"`
	Config   string `help:"Configuration file, for its semantic: engine (default: .claimcheck.yaml found by walking up from the working directory)."`
	File     string `arg:"" help:"TSV file of ID<TAB>TEXT_A<TAB>TEXT_B lines, or - for standard input."`
}

// pairLine is one scored pair as the interface contract prints it.
type pairLine struct {
	ID          string               `json:"id"`
	Score       float64              `json:"score"`
	Aligned     bool                 `json:"aligned"`
	Relation    compare.Relation     `json:"relation"`
	Divergences []compare.Divergence `json:"divergences"`
}

// Run scores every pair of the file in input order.
func (c *pairsCmd) Run(e *env) error {
	wd, _ := os.Getwd()
	cfg, err := config.Load(c.Config, wd)
	if err != nil {
		return err
	}
	eng, err := semanticEngine(c.Semantic, cfg)
	if err != nil {
		return err
	}
	data, err := c.read(e)
	if err != nil {
		return err
	}
	type pair struct {
		id   string
		a, b *claims.Claim
	}
	var ps []pair
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return trouble("%s:%d: expected 3 tab-separated fields (ID, TEXT_A, TEXT_B), found %d; fix the line", c.File, n, len(f))
		}
		ps = append(ps, pair{f[0], claims.FromText(f[1]), claims.FromText(f[2])})
	}
	if err := sc.Err(); err != nil {
		return trouble("%s: %v; split very long lines", c.File, err)
	}
	// Word weights come from the file's own sentences, as in training
	// (see compare.Collection); a short file falls back to general weights.
	all := make([]*claims.Claim, 0, 2*len(ps))
	for _, p := range ps {
		all = append(all, p.a, p.b)
	}
	col := compare.NewCollection(all)
	opt := compare.DefaultOptionsFor(eng)
	out := make([]pairLine, len(ps))
	for i, p := range ps {
		sp := col.ScorePair(p.a, p.b, opt)
		divs := sp.Divergences
		if divs == nil {
			divs = []compare.Divergence{}
		}
		out[i] = pairLine{ID: p.id, Score: math.Round(sp.Score*1e4) / 1e4, Aligned: sp.Aligned, Relation: sp.Relation, Divergences: divs}
	}
	return emit(e.stdout, func(w io.Writer) error {
		if c.Format == "table" {
			return pairsTable(w, out)
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, p := range out {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
		return nil
	})
}

func (c *pairsCmd) read(e *env) ([]byte, error) {
	var data []byte
	var err error
	if c.File == "-" {
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(c.File)
	}
	if err != nil {
		return nil, trouble("%s: cannot read: %v; check the path", c.File, unwrap(err))
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, trouble("%s: not UTF-8 text; convert the file to UTF-8", c.File)
	}
	if err := ingest.CheckControls(c.File, data); err != nil {
		return nil, err
	}
	return data, nil
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func pairsTable(w io.Writer, ps []pairLine) error {
	t := tablewriter.NewTable(w, tablewriter.WithMaxWidth(100), tablewriter.WithHeaderAutoFormat(tw.Off))
	t.Header([]string{"ID", "Score", "Aligned", "Relation", "Divergences"})
	for _, p := range ps {
		var kinds []string
		for _, d := range p.Divergences {
			kinds = append(kinds, d.Kind+": "+strings.Join(d.Values, " / "))
		}
		if err := t.Append([]string{p.ID, fmt.Sprintf("%.3f", p.Score), fmt.Sprint(p.Aligned), string(p.Relation), strings.Join(kinds, "; ")}); err != nil {
			return err
		}
	}
	return t.Render()
}
