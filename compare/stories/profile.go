package stories

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/kljensen/snowball/english"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/facts"
)

// Profile is the grouping features of one article: its terms (content-word
// stems and entity names, as hashed ids) with their counts. Invariant: Terms
// is sorted by ID with no repeats and every Count is positive.
type Profile struct {
	Terms []Term
}

// Term is one term of a profile. Entity marks an entity name (weighted by
// Options.EntityWeight) rather than a word stem.
type Term struct {
	ID     uint64
	Count  int32
	Entity bool
}

// Profiler profiles the articles of one feed, remembering the stem of
// every word it has seen (stemming is most of the cost of a profile). It
// is not safe for concurrent use; its zero value is ready.
type Profiler struct {
	stems map[string]uint64
}

// ProfileOf returns the profile of an ingested document (see
// Profiler.Profile).
func ProfileOf(d *claims.Document) Profile { return new(Profiler).Profile(d) }

// ProfileOfText returns the profile of an article given as its paragraphs
// (see Profiler.ProfileText).
func ProfileOfText(paragraphs ...string) Profile { return new(Profiler).ProfileText(paragraphs...) }

// Profile returns the profile of an ingested document: the text of its
// blocks other than chrome and bylines, which name the outlet and its
// staff rather than the story.
func (pr *Profiler) Profile(d *claims.Document) Profile {
	var texts []string
	for _, b := range d.Blocks {
		if b.Kind == claims.KindChrome || b.Kind == claims.KindByline {
			continue
		}
		texts = append(texts, b.Text)
	}
	if len(texts) == 0 && d.Title != "" {
		texts = append(texts, d.Title)
	}
	return pr.ProfileText(texts...)
}

// ProfileText returns the profile of an article given as its paragraphs:
// the stems of its words that are not stop words, and the canonical names
// of its entities.
func (pr *Profiler) ProfileText(paragraphs ...string) Profile {
	counts := map[Term]int32{}
	ctx := facts.NewContext()
	for _, p := range paragraphs {
		it := words.FromString(p)
		for it.Next() {
			w := it.Value()
			if !hasLetterOrDigit(w) {
				continue
			}
			lw := strings.ToLower(w)
			if english.IsStopWord(lw) || len(lw) < 2 {
				continue
			}
			counts[Term{ID: pr.stemID(lw)}]++
		}
		for _, e := range ctx.Entities(p) {
			n := strings.ToLower(e.Norm)
			if n == "" {
				n = strings.ToLower(e.Text)
			}
			counts[Term{ID: hash("e", n), Entity: true}]++
		}
	}
	out := Profile{Terms: make([]Term, 0, len(counts))}
	for t, c := range counts {
		t.Count = c
		out.Terms = append(out.Terms, t)
	}
	slices.SortFunc(out.Terms, func(a, b Term) int {
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
	return out
}

// stemID is the term id of a lower-cased word's stem.
func (pr *Profiler) stemID(lw string) uint64 {
	if id, ok := pr.stems[lw]; ok {
		return id
	}
	if pr.stems == nil {
		pr.stems = map[string]uint64{}
	}
	id := hash("w", english.Stem(lw, false))
	pr.stems[strings.Clone(lw)] = id // not a slice of the article
	return id
}

// hash is the term id of a word stem (kind "w") or entity name ("e").
func hash(kind, s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(s))
	return h.Sum64()
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
