// Package quotes finds quoted speech in article paragraphs and attributes it:
// who said it (the speaker span), with which cue ("said", "according to", a
// colon), and how good the source is (attrib: named, vague, pronoun, none).
//
// Scan reads straight and curly double quotes, « » and „ “, single quotes
// nested inside them (and single quotes used as the outer mark), quotes
// running over several paragraphs (each paragraph reopens, only the last
// closes), and recovers from unbalanced or mismatched marks with a Warning.
// Apostrophes (Taliban's, '90s, rock 'n' roll) are not quotes. Scare quotes
// and titles (one to three words, or a title-case name, with no cue in the
// sentence) are not speech and are left out.
//
// The package works on plain paragraph text and byte offsets; it does not
// import package claims (claims imports it and converts the results).
package quotes

// Range is a half-open byte range [Start, End) into one paragraph's Text.
type Range struct{ Start, End int }

// Paragraph is one block of an article. Sentences are byte ranges into Text
// in order (from the sentence segmenter); when empty, the whole paragraph is
// one sentence.
type Paragraph struct {
	Text      string
	Sentences []Range
}

// Pos is a byte offset Off into Paragraph[Para].Text.
type Pos struct{ Para, Off int }

// Speaker is the words naming who said something: Text is
// Paragraph[Para].Text[Start:End].
type Speaker struct {
	Para, Start, End int
	Text             string
}

// The kinds of quote.
const (
	Direct  = "direct"  // a quoted utterance: a clause or more
	Partial = "partial" // a few quoted words inside a reported sentence
)

// Quote is one quotation and its attribution. Open is at the opening mark,
// Close just past the closing mark (for a quote left open, the end of the
// paragraph where it stops). Invariant: Open precedes Close in document
// order; Attribution is "none" exactly when Speaker is nil.
type Quote struct {
	Open, Close Pos
	Text        string // the content, paragraphs joined by one space
	Kind        string // Direct or Partial
	Speaker     *Speaker
	Cue         string // the cue as written: "said", "according to", ":"
	Attribution string // attrib.Named, Vague, Pronoun or None
	Antecedent  string // the name a pronoun speaker stands for, when resolved
	Sentence    int    // index of the opening sentence within Open.Para
}

// Warning reports a quotation mark that could not be paired.
type Warning struct {
	Pos     Pos
	Message string
}

// Attribution is the source of a reported claim, as found by Attribute.
type Attribution struct {
	Speaker    *Speaker // nil when no source was found
	Cue        string
	Kind       string // attrib.Named, Vague, Pronoun or None
	Antecedent string // for a pronoun speaker, the name it stands for
}
