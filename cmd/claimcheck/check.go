package main

import (
	"bufio"
	"bytes"
	"os"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/internal/atomicfile"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/report"
	"github.com/claimcheck/claimcheck/rules"
)

type checkCmd struct {
	Format        string   `short:"f" enum:"table,json,sarif,github,markdown,html,rdjson" default:"table" help:"Output format: table, json, sarif, github, markdown, html or rdjson (reviewdog)."`
	FailOn        string   `name:"fail-on" enum:",error,warning,info,none" default:"" help:"Exit 1 when a finding is at or above this severity: error, warning, info or none (default: the config's fail-on, else error)."`
	Config        string   `help:"Configuration file (default: .claimcheck.yaml found by walking up from the working directory)."`
	Baseline      string   `help:"Baseline file: findings it lists are not reported."`
	WriteBaseline string   `name:"write-baseline" help:"Write a baseline accepting every current finding to this file (the run then exits 0)."`
	Output        string   `short:"o" help:"Write the report to this file (atomically) instead of standard output."`
	Semantic      string   `enum:",static,transformer,off" default:"" help:"${semantic_help}"`
	Stories       string   `placeholder:"auto|one" help:"${stories_help}"`
	Draft         string   `help:"Check this draft against the sources given as paths: every claim supported, contradicted or unsupported; every quote verbatim."`
	Paths         []string `arg:"" optional:"" name:"path" help:"Article files, directories, or - for standard input (with --draft: the sources)."`
	inputFlags
}

// Run compares the inputs, applies the sourcing rules and reports.
func (c *checkCmd) Run(e *env) error {
	wd, _ := os.Getwd()
	cfg, err := config.Load(c.Config, wd)
	if err != nil {
		return err
	}
	failOn := rules.Error
	if cfg.FailOn != nil {
		failOn = *cfg.FailOn
	}
	if c.FailOn != "" {
		if failOn, err = rules.ParseFailOn(c.FailOn); err != nil {
			return trouble("--fail-on: %v", err)
		}
	}
	var baseline *rules.Baseline
	if c.Baseline != "" {
		if baseline, err = rules.ReadBaseline(c.Baseline); err != nil {
			return trouble("%v; write one with --write-baseline", err)
		}
	}
	eng, err := semanticEngine(c.Semantic, cfg)
	if err != nil {
		return err
	}
	lex := attrib.Default()
	lex.Add(cfg.Vague.Add...)
	lex.Remove(cfg.Vague.Remove...)
	lex.AddAnonymous(cfg.Vague.Anonymous...)
	opt := claims.Options{Lexicon: lex}

	paths := c.Paths
	if c.Draft != "" && len(paths) == 0 {
		return trouble("%s: draft mode needs at least one source besides the draft; pass the source articles as paths", c.Draft)
	}
	if len(paths) == 0 {
		return trouble("no input given; pass article files, a directory, or - for standard input")
	}

	outs := []output{{"-o", c.Output, "report"}, {"--write-baseline", c.WriteBaseline, "baseline"}}
	if err := checkOutputs(outs, []output{{"--config", cfg.Path, "config"}, {"--baseline", c.Baseline, "baseline"}}); err != nil {
		return err
	}
	lopt, err := c.loadOptions(e)
	if err != nil {
		return err
	}
	// the mode is known from the inputs' names, so a feed is profiled for
	// grouping as it is read and holds only each article's source after
	var profiles *storyProfiles
	if files, err := ingest.Expand(paths); err == nil {
		if mode, err := storiesMode(c.Stories, cfg, paths, len(files), c.Draft != ""); err == nil && mode == config.StoriesAuto {
			profiles = &storyProfiles{}
		}
	}
	read := 0
	lopt.Loaded = func(d *claims.Document) {
		read += len(d.File.Src)
		inputSize(read) // a large input is collected as it is read, not after
		if profiles != nil {
			profiles.add(d)
		}
	}
	loaded := warmUp(true)
	st := newStages(e)
	defer st.done()
	st.begin("reading", -1)
	docs, err := loadCheckInputs(c.Draft, paths, e.stdin, lopt)
	if err != nil {
		return err
	}
	loaded()
	if err := checkOutputsAgainstInputs(outs, docs); err != nil {
		return err
	}
	inputSize(totalBytes(docs))
	if c.Draft != "" && len(docs) < 2 {
		return trouble("%s: draft mode needs at least one source besides the draft; pass the source articles as paths", c.Draft)
	}
	mode, err := storiesMode(c.Stories, cfg, paths, len(docs), c.Draft != "")
	if err != nil {
		return err
	}
	copt := compareOptions(cfg, eng)
	if mode == config.StoriesAuto {
		return c.runStories(e, st, docs, profiles, cfg, opt, copt, baseline, failOn, outs)
	}
	if profiles != nil {
		for _, d := range docs { // Expand and Load disagreed (a file came or went): read whole again
			if err := ingest.Reparse(d); err != nil {
				return err
			}
		}
	}
	opt.Done = crashPoint(st.begin("analysing", len(docs)).stepper())
	claims.AnalyzeAll(docs, opt)

	scorer := compare.NewScorer(copt) // one cache of prepared claims for Compare and the rules
	st.begin("comparing", -1)
	result := scorer.Compare(docs)
	in := rules.Input{Docs: docs, Compare: result, Score: scorer.Score, Config: cfg.Rules, Baseline: baseline}
	if c.WriteBaseline != "" {
		// A new baseline accepts every current finding, including those
		// the old baseline already accepted.
		in.Baseline = nil
	}
	st.begin("applying the rules", -1)
	var draft *rules.Draft
	if c.Draft != "" {
		draft = &rules.Draft{Doc: docs[0], Claims: rules.CheckDraft(docs[0], docs[1:], in.Score)}
		in.Draft = draft
	}
	findings := rules.Run(in)

	rin := report.Input{Docs: docs, Result: result, Findings: findings, Color: useColor(e, c.Output),
		Rules: append(rules.All(), cfg.Rules.Extra...), Version: version}
	if draft != nil {
		rin.Draft, rin.DraftDoc = draft.Claims, draft.Doc
	}
	st.begin("writing the report", -1)
	var buf bytes.Buffer
	if err := report.Write(&buf, c.Format, rin); err != nil {
		return err
	}
	st.done()
	return c.deliver(findings, failOn, outs, func() error {
		if c.Output == "" {
			_, err := e.stdout.Write(buf.Bytes())
			return err
		}
		if err := atomicfile.Write(c.Output, buf.Bytes()); err != nil {
			return outputTrouble(outs[0], err)
		}
		return nil
	})
}

// deliver writes the new baseline (--write-baseline), then finishes the
// report with finish (to -o atomically, else to standard output), and
// returns errFindings when a finding is at or above failOn. Writing a
// baseline accepts every current finding, so it succeeds.
func (c *checkCmd) deliver(findings []rules.Finding, failOn rules.Severity, outs []output, finish func() error) error {
	if c.WriteBaseline != "" {
		data, err := rules.NewBaseline(findings).Marshal()
		if err != nil {
			return err
		}
		if err := atomicfile.Write(c.WriteBaseline, data); err != nil {
			return outputTrouble(outs[1], err)
		}
	}
	if err := finish(); err != nil {
		return err
	}
	if c.WriteBaseline == "" && rules.FailOn(findings, failOn) {
		return errFindings
	}
	return nil
}

// runStories is Run over docs grouped into stories (see storyRun): the
// report streams story by story, to standard output or to -o's temporary
// file, renamed over the output only once complete (so the report is never
// held in memory whole, and a failed run leaves the old output as it was).
func (c *checkCmd) runStories(e *env, st *stages, docs []*claims.Document, profiles *storyProfiles, cfg *config.Config, opt claims.Options,
	copt compare.Options, baseline *rules.Baseline, failOn rules.Severity, outs []output) (err error) {
	if c.WriteBaseline != "" {
		baseline = nil // a new baseline accepts every current finding
	}
	r := &storyRun{e: e, format: c.Format, color: useColor(e, c.Output), cfg: cfg, claims: opt, compare: copt, baseline: baseline, w: e.stdout}
	var out *atomicfile.File
	var bw *bufio.Writer
	if c.Output != "" {
		if out, err = atomicfile.Create(c.Output); err != nil {
			return outputTrouble(outs[0], err)
		}
		committed := false
		defer func() {
			if !committed {
				out.Abort()
			}
		}()
		bw = bufio.NewWriterSize(out, 64<<10)
		r.w = bw
		finish := func() error {
			committed = true
			if err := bw.Flush(); err != nil {
				out.Abort()
				return outputTrouble(outs[0], err)
			}
			if err := out.Commit(); err != nil {
				return outputTrouble(outs[0], err)
			}
			return nil
		}
		return c.runStoriesTo(r, st, docs, profiles, failOn, outs, finish)
	}
	return c.runStoriesTo(r, st, docs, profiles, failOn, outs, nil)
}

// runStoriesTo runs r over docs, writes the rest of the report to r.w and
// delivers it, finishing the output with finish (nil for standard output).
func (c *checkCmd) runStoriesTo(r *storyRun, st *stages, docs []*claims.Document, profiles *storyProfiles, failOn rules.Severity, outs []output, finish func() error) error {
	findings, rendered, err := r.run(docs, profiles,
		func(n int) func() { return st.begin("grouping into stories", n).stepper() },
		func(n int) func() { return st.begin("checking stories", n).stepper() })
	if err != nil {
		return err
	}
	st.done()
	return c.deliver(findings, failOn, outs, func() error {
		if _, err := r.w.Write(rendered); err != nil {
			if finish != nil {
				return outputTrouble(outs[0], err)
			}
			return err
		}
		if finish != nil {
			return finish()
		}
		return nil
	})
}

// compareOptions are the alignment defaults with the number tolerance of the
// claim-diverges rule's configuration, when set (twice that for approximate
// numbers, as by default: 0.05 and 0.10).
func compareOptions(cfg *config.Config, eng semantic.Engine) compare.Options {
	opt := compare.DefaultOptionsFor(eng)
	if rc, ok := cfg.Rules.Rules["claim-diverges"]; ok {
		if v, ok := rc.Options["number-tolerance"].(float64); ok {
			opt.NumberTolerance, opt.ApproxTolerance = v, 2*v
		}
	}
	return opt
}
