package rules

import "github.com/kljensen/snowball/english"

// coverage is the share of the content words of summary (stemmed, stop
// words and words under three letters left out) that occur in body.
func coverage(summary, body string) float64 {
	have := map[string]bool{}
	for _, w := range contentWords(body) {
		have[english.Stem(w, false)] = true
	}
	n, hit := 0, 0
	for _, w := range contentWords(summary) {
		if len(w) < 3 || english.IsStopWord(w) {
			continue
		}
		n++
		if have[english.Stem(w, false)] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}
