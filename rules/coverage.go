package rules

import (
	"sync"

	"github.com/kljensen/snowball/english"
)

// stems memoises english.Stem, which dominates coverage; words are few.
var stems sync.Map

func stem(w string) string {
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	s := english.Stem(w, false)
	stems.Store(w, s)
	return s
}

// stemSet returns the stems of the content words of s.
func stemSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range contentWords(s) {
		out[stem(w)] = true
	}
	return out
}

// coveredStems are the stems of the content words of summary that coverage
// counts (stop words and words under three letters left out), repeats kept.
func coveredStems(summary string) []string {
	var out []string
	for _, w := range contentWords(summary) {
		if len(w) < 3 || english.IsStopWord(w) {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// coverage is the share of stems (a summary's coveredStems) that are in
// body; 0 for no stems.
func coverage(stems []string, body map[string]bool) float64 {
	hit := 0
	for _, s := range stems {
		if body[s] {
			hit++
		}
	}
	if len(stems) == 0 {
		return 0
	}
	return float64(hit) / float64(len(stems))
}
