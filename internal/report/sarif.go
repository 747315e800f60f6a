package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// informationURI is the tool's home in SARIF output.
const informationURI = "https://github.com/claimcheck/claimcheck"

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	case rules.Info:
		return "note"
	}
	return "none"
}

// SARIFReport builds the SARIF 2.1.0 log: one run, rule descriptors from the
// rule docs, code-point columns (columnKind unicodeCodePoints), one artifact
// per file, related locations, and the content fingerprint as the partial
// fingerprint "claimcheck/v1".
func SARIFReport(in Input) *sarif.Report {
	l := newLocator(in)
	rep := sarif.NewReport()
	run := sarif.NewRunWithInformationURI("claimcheck", informationURI)
	run.WithColumnKind("unicodeCodePoints")
	driver := run.Tool.Driver
	if in.Version != "" {
		driver.Version = &in.Version
	}

	ruleIndex := map[string]int{}
	for _, r := range ruleList(in) {
		ruleIndex[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, descriptor(r))
	}

	artifactIndex := map[string]int{}
	artifact := func(path string) int {
		if i, ok := artifactIndex[path]; ok {
			return i
		}
		i := len(run.Artifacts)
		artifactIndex[path] = i
		a := sarif.NewArtifact()
		a.Location = &sarif.ArtifactLocation{URI: ptr(sarifURI(path)), Index: i}
		if d := l.byPath[path]; d != nil && d.File != nil {
			a.Length = len(d.File.Src)
		} else {
			a.Length = -1
		}
		a.ParentIndex = -1
		run.Artifacts = append(run.Artifacts, a)
		return i
	}
	for _, d := range append(append([]*claims.Document{}, draftDocs(in)...), in.Docs...) {
		artifact(d.Path)
	}

	location := func(id, path string, s claims.Span, msg string, locID int) *sarif.Location {
		d := l.doc(id, path)
		if path == "" && d != nil {
			path = d.Path
		}
		loc := sarif.NewLocation()
		loc.ID = locID
		loc.PhysicalLocation = &sarif.PhysicalLocation{
			ArtifactLocation: &sarif.ArtifactLocation{URI: ptr(sarifURI(path)), Index: artifact(path)},
			Region:           region(d, s),
		}
		if msg != "" {
			loc.Message = &sarif.Message{Text: ptr(msg), Arguments: []string{}}
		}
		return loc
	}

	for _, f := range in.Findings {
		res := sarif.NewRuleResult(f.Rule)
		if i, ok := ruleIndex[f.Rule]; ok {
			res.RuleIndex = i
		} else {
			res.RuleIndex = -1
		}
		res.Level = sarifLevel(f.Severity)
		res.Kind = "fail"
		res.Rank = -1
		res.Message = &sarif.Message{Text: ptr(f.Message), Arguments: []string{}}
		res.Locations = []*sarif.Location{location(f.Doc, f.Path, f.Span, "", -1)}
		for i, r := range f.Related {
			res.RelatedLocations = append(res.RelatedLocations, location(r.Doc, r.Path, r.Span, r.Message, i+1))
		}
		if f.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{"claimcheck/v1": f.Fingerprint}
		}
		run.Results = append(run.Results, res)
	}
	rep.AddRun(run)
	return rep
}

// SARIF writes SARIFReport(in) as indented JSON.
func SARIF(w io.Writer, in Input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(SARIFReport(in))
}

func draftDocs(in Input) []*claims.Document {
	if in.DraftDoc != nil && !contains(in.Docs, in.DraftDoc) {
		return []*claims.Document{in.DraftDoc}
	}
	return nil
}

// descriptor makes a SARIF rule descriptor from a rule's docs.
func descriptor(r *rules.Rule) *sarif.ReportingDescriptor {
	d := sarif.NewRule(r.ID)
	d.Name = ptr(ruleName(r.ID))
	d.ShortDescription = &sarif.MultiformatMessageString{Text: ptr(r.Summary)}
	d.FullDescription = &sarif.MultiformatMessageString{Text: ptr(strings.Join(strings.Fields(r.Doc), " "))}
	var help strings.Builder
	help.WriteString(strings.Join(strings.Fields(r.Doc), " "))
	md := "**" + r.Summary + "**\n\n" + strings.Join(strings.Fields(r.Doc), " ")
	if r.Bad != "" {
		help.WriteString("\n\nBad: " + r.Bad)
		md += "\n\nBad:\n\n    " + strings.ReplaceAll(r.Bad, "\n", "\n    ")
	}
	if r.Good != "" {
		help.WriteString("\n\nGood: " + r.Good)
		md += "\n\nGood:\n\n    " + strings.ReplaceAll(r.Good, "\n", "\n    ")
	}
	d.Help = &sarif.MultiformatMessageString{Text: ptr(help.String()), Markdown: ptr(md)}
	d.DefaultConfiguration = &sarif.ReportingConfiguration{Enabled: r.Default != rules.Off, Level: sarifLevel(r.Default), Rank: -1}
	if r.Default == rules.Off {
		d.DefaultConfiguration.Level = "warning"
	}
	return d
}

// ruleName turns quote-unattributed into QuoteUnattributed.
func ruleName(id string) string {
	var b strings.Builder
	for _, p := range strings.Split(id, "-") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	return b.String()
}

// region is the SARIF region of s in d: lines and code-point columns, byte
// and character offsets. Without a document only the byte range is known.
func region(d *claims.Document, s claims.Span) *sarif.Region {
	r := sarif.NewRegion()
	r.ByteOffset = s.Start
	r.ByteLength = ptr(max(0, s.End-s.Start))
	if d == nil || d.File == nil {
		r.StartLine = ptr(1)
		r.CharOffset = -1
		return r
	}
	start, end := d.File.Position(s.Start), d.File.Position(s.End)
	r.StartLine, r.StartColumn = ptr(start.Line), ptr(start.Column)
	r.EndLine, r.EndColumn = ptr(end.Line), ptr(end.Column)
	src := d.File.Src
	lo, hi := max(0, min(s.Start, len(src))), max(0, min(s.End, len(src)))
	hi = max(lo, hi)
	r.CharOffset = utf8.RuneCount(src[:lo])
	r.CharLength = ptr(utf8.RuneCount(src[lo:hi]))
	return r
}

// sarifURI turns a path into a relative URI reference (forward slashes,
// escaped).
func sarifURI(path string) string {
	if path == "" || path == "-" {
		return "stdin"
	}
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}

func ptr[T any](v T) *T { return &v }
