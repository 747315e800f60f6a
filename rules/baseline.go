package rules

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is a set of accepted findings, keyed by fingerprint. A
// fingerprint listed n times accepts n findings with that fingerprint.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding. Only Fingerprint is matched; Rule,
// Path and Message are there for people reading the file and for reporting
// stale entries.
type BaselineEntry struct {
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
}

// NewBaseline makes a baseline accepting findings, entries sorted by path,
// rule, fingerprint and message.
func NewBaseline(findings []Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	for _, f := range findings {
		if f.Rule == unusedBaseline.ID {
			continue
		}
		b.Findings = append(b.Findings, BaselineEntry{Rule: f.Rule, Path: filepath.ToSlash(f.Path), Fingerprint: f.Fingerprint, Message: f.Message})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.Path, y.Path), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Fingerprint, y.Fingerprint), cmp.Compare(x.Message, y.Message))
	})
	return b
}

// Marshal encodes b as indented JSON with a trailing newline.
func (b *Baseline) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ParseBaseline decodes a baseline file. Unknown fields, a wrong version or
// an entry without a fingerprint are errors.
func ParseBaseline(data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("not a claimcheck baseline: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline version %d, want %d (rewrite it with --write-baseline)", b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline entry %d has no fingerprint", i+1)
		}
	}
	return &b, nil
}

// ReadBaseline reads and decodes the baseline file at path; errors name the
// file.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b, err := ParseBaseline(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Apply removes the findings the baseline accepts and returns the rest, and
// one finding (Rule and Severity left to the driver) per entry that accepted
// nothing, in entry order.
func (b *Baseline) Apply(findings []Finding) (kept, stale []Finding) {
	kept, rest := b.Take(findings)
	for _, e := range rest.Findings {
		stale = append(stale, Finding{Path: e.Path, Content: e.Fingerprint,
			Message: fmt.Sprintf("baseline entry %s (%s: %s) matches no finding; rewrite the baseline", e.Fingerprint, e.Rule, excerpt(e.Message, 60))})
	}
	return kept, stale
}

// Take removes the findings the baseline accepts, as Apply does, and
// returns the rest with the baseline of the entries that accepted nothing:
// a driver checking story by story takes each story's findings from what
// the stories before it left, and reports the entries of the last rest as
// stale (Apply(nil)). Taking every story in turn keeps what Apply over all
// findings keeps.
func (b *Baseline) Take(findings []Finding) (kept []Finding, rest *Baseline) {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint]++
	}
	for _, f := range findings {
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			continue
		}
		kept = append(kept, f)
	}
	rest = &Baseline{}
	for _, e := range b.Findings {
		if left[e.Fingerprint] > 0 {
			left[e.Fingerprint]--
			rest.Findings = append(rest.Findings, e)
		}
	}
	return kept, rest
}
