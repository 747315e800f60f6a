package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// DirectiveKind is what an inline suppression comment does.
type DirectiveKind string

// The suppression directives.
const (
	DirDisable         DirectiveKind = "disable"           // from here on
	DirEnable          DirectiveKind = "enable"            // undo disable from here on
	DirDisableNextLine DirectiveKind = "disable-next-line" // the next non-blank line only
)

// Directive is one suppression comment found in a file. Rules is empty when
// the directive applies to every rule. Span covers the whole comment.
type Directive struct {
	Kind  DirectiveKind
	Rules []string
	Span  claims.Span
}

// commentDirective matches <!-- claimcheck-KIND RULES --> anywhere (Markdown,
// HTML, and text that contains it). bracketDirective matches
// [claimcheck-KIND RULES] alone on a line (plain text).
var (
	commentDirective = regexp.MustCompile(`<!--[ \t\r\n]*claimcheck-(disable-next-line|disable|enable)\b([^>]*?)-->`)
	bracketDirective = regexp.MustCompile(`(?m)^[ \t]*\[claimcheck-(disable-next-line|disable|enable)\b([^\]\r\n]*)\][ \t]*\r?$`)
	ruleListSep      = regexp.MustCompile(`[\s,]+`)
)

// ParseDirectives returns the suppression directives in src, in file order.
// Both forms are recognised in every format: the HTML comment
// <!-- claimcheck-disable RULE... --> and, on a line of its own, the
// bracket form [claimcheck-disable RULE...]. Rule IDs are separated by white
// space or commas.
func ParseDirectives(src []byte) []Directive {
	var out []Directive
	for _, re := range []*regexp.Regexp{commentDirective, bracketDirective} {
		for _, m := range re.FindAllSubmatchIndex(src, -1) {
			d := Directive{Kind: DirectiveKind(src[m[2]:m[3]]), Span: claims.Span{Start: m[0], End: m[1]}}
			for _, r := range ruleListSep.Split(strings.TrimSpace(string(src[m[4]:m[5]])), -1) {
				if r != "" {
					d.Rules = append(d.Rules, r)
				}
			}
			if re == bracketDirective { // exclude the trailing \r and padding from the span
				d.Span.End = m[0] + strings.LastIndexByte(string(src[m[0]:m[1]]), ']') + 1
				d.Span.Start = m[0] + strings.IndexByte(string(src[m[0]:m[1]]), '[')
			}
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// applies reports whether d names rule (or names no rule at all).
func (d *Directive) applies(rule string) bool {
	if len(d.Rules) == 0 {
		return true
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

// String renders d as its comment form, for messages.
func (d *Directive) String() string {
	s := "claimcheck-" + string(d.Kind)
	if len(d.Rules) > 0 {
		s += " " + strings.Join(d.Rules, " ")
	}
	return s
}

// Suppress removes findings silenced by inline directives in their
// documents' original bytes and returns the rest, plus one finding (Rule and
// Severity left for the driver to set) per disable or disable-next-line
// directive that silenced nothing. A finding is silenced by disable when the
// last directive before its start that names its rule (or all rules) is a
// disable; by disable-next-line when it starts on the first non-blank line
// after the directive. Findings whose document is not among docs are kept.
func Suppress(docs []*claims.Document, findings []Finding) (kept, unused []Finding) {
	type docDirs struct {
		doc  *claims.Document
		dirs []Directive
		next []int // target line of each disable-next-line directive, else 0
		used []bool
	}
	byID := map[string]*docDirs{}
	var order []*docDirs
	for _, d := range docs {
		if d.File == nil {
			continue
		}
		dd := &docDirs{doc: d, dirs: ParseDirectives(d.File.Src)}
		dd.used = make([]bool, len(dd.dirs))
		dd.next = make([]int, len(dd.dirs))
		for i, dir := range dd.dirs {
			if dir.Kind == DirDisableNextLine {
				dd.next[i] = nextContentLine(d.File, dir.Span.End)
			}
		}
		byID[d.ID] = dd
		order = append(order, dd)
	}
	for _, f := range findings {
		dd := byID[f.Doc]
		if dd == nil || len(dd.dirs) == 0 {
			kept = append(kept, f)
			continue
		}
		line := dd.doc.File.Position(f.Span.Start).Line
		rangeBy, nextBy := -1, -1
		for i := range dd.dirs {
			dir := &dd.dirs[i]
			if dir.Span.Start >= f.Span.Start {
				break
			}
			if !dir.applies(f.Rule) {
				continue
			}
			switch dir.Kind {
			case DirDisable:
				rangeBy = i
			case DirEnable:
				rangeBy = -1
			case DirDisableNextLine:
				if dd.next[i] == line {
					nextBy = i
				}
			}
		}
		by := rangeBy
		if nextBy >= 0 {
			by = nextBy
		}
		if by >= 0 {
			dd.used[by] = true
			continue
		}
		kept = append(kept, f)
	}
	for _, dd := range order {
		for i, dir := range dd.dirs {
			if dir.Kind == DirEnable || dd.used[i] {
				continue
			}
			msg := fmt.Sprintf("%q suppresses nothing; remove it", dir.String())
			for _, r := range dir.Rules {
				if Lookup(r) == nil {
					msg = fmt.Sprintf("%q names %q, which is not a built-in rule, and suppresses nothing", dir.String(), r)
					break
				}
			}
			unused = append(unused, Finding{Doc: dd.doc.ID, Path: dd.doc.Path, Span: dir.Span, Content: dir.String(), Message: msg})
		}
	}
	return kept, unused
}

// nextContentLine returns the 1-based number of the first line after the
// line holding offset off that has a non-blank character, or 0.
func nextContentLine(f *claims.File, off int) int {
	src := f.Src
	i := off
	for i < len(src) && src[i] != '\n' {
		i++
	}
	for i < len(src) {
		i++ // past '\n'
		start := i
		for i < len(src) && src[i] != '\n' {
			i++
		}
		if strings.TrimSpace(string(src[start:i])) != "" {
			return f.Position(start).Line
		}
	}
	return 0
}
