package atomic

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

var update = flag.Bool("update", false, "rewrite tagger.bin from prose's model")

// TestTaggerTable checks that the embedded tagger.bin is prose's English
// model as encodeTagger writes it, so the table can never drift from the
// model prose ships; -update rewrites it (go generate does so).
func TestTaggerTable(t *testing.T) {
	m, err := loadProseModel(aptagmodel.English)
	if err != nil {
		t.Fatal(err)
	}
	want := encodeTagger(m)
	if *update {
		if err := os.WriteFile("tagger.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(taggerBin), want) {
		t.Fatalf("tagger.bin (%d bytes) is not prose's model re-indexed (%d bytes): run go generate ./claims/atomic", len(taggerBin), len(want))
	}
}

func TestDecodeTaggerBad(t *testing.T) {
	for _, s := range []string{"", "PROSETAG", taggerMagic, taggerMagic + "\xff\xff\xff\xff", taggerBin[:len(taggerBin)/2], taggerBin + "x"} {
		if _, err := decodeTagger(s); err == nil {
			t.Errorf("decodeTagger accepted a bad table (%d bytes)", len(s))
		}
	}
}

// FuzzDecodeTagger: a corrupt table is refused or tags without panicking.
func FuzzDecodeTagger(f *testing.F) {
	f.Add([]byte(taggerBin[:4096]))
	f.Add([]byte(taggerMagic + "\x01\x00\x00\x00\x02NN\x01\x00\x00\x00\x02NN"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := decodeTagger(string(b))
		if err != nil {
			return
		}
		p.lexicon = tagLexicon
		p.tagAll([]tok{{Token: facts.Token{Text: "The"}}, {Token: facts.Token{Text: "x"}}, {Token: facts.Token{Text: ":)"}}, {Token: facts.Token{Text: "said"}}})
	})
}

// proseModel is prose's flat model indexed by what each feature tests,
// in maps: the input of encodeTagger.
type proseModel struct {
	classes   []string
	pairOff   []uint32
	ids       []uint8
	wts       []float32
	fixedTags map[string]uint8 // the model's unambiguous words -> class id

	bias  int32
	pref  [256]int32
	words map[string]*refWord
	sufs  map[string]sufFeat

	tags      map[string]int32
	tagNames  []string
	classTag  []int32
	prevTag   []int32
	prev2Tag  []int32
	prevBoth  []int32
	startTags [2]int32
}

// refWord are the features that test one normalised word, and those of
// its suffix.
type refWord struct {
	at   [5]int32
	suf  sufFeat
	prev [][2]int32 // (previous tag id, feature)
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

// loadProseModel decodes a model in prose's flat format and indexes its
// features by what they test.
func loadProseModel(data []byte) (*proseModel, error) {
	r := &modelReader{b: data}
	if string(r.take(8)) != "PROSETAG" || r.u32() != 1 {
		return nil, errors.New("not a prose flat tagger model (version 1)")
	}
	p := &proseModel{bias: -1}
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
	p.fixedTags = make(map[string]uint8, nt)
	for range nt {
		w := r.str16()
		id := r.take(1)
		if id != nil && int(id[0]) < nc {
			p.fixedTags[w] = id[0]
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
func (p *proseModel) index(feats []string) {
	p.tags = map[string]int32{}
	tagID := func(t string) int32 {
		id, ok := p.tags[t]
		if !ok {
			id = int32(len(p.tags))
			p.tags[t] = id
			p.tagNames = append(p.tagNames, t)
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
	p.words = map[string]*refWord{}
	p.sufs = map[string]sufFeat{}
	word := func(w string) *refWord {
		x, ok := p.words[w]
		if !ok {
			x = &refWord{at: [5]int32{-1, -1, -1, -1, -1}}
			p.words[w] = x
		}
		return x
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
				wf.prev = append(wf.prev, [2]int32{tagID(t), fi})
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
					sf = noSuf
				}
				sf[k] = fi
				p.sufs[v] = sf
			}
		}
	}
	for w, x := range p.words {
		sf, ok := p.sufs[suffix3(w)]
		if !ok {
			sf = noSuf
		}
		x.suf = sf
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

// encodeTagger writes the indexed model in the layout decodeTagger reads:
// sections in order, every integer a little-endian u32, string lists as
// a count and length-prefixed bytes, the three string-keyed tables (see
// table) with their keys inserted in sorted order, so the bytes are a
// function of the model.
func encodeTagger(p *proseModel) []byte {
	var b bytes.Buffer
	u32 := func(v uint32) { _ = binary.Write(&b, binary.LittleEndian, v) }
	i32s := func(vs []int32) {
		for _, v := range vs {
			u32(uint32(v))
		}
	}
	strs := func(ss []string) {
		u32(uint32(len(ss)))
		for _, s := range ss {
			b.WriteByte(byte(len(s)))
			b.WriteString(s)
		}
	}
	b.WriteString(taggerMagic)
	strs(p.classes)
	strs(p.tagNames)
	u32(uint32(p.bias))
	i32s(p.startTags[:])
	i32s(p.pref[:])
	i32s(p.classTag)
	i32s(p.prevTag)
	i32s(p.prev2Tag)
	i32s(p.prevBoth)
	u32(uint32(len(p.pairOff) - 1))
	for _, o := range p.pairOff {
		u32(o)
	}
	u32(uint32(len(p.ids)))
	b.Write(p.ids)
	for _, w := range p.wts {
		u32(math.Float32bits(w))
	}
	words := slices.Sorted(func(yield func(string) bool) {
		for w := range p.words {
			if !yield(w) {
				return
			}
		}
	})
	var prevs [][2]int32
	wordRecs := make([][]int32, len(words))
	for i, w := range words {
		x := p.words[w]
		rec := append(x.at[:], x.suf[:]...)
		wordRecs[i] = append(rec, int32(len(prevs)), int32(len(x.prev)))
		prevs = append(prevs, x.prev...)
	}
	u32(uint32(len(prevs)))
	for _, pr := range prevs {
		i32s(pr[:])
	}
	writeTable(&b, words, wordRecs)
	sufs := slices.Sorted(func(yield func(string) bool) {
		for s := range p.sufs {
			if !yield(s) {
				return
			}
		}
	})
	sufRecs := make([][]int32, len(sufs))
	for i, s := range sufs {
		f := p.sufs[s]
		sufRecs[i] = f[:]
	}
	writeTable(&b, sufs, sufRecs)
	fixed := slices.Sorted(func(yield func(string) bool) {
		for w := range p.fixedTags {
			if !yield(w) {
				return
			}
		}
	})
	fixedRecs := make([][]int32, len(fixed))
	for i, w := range fixed {
		fixedRecs[i] = []int32{int32(p.fixedTags[w])}
	}
	writeTable(&b, fixed, fixedRecs)
	return b.Bytes()
}

// writeTable writes one table: slots (a power of two, at least twice the
// keys), records (key offset, key length, values) and the keys' bytes.
func writeTable(b *bytes.Buffer, keys []string, vals [][]int32) {
	u32 := func(v uint32) { _ = binary.Write(b, binary.LittleEndian, v) }
	n := uint32(1)
	for n < 2*uint32(len(keys)) {
		n *= 2
	}
	slots := make([]uint32, n)
	for i, k := range keys {
		h := fnv32(k) & (n - 1)
		for slots[h] != 0 {
			h = (h + 1) & (n - 1)
		}
		slots[h] = uint32(i + 1)
	}
	u32(n)
	for _, s := range slots {
		u32(s)
	}
	u32(uint32(len(keys)))
	off := 0
	for i, k := range keys {
		u32(uint32(off))
		u32(uint32(len(k)))
		for _, v := range vals[i] {
			u32(uint32(v))
		}
		off += len(k)
	}
	u32(uint32(off))
	for _, k := range keys {
		b.WriteString(k)
	}
}
