package atomic

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/facts"
)

// tok is a token with its Penn Treebank tag and lower-case text.
type tok struct {
	facts.Token
	tag string
	lw  string
}

// tokens tokenises and tags s, returning also the untagged tokens. When
// the tagger cannot load, words are left untagged and the rules fall back
// to the closed word lists.
func tokens(s string) ([]tok, []facts.Token) {
	ft := facts.Tokenize(s)
	out := make([]tok, len(ft))
	for i, t := range ft {
		out[i] = tok{Token: t, lw: lowerASCII(t.Text)}
	}
	englishTagger().tagAll(out)
	for i := range out {
		if fix, ok := closedTags[out[i].lw]; ok && !(out[i].IsCapitalised() && i > 0 && (out[i].lw == "may" || out[i].lw == "will")) {
			out[i].tag = fix
		}
	}
	return out, ft
}

// lowerASCII returns strings.ToLower(s), without allocating when s is
// already lower-case ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// closedTags fix the tags of function words the rules depend on.
var closedTags = map[string]string{
	"which": "WDT", "who": "WP", "whom": "WP", "whose": "WP$", "where": "WRB", "when": "WRB",
	"and": "CC", "but": "CC", "or": "CC", "yet": "CC", "nor": "CC",
	"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "has": "VBZ", "have": "VBP", "had": "VBD",
	"will": "MD", "would": "MD", "can": "MD", "could": "MD", "may": "MD", "might": "MD", "must": "MD",
	"should": "MD", "shall": "MD", "cannot": "MD", "the": "DT", "a": "DT", "an": "DT",
	",": ",", ";": ":", ":": ":",
	// verbs the tagger reads as nouns after a long subject ("Bruning,
	// along with X, argue that")
	"argue": "VBP",
}

func finite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
func verbal(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }
func nominal(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" || t == "POS"
}
func npStart(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "JJR" || t == "JJS" || t == "PRP$" || t == "CD" || t == "PRP" || t == "PDT" || t == "``" || t == "RBS"
}
