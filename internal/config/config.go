// Package config finds, reads and strictly decodes .claimcheck.yaml: rule
// severities and options, vague-source lexicon changes, house pattern rules
// and the default --fail-on level. Every mistake is an *Error naming
// FILE:LINE:COL with a caret excerpt.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/rules"
)

// FileName is the configuration file looked for by Find.
const FileName = ".claimcheck.yaml"

// Config is a decoded configuration. The zero value (from no file) means
// every rule at its default.
type Config struct {
	Path   string       // the file it came from; "" when none was found
	Rules  rules.Config // severities, options and pattern rules for rules.Run
	Vague  Vague        // changes to the vague-source lexicon
	FailOn *rules.Severity
	// Semantic is the sentence-embedding engine (semantic: static,
	// transformer or off); "" when the file does not set it.
	Semantic semantic.Kind
	// Stories is how check groups its inputs (stories: auto or one; see
	// StoriesAuto); "" when the file does not set it.
	Stories string
}

// The values of the stories key (and of check --stories): StoriesAuto
// groups the articles into stories and compares claims only within each;
// StoriesOne compares all articles as one story.
const (
	StoriesAuto = "auto"
	StoriesOne  = "one"
)

// Vague lists phrases to add to and remove from the vague-source lexicon
// (claims/attrib Lexicon.Add and Lexicon.Remove; Remove drops a word from
// the anonymous lexicon too), and anonymous heads or phrases to add
// (Lexicon.AddAnonymous: "contractor", "a person close to the talks").
type Vague struct {
	Add       []string `yaml:"add"`
	Remove    []string `yaml:"remove"`
	Anonymous []string `yaml:"anonymous"`
}

// Find looks for FileName in dir and each of its parents and returns the
// first found, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		st, err := os.Stat(p)
		if err == nil && !st.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads the configuration: the file at explicit when it is not empty
// (it must exist), else the file Find locates from workdir, else defaults.
// Decoding errors are *Error; a missing explicit file is an *Error too.
func Load(explicit, workdir string) (*Config, error) {
	path := explicit
	if path == "" {
		var err error
		if path, err = Find(workdir); err != nil {
			return nil, err
		}
		if path == "" {
			return &Config{}, nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, &Error{Path: path, Msg: "cannot read configuration: " + msg}
	}
	return Parse(path, data)
}

// Parse decodes configuration data read from path. Unknown keys, rule IDs
// and options, bad severities, mistyped values and bad patterns are errors.
func Parse(path string, data []byte) (*Config, error) {
	d := &decoder{path: path, src: data}
	cfg := &Config{Path: path}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, d.yamlErr(err)
	}
	if len(file.Docs) > 1 {
		return nil, d.at(file.Docs[1].Body, "only one YAML document is allowed")
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return cfg, nil
	}
	body := file.Docs[0].Body
	if err := d.checkTags(body); err != nil {
		return nil, err
	}
	if _, ok := body.(*ast.NullNode); ok {
		return cfg, nil
	}
	top, ok := body.(*ast.MappingNode)
	if !ok {
		return nil, d.at(body, "the configuration must be a mapping with keys rules, vague, patterns, fail-on, semantic, stories")
	}
	// Patterns first: their IDs may be configured under rules.
	var rulesNode ast.Node
	for _, kv := range top.Values {
		switch key := keyText(kv.Key); key {
		case "rules":
			rulesNode = kv.Value
		case "patterns":
			if err := d.patterns(kv.Value, cfg); err != nil {
				return nil, err
			}
		case "vague":
			if err := d.decode(kv.Value, &cfg.Vague); err != nil {
				return nil, err
			}
			for _, l := range [][]string{cfg.Vague.Add, cfg.Vague.Remove, cfg.Vague.Anonymous} {
				for _, p := range l {
					if strings.TrimSpace(p) == "" {
						return nil, d.at(kv.Value, "vague: phrases must not be empty")
					}
				}
			}
		case "fail-on":
			s, err := d.scalar(kv.Value)
			if err != nil {
				return nil, err
			}
			v, perr := rules.ParseFailOn(s)
			if perr != nil {
				return nil, d.at(kv.Value, "fail-on: %v", strings.TrimPrefix(perr.Error(), "unknown --fail-on level"))
			}
			cfg.FailOn = &v
		case "semantic":
			s, err := d.scalar(kv.Value)
			if err != nil {
				return nil, err
			}
			if strings.TrimSpace(s) == "" {
				return nil, d.at(kv.Value, "semantic: give an engine: static, transformer or off")
			}
			k, kerr := semantic.ParseKind(s)
			if kerr != nil {
				return nil, d.at(kv.Value, "semantic: %v", kerr)
			}
			cfg.Semantic = k
		case "stories":
			s, err := d.scalar(kv.Value)
			if err != nil {
				return nil, err
			}
			if s != StoriesAuto && s != StoriesOne {
				return nil, d.at(kv.Value, "stories: give auto (group the articles into stories) or one (compare them all as one story), not %q", s)
			}
			cfg.Stories = s
		default:
			return nil, d.at(kv.Key, "unknown key %q%s (the keys are rules, vague, patterns, fail-on, semantic, stories)", key, suggest(key, []string{"rules", "vague", "patterns", "fail-on", "semantic", "stories"}))
		}
	}
	if rulesNode != nil {
		if err := d.rules(rulesNode, cfg); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

type decoder struct {
	path string
	src  []byte
}

// at makes an *Error at the position of node.
func (d *decoder) at(node ast.Node, format string, args ...any) error {
	line, col := 0, 0
	if m, ok := node.(*ast.MappingNode); ok && len(m.Values) > 0 {
		node = m.Values[0].Key // a mapping's own token is its first colon
	}
	if node != nil {
		if tk := node.GetToken(); tk != nil && tk.Position != nil {
			line, col = tk.Position.Line, tk.Position.Column
		}
	}
	return newError(d.path, d.src, line, col, format, args...)
}

// yamlErr converts an error of the YAML library into an *Error.
func (d *decoder) yamlErr(err error) error {
	var ce *Error
	if errors.As(err, &ce) {
		return ce
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return newError(d.path, d.src, tk.Position.Line, tk.Position.Column, "%s", ye.GetMessage())
		}
		return &Error{Path: d.path, Msg: ye.GetMessage()}
	}
	return &Error{Path: d.path, Msg: err.Error()}
}

// decode decodes node into v strictly (unknown fields are errors).
func (d *decoder) decode(node ast.Node, v any) error {
	return d.safeDecode(node, func() error {
		if err := yaml.NodeToValue(node, v, yaml.DisallowUnknownField()); err != nil {
			return d.yamlErr(err)
		}
		return nil
	})
}

// scalar returns the string value of a scalar node.
func (d *decoder) scalar(node ast.Node) (string, error) {
	var v any
	if err := d.safeDecode(node, func() error { return yaml.NodeToValue(node, &v) }); err != nil {
		return "", d.yamlErr(err)
	}
	s, ok := v.(string)
	if !ok {
		return "", d.at(node, "want a string, not %s", describe(v))
	}
	return s, nil
}

// rules decodes `rules: {ID: {severity: S, OPTION: V...} | S}`.
func (d *decoder) rules(node ast.Node, cfg *Config) error {
	if isNull(node) {
		return nil
	}
	m, ok := node.(*ast.MappingNode)
	if !ok {
		return d.at(node, "rules: want a mapping from rule id to settings")
	}
	patterns := map[string]*rules.Rule{}
	for _, r := range cfg.Rules.Extra {
		patterns[r.ID] = r
	}
	cfg.Rules.Rules = map[string]rules.RuleConfig{}
	for _, kv := range m.Values {
		id := keyText(kv.Key)
		r := rules.Lookup(id)
		if r == nil {
			r = patterns[id]
		}
		if r == nil {
			return d.at(kv.Key, "unknown rule %q%s (see claimcheck rules)", id, suggest(id, ruleIDs(cfg)))
		}
		if _, dup := cfg.Rules.Rules[id]; dup {
			return d.at(kv.Key, "rule %q is configured twice", id)
		}
		rc := rules.RuleConfig{}
		switch v := kv.Value.(type) {
		case *ast.MappingNode:
			for _, okv := range v.Values {
				name := keyText(okv.Key)
				if name == "severity" {
					s, err := d.severity(okv.Value)
					if err != nil {
						return err
					}
					rc.Severity = &s
					continue
				}
				opt := r.Option(name)
				if opt == nil {
					return d.at(okv.Key, "rule %s has no option %q%s", id, name, optionList(r))
				}
				if rc.Options == nil {
					rc.Options = map[string]any{}
				}
				if _, dup := rc.Options[name]; dup {
					return d.at(okv.Key, "option %q is set twice", name)
				}
				var raw any
				if err := d.safeDecode(okv.Value, func() error { return yaml.NodeToValue(okv.Value, &raw) }); err != nil {
					return d.yamlErr(err)
				}
				val, err := opt.Convert(raw)
				if err != nil {
					return d.at(okv.Value, "rule %s: %v", id, err)
				}
				rc.Options[name] = val
			}
		default:
			if isNull(kv.Value) {
				return d.at(kv.Key, "rule %s: give a severity (error, warning, info, off) or a mapping of settings", id)
			}
			s, err := d.severity(kv.Value) // shorthand: `RULE: off`
			if err != nil {
				return err
			}
			rc.Severity = &s
		}
		cfg.Rules.Rules[id] = rc
	}
	return nil
}

func (d *decoder) severity(node ast.Node) (rules.Severity, error) {
	s, err := d.scalar(node)
	if err != nil {
		return rules.Off, err
	}
	v, perr := rules.ParseSeverity(s)
	if perr != nil {
		return rules.Off, d.at(node, "%v", perr)
	}
	return v, nil
}

// patternYAML is one house pattern rule as written.
type patternYAML struct {
	ID       string   `yaml:"id"`
	Message  string   `yaml:"message"`
	Severity string   `yaml:"severity"`
	Phrases  []string `yaml:"phrases"`
	Regex    string   `yaml:"regex"`
}

// patterns decodes `patterns: [{id, message, severity, phrases | regex}]`
// into rules appended to cfg.Rules.Extra (a pattern at severity off is
// kept at Off, so it does not run).
func (d *decoder) patterns(node ast.Node, cfg *Config) error {
	if isNull(node) {
		return nil
	}
	seq, ok := node.(*ast.SequenceNode)
	if !ok {
		return d.at(node, "patterns: want a list of {id, message, severity, phrases or regex}")
	}
	seen := map[string]bool{}
	for _, item := range seq.Values {
		var p patternYAML
		if err := d.decode(item, &p); err != nil {
			return err
		}
		idNode := field(item, "id")
		if idNode == nil {
			return d.at(item, "pattern without an id")
		}
		if seen[p.ID] {
			return d.at(idNode, "pattern id %q is used twice", p.ID)
		}
		seen[p.ID] = true
		sev := rules.Warning
		if p.Severity != "" {
			var err error
			if sev, err = rules.ParseSeverity(p.Severity); err != nil {
				return d.at(field(item, "severity"), "%v", err)
			}
		}
		r, err := rules.NewPatternRule(rules.Pattern{ID: p.ID, Message: p.Message, Severity: sev, Phrases: p.Phrases, Regex: p.Regex})
		if err != nil {
			at := idNode
			switch {
			case strings.Contains(err.Error(), "regex") && field(item, "regex") != nil:
				at = field(item, "regex")
			case strings.Contains(err.Error(), "phrase") && field(item, "phrases") != nil:
				at = field(item, "phrases")
			}
			return d.at(at, "pattern %s: %v", p.ID, err)
		}
		if sev == rules.Off {
			r.Default = rules.Off // kept so rules: may name it; Run skips it
		}
		cfg.Rules.Extra = append(cfg.Rules.Extra, r)
	}
	return nil
}

// field returns the value node of key in a mapping node, or nil.
func field(node ast.Node, key string) ast.Node {
	m, ok := node.(*ast.MappingNode)
	if !ok {
		return nil
	}
	for _, kv := range m.Values {
		if keyText(kv.Key) == key {
			return kv.Value
		}
	}
	return nil
}

func keyText(k ast.MapKeyNode) string {
	if s, ok := k.(*ast.StringNode); ok {
		return s.Value
	}
	if tk := k.GetToken(); tk != nil {
		return tk.Value
	}
	return k.String()
}

func isNull(n ast.Node) bool {
	_, ok := n.(*ast.NullNode)
	return n == nil || ok
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%v", v)
}

func ruleIDs(cfg *Config) []string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	for _, r := range cfg.Rules.Extra {
		ids = append(ids, r.ID)
	}
	return ids
}

func optionList(r *rules.Rule) string {
	if len(r.Options) == 0 {
		return " (it takes only severity)"
	}
	names := []string{"severity"}
	for _, o := range r.Options {
		names = append(names, o.Name)
	}
	sort.Strings(names)
	return " (its settings are " + strings.Join(names, ", ") + ")"
}

// suggest returns ` (did you mean "x"?)` for the closest of known within
// a third of the word's length, or "".
func suggest(word string, known []string) string {
	best, bestD := "", len(word)/3+1
	for _, k := range known {
		if d := levenshtein.ComputeDistance(word, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}
