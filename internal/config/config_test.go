package config

import (
	"errors"
	"github.com/claimcheck/claimcheck/compare/semantic"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/rules"
)

func TestParseValid(t *testing.T) {
	src := `# house configuration
rules:
  figure-unsourced:
    severity: error
    min-value: 1000
  claim-single-source: info
  quote-mismatch:
    min-similarity: 0.7
  no-slammed: error
vague:
  add: [insiders say, "a source close to"]
  remove: [officials]
  anonymous: [contractor]
patterns:
  - id: no-slammed
    message: "avoid {match}"
    phrases: [slammed, blasted]
  - id: per-cent
    severity: info
    regex: '\bper cent\b'
fail-on: warning
`
	cfg, err := Parse("c.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type ruleView struct {
		Severity string
		Options  map[string]any
	}
	got := map[string]ruleView{}
	for id, rc := range cfg.Rules.Rules {
		v := ruleView{Severity: "default", Options: rc.Options}
		if rc.Severity != nil {
			v.Severity = rc.Severity.String()
		}
		got[id] = v
	}
	want := map[string]ruleView{
		"figure-unsourced":    {"error", map[string]any{"min-value": 1000.0}},
		"claim-single-source": {"info", nil},
		"quote-mismatch":      {"default", map[string]any{"min-similarity": 0.7}},
		"no-slammed":          {"error", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Vague{Add: []string{"insiders say", "a source close to"}, Remove: []string{"officials"}, Anonymous: []string{"contractor"}}, cfg.Vague); diff != "" {
		t.Errorf("vague (-want +got):\n%s", diff)
	}
	var extra []string
	for _, r := range cfg.Rules.Extra {
		extra = append(extra, r.ID+":"+r.Default.String())
	}
	if diff := cmp.Diff([]string{"no-slammed:warning", "per-cent:info"}, extra); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
	if cfg.FailOn == nil || *cfg.FailOn != rules.Warning {
		t.Errorf("fail-on = %v", cfg.FailOn)
	}
}

func TestParseSemantic(t *testing.T) {
	for src, want := range map[string]semantic.Kind{"semantic: transformer\n": semantic.Transformer, "semantic: off\n": semantic.Off, "fail-on: error\n": ""} {
		cfg, err := Parse("c.yaml", []byte(src))
		if err != nil || cfg.Semantic != want {
			t.Errorf("Parse(%q): semantic %q, %v; want %q", src, cfg.Semantic, err, want)
		}
	}
}

func TestParseStories(t *testing.T) {
	for src, want := range map[string]string{"stories: auto\n": StoriesAuto, "stories: one\n": StoriesOne, "fail-on: error\n": ""} {
		cfg, err := Parse("c.yaml", []byte(src))
		if err != nil || cfg.Stories != want {
			t.Errorf("Parse(%q): stories %q, %v; want %q", src, cfg.Stories, err, want)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "rules:\npatterns:\n"} {
		cfg, err := Parse("c.yaml", []byte(src))
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		if len(cfg.Rules.Rules) != 0 || len(cfg.Rules.Extra) != 0 || cfg.FailOn != nil {
			t.Errorf("Parse(%q) = %+v, want defaults", src, cfg)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the first line of the error
		caret     string // the excerpt, when checked
	}{
		{"unknown top key", "rulez:\n  a: b\n", `c.yaml:1:1: unknown key "rulez" (did you mean "rules"?) (the keys are rules, vague, patterns, fail-on, semantic, stories)`,
			"   1 | rulez:\n     | ^"},
		{"unknown rule", "rules:\n  figure-unsorced: off\n", `c.yaml:2:3: unknown rule "figure-unsorced" (did you mean "figure-unsourced"?) (see claimcheck rules)`,
			"   2 |   figure-unsorced: off\n     |   ^"},
		{"bad severity", "rules:\n  quote-mismatch:\n    severity: fatal\n", `c.yaml:3:15: unknown severity "fatal" (want error, warning, info or off)`,
			"   3 |     severity: fatal\n     |               ^"},
		{"bad severity shorthand", "rules:\n  quote-mismatch: loud\n", `c.yaml:2:19: unknown severity "loud" (want error, warning, info or off)`, ""},
		{"unknown option", "rules:\n  figure-unsourced:\n    min-valu: 3\n", `c.yaml:3:5: rule figure-unsourced has no option "min-valu" (its settings are min-value, severity)`, ""},
		{"option of a rule without options", "rules:\n  quote-unattributed:\n    x: 1\n", `c.yaml:3:5: rule quote-unattributed has no option "x" (it takes only severity)`, ""},
		{"mistyped option", "rules:\n  claim-single-source:\n    min-sources: many\n", `c.yaml:3:18: rule claim-single-source: option min-sources wants a value of type int, not "many"`, ""},
		{"rule with no settings", "rules:\n  quote-mismatch:\n", `c.yaml:2:3: rule quote-mismatch: give a severity (error, warning, info, off) or a mapping of settings`, ""},
		{"rules not a mapping", "rules: [a]\n", `c.yaml:1:8: rules: want a mapping from rule id to settings`, ""},
		{"vague unknown field", "vague:\n  ad: [x]\n", `c.yaml:2:3: unknown field "ad"`, ""},
		{"pattern unknown field", "patterns:\n  - id: x\n    regexp: a\n", `c.yaml:3:5: unknown field "regexp"`, ""},
		{"bad regex", "patterns:\n  - id: x\n    regex: 'a('\n", "c.yaml:3:12: pattern x: bad regex: error parsing regexp: missing closing ): `a(`", ""},
		{"pattern id clash", "patterns:\n  - id: quote-mismatch\n    regex: a\n", `c.yaml:2:9: pattern quote-mismatch: pattern id "quote-mismatch" is the id of a built-in rule`, ""},
		{"pattern twice", "patterns:\n  - id: x\n    regex: a\n  - id: x\n    regex: b\n", `c.yaml:4:9: pattern id "x" is used twice`, ""},
		{"pattern without id", "patterns:\n  - regex: a\n", `c.yaml:2:5: pattern without an id`, ""},
		{"bad fail-on", "fail-on: sometimes\n", `c.yaml:1:10: fail-on:  "sometimes" (want error, warning, info or none)`, ""},
		{"bad semantic", "semantic: bert\n", `c.yaml:1:11: semantic: unknown semantic engine "bert" (the engines are static, transformer, off)`, ""},
		{"bad stories", "stories: many\n", `c.yaml:1:10: stories: give auto (group the articles into stories) or one (compare them all as one story), not "many"`, ""},
		{"empty semantic", "semantic: ''\n", `c.yaml:1:11: semantic: give an engine: static, transformer or off`, ""},
		{"syntax error", "rules:\n  a: [\n", `c.yaml:2:6:`, ""},
		{"not a mapping", "- a\n", `c.yaml:1:1: the configuration must be a mapping with keys rules, vague, patterns, fail-on, semantic, stories`, ""},
		{"two documents", "rules:\n---\nrules:\n", `c.yaml:3:1: only one YAML document is allowed`, ""},
		// the YAML library dereferences a tag's missing value (issue 13)
		{"tag on an empty value", "patterns:\n  - id: x\n    phrases: !000000 \n", `c.yaml:3:14: tag !000000 has no value after it; remove the tag or give the value`,
			"   3 |     phrases: !000000 \n     |              ^"},
		{"tag on an empty vague list", "vague:\n  add: !x\n", `c.yaml:2:8: tag !x has no value after it`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.src))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v (%T), want *Error", err, err)
			}
			first, rest, _ := strings.Cut(err.Error(), "\n")
			if !strings.HasPrefix(first, tt.want) {
				t.Errorf("error:\n%s\nwant prefix:\n%s", first, tt.want)
			}
			if tt.caret != "" && rest != tt.caret {
				t.Errorf("excerpt:\n%s\nwant:\n%s", rest, tt.caret)
			}
		})
	}
}

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load("", sub)
	if err != nil || cfg.Path != "" {
		t.Fatalf("no file: %+v, %v", cfg, err)
	}
	p := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(p, []byte("rules:\n  quote-mismatch: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); err != nil || got != p {
		t.Errorf("Find = %q, %v; want %q", got, err, p)
	}
	cfg, err = Load("", sub)
	if err != nil || cfg.Path != p || *cfg.Rules.Rules["quote-mismatch"].Severity != rules.Off {
		t.Errorf("Load found %+v, %v", cfg, err)
	}
	_, err = Load(filepath.Join(root, "missing.yaml"), sub)
	var ce *Error
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "missing.yaml: cannot read configuration") {
		t.Errorf("missing explicit file: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"rules:\n  figure-unsourced:\n    severity: error\n    min-value: 5\n",
		"patterns:\n  - id: x\n    phrases: [a, b]\n", "vague: {add: [x]}\nfail-on: none\n",
		"rules: {quote-mismatch: off}", "a: [", "\t- x", "rules:\n  x: &a 1\n  y: *a\n", "{",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		cfg, err := Parse("f.yaml", []byte(src))
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is %T, want *Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for id := range cfg.Rules.Rules {
			known := rules.Lookup(id) != nil
			for _, r := range cfg.Rules.Extra {
				known = known || r.ID == id
			}
			if !known {
				t.Fatalf("accepted unknown rule %q", id)
			}
		}
	})
}
