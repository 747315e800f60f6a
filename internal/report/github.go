package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// MaxAnnotations caps the workflow-command annotations written by GitHub;
// the rest are counted in the summary line.
const MaxAnnotations = 50

// GitHub writes findings as GitHub Actions workflow commands
// (::error/::warning/::notice file=,line=,col=,endLine=,endColumn=,title=::msg),
// at most MaxAnnotations of them, most severe first, then a summary line.
func GitHub(w io.Writer, in Input) error {
	l := newLocator(in)
	fs := append([]rules.Finding(nil), in.Findings...)
	// Most severe first, keeping the sorted order within a severity.
	var ordered []rules.Finding
	for _, s := range []rules.Severity{rules.Error, rules.Warning, rules.Info} {
		for _, f := range fs {
			if f.Severity == s {
				ordered = append(ordered, f)
			}
		}
	}
	var b strings.Builder
	for i, f := range ordered {
		if i == MaxAnnotations {
			break
		}
		start, end := l.pos(f.Doc, f.Path, f.Span)
		cmd := map[rules.Severity]string{rules.Error: "error", rules.Warning: "warning", rules.Info: "notice"}[f.Severity]
		props := []string{
			"file=" + escapeProperty(displayPath(l, f)),
			fmt.Sprintf("line=%d", start.Line), fmt.Sprintf("col=%d", start.Column),
			fmt.Sprintf("endLine=%d", end.Line), fmt.Sprintf("endColumn=%d", end.Column),
			"title=" + escapeProperty("claimcheck "+f.Rule),
		}
		msg := f.Message
		for _, r := range f.Related {
			rs, _ := l.pos(r.Doc, r.Path, r.Span)
			msg += fmt.Sprintf("\n%s:%d:%d: %s", r.Path, rs.Line, rs.Column, r.Message)
		}
		fmt.Fprintf(&b, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(msg))
	}
	summary := "claimcheck: " + countFindings(in.Findings).String()
	if n := len(ordered) - MaxAnnotations; n > 0 {
		summary += fmt.Sprintf("; %d more not annotated (annotations are capped at %d; use --format sarif or markdown for all)", n, MaxAnnotations)
	}
	b.WriteString(summary + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// escapeData escapes a workflow-command message: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow-command property value: as data, plus
// ':' and ','.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
