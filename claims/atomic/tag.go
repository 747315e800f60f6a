package atomic

import (
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/jdkato/prose/v3/tag"
)

// tok is a token with its Penn Treebank tag and lower-case text.
type tok struct {
	facts.Token
	tag string
	lw  string
}

var tagger = sync.OnceValues(func() (*tag.Tagger, error) {
	return tag.New(tag.WithLexicon(tag.Lexicon{
		"deny": "VBP", "denies": "VBZ", "denied": "VBD", "says": "VBZ", "said": "VBD",
		"according": "VBG", "including": "VBG", "remains": "VBZ", "continues": "VBZ", "while": "IN", "whereas": "IN",
	}))
})

// tokens tokenises and tags s. When the tagger cannot load, words are left
// untagged and the rules fall back to the closed word lists.
func tokens(s string) []tok {
	ft := facts.Tokenize(s)
	out := make([]tok, len(ft))
	pt := make([]tag.Token, len(ft))
	for i, t := range ft {
		out[i] = tok{Token: t, lw: strings.ToLower(t.Text)}
		pt[i] = tag.Token{Text: t.Text}
	}
	if tg, err := tagger(); err == nil {
		tg.TagTokens(pt)
		for i := range pt {
			out[i].tag = pt[i].Tag
		}
	}
	for i := range out {
		if fix, ok := closedTags[out[i].lw]; ok && !(out[i].IsCapitalised() && i > 0 && (out[i].lw == "may" || out[i].lw == "will")) {
			out[i].tag = fix
		}
	}
	return out
}

// closedTags fix the tags of function words the rules depend on.
var closedTags = map[string]string{
	"which": "WDT", "who": "WP", "whom": "WP", "whose": "WP$", "where": "WRB", "when": "WRB",
	"and": "CC", "but": "CC", "or": "CC", "yet": "CC", "nor": "CC",
	"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "has": "VBZ", "have": "VBP", "had": "VBD",
	"will": "MD", "would": "MD", "can": "MD", "could": "MD", "may": "MD", "might": "MD", "must": "MD",
	"should": "MD", "shall": "MD", "cannot": "MD", "the": "DT", "a": "DT", "an": "DT",
	",": ",", ";": ":", ":": ":",
}

func finite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
func verbal(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }
func nominal(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" || t == "POS"
}
func npStart(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "JJR" || t == "JJS" || t == "PRP$" || t == "CD" || t == "PRP" || t == "PDT" || t == "``" || t == "RBS"
}
