package claims

import "github.com/claimcheck/claimcheck/claims/facts"

// AttributionKind grades the source of a claim or quote.
type AttributionKind string

// Attribution kinds of the interface contract. Pronoun is a speaker that
// is a pronoun not resolved to a name nearby ("he said" with nobody named
// before); a resolved pronoun is named. Anonymous extends the contract: a
// particular source kept unnamed ("a senior administration official",
// "people familiar with the talks"); vague is an unspecific group or no one
// ("critics", "some", "according to reports").
const (
	AttrNamed     AttributionKind = "named"
	AttrVague     AttributionKind = "vague"
	AttrAnonymous AttributionKind = "anonymous"
	AttrPronoun   AttributionKind = "pronoun"
	AttrNone      AttributionKind = "none"
)

// Unidentified reports whether k is vague or anonymous: a source the reader
// cannot check.
func (k AttributionKind) Unidentified() bool { return k == AttrVague || k == AttrAnonymous }

// Claim is one atomic, checkable proposition. Text is the proposition with
// any attribution frame lifted out ("Pakistan said that X" -> "X"); Span
// covers the words of the proposition in the original file. ID is stable:
// the same input always gives the same id.
type Claim struct {
	ID       string `json:"id"`
	Doc      string `json:"-"`
	Role     Role   `json:"role"`
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Sentence int    `json:"-"` // index into Document.Sentences

	Numbers     []Number    `json:"numbers"`
	Dates       []Date      `json:"dates"`
	Entities    []Entity    `json:"entities"`
	Negated     bool        `json:"negated"`
	Hedged      bool        `json:"hedged"`
	Attribution Attribution `json:"attribution"`
}

// Number is a quantity: "nearly 300,000 Afghans" -> Value 300000, Approx
// "nearly", Unit "Afghans". A year is a Date, never a Number.
type Number struct {
	Text   string  `json:"text"`
	Span   Span    `json:"-"`
	Value  float64 `json:"value"`
	Approx string  `json:"approx"` // "", nearly, about, more than, at least, ...
	Unit   string  `json:"unit"`
}

// Granularity of a date, as the facts package finds it.
const (
	GranYear     = facts.GranYear
	GranMonth    = facts.GranMonth
	GranDay      = facts.GranDay
	GranRelative = facts.GranRelative
)

// Date is a point in time with the granularity it was given at: "2021" is a
// year, "August 2021" a month, "Aug. 31" a day (Year 0 when not given), "last
// week" relative. Zero fields are unknown.
type Date struct {
	Text        string `json:"text"`
	Span        Span   `json:"-"`
	Year        int    `json:"year"`
	Month       int    `json:"month"`
	Day         int    `json:"day"`
	Granularity string `json:"granularity"`
}

// Entity kinds, as the facts package finds them.
const (
	EntPerson       = facts.KindPerson
	EntOrganisation = facts.KindOrganisation
	EntPlace        = facts.KindPlace
	EntGroup        = facts.KindGroup
)

// Entity is a named thing. Norm is its canonical name: demonyms map to their
// country ("Afghan" -> "Afghanistan"), acronyms to their expansion ("TTP" ->
// "Tehreek-e-Taliban Pakistan").
type Entity struct {
	Text string `json:"text"`
	Span Span   `json:"-"`
	Kind string `json:"kind"`
	Norm string `json:"norm"`
}

// Attribution is who a claim or quote is credited to. Kind is none exactly
// when Source is empty.
type Attribution struct {
	Source     string          `json:"source"`
	SourceSpan Span            `json:"-"`
	Cue        string          `json:"cue"`
	Kind       AttributionKind `json:"kind"`
}

// QuoteKind distinguishes a quoted utterance from a few quoted words.
type QuoteKind string

// Quote kinds of the interface contract.
const (
	QuoteDirect  QuoteKind = "direct"
	QuotePartial QuoteKind = "partial"
)

// Speaker is the words naming who said a quote.
type Speaker struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Quote is quoted speech and its attribution. Span includes the quotation
// marks; Text is the content between them (paragraph breaks of a
// multi-paragraph quote are joined by a single space).
type Quote struct {
	Text        string          `json:"text"`
	Span        Span            `json:"span"`
	Kind        QuoteKind       `json:"kind"`
	Speaker     *Speaker        `json:"speaker"`
	Cue         string          `json:"cue"`
	Attribution AttributionKind `json:"attribution"`
	Antecedent  string          `json:"antecedent,omitempty"` // resolved name for a pronoun speaker
	Sentence    int             `json:"-"`                    // index into Document.Sentences of the opening sentence
}
