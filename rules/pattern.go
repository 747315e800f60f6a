package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// Pattern is a house rule written in configuration rather than Go: a list
// of phrases (matched case-insensitively on word boundaries, all at once by
// one automaton; see phraseMatcher) or a regular
// expression (RE2 syntax), run over the text of every non-chrome block.
// Message may contain {match}, replaced by the matched text.
type Pattern struct {
	ID       string
	Message  string
	Severity Severity // Off means Warning
	Phrases  []string
	Regex    string
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// NewPatternRule compiles p into a rule. The ID must be kebab-case and not a
// built-in rule's; exactly one of Phrases and Regex must be given; the
// regular expression must compile and must not match the empty string.
func NewPatternRule(p Pattern) (*Rule, error) {
	if !idPattern.MatchString(p.ID) {
		return nil, fmt.Errorf("pattern id %q must be kebab-case (a-z, 0-9, single dashes)", p.ID)
	}
	if Lookup(p.ID) != nil {
		return nil, fmt.Errorf("pattern id %q is the id of a built-in rule", p.ID)
	}
	var re *regexp.Regexp
	var pm *phraseMatcher
	var matching string
	switch {
	case len(p.Phrases) > 0 && p.Regex != "":
		return nil, errors.New("give either phrases or regex, not both")
	case len(p.Phrases) > 0:
		phrases := make([]string, 0, len(p.Phrases))
		for _, ph := range p.Phrases {
			ph = strings.Join(strings.Fields(ph), " ")
			if ph == "" {
				return nil, errors.New("empty phrase")
			}
			phrases = append(phrases, ph)
		}
		var err error
		if pm, err = newPhraseMatcher(phrases); err != nil {
			return nil, fmt.Errorf("phrases: %w", err)
		}
		matching = fmt.Sprintf("any of %d phrases (%s) case-insensitively, as whole words", len(phrases), phraseList(phrases))
	case p.Regex != "":
		var err error
		if re, err = regexp.Compile(p.Regex); err != nil {
			return nil, fmt.Errorf("bad regex: %w", err)
		}
		if re.MatchString("") {
			return nil, errors.New("regex matches the empty string")
		}
		matching = re.String()
	default:
		return nil, errors.New("give phrases or regex")
	}
	find := func(text string) [][2]int {
		if pm != nil {
			return pm.findAll(text)
		}
		var out [][2]int
		for _, m := range re.FindAllStringIndex(text, -1) {
			out = append(out, [2]int{m[0], m[1]})
		}
		return out
	}
	sev := p.Severity
	if sev == Off {
		sev = Warning
	}
	summary := "House rule " + p.ID
	if p.Message != "" {
		summary += ": " + p.Message
	}
	doc := fmt.Sprintf("A house rule from the configuration file, matching %s.", matching)
	msg := p.Message
	return &Rule{
		ID: p.ID, Summary: strings.ReplaceAll(summary, "{match}", "…"), Doc: doc, Default: sev,
		Run: func(pass *Pass) {
			for _, d := range pass.Targets() {
				runPattern(pass, d, find, msg)
			}
		},
	}, nil
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// runPattern reports every match find returns in the non-chrome blocks of d.
func runPattern(p *Pass, d *claims.Document, find func(string) [][2]int, msg string) {
	for bi := range d.Blocks {
		b := &d.Blocks[bi]
		if b.Kind == claims.KindChrome {
			continue
		}
		for _, m := range find(b.Text) {
			if m[1] <= m[0] {
				continue
			}
			match := b.Text[m[0]:m[1]]
			text := msg
			if text == "" {
				text = fmt.Sprintf("%q matches house rule %s", match, p.Rule.ID)
			}
			p.Reportf(d, b.SrcSpan(m[0], m[1]), match+"\x00"+b.Text, "%s", strings.ReplaceAll(text, "{match}", match))
		}
	}
}
