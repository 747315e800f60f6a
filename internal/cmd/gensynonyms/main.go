// Command gensynonyms reads the WordNet 3.0 database (Debian package
// wordnet-base, /usr/share/wordnet) and writes the compact synonym table
// embedded by package compare/synonyms.
//
// The table is keyed by Snowball English stem, so "deport", "deported" and
// "deportation" share one entry. Each entry holds:
//   - Own: the synsets of the stem's words (their first -senses senses per
//     part of speech) plus the synsets their derivationally related forms
//     belong to ("expel" -> the synset of "expulsion");
//   - Up: the direct hypernyms of those synsets ("deportation" -> the
//     synset of "expulsion");
//   - Count: the summed SemCor sense-tag counts (cntlist.rev), a corpus-free
//     frequency used for IDF weighting.
//
// A second section maps the stems of national capitals and of demonyms to
// the stem of their country, for metonymy in news ("Islamabad" and
// "Pakistani" stand for Pakistan): a capital is an instance of WordNet's
// "national capital" and part of its country (part holonym); a demonym is
// an adjective pertaining to such a country (its noun, "Afghans", shares
// the stem). Stems that would map to two countries are left out.
//
// Synset ids used by only one stem are dropped, the rest renumbered densely.
// Output: a binary file (see compare/synonyms for the format).
//
// Usage: go run ./internal/cmd/gensynonyms -wordnet /usr/share/wordnet -o compare/synonyms/table.bin
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

type synsetKey struct {
	pos byte
	off int
}

type pointer struct {
	sym    string
	target synsetKey
	src    int // source word number, 0 for a semantic pointer
	dst    int // target word number, 0 for a semantic pointer
}

type synset struct {
	words []string // lower-case lemmas in synset order
	ptrs  []pointer
}

type entry struct {
	own, up map[synsetKey]bool
	count   int
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict folder (data.*, index.*, cntlist.rev)")
	out := flag.String("o", "compare/synonyms/table.bin", "output file")
	senses := flag.Int("senses", 3, "senses per lemma and part of speech to keep (WordNet orders them by frequency)")
	flag.Parse()
	if err := run(*dir, *out, *senses); err != nil {
		fmt.Fprintln(os.Stderr, "gensynonyms:", err)
		os.Exit(1)
	}
}

func posByte(s string) byte {
	if s == "s" {
		return 'a'
	}
	return s[0]
}

func cleanLemma(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 { // adjective markers: "galore(ip)"
		w = w[:i]
	}
	return strings.ToLower(w)
}

func readData(path string, pos byte, into map[synsetKey]*synset) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) < 4 {
			continue
		}
		off, err := strconv.Atoi(fs[0])
		if err != nil {
			continue
		}
		wcnt, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil {
			continue
		}
		i := 4
		s := &synset{}
		for k := 0; k < int(wcnt) && i+1 < len(fs); k++ {
			s.words = append(s.words, cleanLemma(fs[i]))
			i += 2
		}
		if i >= len(fs) {
			into[synsetKey{pos, off}] = s
			continue
		}
		pcnt, _ := strconv.Atoi(fs[i])
		i++
		for k := 0; k < pcnt && i+3 < len(fs); k++ {
			toff, err := strconv.Atoi(fs[i+1])
			if err == nil {
				st, _ := strconv.ParseInt(fs[i+3][:2], 16, 32)
				dt, _ := strconv.ParseInt(fs[i+3][2:], 16, 32)
				s.ptrs = append(s.ptrs, pointer{sym: fs[i], target: synsetKey{posByte(fs[i+2]), toff}, src: int(st), dst: int(dt)})
			}
			i += 4
		}
		into[synsetKey{pos, off}] = s
	}
	return sc.Err()
}

// readIndex returns, per lemma, its synsets in sense order for one part of speech.
func readIndex(path string, pos byte) (map[string][]synsetKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]synsetKey{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 6 {
			continue
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil || n <= 0 || n > len(fs) {
			continue
		}
		for _, o := range fs[len(fs)-n:] {
			off, err := strconv.Atoi(o)
			if err == nil {
				out[fs[0]] = append(out[fs[0]], synsetKey{pos, off})
			}
		}
	}
	return out, sc.Err()
}

func readCounts(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 3 {
			continue
		}
		i := strings.IndexByte(fs[0], '%')
		if i <= 0 {
			continue
		}
		n, err := strconv.Atoi(fs[2])
		if err == nil {
			out[strings.ToLower(fs[0][:i])] += n
		}
	}
	return out, sc.Err()
}

// simple reports whether a lemma is one plain word (no multiword, digits or punctuation).
func simple(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			if r != '-' {
				return false
			}
		}
	}
	return true
}

func run(dir, out string, senses int) error {
	syn := map[synsetKey]*synset{}
	posNames := map[byte]string{'n': "noun", 'v': "verb", 'a': "adj", 'r': "adv"}
	order := []byte{'n', 'v', 'a', 'r'}
	for _, p := range order {
		if err := readData(filepath.Join(dir, "data."+posNames[p]), p, syn); err != nil {
			return err
		}
	}
	counts, err := readCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return err
	}
	entries := map[string]*entry{}
	get := func(stem string) *entry {
		e := entries[stem]
		if e == nil {
			e = &entry{own: map[synsetKey]bool{}, up: map[synsetKey]bool{}}
			entries[stem] = e
		}
		return e
	}
	for _, p := range order {
		idx, err := readIndex(filepath.Join(dir, "index."+posNames[p]), p)
		if err != nil {
			return err
		}
		lemmas := make([]string, 0, len(idx))
		for l := range idx {
			lemmas = append(lemmas, l)
		}
		sort.Strings(lemmas)
		for _, lemma := range lemmas {
			if !simple(lemma) {
				continue
			}
			e := get(english.Stem(lemma, true))
			keys := idx[lemma]
			if len(keys) > senses {
				keys = keys[:senses]
			}
			for _, k := range keys {
				s := syn[k]
				if s == nil {
					continue
				}
				e.own[k] = true
				wn := 0
				for i, w := range s.words {
					if w == lemma {
						wn = i + 1
					}
				}
				for _, ptr := range s.ptrs {
					switch {
					case ptr.sym == "+" && (ptr.src == 0 || ptr.src == wn):
						e.own[ptr.target] = true
					case ptr.sym == "@" || ptr.sym == "@i":
						e.up[ptr.target] = true
					}
				}
			}
		}
	}
	for lemma, n := range counts {
		if simple(lemma) {
			get(english.Stem(lemma, true)).count += n
		}
	}
	// Keep synsets that at least two stems mention; renumber densely in key order.
	uses := map[synsetKey]int{}
	for _, e := range entries {
		seen := map[synsetKey]bool{}
		for k := range e.own {
			seen[k] = true
		}
		for k := range e.up {
			seen[k] = true
		}
		for k := range seen {
			uses[k]++
		}
	}
	var kept []synsetKey
	for k, n := range uses {
		if n >= 2 {
			kept = append(kept, k)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].pos != kept[j].pos {
			return kept[i].pos < kept[j].pos
		}
		return kept[i].off < kept[j].off
	})
	ids := make(map[synsetKey]uint32, len(kept))
	for i, k := range kept {
		ids[k] = uint32(i + 1)
	}
	stems := make([]string, 0, len(entries))
	for s := range entries {
		stems = append(stems, s)
	}
	sort.Strings(stems)

	idList := func(m map[synsetKey]bool, skip map[synsetKey]bool) []uint32 {
		var l []uint32
		for k := range m {
			if id, ok := ids[k]; ok && !skip[k] {
				l = append(l, id)
			}
		}
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		return l
	}
	var recs []rec
	for _, s := range stems {
		e := entries[s]
		own := idList(e.own, nil)
		up := idList(e.up, e.own)
		if len(own) == 0 && len(up) == 0 && e.count == 0 {
			continue
		}
		recs = append(recs, rec{s, e.count, own, up})
	}
	places := placeMap(syn)
	buf, err := encode(recs, places)
	if err != nil {
		return err
	}
	n := len(recs)
	// Stored uncompressed and used in place: gunzip took half of the
	// table's load time at every start, for 0.4 MB saved.
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gensynonyms: %d stems, %d synsets, %d place names, %d bytes -> %s\n", n, len(kept), len(places), buf.Len(), out)
	return nil
}

// rec is one stem's table row.
type rec struct {
	stem    string
	count   int
	own, up []uint32
}

// encode writes the table in the layout compare/synonyms reads in place
// (CCSYN3): an 8-byte magic, then little-endian u32s — the counts n (stems),
// m (synset ids), the stem bytes' length and np (place names); n+1 stem
// offsets; n counts; 2n+1 id-list offsets (Own of stem i is
// ids[l[2i]:l[2i+1]], Up ids[l[2i+1]:l[2i+2]]); the m ids, 4-byte aligned
// from the start of the file — then the stems' bytes, sorted, and the
// place names as byte-length-prefixed (stem, country) pairs sorted by stem.
func encode(recs []rec, places [][2]string) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	u32 := func(v int) { _ = binary.Write(&buf, binary.LittleEndian, uint32(v)) }
	buf.WriteString("CCSYN3\n\x00")
	m, blob := 0, 0
	for _, r := range recs {
		m += len(r.own) + len(r.up)
		blob += len(r.stem)
	}
	u32(len(recs))
	u32(m)
	u32(blob)
	u32(len(places))
	off := 0
	for _, r := range recs {
		u32(off)
		off += len(r.stem)
	}
	u32(off)
	for _, r := range recs {
		u32(r.count)
	}
	off = 0
	for _, r := range recs {
		u32(off)
		off += len(r.own)
		u32(off)
		off += len(r.up)
	}
	u32(off)
	for _, r := range recs {
		for _, id := range append(r.own, r.up...) {
			u32(int(id))
		}
	}
	for _, r := range recs {
		buf.WriteString(r.stem)
	}
	for _, pl := range places {
		for _, s := range pl {
			if len(s) > 255 {
				return nil, fmt.Errorf("place name %q is over 255 bytes", s)
			}
			buf.WriteByte(byte(len(s)))
			buf.WriteString(s)
		}
	}
	return &buf, nil
}

// placeMap returns sorted (stem, country stem) pairs for national capitals
// and demonyms (see the package comment).
func placeMap(syn map[synsetKey]*synset) [][2]string {
	var capital synsetKey
	found := false
	for k, s := range syn {
		if k.pos == 'n' && len(s.words) > 0 && s.words[0] == "national_capital" {
			capital, found = k, true
		}
	}
	if !found {
		return nil
	}
	firstSimple := func(s *synset) string {
		for _, w := range s.words {
			if simple(w) {
				return w
			}
		}
		return ""
	}
	countries := map[synsetKey]string{}
	capitals := map[synsetKey]synsetKey{}
	for k, s := range syn {
		isCapital := false
		var country synsetKey
		hasCountry := false
		for _, p := range s.ptrs {
			switch {
			case p.sym == "@i" && p.target == capital:
				isCapital = true
			case p.sym == "#p" && !hasCountry:
				country, hasCountry = p.target, true
			}
		}
		if isCapital && hasCountry && syn[country] != nil {
			if name := firstSimple(syn[country]); name != "" {
				countries[country] = english.Stem(name, true)
				capitals[k] = country
			}
		}
	}
	targets := map[string]map[string]bool{}
	add := func(lemma, country string) {
		if !simple(lemma) {
			return
		}
		st := english.Stem(lemma, true)
		if st == country {
			return
		}
		if targets[st] == nil {
			targets[st] = map[string]bool{}
		}
		targets[st][country] = true
	}
	for k, country := range capitals {
		for _, w := range syn[k].words {
			add(w, countries[country])
		}
	}
	for k, s := range syn {
		for _, p := range s.ptrs {
			c, ok := countries[p.target]
			if !ok {
				continue
			}
			if k.pos == 'a' && p.sym == "\\" {
				if t := syn[p.target]; p.dst > 0 && p.dst <= len(t.words) && simple(t.words[p.dst-1]) {
					c = english.Stem(t.words[p.dst-1], true) // "Chinese" -> "China", the word it pertains to
				}
				for i, w := range s.words {
					if p.src == 0 || p.src == i+1 {
						add(w, c)
					}
				}
			}
		}
	}
	var out [][2]string
	for st, cs := range targets {
		if len(cs) != 1 {
			continue
		}
		for c := range cs {
			out = append(out, [2]string{st, c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
