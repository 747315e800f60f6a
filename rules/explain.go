package rules

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
)

// List writes a table of the built-in rules: ID, default severity (with the
// draft-mode default when it differs) and summary.
func List(w io.Writer) error {
	t := tablewriter.NewTable(w)
	t.Header("Rule", "Default", "Summary")
	for _, r := range All() {
		sev := r.Default.String()
		if r.DraftDefault != Off && r.DraftDefault != r.Default {
			sev += " (draft: " + r.DraftDefault.String() + ")"
		}
		if err := t.Append([]string{r.ID, sev, r.Summary}); err != nil {
			return err
		}
	}
	return t.Render()
}

// Explain writes the documentation of rule id: summary, doc, bad and good
// examples, and options. An unknown id is an error naming the known ones.
func Explain(w io.Writer, id string) error {
	r := Lookup(id)
	if r == nil {
		ids := make([]string, 0, len(builtin))
		for _, r := range All() {
			ids = append(ids, r.ID)
		}
		return fmt.Errorf("unknown rule %q; the rules are: %s", id, strings.Join(ids, ", "))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", r.ID, r.Summary)
	fmt.Fprintf(&b, "Default severity: %s", r.Default)
	if r.DraftDefault != Off && r.DraftDefault != r.Default {
		fmt.Fprintf(&b, " (in draft mode: %s)", r.DraftDefault)
	}
	b.WriteString("\n\n")
	b.WriteString(strings.TrimSpace(r.Doc) + "\n")
	if r.Bad != "" {
		fmt.Fprintf(&b, "\nBad:\n%s\n", indent(r.Bad))
	}
	if r.Good != "" {
		fmt.Fprintf(&b, "\nGood:\n%s\n", indent(r.Good))
	}
	if len(r.Options) > 0 {
		b.WriteString("\nOptions (in .claimcheck.yaml under rules: " + r.ID + ":):\n")
		for _, o := range r.Options {
			fmt.Fprintf(&b, "    %s (%s, default %v): %s\n", o.Name, o.Kind, o.Default, o.Doc)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}
