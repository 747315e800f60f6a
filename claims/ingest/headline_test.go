package ingest

import (
	"strings"
	"testing"
)

// TestPlainTextHeadline is pattern 7 of issue 11: in plain text a short
// first line without final punctuation, followed by a blank line, is the
// headline, and a second such line right after it the dek. want lists the
// kinds/roles and first words of the first blocks.
func TestPlainTextHeadline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline then body",
			"Steel tariffs hit Canadian mills\n\nOttawa said on Friday it would answer the duties in kind.\n",
			[]string{"headline: Steel tariffs hit", "paragraph/body: Ottawa said on"}},
		{"headline and dek",
			"Steel tariffs hit Canadian mills\n\nOttawa weighs its answer as prices climb across Ontario\n\nOttawa said on Friday it would answer the duties in kind.\n",
			[]string{"headline: Steel tariffs hit", "dek: Ottawa weighs its", "paragraph/body: Ottawa said on"}},
		{"headline with dots inside stays whole",
			"N.C. Congressman Apologizes for Scuffle With Student\n\nThe congressman said he regretted the exchange.\n",
			[]string{"headline: N.C. Congressman Apologizes", "paragraph/body: The congressman said"}},
		{"a sentence first is no dek after it",
			"Mayor Vows to Reopen Libraries\n\nThe mayor said the branches would reopen in May.\n\nCity Council Splits on Budget\n",
			[]string{"headline: Mayor Vows to", "paragraph/body: The mayor said"}},
		{"byline is not a dek",
			"Mayor Vows to Reopen Libraries\n\nBy Jane Doe\n\nThe mayor said the branches would reopen in May.\n",
			[]string{"headline: Mayor Vows to", "byline: By Jane Doe"}},
		{"a first line ending a sentence is body",
			"The mayor said on Monday that every branch library in the city would reopen by the end of May.\n\nShe spoke at City Hall.\n",
			[]string{"paragraph/body: The mayor said", "paragraph/body: She spoke at"}},
		{"a date line is not a dek",
			"Mayor Vows to Reopen Libraries\n\nMarch 3, 2024\n\nThe mayor said the branches would reopen in May.\n",
			[]string{"headline: Mayor Vows to", "dateline: March 3, 2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			checkPieces(t, doc)
			got := kinds(doc)
			if len(got) > len(tt.want) {
				got = got[:len(tt.want)]
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLeadInIsNoHeading checks that a short line ending in a colon that
// introduces speech stays a paragraph of the body, while a short label
// ending in a colon is a heading.
func TestLeadInIsNoHeading(t *testing.T) {
	tests := []struct {
		line    string
		heading bool
	}{
		{"The senator said:", false},
		{"Her spokesman wrote:", false},
		{"Mr. Obama said the following:", false},
		{"Key points:", true},
		{"What we know so far:", true},
		{"Background", true},
	}
	for _, tc := range tests {
		if got := looksLikeHeading(tc.line); got != tc.heading {
			t.Errorf("looksLikeHeading(%q) = %v, want %v", tc.line, got, tc.heading)
		}
	}
}
