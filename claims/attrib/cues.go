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
