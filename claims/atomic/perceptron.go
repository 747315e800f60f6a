package atomic

import (
	_ "embed"
	"errors"
	"math"
	"regexp"
	"strings"
	"sync"
)

// perceptron is prose's English averaged-perceptron tagger (the model in
// github.com/jdkato/prose/v3/tag/aptagmodel, MIT licence, the feature set
// of prose's tag.Tagger) re-indexed for speed and read straight from the
// embedded tagger.bin: prose finds each of the 14 features of a token by
// binary search over 75k sorted strings; here the features are grouped by
// the word, suffix, prefix byte or tag they test, in hash tables laid out
// in the file, so a token costs a few probes and array reads and loading
// builds no map but the 47 tags'. Scores are accumulated in prose's order
// with the same float32 arithmetic and ties break the same way, so the
// tags are identical to prose's (TestPerceptronMatchesProse). tagger.bin
// is written by TestTaggerTable -update from prose's model and checked
// against it on every test run. It is immutable after load and safe for
// concurrent use.
type perceptron struct {
	classes []string
	nf      int32  // features; a feature id f is valid when 0 <= f < nf
	pairOff string // feature f's weights are pairs u32(pairOff, f)..u32(pairOff, f+1)
	ids     string // class id of each pair
	wts     string // float32 bits of each pair
	prevs   string // (tag id, feature) of the "i-1 tag+i word" features, by word

	bias     int32
	pref     [256]int32 // "i pref1 X"
	words    table      // normalised word -> at[5], suffix feats[3], prevs offset and count
	sufs     table      // suffix -> sufFeat
	unscored table      // the model's words tagged without scoring -> class id

	tags       map[string]int32 // tag -> tag id for the tag-keyed features
	classTag   []int32          // class id -> tag id
	prevTag    []int32          // "i-1 tag X" by tag id
	prev2Tag   []int32          // "i-2 tag X" by tag id
	prevBoth   []int32          // "i tag+i-2 tag X Y" by id(X)*len(tags)+id(Y)
	startTags  [2]int32         // tag ids of -START- and -START2-
	lexicon    map[string]string
	modelError error
}

// Fields of a words record after its key (see table).
const (
	atWord = iota
	atPrev
	atPrev2
	atNext
	atNext2
	wordSuf    = 5 // three suffix features: sufFeat
	wordPrevs  = 8 // offset of the word's prevs
	wordNPrevs = 9 // how many
	wordFields = 10
)

// sufFeat are the features that test a three-byte suffix: of the word
// itself (as written), of the previous and of the next normalised word.
type sufFeat [3]int32

var noSuf = sufFeat{-1, -1, -1}

// wordTemplates are prose's word-keyed feature prefixes, by at index.
var wordTemplates = [5]string{"i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "}

// sufTemplates are prose's suffix-keyed feature prefixes, by sufFeat index.
var sufTemplates = [3]string{"i suffix ", "i-1 suffix ", "i+1 suffix "}

// tagLexicon fixes the tags of reporting and linking words the rules rely
// on, ahead of the model (as prose's tag.WithLexicon would).
var tagLexicon = map[string]string{
	"deny": "VBP", "denies": "VBZ", "denied": "VBD", "says": "VBZ", "said": "VBD",
	"according": "VBG", "including": "VBG", "remains": "VBZ", "continues": "VBZ", "while": "IN", "whereas": "IN",
}

//go:generate go test -run ^TestTaggerTable$ -update

// taggerBin is prose's English model re-indexed (see perceptron).
//
//go:embed tagger.bin
var taggerBin string

var englishTagger = sync.OnceValue(func() *perceptron {
	p, err := decodeTagger(taggerBin)
	if err != nil {
		return &perceptron{modelError: err}
	}
	p.lexicon = tagLexicon
	return p
})

// taggerMagic opens tagger.bin; the digit is the format's version.
const taggerMagic = "CCTAG1\n\x00"

// le32 reads the little-endian uint32 at byte offset 4*i of s.
func le32(s string, i int) uint32 {
	o := 4 * i
	_ = s[o+3]
	return uint32(s[o]) | uint32(s[o+1])<<8 | uint32(s[o+2])<<16 | uint32(s[o+3])<<24
}

// table is a string-keyed hash table laid out in a string: slots holds
// one u32 per slot (a record index + 1, 0 for an empty slot), a power of
// two of them, filled by linear probing from fnv32(key); recs holds
// records of width u32 fields, the first two the key's offset and length
// in keys, then the values. Every read is bounds-checked against the
// table's own sizes, so a corrupt table finds nothing rather than panics.
type table struct {
	slots, recs, keys string
	nslots, nrecs     uint32
	width             int
}

// fnv32 is 32-bit FNV-1a.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// find returns the record index of key, or -1.
func (t *table) find(key string) int32 {
	if t.nslots == 0 {
		return -1
	}
	mask := t.nslots - 1
	h := fnv32(key) & mask
	for range t.nslots {
		r := le32(t.slots, int(h))
		if r == 0 || r > t.nrecs {
			return -1
		}
		rec := int(r - 1)
		off, n := int(le32(t.recs, rec*t.width)), int(le32(t.recs, rec*t.width+1))
		if off <= len(t.keys) && n <= len(t.keys)-off && t.keys[off:off+n] == key {
			return int32(rec)
		}
		h = (h + 1) & mask
	}
	return -1
}

// field returns value k (after the key) of record rec.
func (t *table) field(rec int32, k int) int32 {
	return int32(le32(t.recs, int(rec)*t.width+2+k))
}

// reader reads tagger.bin's sections in order.
type reader struct {
	s   string
	err error
}

func (r *reader) take(n int) string {
	if r.err != nil {
		return ""
	}
	if n < 0 || n > len(r.s) {
		r.err = errors.New("truncated tagger table")
		return ""
	}
	out := r.s[:n]
	r.s = r.s[n:]
	return out
}

func (r *reader) u32() uint32 {
	b := r.take(4)
	if b == "" {
		return 0
	}
	return le32(b, 0)
}

// count reads a count that must fit in the rest of the file at size bytes
// an item.
func (r *reader) count(size int) int {
	n := r.u32()
	if r.err == nil && (size > 0 && uint64(n)*uint64(size) > uint64(len(r.s)) || n > 1<<28) {
		r.err = errors.New("corrupt tagger table")
		return 0
	}
	return int(n)
}

func (r *reader) u32s(n int) []int32 {
	b := r.take(4 * n)
	if b == "" {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(le32(b, i))
	}
	return out
}

func (r *reader) strs() []string {
	n := r.count(1)
	out := make([]string, 0, n)
	for range n {
		l := r.take(1)
		if l == "" {
			return nil
		}
		out = append(out, r.take(int(l[0])))
	}
	return out
}

func (r *reader) table(width int) table {
	var t table
	t.nslots = uint32(r.count(4))
	t.slots = r.take(4 * int(t.nslots))
	t.nrecs = uint32(r.count(4 * width))
	t.recs = r.take(4 * width * int(t.nrecs))
	t.keys = r.take(r.count(1))
	t.width = width
	if r.err == nil && t.nslots&(t.nslots-1) != 0 {
		r.err = errors.New("corrupt tagger table: slots not a power of two")
	}
	return t
}

// decodeTagger reads tagger.bin (as TestTaggerTable writes it): the small
// tables are decoded, the large ones used in place.
func decodeTagger(s string) (*perceptron, error) {
	if !strings.HasPrefix(s, taggerMagic) {
		return nil, errors.New("not a claimcheck tagger table (version 1)")
	}
	r := &reader{s: s[len(taggerMagic):]}
	p := &perceptron{}
	p.classes = r.strs()
	tags := r.strs()
	if r.err == nil && (len(p.classes) == 0 || len(p.classes) > 256 || len(tags) == 0) {
		return nil, errors.New("corrupt tagger table: classes")
	}
	p.tags = make(map[string]int32, len(tags))
	for i, t := range tags {
		p.tags[t] = int32(i)
	}
	nt := int32(len(tags))
	p.bias = int32(r.u32())
	p.startTags = [2]int32{int32(r.u32()), int32(r.u32())}
	copy(p.pref[:], r.u32s(256))
	p.classTag = r.u32s(len(p.classes))
	p.prevTag = r.u32s(int(nt))
	p.prev2Tag = r.u32s(int(nt))
	p.prevBoth = r.u32s(int(nt * nt))
	nf := r.count(4)
	p.nf = int32(nf)
	p.pairOff = r.take(4 * (nf + 1))
	np := r.count(5)
	p.ids = r.take(np)
	p.wts = r.take(4 * np)
	p.prevs = r.take(8 * r.count(8))
	p.words = r.table(2 + wordFields)
	p.sufs = r.table(2 + 3)
	p.unscored = r.table(2 + 1)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.s) != 0 {
		return nil, errors.New("corrupt tagger table: trailing bytes")
	}
	for _, id := range append(p.classTag, p.startTags[0], p.startTags[1]) {
		if id < 0 || id >= nt {
			return nil, errors.New("corrupt tagger table: tag id out of range")
		}
	}
	prev := uint32(0)
	for f := range nf + 1 {
		o := le32(p.pairOff, f)
		if o < prev || o > uint32(np) {
			return nil, errors.New("corrupt tagger table: weight offsets out of order")
		}
		prev = o
	}
	return p, nil
}

// word returns the words record of w, or -1.
func (p *perceptron) word(w string) int32 { return p.words.find(w) }

// wordAt returns feature k (atWord...atNext2) of word record rec, or -1.
func (p *perceptron) wordAt(rec int32, k int) int32 {
	if rec < 0 {
		return -1
	}
	return p.words.field(rec, k)
}

// suffix returns the features of suffix s (noSuf when it has none).
func (p *perceptron) suffix(s string) sufFeat {
	rec := p.sufs.find(s)
	if rec < 0 {
		return noSuf
	}
	return sufFeat{p.sufs.field(rec, 0), p.sufs.field(rec, 1), p.sufs.field(rec, 2)}
}

// wordSuffix returns the suffix features of word record rec's suffix.
func (p *perceptron) wordSuffix(rec int32) sufFeat {
	return sufFeat{p.words.field(rec, wordSuf), p.words.field(rec, wordSuf+1), p.words.field(rec, wordSuf+2)}
}

// prevFeat returns the "i-1 tag+i word" feature of word record rec for
// previous tag id tag, or -1.
func (p *perceptron) prevFeat(rec, tag int32) int32 {
	off, n := int(p.words.field(rec, wordPrevs)), int(p.words.field(rec, wordNPrevs))
	if off < 0 || n < 0 || off > len(p.prevs)/8 || n > len(p.prevs)/8-off {
		return -1
	}
	for i := off; i < off+n; i++ {
		if int32(le32(p.prevs, 2*i)) == tag {
			return int32(le32(p.prevs, 2*i+1))
		}
	}
	return -1
}

// fixedTag is the tag of a word that is not scored: an emoticon, a word of
// the caller's lexicon or one of the model's unambiguous words.
type fixedTag struct {
	tag      string
	emoticon bool
}

// fixedOf returns the unscored tag of word as written, in prose's order:
// an emoticon, a word of the lexicon, a word of the model's (whose tag the
// lexicon overrides for its lower case).
func (p *perceptron) fixedOf(word string) (fixedTag, bool) {
	if emoticons[word] {
		return fixedTag{tag: "SYM", emoticon: true}, true
	}
	if t, ok := p.lexicon[word]; ok {
		return fixedTag{tag: t}, true
	}
	rec := p.unscored.find(word)
	if rec < 0 {
		return fixedTag{}, false
	}
	if t, ok := p.lexicon[strings.ToLower(word)]; ok {
		return fixedTag{tag: t}, true
	}
	c := p.unscored.field(rec, 0)
	if c < 0 || int(c) >= len(p.classes) {
		return fixedTag{}, false
	}
	return fixedTag{tag: p.classes[c]}, true
}

// Penn Treebank traces and bracket literals, passed through unscored as
// prose does.
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// fixed returns the tag of a word that is tagged without scoring, in
// prose's order: the special cases, the lexicon (as written, then in lower
// case), then the model's unambiguous words.
func (p *perceptron) fixed(word, lower string) (string, bool) {
	f, ok := p.fixedOf(word)
	switch {
	case word == "-":
		return "-", true
	case f.emoticon:
		return "SYM", true
	case word[0] == '@':
		return "NN", true
	case (word[0] == '0' || word[0] == '*') && noneRe.MatchString(word):
		return "-NONE-", true
	case word[0] == '-' && len(word) == 5 && keepRe.MatchString(word):
		return word, true
	}
	if !ok && lower != word {
		if t, ok := p.lexicon[lower]; ok {
			return t, true
		}
	}
	return f.tag, ok
}

// normalize maps a word onto the form the model was trained on (prose's
// normalize); lower is the word in lower case.
func normalize(word, lower string) string {
	if word == "" {
		return word
	}
	if word[0] != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return lower
}

func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// tagAll sets t[i].tag for every token of one sentence, reading t[i].Text
// and t[i].lw. It does nothing when the model failed to load.
func (p *perceptron) tagAll(t []tok) {
	if p.modelError != nil || len(t) == 0 {
		return
	}
	n := len(t)
	// positions 0,1 and n+2,n+3 are the sentinels around the sentence
	wf := make([]int32, n+4) // words record, or -1
	sf := make([]sufFeat, n+4)
	look := func(k int, w string) {
		if rec := p.word(w); rec >= 0 {
			wf[k] = rec
			sf[k] = p.wordSuffix(rec)
			return
		}
		wf[k] = -1
		sf[k] = p.suffix(suffix3(w))
	}
	look(0, "-START-")
	look(1, "-START2-")
	for i := range t {
		look(i+2, normalize(t[i].Text, t[i].lw))
	}
	look(n+2, "-END-")
	look(n+3, "-END2-")
	var sc [256]float32 // indexed by a byte: a class id never overflows it
	nc := len(p.classes)
	nt := len(p.tags)
	p1, p2 := p.startTags[0], p.startTags[1]
	for i := range t {
		w := t[i].Text
		if w == "" {
			p2, p1 = p1, -1
			continue
		}
		tg, ok := p.fixed(w, t[i].lw)
		var id int32 = -1
		if ok {
			if x, known := p.tags[tg]; known {
				id = x
			}
		} else {
			sc = [256]float32{}
			c := i + 2
			rawSuf := sf[c]
			if s3 := suffix3(w); s3 != suffix3(normalize(w, t[i].lw)) {
				rawSuf = p.suffix(s3)
			}
			p.add(&sc, p.bias)
			p.add(&sc, rawSuf[0])
			p.add(&sc, p.pref[w[0]])
			p.add(&sc, at(p.prevTag, p1))
			p.add(&sc, at(p.prev2Tag, p2))
			if p1 >= 0 && p2 >= 0 {
				p.add(&sc, p.prevBoth[int(p1)*nt+int(p2)])
			}
			if x := wf[c]; x >= 0 {
				p.add(&sc, p.wordAt(x, atWord))
				if p1 >= 0 {
					p.add(&sc, p.prevFeat(x, p1))
				}
			}
			p.add(&sc, p.wordAt(wf[c-1], atPrev))
			p.add(&sc, sf[c-1][1])
			p.add(&sc, p.wordAt(wf[c-2], atPrev2))
			p.add(&sc, p.wordAt(wf[c+1], atNext))
			p.add(&sc, sf[c+1][2])
			p.add(&sc, p.wordAt(wf[c+2], atNext2))
			best, bestID := float32(math.Inf(-1)), -1
			second, secondID := float32(math.Inf(-1)), -1
			for k, s := range sc[:nc] {
				if s > best {
					second, secondID = best, bestID
					best, bestID = s, k
				} else if s > second {
					second, secondID = s, k
				}
			}
			if bestID >= 0 {
				tg, id = p.classes[bestID], p.classTag[bestID]
			}
			t[i].runnerUp, t[i].gap = "", 0
			if secondID >= 0 {
				t[i].runnerUp, t[i].gap = p.classes[secondID], best-second
			}
		}
		t[i].tag = tg
		p2, p1 = p1, id
	}
}

func at(tbl []int32, id int32) int32 {
	if id < 0 {
		return -1
	}
	return tbl[id]
}

// add accumulates the weights of feature f (none unless 0 <= f < nf)
// into sc.
func (p *perceptron) add(sc *[256]float32, f int32) {
	if f < 0 || f >= p.nf {
		return
	}
	lo, hi := int(le32(p.pairOff, int(f))), int(le32(p.pairOff, int(f)+1))
	for j := lo; j < hi; j++ {
		sc[p.ids[j]] += math.Float32frombits(le32(p.wts, j))
	}
}

// Preload loads the tagger now rather than on the first Split, so
// a caller can overlap the load with other start-up work.
func Preload() { englishTagger() }
