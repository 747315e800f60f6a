package compare

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff diffs the words of two claims. Each distinct word is mapped to
// one code point (skipping the surrogate range) so the diff runs over
// words; semantic cleanup is not applied, as it would split code points
// that stand for whole words.
func wordDiff(a, b *prepared) []DiffOp {
	dict := map[string]rune{}
	var words []string
	encode := func(p *prepared) []rune {
		rs := make([]rune, len(p.toks))
		for i, t := range p.toks {
			r, ok := dict[t.Surface]
			if !ok {
				r = rune(0x100 + len(words))
				if r >= 0xD800 {
					r += 0x800
				}
				dict[t.Surface] = r
				words = append(words, t.Surface)
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // no time limit: the same input always gives the same diff
	var out []DiffOp
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		var ws []string
		for _, r := range d.Text {
			i := int(r) - 0x100
			if r >= 0xE000 {
				i -= 0x800
			}
			if i >= 0 && i < len(words) {
				ws = append(ws, words[i])
			}
		}
		if len(ws) == 0 {
			continue
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = "insert"
		case diffmatchpatch.DiffDelete:
			op = "delete"
		}
		out = append(out, DiffOp{Op: op, Text: strings.Join(ws, " ")})
	}
	return out
}
