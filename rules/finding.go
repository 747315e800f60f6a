package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// Finding is one reported problem. Span indexes the original bytes of the
// file at Path; Doc is the document ID ("" for a finding about a file that
// is not an input, such as a stale baseline entry). Fingerprint identifies
// the finding by its rule, its content and the base name of its file, never
// by its position, so edits elsewhere in a file leave it unchanged.
type Finding struct {
	Rule        string
	Severity    Severity
	Message     string
	Doc         string
	Path        string
	Span        claims.Span
	Related     []Related
	Fingerprint string

	// Content is the text the finding is about (a claim, a quote, a number
	// with its claim, plus any discriminator such as a divergence kind). It
	// is the input to the fingerprint; when empty the text at Span is used.
	Content string
	// Diff is a word-level diff that formatters may show as a code block.
	Diff []compare.DiffOp
}

// Related is a secondary location of a finding: another source's claim or
// quote.
type Related struct {
	Doc     string
	Path    string
	Span    claims.Span
	Message string
}

// Fingerprint returns the content fingerprint of a finding: the first 16
// bytes, in hex, of SHA-256 over the rule ID, the normalised content
// (lowercased, whitespace collapsed) and the base name of the path.
func Fingerprint(rule, content, path string) string {
	h := sha256.New()
	h.Write([]byte(rule))
	h.Write([]byte{0})
	h.Write([]byte(normSpace(strings.ToLower(content))))
	h.Write([]byte{0})
	h.Write([]byte(filepath.Base(filepath.ToSlash(path))))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normSpace collapses runs of white space to one space and trims the ends.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// compareFindings orders findings by path, span, rule, then message.
func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
	)
}

// SortFindings sorts findings by path, span, rule and message and removes
// findings equal in all four, keeping the first. It returns the shortened
// slice.
func SortFindings(fs []Finding) []Finding {
	slices.SortStableFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b Finding) bool { return compareFindings(a, b) == 0 })
}
