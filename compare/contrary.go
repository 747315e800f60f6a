package compare

import (
	_ "embed"
	"strings"
)

//go:embed antonyms.txt
var antonymData string

// contraries maps each word form of antonyms.txt to the forms of the other
// side of its pair.
var contraries = func() map[string][]string {
	out := map[string][]string{}
	for _, ln := range strings.Split(antonymData, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		left, right, ok := strings.Cut(ln, " | ")
		if !ok {
			panic("compare: antonyms.txt: a line without \" | \": " + ln)
		}
		ls, rs := forms(left), forms(right)
		for _, w := range ls {
			out[w] = append(out[w], rs...)
		}
		for _, w := range rs {
			out[w] = append(out[w], ls...)
		}
	}
	return out
}()

// forms splits one side of an antonyms.txt line into its word forms.
func forms(side string) []string {
	var out []string
	for _, f := range strings.Split(side, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// contrary returns the negation divergence of two claims that say opposite
// things with a pair of contraries (antonyms.txt): each holds one word of
// the pair that the other lacks, both are negated alike, and they are
// worded alike but for the two words (see wordedAlikeBut). "Mary Cheney,
// the younger sister of Liz Cheney" / "Liz Cheney's older sister, Mary"
// cannot both hold; "sales rose in May" / "profits fell in May" are two
// claims, not one contradicted.
func contrary(a, b *prepared) *Divergence {
	if a.neg != b.neg {
		return nil // "not older" and "younger" agree; negation has its own test
	}
	has := func(p *prepared, w string) bool {
		for i := range p.toks {
			if p.toks[i].Lower() == w {
				return true
			}
		}
		return false
	}
	for i := range a.toks {
		x := a.toks[i].Lower()
		for _, y := range contraries[x] {
			if !has(b, y) || has(b, x) || has(a, y) {
				continue
			}
			if values := []string{x, y}; wordedAlikeBut(a, b, values) {
				return &Divergence{Kind: DivNegation, Values: values}
			}
		}
	}
	return nil
}
