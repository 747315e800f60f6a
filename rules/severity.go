package rules

import (
	"fmt"
	"strings"
)

// Severity grades a finding. The zero value is Off; Info < Warning < Error,
// so severities compare with the ordinary integer operators.
type Severity int

// The severities. Off is only meaningful in configuration: a rule at Off
// does not run and a finding never carries it.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Info: "info", Warning: "warning", Error: "error"}

// String returns the configuration name of s: off, info, warning or error.
func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses error, warning, info or off (case-insensitive).
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q (want error, warning, info or off)", s)
}

// MarshalText encodes s by name, so JSON shows "warning", not 2.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseFailOn parses the --fail-on threshold: error, warning, info or none.
// None returns Off, with which FailOn never fails.
func ParseFailOn(s string) (Severity, error) {
	if strings.EqualFold(strings.TrimSpace(s), "none") {
		return Off, nil
	}
	v, err := ParseSeverity(s)
	if err != nil || v == Off {
		return Off, fmt.Errorf("unknown --fail-on level %q (want error, warning, info or none)", s)
	}
	return v, nil
}

// MaxSeverity returns the highest severity among findings, Off when there
// are none.
func MaxSeverity(findings []Finding) Severity {
	m := Off
	for _, f := range findings {
		m = max(m, f.Severity)
	}
	return m
}

// FailOn reports whether any finding is at or above threshold. A threshold
// of Off (--fail-on none) never fails.
func FailOn(findings []Finding, threshold Severity) bool {
	return threshold != Off && MaxSeverity(findings) >= threshold
}
