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

// coverage is the share of the content words of summary (stemmed; stop
// words and words under three letters left out) whose stems are in body.
func coverage(summary string, body map[string]bool) float64 {
	n, hit := 0, 0
	for _, w := range contentWords(summary) {
		if len(w) < 3 || english.IsStopWord(w) {
			continue
		}
		n++
		if body[stem(w)] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}
