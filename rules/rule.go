// Package rules turns what claimcheck knows about a set of documents into
// findings: sourcing rules as values (in the style of go/analysis), the
// driver that runs them, draft-mode support checks, inline suppressions and
// baselines.
package rules

import (
	"fmt"
	"math"
	"sort"
)

// Rule is one check. A rule only reports through its Pass; the driver (Run)
// owns severities, ordering, suppression and output. Doc, Bad and Good drive
// `claimcheck explain` and the SARIF rule descriptors.
type Rule struct {
	ID      string // kebab-case, unique
	Summary string // one line, no trailing period
	Doc     string // full description, plain text paragraphs
	Bad     string // an example the rule reports
	Good    string // the same example fixed
	// Default is the severity when the configuration does not set one.
	Default Severity
	// DraftDefault, when not Off, replaces Default in draft mode.
	DraftDefault Severity
	Options      []Option
	// Run reports findings through the pass. Nil for rules the driver
	// reports itself (unused-suppression, unused-baseline).
	Run func(*Pass)
}

// Option is one configurable setting of a rule.
type Option struct {
	Name    string
	Doc     string
	Kind    OptionKind
	Default any // of the Go type Kind names
}

// OptionKind is the type of an option value.
type OptionKind string

// Option kinds and the Go type of their values.
const (
	KindInt     OptionKind = "int"     // int
	KindFloat   OptionKind = "float"   // float64
	KindBool    OptionKind = "bool"    // bool
	KindString  OptionKind = "string"  // string
	KindStrings OptionKind = "strings" // []string
)

// Option returns the option of r named name, or nil.
func (r *Rule) Option(name string) *Option {
	for i := range r.Options {
		if r.Options[i].Name == name {
			return &r.Options[i]
		}
	}
	return nil
}

// Convert checks a decoded configuration value (as produced by a YAML or
// JSON decoder: int, uint64, float64, bool, string, []any) against the
// option's kind and returns it as the kind's Go type.
func (o *Option) Convert(v any) (any, error) {
	switch o.Kind {
	case KindInt:
		switch x := v.(type) {
		case int:
			return x, nil
		case int64:
			return int(x), nil
		case uint64:
			if x <= math.MaxInt32 {
				return int(x), nil
			}
		case float64:
			if x == math.Trunc(x) && math.Abs(x) <= math.MaxInt32 {
				return int(x), nil
			}
		}
	case KindFloat:
		switch x := v.(type) {
		case float64:
			if !math.IsNaN(x) && !math.IsInf(x, 0) {
				return x, nil
			}
		case int:
			return float64(x), nil
		case int64:
			return float64(x), nil
		case uint64:
			return float64(x), nil
		}
	case KindBool:
		if x, ok := v.(bool); ok {
			return x, nil
		}
	case KindString:
		if x, ok := v.(string); ok {
			return x, nil
		}
	case KindStrings:
		switch x := v.(type) {
		case []string:
			return append([]string(nil), x...), nil
		case []any:
			out := make([]string, 0, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					return nil, fmt.Errorf("option %s wants a list of strings", o.Name)
				}
				out = append(out, s)
			}
			return out, nil
		}
	}
	return nil, fmt.Errorf("option %s wants a value of type %s, not %v", o.Name, o.Kind, describe(v))
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("%q", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%v", v)
}

// builtin holds the built-in rules; All returns them sorted by ID.
var builtin = []*Rule{
	attributionVague,
	claimDiverges,
	claimSingleSource,
	figureUnsourced,
	quoteMismatch,
	quoteUnattributed,
	summaryUnsupported,
	unusedBaseline,
	unusedSuppression,
}

// All returns the built-in rules sorted by ID. The slice is fresh; the rules
// are shared and must not be modified.
func All() []*Rule {
	out := append([]*Rule(nil), builtin...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Lookup returns the built-in rule with the given ID, or nil.
func Lookup(id string) *Rule {
	for _, r := range builtin {
		if r.ID == id {
			return r
		}
	}
	return nil
}
