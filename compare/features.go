package compare

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare/logreg"
	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/compare/synonyms"
)

// prepared holds everything scoring needs from one claim, computed once.
type prepared struct {
	claim   *claims.Claim
	toks    []token
	sorted  []rune            // runeOf of ids, sorted, repeats kept (see mayParaphrase)
	ids     []uint32          // token ids in order
	content []uint32          // sorted unique content stem ids
	idf     []float64         // idf of content[i]
	syn     []*synonyms.Entry // WordNet entry of content[i] (shared, never modified)
	senses  []senseRef        // every content word's Own and Up synsets, sorted
	bigrams []uint64          // sorted unique bigrams of token ids
	tris    []uint64          // sorted unique trigram hashes of token ids
	all     []uint32          // sorted unique token ids
	nums    []float64
	caps    []string  // sorted unique capitalised words or entity norms
	neg     bool      // claim negated (facts) or a negation cue among its words
	deictic []uint32  // sorted content ids of nouns after a demonstrative ("these efforts")
	pronoun bool      // opens with a bare pronoun subject ("This has led to tensions")
	vec     []float32 // sentence embedding, unit length; nil without an engine
	sem     string    // name of the engine of vec ("" for none)
}

// prepareWith prepares c and embeds its text with e (nil: no embedding).
// A failed embedding leaves the claim lexical only.
func prepareWith(c *claims.Claim, e semantic.Engine) *prepared {
	p := prepare(c)
	if e == nil {
		return p
	}
	if vs, err := e.Embed([]string{c.Text}); err == nil && len(vs) == 1 {
		p.vec, p.sem = vs[0], e.Name()
	}
	return p
}

// semanticOf returns the engine name both claims were embedded with, or
// "" when they were not embedded alike.
func semanticOf(a, b *prepared) string {
	if a.sem == b.sem && a.vec != nil && b.vec != nil {
		return a.sem
	}
	return ""
}

// pronounSubjects open a claim whose subject is a pronoun when the next
// word is a function word ("This has", "It was"), not a noun ("This week").
var pronounSubjects = map[string]bool{"this": true, "that": true, "it": true}

// minPronounContent is the fewest content words a claim with a bare
// pronoun subject needs to align as a paraphrase inside Compare: with
// fewer ("This has led to tensions") it says too little to tell what it
// is about, and aligns with any claim sharing its one or two words.
const minPronounContent = 3

// weak reports whether p is a pronoun-subject claim too short to align
// on its words alone (see minPronounContent).
func (p *prepared) weak() bool { return p.pronoun && len(p.content) < minPronounContent }

// minSameWords is the fewest words two weak claims need in common, all of
// them and in order, to align all the same (see sameWords).
const minSameWords = 5

// sameWords reports whether two claims are the same words in the same
// order, at least minSameWords of them: the same sentence in two outlets
// ("It can make her strong again", quoting one ad) is one claim however
// little it says on its own, while two short pronoun claims that merely
// share words ("This has led to tensions") stay apart.
func sameWords(a, b *prepared) bool {
	return len(a.ids) >= minSameWords && slices.Equal(a.ids, b.ids)
}

// demonstratives open a noun phrase that points back at something the
// claim does not state ("these efforts", "such attacks"). The singular
// "this" and "that" are left out: they are as often pronouns ("this
// raises the question"), complementisers or times ("this week").
var demonstratives = map[string]bool{"these": true, "those": true, "such": true}

// idfOf weighs a stem by its rarity in general English (SemCor counts of
// the WordNet table): unseen words (names, rare terms) weigh most.
func idfOf(stem string) (float64, synonyms.Entry) {
	e, _ := synonyms.Lookup(stem)
	return math.Log(1 + 1000/(1+float64(e.Count))), e
}

// prepare computes what scoring needs from c. Every slice is allocated at
// its final length: a prepared claim is held for the whole comparison.
func prepare(c *claims.Claim) *prepared {
	p := &prepared{claim: c, toks: tokenize(c.Text)}
	rs := make([]rune, 0, len(p.toks))
	p.ids = make([]uint32, 0, len(p.toks))
	var cs []*word // distinct content words, in order of first use
	var caps []string
	for i, t := range p.toks {
		if i > 0 && t.Content && demonstratives[p.toks[i-1].Lower()] {
			p.deictic = append(p.deictic, t.ID)
		}
		p.ids = append(p.ids, t.ID)
		rs = append(rs, runeOf(t.ID))
		if t.Neg {
			p.neg = true
		}
		if t.Content && !slices.ContainsFunc(cs, func(w *word) bool { return w.id == t.ID }) {
			cs = append(cs, t.w)
		}
		if t.Cap && t.Content {
			caps = append(caps, t.Lower())
		}
		if v, ok := parseNumber(t.Lower()); ok && len(c.Numbers) == 0 {
			p.nums = append(p.nums, v)
		}
	}
	p.neg = p.neg || c.Negated
	p.pronoun = len(p.toks) > 1 && pronounSubjects[p.toks[0].Lower()] && !p.toks[1].Content
	slices.Sort(p.deictic)
	p.deictic = slices.Compact(p.deictic)
	p.sorted = rs
	slices.Sort(p.sorted)
	slices.SortFunc(cs, func(a, b *word) int { return cmpU32(a.id, b.id) })
	p.content = make([]uint32, len(cs))
	p.idf = make([]float64, len(cs))
	p.syn = make([]*synonyms.Entry, len(cs))
	nSenses := 0
	for i, w := range cs {
		p.content[i], p.idf[i], p.syn[i] = w.id, w.idf, &w.entry
		nSenses += len(w.entry.Own) + len(w.entry.Up)
	}
	p.senses = make([]senseRef, 0, nSenses)
	for w, e := range p.syn {
		for _, id := range e.Own {
			p.senses = append(p.senses, newSenseRef(id, w, true))
		}
		for _, id := range e.Up {
			p.senses = append(p.senses, newSenseRef(id, w, false))
		}
	}
	slices.Sort(p.senses)
	if n := len(p.ids); n > 1 {
		p.bigrams = make([]uint64, 0, n-1)
	}
	for i := 1; i < len(p.ids); i++ {
		p.bigrams = append(p.bigrams, uint64(p.ids[i-1])<<32|uint64(p.ids[i]))
	}
	slices.Sort(p.bigrams)
	p.bigrams = slices.Compact(p.bigrams)
	if n := len(p.ids); n > 2 {
		p.tris = make([]uint64, 0, n-2)
	}
	for i := 2; i < len(p.ids); i++ {
		p.tris = append(p.tris, (uint64(p.ids[i-2])*1000003+uint64(p.ids[i-1]))*1000003+uint64(p.ids[i]))
	}
	slices.Sort(p.tris)
	p.tris = slices.Compact(p.tris)
	p.all = slices.Clone(p.ids)
	slices.Sort(p.all)
	p.all = slices.Compact(p.all)
	for _, n := range c.Numbers {
		p.nums = append(p.nums, n.Value)
	}
	slices.Sort(p.nums)
	p.nums = slices.Compact(p.nums)
	for _, e := range c.Entities {
		if e.Norm != "" {
			caps = append(caps, strings.ToLower(e.Norm))
		}
	}
	slices.Sort(caps)
	p.caps = slices.Clip(slices.Compact(caps))
	return p
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// parseNumber reads a plain numeral such as "300,000" or "2.5".
func parseNumber(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// maxSynonymWork bounds the word pairs checked for synonymy in one pair.
const maxSynonymWork = 1600

// FeatureNames names the lexical entries of the feature vector, in order.
var FeatureNames = []string{
	"dice", "minPR", "idfDice", "synDice", "bigramDice", "editSim",
	"lcsMax", "lcsMin", "lenRatio", "numMatch", "numClash", "capDice",
	"unmatched", "unmatchedIDF", "negMismatch", "maxPR", "unShort", "unLong",
	"trigramDice", "allDice", "idfMinPR",
}

// SemanticFeatureNames name the entries that follow FeatureNames when
// both claims are embedded by one engine: the cosine of their vectors
// (rounded to 1e-3) and its square.
var SemanticFeatureNames = []string{"cos", "cos2"}

// FeatureNamesFor names the features of claims embedded by the engine
// named sem ("" for none).
func FeatureNamesFor(sem string) []string {
	if sem == "" {
		return FeatureNames
	}
	return append(slices.Clone(FeatureNames), SemanticFeatureNames...)
}

// scratch holds the buffers of one feature computation, reused through
// scratchPool to spare the garbage collector.
type scratch struct {
	f          []float64
	ma, mb, sh []bool
	prev, cur  []int
	ra, rb     []rune  // runeDistance's runes
	row        []int   // runeDistance's table row
	shared     float64 // the summed idf of the content stems the last pair of wordFeaturesInto shares
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{f: make([]float64, len(FeatureNames)+len(SemanticFeatureNames))}
}}

// bools returns buf resized to n and cleared.
func bools(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// features computes the similarity features of a prepared pair into a
// new slice (FeatureNamesFor(semanticOf(a, b))); every entry is
// symmetric in a and b.
func features(a, b *prepared) []float64 {
	s := scratchPool.Get().(*scratch)
	out := slices.Clone(featuresInto(a, b, s))
	scratchPool.Put(s)
	return out
}

// featuresInto computes the features into s.f and returns them: the
// lexical ones, then the semantic ones when both claims are embedded by
// one engine.
func featuresInto(a, b *prepared, s *scratch) []float64 {
	f := wordFeaturesInto(a, b, s)
	sequenceFeatures(a, b, f, s)
	return f
}

// Indices in FeatureNames of the sequence features: the ones that align the
// two claims' token sequences, quadratic in their lengths.
const (
	featEditSim = 5
	featLCSMax  = 6
	featLCSMin  = 7
)

// sequenceFeatures sets the sequence features of f (featEditSim,
// featLCSMax, featLCSMin): word edit similarity and the longest common
// subsequence over the longer and the shorter claim.
func sequenceFeatures(a, b *prepared, f []float64, s *scratch) {
	la, lb := len(a.ids), len(b.ids)
	maxL, minL := float64(max(la, lb)), float64(min(la, lb))
	if maxL > 0 {
		f[featEditSim] = 1 - float64(runeDistance(a.ids, b.ids, s))/maxL
	}
	lcs := float64(lcsLen(a.ids, b.ids, s))
	f[featLCSMax] = ratio(lcs, maxL)
	f[featLCSMin] = ratio(lcs, minL)
}

// mayParaphrase reports whether the paraphrase probability of a and b
// (scores' para) can reach thr, without the sequence features: those are
// bounded instead. The longest common subsequence, of ids or of their
// runes, is at most the multiset intersection k of the runes (sorted) and
// at least 1 when the claims share a token; the edit distance over runes is
// at least the longer length minus k, so the edit similarity lies in
// [0, k/longer]. The model's logit is linear in each feature, so its
// maximum over those ranges (the two subsequence features move together,
// with the subsequence length) bounds the logit from above; a small margin
// covers rounding. mayParaphrase false implies para < thr.
func mayParaphrase(a, b *prepared, thr float64) bool {
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return true // scores decides; such a pair is rare
	}
	s := scratchPool.Get().(*scratch)
	f := wordFeaturesInto(a, b, s)
	m := modelsFor(semanticOf(a, b)).paraphrase
	term := func(i int, x float64) float64 {
		if i >= len(m.Weights) {
			return 0
		}
		return m.Weights[i] * (x - m.Mean[i]) / m.Scale[i]
	}
	z := m.Bias
	for i := range m.Weights {
		if i < len(f) && i != featEditSim && i != featLCSMax && i != featLCSMin {
			z += term(i, f[i])
		}
	}
	scratchPool.Put(s)
	maxL, minL := float64(max(len(a.ids), len(b.ids))), float64(min(len(a.ids), len(b.ids)))
	hi := float64(intersect(a.sorted, b.sorted))
	lo := float64(min(1, intersect(a.all, b.all)))
	z += max(term(featEditSim, 0), term(featEditSim, hi/maxL))
	z += max(term(featLCSMax, lo/maxL)+term(featLCSMin, lo/minL), term(featLCSMax, hi/maxL)+term(featLCSMin, hi/minL))
	return logreg.Sigmoid(z+1e-9) >= thr
}

// wordFeaturesInto computes every feature but the sequence ones (left 0)
// into s.f and returns it.
func wordFeaturesInto(a, b *prepared, s *scratch) []float64 {
	f := s.f
	clear(f)
	if semanticOf(a, b) == "" {
		f = f[:len(FeatureNames)]
	} else {
		cos := semantic.Cosine(a.vec, b.vec)
		f[len(FeatureNames)] = cos
		f[len(FeatureNames)+1] = cos * cos
	}
	na, nb := len(a.content), len(b.content)
	// exact stem matches
	inter, wInter, wA, wB := 0, 0.0, 0.0, 0.0
	s.ma, s.mb = bools(s.ma, na), bools(s.mb, nb)
	matchedA, matchedB := s.ma, s.mb
	i, j := 0, 0
	for i < na && j < nb {
		switch {
		case a.content[i] == b.content[j]:
			inter++
			wInter += a.idf[i]
			matchedA[i], matchedB[j] = true, true
			i++
			j++
		case a.content[i] < b.content[j]:
			i++
		default:
			j++
		}
	}
	for _, w := range a.idf {
		wA += w
	}
	for _, w := range b.idf {
		wB += w
	}
	s.shared = wInter
	f[0] = ratio(2*float64(inter), float64(na+nb))
	f[1] = math.Min(ratio(float64(inter), float64(na)), ratio(float64(inter), float64(nb)))
	f[2] = ratio(2*wInter, wA+wB)
	// synonym matches among the words left over (skipped for very long
	// claims, to bound the cost of one pair)
	syn := inter
	var shares []bool // words of a with a synset in common with b (only those can match)
	if na*nb <= maxSynonymWork {
		s.sh = bools(s.sh, na)
		if sharedSenseWords(a.senses, b.senses, s.sh) {
			shares = s.sh
		}
	}
	for x := range shares {
		if matchedA[x] || !shares[x] {
			continue
		}
		if y := firstRelated(*a.syn[x], b.senses, matchedB); y >= 0 {
			matchedA[x], matchedB[y] = true, true
			syn++
		}
	}
	f[3] = ratio(2*float64(syn), float64(na+nb))
	f[4] = ratio(2*float64(intersect(a.bigrams, b.bigrams)), float64(len(a.bigrams)+len(b.bigrams)))
	la, lb := len(a.ids), len(b.ids)
	maxL, minL := float64(max(la, lb)), float64(min(la, lb))
	f[8] = ratio(minL, maxL)
	switch {
	case len(a.nums) > 0 && len(b.nums) > 0:
		common := intersect(a.nums, b.nums)
		f[9] = ratio(2*float64(common), float64(len(a.nums)+len(b.nums)))
		if common < len(a.nums) && common < len(b.nums) {
			f[10] = 1
		}
	case len(a.nums) == 0 && len(b.nums) == 0:
		f[9] = 1
	}
	if len(a.caps)+len(b.caps) > 0 {
		f[11] = ratio(2*float64(intersect(a.caps, b.caps)), float64(len(a.caps)+len(b.caps)))
	} else {
		f[11] = 1
	}
	unA, unB, unW := 0, 0, 0.0
	for x, m := range matchedA {
		if !m {
			unA++
			unW += a.idf[x]
		}
	}
	for y, m := range matchedB {
		if !m {
			unB++
			unW += b.idf[y]
		}
	}
	f[12] = math.Log1p(float64(unA + unB))
	f[13] = math.Log1p(unW)
	if a.neg != b.neg {
		f[14] = 1
	}
	f[15] = math.Max(ratio(float64(inter), float64(na)), ratio(float64(inter), float64(nb)))
	if na > nb {
		unA, unB = unB, unA
	}
	f[16] = math.Log1p(float64(unA))
	f[17] = math.Log1p(float64(unB))
	f[18] = ratio(2*float64(intersect(a.tris, b.tris)), float64(len(a.tris)+len(b.tris)))
	f[19] = ratio(2*float64(intersect(a.all, b.all)), float64(len(a.all)+len(b.all)))
	f[20] = math.Min(ratio(wInter, wA), ratio(wInter, wB))
	return f
}

// sharedSenseWords marks the words of a (na content words) having a synset
// id, own or hypernym, that also occurs among b's senses: a linear merge of
// the two sorted lists, so most unrelated pairs skip synonym matching.
// It reports whether any word shares one.
func sharedSenseWords(a, b []senseRef, out []bool) bool {
	na, any := len(out), false
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id() == b[j].id():
			any = true
			id := a[i].id()
			for ; i < len(a) && a[i].id() == id; i++ {
				if w := a[i].word(); w < na {
					out[w] = true
				}
			}
		case a[i].id() < b[j].id():
			i++
		default:
			j++
		}
	}
	return any
}

// senseRef is one synset of one content word of a claim, packed so that
// sense lists sort by synset id and then word: the id in the high 32 bits,
// the word's index above the lowest bit, and that bit set for the word's
// own synset (clear for a direct hypernym).
type senseRef uint64

func newSenseRef(id uint32, word int, own bool) senseRef {
	r := senseRef(id)<<32 | senseRef(uint16(word))<<1
	if own {
		r |= 1
	}
	return r
}

func (r senseRef) id() uint32 { return uint32(r >> 32) }
func (r senseRef) word() int  { return int(uint16(r >> 1)) }
func (r senseRef) own() bool  { return r&1 != 0 }

// firstRelated returns the lowest-index unmatched word of the other claim
// related to entry e (as synonyms.Related defines it), or -1.
func firstRelated(e synonyms.Entry, senses []senseRef, matched []bool) int {
	best := -1
	scan := func(id uint32, needOwn bool) {
		i, j := 0, len(senses) // lower bound of id
		for i < j {
			h := int(uint(i+j) >> 1)
			if senses[h].id() < id {
				i = h + 1
			} else {
				j = h
			}
		}
		for ; i < len(senses) && senses[i].id() == id; i++ {
			y := senses[i].word()
			if (senses[i].own() || !needOwn) && y < len(matched) && !matched[y] && (best < 0 || y < best) {
				best = y
			}
		}
	}
	for _, id := range e.Own {
		scan(id, false)
	}
	for _, id := range e.Up {
		scan(id, true)
	}
	return best
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// intersect counts the elements two ascending slices share (with
// multiplicity, as a merge of the two would pair them).
func intersect[T cmp.Ordered](x, y []T) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			n++
			i++
			j++
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// runeDistance is the Levenshtein distance between the runes (runeOf) of
// two id sequences: distinct ids may share a rune, and the edit
// similarity feature has always been computed over runes.
func runeDistance(a, b []uint32, s *scratch) int {
	ra, rb := s.ra[:0], s.rb[:0]
	for _, id := range a {
		ra = append(ra, runeOf(id))
	}
	for _, id := range b {
		rb = append(rb, runeOf(id))
	}
	s.ra, s.rb = ra, rb
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	for len(ra) > 0 && ra[len(ra)-1] == rb[len(rb)-1] {
		ra, rb = ra[:len(ra)-1], rb[:len(rb)-1]
	}
	for len(ra) > 0 && ra[0] == rb[0] {
		ra, rb = ra[1:], rb[1:]
	}
	if len(ra) == 0 {
		return len(rb)
	}
	if cap(s.row) < len(ra)+1 {
		s.row = make([]int, len(ra)+1)
	}
	x := s.row[:len(ra)+1]
	for j := range x {
		x[j] = j
	}
	for i, r := range rb {
		diag := x[0]
		x[0] = i + 1
		for j, q := range ra {
			cur := diag
			if q != r {
				cur = min(diag, x[j], x[j+1]) + 1
			}
			diag = x[j+1]
			x[j+1] = cur
		}
	}
	return x[len(ra)]
}

// lcsLen is the length of the longest common subsequence of two id sequences.
func lcsLen(a, b []uint32, s *scratch) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if cap(s.prev) < len(b)+1 {
		s.prev, s.cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur := s.prev[:len(b)+1], s.cur[:len(b)+1]
	clear(prev)
	clear(cur)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
