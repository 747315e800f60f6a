package attrib

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed cues.txt
var cueData string

// cueForms maps every form of a cue ("said", "according to") to its lemma.
var cueForms = func() map[string]string {
	m := map[string]string{}
	for _, ln := range lines(cueData) {
		fs := strings.Fields(ln)
		lemma := strings.ReplaceAll(fs[0], "_", " ")
		for _, f := range fs {
			m[strings.ReplaceAll(f, "_", " ")] = lemma
		}
	}
	return m
}()

// IsCue reports whether word (one word, or several separated by single
// spaces, any case) is a form of an attribution cue: "said", "Told",
// "according to", "in a statement".
func IsCue(word string) bool {
	_, ok := cueForms[norm(word)]
	return ok
}

// CueLemma returns the base form of a cue ("said" -> "say") or "" when word
// is not a cue.
func CueLemma(word string) string { return cueForms[norm(word)] }

// Cues returns every cue form, sorted.
func Cues() []string {
	out := make([]string, 0, len(cueForms))
	for f := range cueForms {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// documents are the things a source puts out rather than a source itself.
var documents = map[string]bool{
	"statement": true, "release": true, "letter": true, "email": true, "e-mail": true,
	"tweet": true, "post": true, "op-ed": true, "video": true, "memo": true,
}

// IsDocument reports whether source is a document that someone put out ("a
// statement", "a written statement", "a news release", "a statement late
// Tuesday"): a phrase of at most five words, one of them a document noun,
// with no issuer after it ("a statement from the committee" is the
// committee's). The document's issuer, when the sentence names one, is the
// speaker.
func IsDocument(source string) bool {
	ws := strings.Fields(strings.ToLower(source))
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	doc := false
	for _, w := range ws {
		w = strings.Trim(w, ",.;:()")
		if w == "from" || w == "by" || w == "of" {
			return false
		}
		doc = doc || documents[w]
	}
	return doc
}
