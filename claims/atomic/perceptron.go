package atomic

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// perceptron is prose's English averaged-perceptron tagger (the model in
// github.com/jdkato/prose/v3/tag/aptagmodel, the feature set of prose's
// tag.Tagger) re-indexed for speed. prose finds each of the 14 features of
// a token by binary search over 75k sorted strings; here the features are
// grouped by the word, suffix, prefix byte or tag they test, so a token
// costs a few hash lookups and array reads. Scores are accumulated in
// prose's order with the same float32 arithmetic and ties break the same
// way, so the tags are identical to prose's (TestPerceptronMatchesProse).
// It is immutable after load and safe for concurrent use.
type perceptron struct {
	classes   []string
	pairOff   []uint32 // feature f's weights are pairs pairOff[f]..pairOff[f+1]
	ids       []uint8
	wts       []float32
	fixedTags map[string]fixedTag // words tagged without scoring, as written

	bias  int32
	pref  [256]int32         // "i pref1 X"
	words map[string]int32   // normalised word -> index into wordFeats
	wfs   []wordFeats        // word-keyed features
	sufs  map[string]sufFeat // suffix-keyed features

	tags       map[string]int32 // tag -> tag id for the tag-keyed features
	classTag   []int32          // class id -> tag id
	prevTag    []int32          // "i-1 tag X" by tag id
	prev2Tag   []int32          // "i-2 tag X" by tag id
	prevBoth   []int32          // "i tag+i-2 tag X Y" by id(X)*len(tags)+id(Y)
	startTags  [2]int32         // tag ids of -START- and -START2-
	lexicon    map[string]string
	modelError error
}

// wordFeats are the features that test one normalised word, and those of
// its suffix.
type wordFeats struct {
	at   [5]int32 // i word, i-1 word, i-2 word, i+1 word, i+2 word
	suf  sufFeat
	prev []tagFeat
}

// fixedTag is the tag of a word that is not scored: an emoticon, a word of
// the caller's lexicon or one of the model's unambiguous words.
type fixedTag struct {
	tag      string
	emoticon bool
}

// tagFeat is an "i-1 tag+i word" feature: the previous tag and the feature.
type tagFeat struct{ tag, feat int32 }

// sufFeat are the features that test a three-byte suffix: of the word
// itself (as written), of the previous and of the next normalised word.
type sufFeat [3]int32

const (
	atWord = iota
	atPrev
	atPrev2
	atNext
	atNext2
)

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

var englishTagger = sync.OnceValue(func() *perceptron {
	p, err := loadPerceptron(aptagmodel.English)
	if err != nil {
		return &perceptron{modelError: err}
	}
	p.setLexicon(tagLexicon)
	return p
})

// setLexicon makes the lower-case words of lex take precedence over the
// model in every casing, and emoticons over both (prose's order).
func (p *perceptron) setLexicon(lex map[string]string) {
	p.lexicon = lex
	for w, f := range p.fixedTags {
		if t, ok := lex[strings.ToLower(w)]; ok {
			f.tag = t
			p.fixedTags[w] = f
		}
	}
	for w, t := range lex {
		p.fixedTags[w] = fixedTag{tag: t}
	}
	for w := range emoticons {
		p.fixedTags[w] = fixedTag{tag: "SYM", emoticon: true}
	}
}

// modelReader reads prose's flat model format (see prose's internal/flat):
// little-endian counts, length-prefixed strings and arrays.
type modelReader struct {
	b   []byte
	err error
}

func (r *modelReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated tagger model")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *modelReader) u32() int {
	b := r.take(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

func (r *modelReader) str16() string {
	b := r.take(2)
	if b == nil {
		return ""
	}
	return string(r.take(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.take(4 * n)
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// loadPerceptron decodes a model in prose's flat format and indexes its
// features by what they test.
func loadPerceptron(data []byte) (*perceptron, error) {
	r := &modelReader{b: data}
	if string(r.take(8)) != "PROSETAG" || r.u32() != 1 {
		return nil, errors.New("not a prose flat tagger model (version 1)")
	}
	p := &perceptron{bias: -1}
	nc := r.u32()
	if nc > 256 {
		return nil, fmt.Errorf("tagger model has %d classes", nc)
	}
	for range nc {
		p.classes = append(p.classes, r.str16())
	}
	nf, np, nb := r.u32(), r.u32(), r.u32()
	blob := string(r.take(nb))
	featOff := r.u32s(nf + 1)
	p.pairOff = r.u32s(nf + 1)
	p.ids = append([]uint8(nil), r.take(np)...)
	if wb := r.take(4 * np); wb != nil {
		p.wts = make([]float32, np)
		for i := range p.wts {
			p.wts[i] = math.Float32frombits(binary.LittleEndian.Uint32(wb[4*i:]))
		}
	}
	nt := r.u32()
	p.fixedTags = make(map[string]fixedTag, nt+len(emoticons)+2*len(tagLexicon))
	for range nt {
		w := r.str16()
		id := r.take(1)
		if id != nil && int(id[0]) < nc {
			p.fixedTags[w] = fixedTag{tag: p.classes[id[0]]}
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(featOff) != nf+1 || len(p.pairOff) != nf+1 || len(p.wts) != np || int(featOff[nf]) > len(blob) || int(p.pairOff[nf]) > np {
		return nil, errors.New("inconsistent tagger model")
	}
	for _, id := range p.ids {
		if int(id) >= nc {
			return nil, errors.New("tagger model class id out of range")
		}
	}
	feats := make([]string, nf)
	for f := range nf {
		if featOff[f] > featOff[f+1] || p.pairOff[f] > p.pairOff[f+1] {
			return nil, errors.New("tagger model offsets out of order")
		}
		feats[f] = blob[featOff[f]:featOff[f+1]]
	}
	p.index(feats)
	return p, nil
}

// index groups the features by the word, suffix, byte or tags they test.
func (p *perceptron) index(feats []string) {
	p.tags = map[string]int32{}
	tagID := func(t string) int32 {
		id, ok := p.tags[t]
		if !ok {
			id = int32(len(p.tags))
			p.tags[t] = id
		}
		return id
	}
	for _, c := range p.classes {
		p.classTag = append(p.classTag, tagID(c))
	}
	p.startTags = [2]int32{tagID("-START-"), tagID("-START2-")}
	type pairFeat struct{ a, b, feat int32 }
	var both []pairFeat
	type single struct{ tag, feat int32 }
	var prev, prev2 []single
	// Sized for prose's English model (about 75k features, half of them
	// word-keyed), so indexing does not spend its time growing maps.
	p.words = make(map[string]int32, len(feats)/2)
	p.wfs = make([]wordFeats, 0, len(feats)/2)
	p.sufs = make(map[string]sufFeat, len(feats)/8)
	word := func(w string) *wordFeats {
		id, ok := p.words[w]
		if !ok {
			id = int32(len(p.wfs))
			p.words[w] = id
			p.wfs = append(p.wfs, wordFeats{at: [5]int32{-1, -1, -1, -1, -1}})
		}
		return &p.wfs[id]
	}
	for i := range p.pref {
		p.pref[i] = -1
	}
	for f, s := range feats {
		fi := int32(f)
		switch {
		case s == "bias":
			p.bias = fi
			continue
		case strings.HasPrefix(s, "i pref1 "):
			if v := s[len("i pref1 "):]; len(v) == 1 {
				p.pref[v[0]] = fi
			}
			continue
		case strings.HasPrefix(s, "i-1 tag+i word "):
			v := s[len("i-1 tag+i word "):]
			if t, w, ok := strings.Cut(v, " "); ok {
				wf := word(w)
				wf.prev = append(wf.prev, tagFeat{tagID(t), fi})
			}
			continue
		case strings.HasPrefix(s, "i tag+i-2 tag "):
			if a, b, ok := strings.Cut(s[len("i tag+i-2 tag "):], " "); ok {
				both = append(both, pairFeat{tagID(a), tagID(b), fi})
			}
			continue
		case strings.HasPrefix(s, "i-1 tag "):
			prev = append(prev, single{tagID(s[len("i-1 tag "):]), fi})
			continue
		case strings.HasPrefix(s, "i-2 tag "):
			prev2 = append(prev2, single{tagID(s[len("i-2 tag "):]), fi})
			continue
		}
		for k, tp := range wordTemplates {
			if strings.HasPrefix(s, tp) {
				word(s[len(tp):]).at[k] = fi
			}
		}
		for k, tp := range sufTemplates {
			if strings.HasPrefix(s, tp) {
				v := s[len(tp):]
				sf, ok := p.sufs[v]
				if !ok {
					sf = sufFeat{-1, -1, -1}
				}
				sf[k] = fi
				p.sufs[v] = sf
			}
		}
	}
	for w, id := range p.words {
		sf, ok := p.sufs[suffix3(w)]
		if !ok {
			sf = sufFeat{-1, -1, -1}
		}
		p.wfs[id].suf = sf
	}
	n := len(p.tags)
	p.prevTag, p.prev2Tag, p.prevBoth = filled(n), filled(n), filled(n*n)
	for _, x := range prev {
		p.prevTag[x.tag] = x.feat
	}
	for _, x := range prev2 {
		p.prev2Tag[x.tag] = x.feat
	}
	for _, x := range both {
		p.prevBoth[int(x.a)*n+int(x.b)] = x.feat
	}
}

func filled(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = -1
	}
	return out
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
	f, ok := p.fixedTags[word]
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
	wf := make([]*wordFeats, n+4)
	sf := make([]sufFeat, n+4)
	look := func(k int, w string) {
		if id, ok := p.words[w]; ok {
			wf[k] = &p.wfs[id]
			sf[k] = wf[k].suf
			return
		}
		var ok bool
		if sf[k], ok = p.sufs[suffix3(w)]; !ok {
			sf[k] = sufFeat{-1, -1, -1}
		}
	}
	look(0, "-START-")
	look(1, "-START2-")
	for i := range t {
		look(i+2, normalize(t[i].Text, t[i].lw))
	}
	look(n+2, "-END-")
	look(n+3, "-END2-")
	var scores [256]float32
	sc := scores[:len(p.classes)]
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
			for j := range sc {
				sc[j] = 0
			}
			c := i + 2
			rawSuf := sf[c]
			if s3 := suffix3(w); s3 != suffix3(normalize(w, t[i].lw)) {
				var ok bool
				if rawSuf, ok = p.sufs[s3]; !ok {
					rawSuf = sufFeat{-1, -1, -1}
				}
			}
			p.add(sc, p.bias)
			p.add(sc, rawSuf[0])
			p.add(sc, p.pref[w[0]])
			p.add(sc, at(p.prevTag, p1))
			p.add(sc, at(p.prev2Tag, p2))
			if p1 >= 0 && p2 >= 0 {
				p.add(sc, p.prevBoth[int(p1)*nt+int(p2)])
			}
			if x := wf[c]; x != nil {
				p.add(sc, x.at[atWord])
				if p1 >= 0 {
					for _, tf := range x.prev {
						if tf.tag == p1 {
							p.add(sc, tf.feat)
							break
						}
					}
				}
			}
			p.addWord(sc, wf[c-1], atPrev)
			p.add(sc, sf[c-1][1])
			p.addWord(sc, wf[c-2], atPrev2)
			p.addWord(sc, wf[c+1], atNext)
			p.add(sc, sf[c+1][2])
			p.addWord(sc, wf[c+2], atNext2)
			best, bestID := float32(math.Inf(-1)), -1
			for k, s := range sc {
				if s > best {
					best, bestID = s, k
				}
			}
			if bestID >= 0 {
				tg, id = p.classes[bestID], p.classTag[bestID]
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

func (p *perceptron) addWord(sc []float32, x *wordFeats, k int) {
	if x != nil {
		p.add(sc, x.at[k])
	}
}

// add accumulates the weights of feature f (none when f < 0) into sc.
func (p *perceptron) add(sc []float32, f int32) {
	if f < 0 {
		return
	}
	lo, hi := p.pairOff[f], p.pairOff[f+1]
	ids, wts := p.ids[lo:hi], p.wts[lo:hi]
	for j, id := range ids {
		sc[id] += wts[j]
	}
}

// Preload builds the tagger's index now rather than on the first Split, so
// a caller can overlap the load with other start-up work.
func Preload() { englishTagger() }
