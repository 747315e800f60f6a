package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/stories"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/report"
	"github.com/claimcheck/claimcheck/rules"
)

// autoStories is the most articles a directory may hold before check
// groups them into stories by default.
const autoStories = 50

// storiesHelp is the help of check --stories.
const storiesHelp = "How to group the articles: auto (into stories by shared names and words; claims are compared only within a story) or one (all articles are one story). " +
	"Default: the config's stories key, else auto when a directory given holds more than 50 articles, else one."

// storiesMode is the grouping check uses: the flag when given, else the
// configuration's stories key, else auto when a directory is among the
// paths and more than autoStories articles were read, else one. Draft mode
// is always one story: a draft is checked against all its sources.
func storiesMode(flag string, cfg *config.Config, paths []string, n int, draft bool) (string, error) {
	if flag != "" && flag != config.StoriesAuto && flag != config.StoriesOne {
		return "", trouble("--stories %q: give auto (group the articles into stories and compare claims within each) or one (compare all articles as one story)", flag)
	}
	mode := flag
	if mode == "" {
		mode = cfg.Stories
	}
	if draft {
		if flag == config.StoriesAuto {
			return "", trouble("--stories auto does not apply with --draft: a draft is checked against all its sources; drop --stories")
		}
		return config.StoriesOne, nil
	}
	if mode == "" {
		mode = config.StoriesOne
		if n > autoStories && anyDir(paths) {
			mode = config.StoriesAuto
		}
	}
	return mode, nil
}

// anyDir reports whether a path names a directory.
func anyDir(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

// storyRun is a check over articles grouped into stories: each story is
// analysed, compared and judged on its own, so prepared claims are held for
// one story at a time, and the table and the JSON are written story by
// story (report.JSONStream). The other formats are rendered once at the end
// from the stories' groups and findings; the documents' analysis is
// released after each story except for html, whose page shows every claim.
type storyRun struct {
	e        *env
	format   string
	color    bool
	cfg      *config.Config
	claims   claims.Options
	compare  compare.Options
	baseline *rules.Baseline // entries not yet matched; nil when none applies
	w        io.Writer       // where the table streams
}

// run checks docs story by story and returns the findings (baseline
// applied, stale entries included, sorted) and, for every format but
// table and json, the rendered report; those two have been written to r.w.
func (r *storyRun) run(docs []*claims.Document, sp *storyProfiles, groupStage, checkStage func(int) func()) ([]rules.Finding, []byte, error) {
	if sp == nil || len(sp.profiles) != len(docs) {
		step := groupStage(len(docs))
		sp = &storyProfiles{}
		for _, d := range docs {
			if d.Blocks == nil { // profiled as read, but a file came or went since
				if err := ingest.Reparse(d); err != nil {
					return nil, nil, err
				}
			}
			sp.add(d)
			if step != nil {
				step()
			}
		}
	}
	groups := stories.Group(sp.profiles, stories.DefaultOptions())
	sp = nil // the profiles are garbage once grouped: not held while the stories are checked
	r.claims.Done = crashPoint(checkStage(len(docs)))

	ruleList := append(rules.All(), r.cfg.Rules.Extra...)
	merged := &compare.Result{}
	var all []rules.Finding
	var reported []report.Story
	nGroups, nDiverging := 0, 0
	var stream *report.JSONStream
	if r.format == "json" {
		for _, g := range groups {
			ids := make([]string, len(g.Docs))
			for i, k := range g.Docs {
				ids[i] = docs[k].ID
			}
			reported = append(reported, report.Story{ID: g.ID, Docs: ids})
		}
		var err error
		if stream, err = report.NewJSONStream(r.w, docs, reported); err != nil {
			return nil, nil, err
		}
	}
	analysed := 0      // stories before this index have been analysed
	var batch []judged // the stories from batchFrom up to analysed, judged
	batchFrom := 0
	for si, g := range groups {
		if si == analysed {
			var err error
			batchFrom = si
			if analysed, err = r.analyse(docs, groups, si); err != nil {
				return nil, nil, err
			}
			batch = r.judgeBatch(docs, groups[batchFrom:analysed])
		}
		j := batch[si-batchFrom]
		batch[si-batchFrom] = judged{} // released with the story, not the batch
		sd, res, fs := j.docs, j.res, j.fs
		if stream == nil {
			reported = append(reported, report.Story{ID: g.ID, Docs: j.ids})
		}
		for i := range res.Groups {
			nGroups++
			res.Groups[i].ID = "g" + strconv.Itoa(nGroups)
			if len(res.Groups[i].Divergences) > 0 {
				nDiverging++
			}
		}
		if r.baseline != nil {
			fs, r.baseline = r.baseline.Take(fs)
		}
		all = append(all, fs...)
		switch r.format {
		case "json":
			if err := stream.Story(res); err != nil {
				return nil, nil, err
			}
		case "table":
			if _, err := fmt.Fprintf(r.w, "Story %s: %d %s\n\n", g.ID, len(sd), plural(len(sd), "article")); err != nil {
				return nil, nil, err
			}
			in := report.Input{Docs: sd, Result: res, Findings: fs, Color: r.color, Rules: ruleList, Version: version}
			if err := report.Table(r.w, in); err != nil {
				return nil, nil, err
			}
			if _, err := io.WriteString(r.w, "\n"); err != nil {
				return nil, nil, err
			}
		default:
			if r.format != "markdown" && r.format != "html" {
				for i := range res.Groups {
					res.Groups[i].Pairs = nil // only markdown and html show pairs' diffs
				}
			}
			merged.Groups = append(merged.Groups, res.Groups...)
			merged.Single = append(merged.Single, res.Single...)
		}
		if r.format != "html" {
			for _, d := range sd {
				d.Sentences, d.Claims, d.Quotes, d.Sourcing, d.Blocks = nil, nil, nil, nil, nil
			}
		}
	}
	stale := r.stale(docs)
	all = rules.SortFindings(append(all, stale...))
	if stream != nil {
		return all, nil, stream.Close(all)
	}
	if r.format == "table" {
		if len(stale) > 0 {
			if err := report.Table(r.w, report.Input{Findings: stale, Color: r.color, Rules: ruleList, Version: version}); err != nil {
				return nil, nil, err
			}
		}
		_, err := fmt.Fprintf(r.w, "%d %s: %s; %d aligned %s, %d diverging\n", len(groups), plural(len(groups), "story"),
			report.Summary(all, nil), nGroups, plural(nGroups, "group"), nDiverging)
		return all, nil, err
	}
	in := report.Input{Docs: docs, Result: merged, Findings: all, Color: r.color, Rules: ruleList, Version: version, Stories: reported}
	var buf bytes.Buffer
	if err := report.Write(&buf, r.format, in); err != nil {
		return nil, nil, err
	}
	return all, buf.Bytes(), nil
}

// storyProfiles collects the grouping profiles of a feed's articles as
// they are read (see ingest.Options.Loaded), in input order, and drops
// each article's blocks once profiled: they are rebuilt from its source
// (ingest.Reparse) when its story is analysed, so the feed is held as its
// sources and profiles, not as parsed documents.
type storyProfiles struct {
	pr       stories.Profiler
	profiles []stories.Profile
}

// add profiles d and drops its blocks.
func (sp *storyProfiles) add(d *claims.Document) {
	sp.profiles = append(sp.profiles, sp.pr.Profile(d))
	d.Blocks = nil
}

// analyseBatch is how many articles are analysed together: a story's
// articles are analysed with those of the stories after it up to this
// many, so the cores stay busy on a feed of small stories while the
// claims held stay bounded (by the largest story when it is larger).
const analyseBatch = 64

// analyse analyses the articles of groups[from] and of the stories after
// it until analyseBatch articles are reached, and returns the index of the
// first story left. run keeps only each article's source while the feed is
// grouped (its blocks are most of what ingesting built), so the blocks are
// rebuilt here, with ingest.Reparse, just before the claims.
func (r *storyRun) analyse(docs []*claims.Document, groups []stories.Story, from int) (int, error) {
	var batch []*claims.Document
	to := from
	for to < len(groups) && (to == from || len(batch)+len(groups[to].Docs) <= analyseBatch) {
		for _, k := range groups[to].Docs {
			batch = append(batch, docs[k])
		}
		to++
	}
	if err := reparseAll(batch); err != nil {
		return 0, err
	}
	claims.AnalyzeAll(batch, r.claims)
	return to, nil
}

// stale reports the baseline entries no story's findings matched, stamped
// as rules.Run stamps them, each with the document of its path.
func (r *storyRun) stale(docs []*claims.Document) []rules.Finding {
	if r.baseline == nil || len(r.baseline.Findings) == 0 {
		return nil
	}
	fs := rules.Run(rules.Input{Config: r.cfg.Rules, Baseline: r.baseline})
	for i := range fs {
		for _, d := range docs {
			if fs[i].Doc == "" && d.Path == fs[i].Path {
				fs[i].Doc = d.ID
			}
		}
	}
	return fs
}

// plural is word, or its plural when n is not 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	if word == "story" {
		return "stories"
	}
	return word + "s"
}
