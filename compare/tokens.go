package compare

import (
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/compare/synonyms"
	"github.com/clipperhouse/uax29/v2/words"
	"github.com/kljensen/snowball/english"
)

// token is one word of a claim: its surface form, its word (lower-cased
// form, stem, IDF, WordNet entry) and the stem's id (a hash; equal stems
// have equal ids). A token is 32 bytes: prepared claims hold every token
// for the whole comparison.
type token struct {
	Surface string
	w       *word
	ID      uint32
	Content bool // not a stop word and not punctuation
	Cap     bool // starts with an upper-case letter and is not sentence-initial
	Neg     bool // a negation cue
}

// Lower is the token's lower-cased form.
func (t *token) Lower() string { return t.w.lower }

// Stem is the token's stem (a country for a capital or demonym).
func (t *token) Stem() string { return t.w.stem }

// negationCues are words that deny the proposition they bear on.
var negationCues = map[string]bool{
	"not": true, "no": true, "never": true, "nobody": true, "none": true,
	"nothing": true, "nowhere": true, "neither": true, "nor": true,
	"without": true, "cannot": true,
}

// extraStop are function words snowball's list lacks that carry no claim content.
var extraStop = map[string]bool{"also": true, "would": true, "could": true, "may": true, "might": true, "shall": true, "must": true, "s": true, "one": false}

// isWord reports whether a uax29 segment is a word or number (not space or punctuation).
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// stemID hashes a stem to a token id. Ids avoid nothing; runeOf maps them
// to valid non-surrogate code points for rune-based algorithms.
func stemID(stem string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(stem))
	return h.Sum32()
}

// runeOf maps a token id to a code point outside the surrogate range
// D800–DFFF, as DiffMainRunes and levenshtein need valid runes.
func runeOf(id uint32) rune {
	r := rune(id%(0x10FFFF-0x800-0x100)) + 0x100
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

// tokenBufs holds the growing token lists of tokenize, which returns an
// exact-size copy: prepared claims keep their tokens for a whole run.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// tokenize splits text into word tokens (punctuation dropped), expanding
// "n't" to "not".
func tokenize(text string) []token {
	buf := tokenBufs.Get().(*[]token)
	out := appendTokens((*buf)[:0], text)
	toks := slices.Clone(out)
	clear(out) // drop the buffer's references to words and strings
	*buf = out[:0]
	tokenBufs.Put(buf)
	return toks
}

// appendTokens appends the tokens of text to out.
func appendTokens(out []token, text string) []token {
	it := words.FromString(text)
	first := true
	for it.Next() {
		w := it.Value()
		if !isWord(w) {
			continue
		}
		w = strings.ReplaceAll(w, "’", "'")
		// Offsets are found in w itself and w is cut before lowering: case
		// folding may change a word's byte length (Ⱥ is 2 bytes, ⱥ 3).
		var extra string
		if n := len(w) - 3; n > 0 && strings.EqualFold(w[n:], "n't") {
			w, extra = w[:n], "not"
		} else if i := strings.IndexByte(w, '\''); i > 0 {
			w = w[:i] // possessive or clitic: "Pakistan's" -> "pakistan"
		}
		lower := strings.ToLower(w)
		if extra != "" {
			switch lower {
			case "ca":
				lower = "can"
			case "wo":
				lower = "will"
			}
		}
		out = append(out, makeToken(w, lower, first))
		if extra != "" {
			out = append(out, makeToken(extra, extra, false))
		}
		first = false
	}
	return out
}

// word is what a lower-case word form always maps to: its stem (a
// country for a capital or demonym), the stem's id, IDF and WordNet entry,
// and whether it negates or is a content word.
type word struct {
	lower   string // the form it is cached under
	stem    string
	id      uint32
	idf     float64
	entry   synonyms.Entry
	neg     bool // a negation cue
	content bool // no negation cue, no stop word, longer than a byte
}

// wordCache memoises wordOf (lower-case form -> *word); wordOf is pure, so
// the cache never changes a result.
var wordCache sync.Map

func wordOf(lower string) *word {
	if w, ok := wordCache.Load(lower); ok {
		return w.(*word)
	}
	stem := english.Stem(lower, true)
	if stem == "" {
		stem = lower
	}
	if c, ok := synonyms.Country(stem); ok {
		stem = c // "Islamabad", "Pakistani" -> "pakistan": metonymy and demonyms
	}
	w := &word{lower: lower, stem: stem, id: stemID(stem), neg: negationCues[lower]}
	w.content = !w.neg && !english.IsStopWord(lower) && !extraStop[lower] && len(lower) > 1
	w.idf, w.entry = idfOf(stem)
	wordCache.Store(lower, w)
	return w
}

func makeToken(surface, lower string, first bool) token {
	w := wordOf(lower)
	t := token{Surface: surface, ID: w.id, w: w, Neg: w.neg, Content: w.content}
	if !first && surface != "" {
		r, _ := utf8.DecodeRuneInString(surface)
		t.Cap = unicode.IsUpper(r)
	}
	return t
}
