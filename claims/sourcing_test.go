package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// TestSourcing is pattern 5 of issue 11 on whole articles: pronoun and
// definite speakers resolved to the source named before them, anonymous and
// vague sources found in reported speech, and frames that are no source.
// want is the grade of the source of the sentence holding the key words:
// the unidentified source found there (doc.Sourcing) if any, else the
// attribution of its claims, else "none".
func TestSourcing(t *testing.T) {
	tests := []struct {
		name, text, key, want string
	}{
		{"reportedly after a named report in the sentence before",
			"The rift spilled into public view on Sunday, The New York Times is reporting.\n\nThe senator reportedly called her sister on Saturday.",
			"called her sister", "none"},
		{"reportedly after a report credited with according to",
			"The deal was reached late on Monday, according to The Wall Street Journal. The union reportedly gave up its pension demand.",
			"pension demand", "none"},
		{"reportedly in the sentence of the named report",
			"The Times reports that the governor reportedly plans to veto the bill.",
			"plans to veto", "none"},
		{"reportedly with no report named",
			"The hearing ended without a vote.\n\nThe senator reportedly called her sister on Saturday.",
			"called her sister", "vague"},
		{"reportedly after a report credited to no one",
			"The deal was reached late on Monday, according to reports. The union reportedly gave up its pension demand.",
			"pension demand", "vague"},
		{"pronoun after a named person",
			"Maria Lopez, the city's housing director, said the plan was sound.\n\nShe said it would shorten waiting lists by spring.",
			"shorten waiting lists", "named"},
		{"a weekday is no body a pronoun stands for",
			"Some of the members objected on Wednesday after the hearing.\n\nThey argued that she could be compelled to testify.",
			"compelled to testify", "pronoun"},
		{"a pronoun for a group takes the group's grade",
			"Republicans welcomed the release of the e-mails on Tuesday.\n\nThey said the e-mails belied the White House's account.",
			"belied the White House", "vague"},
		{"pronoun for a body",
			"The Transport Ministry announced new fares on Monday.\n\nIt said the changes would take effect in June.",
			"take effect in June", "named"},
		{"definite description of a named spokesperson",
			"A spokesperson for Governor Hale defended the plan on Monday.\n\nThe spokesperson said the budget was balanced.",
			"budget was balanced", "named"},
		{"definite description of an anonymous official",
			"“We are not finished,” one union official said.\n\nThe official said talks would resume after the holiday.",
			"talks would resume", "anonymous"},
		{"a lead-in paragraph ending in a colon gives the quote its speaker",
			"The talks ended on Monday after three days.\n\nThe senator said:\n\n“We will fight the plan in committee.”",
			"fight the plan", "named"},
		{"the sources of a quoted report are passed on with it",
			"The ad will run in Florida.\n\nPolitico reports:\n\n“A Republican involved with the project said it’s airing in Miami.”",
			"airing in Miami", "anonymous"},
		{"the markers of a quoted report describe, they do not source",
			"The agency has wide powers.\n\n“With a few clicks and an affirmation that the subject is believed to be engaged in terrorism, an analyst obtains full access,” the Washington Post reports.",
			"engaged in terrorism", "named"},
		{"a source inside a partial quote is the quoted speaker's words",
			"Senator Wyden wrote to the director in May.\n\nHe added that “multiple senior officials have stated that the agencies do not collect dossiers,” a claim he disputes.",
			"do not collect dossiers", "named"},
		{"a time after the source is not part of it",
			"Critics on Friday night said the levy would hurt small farms.",
			"levy would hurt", "vague"},
		{"a curly contraction is a verb: the frame is lifted",
			"A senior official said it’s too early to decide on the tariffs.",
			"too early to decide", "anonymous"},
		{"reported speech, anonymous",
			"The county will reopen the bridge next week, people familiar with the plan said.",
			"reopen the bridge", "anonymous"},
		{"reported speech, vague group",
			"Critics say the levy will hurt small farms in the north.",
			"levy will hurt", "vague"},
		{"an aide kept unnamed",
			"A senior administration official said the order would be signed on Friday.",
			"order would be signed", "anonymous"},
		{"a named body",
			"Police said the driver had been drinking before the crash.",
			"driver had been drinking", "named"},
		{"appositive of a named person",
			"Robert Gibbs, a political adviser to the president, criticized the ads on Sunday.",
			"criticized the ads", "none"},
		{"manner, not a source",
			"Tax credits are calculated according to a family's income.",
			"Tax credits", "none"},
		{"listeners, not a source",
			"Some residents were told that the water was safe to drink.",
			"water was safe", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ingest.Parse("story.txt", []byte(tt.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			claims.Analyze(doc, claims.Options{})
			if got := sourceGrade(doc, tt.key); got != tt.want {
				t.Errorf("grade of %q = %q, want %q\nclaims: %+v\nsourcing: %+v", tt.key, got, tt.want, doc.Claims, doc.Sourcing)
			}
		})
	}
}

// sourceGrade returns the grade of the source of the sentence holding key:
// an unidentified source found there, else its claims' source, else its
// quote's speaker.
func sourceGrade(doc *claims.Document, key string) string {
	si := -1
	for i, s := range doc.Sentences {
		if strings.Contains(s.Text, key) {
			si = i
		}
	}
	if si < 0 {
		return "no sentence"
	}
	s := doc.Sentences[si]
	for _, a := range doc.Sourcing {
		if s.Span.Contains(a.SourceSpan) {
			return string(a.Kind)
		}
	}
	got := "none"
	for _, c := range doc.Claims {
		if c.Sentence == si && c.Attribution.Kind != claims.AttrNone {
			got = string(c.Attribution.Kind)
		}
	}
	for _, q := range doc.Quotes {
		if q.Sentence == si && q.Speaker != nil && got == "none" {
			got = string(q.Attribution) // a claim's own source first: a quoted report passes on its sources
		}
	}
	return got
}

// TestHeadlineIsOneSentence: a headline is read as one sentence, whatever
// the dots of its abbreviations, so its claims never start mid-headline
// ("N.C." alone).
func TestHeadlineIsOneSentence(t *testing.T) {
	for _, h := range []string{
		"N.C. Congressman Apologizes for Scuffle With Student",
		"N.R.A. Details Plan for Armed School Guards",
		"U.S. and EU Reach Deal on Steel. Talks Go On",
	} {
		doc, err := ingest.Parse("a.txt", []byte(h+"\n\nThe body says little more.\n"))
		if err != nil {
			t.Fatal(err)
		}
		claims.Analyze(doc, claims.Options{})
		if len(doc.Sentences) == 0 || doc.Sentences[0].Text != h {
			t.Errorf("headline %q: first sentence %q", h, doc.Sentences[0].Text)
		}
	}
}

// TestSourceWithoutOpener checks that a conjunction opening the sentence
// is not part of a claim's source ("But a White House official said").
func TestSourceWithoutOpener(t *testing.T) {
	for _, tc := range []struct{ text, source string }{
		{"But a White House official said the deal was close.", "a White House official"},
		{"And senior administration officials said the talks would resume.", "senior administration officials"},
		{"Yet the mayor said the budget was balanced.", "the mayor"},
		{"Butler said the budget was balanced.", "Butler"},
	} {
		doc, err := ingest.Parse("a.txt", []byte("Headline of the story\n\n"+tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		claims.Analyze(doc, claims.Options{})
		var got []string
		for _, c := range doc.Claims {
			got = append(got, c.Attribution.Source)
		}
		if !slices.Contains(got, tc.source) {
			t.Errorf("%q: sources %q, want %q", tc.text, got, tc.source)
		}
	}
}
