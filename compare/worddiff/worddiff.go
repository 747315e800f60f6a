// Package worddiff diffs token sequences with go-diff: each distinct token
// is mapped to one code point, so the character diff runs over whole
// tokens, and the same Coder serves edit distances over tokens.
package worddiff

import "github.com/sergi/go-diff/diffmatchpatch"

// Coder maps tokens to code points: the n-th distinct token it sees gets
// rune n+1, skipping the surrogate range D800–DFFF, which DiffMainRunes
// and edit distances over strings cannot hold. A token always gets the
// same rune from one Coder.
type Coder struct {
	ids  map[string]rune
	toks []string
}

// NewCoder returns an empty Coder.
func NewCoder() *Coder { return &Coder{ids: map[string]rune{}} }

// Encode returns the runes of ts, assigning new runes to unseen tokens.
func (c *Coder) Encode(ts []string) []rune {
	out := make([]rune, len(ts))
	for i, t := range ts {
		r, ok := c.ids[t]
		if !ok {
			r = rune(len(c.toks) + 1)
			if r >= 0xD800 {
				r += 0x800
			}
			c.ids[t] = r
			c.toks = append(c.toks, t)
		}
		out[i] = r
	}
	return out
}

// Decode returns the tokens of runes Encode produced, dropping any other.
func (c *Coder) Decode(rs []rune) []string {
	var out []string
	for _, r := range rs {
		i := int(r) - 1
		if r > 0xD800 {
			i -= 0x800
		}
		if i >= 0 && i < len(c.toks) {
			out = append(out, c.toks[i])
		}
	}
	return out
}

// Ops of a Run.
const (
	Equal  = "equal"
	Insert = "insert"
	Delete = "delete"
)

// Run is one run of a diff: its op and its tokens, never empty.
type Run struct {
	Op     string
	Tokens []string
}

// Diff returns the runs that turn token sequence a into b. It sets no
// time limit, so the same input always gives the same runs, and applies
// no semantic cleanup, which would split the code points that stand for
// whole tokens.
func Diff(a, b []string) []Run {
	c := NewCoder()
	ra, rb := c.Encode(a), c.Encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var out []Run
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		toks := c.Decode([]rune(d.Text))
		if len(toks) == 0 {
			continue
		}
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = Insert
		case diffmatchpatch.DiffDelete:
			op = Delete
		}
		out = append(out, Run{Op: op, Tokens: toks})
	}
	return out
}
