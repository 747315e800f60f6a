// Package synonyms is a compact synonym and morphology table derived from
// WordNet 3.0 (licence in LICENSE-WordNet.txt), keyed by Snowball English
// stem. Two stems are related when one's own synsets meet the other's own
// synsets or direct hypernyms: "expulsion" and "deportation", "deport" and
// "expel". The table also carries a corpus-free word frequency (SemCor tag
// counts) for IDF weighting.
package synonyms

//go:generate go run ../../internal/cmd/gensynonyms -wordnet /usr/share/wordnet -o table.bin

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

//go:embed table.bin
var tableBin string

// Entry is the table row of one stem. Own and Up are sorted synset ids;
// Up excludes ids already in Own. They share the table's memory: callers
// must not modify them.
type Entry struct {
	Count   int
	Own, Up []uint32
}

var (
	loadOnce sync.Once
	table    *sortedTable
	loadErr  error
)

func load() {
	table, loadErr = decode(tableBin)
}

// magic opens table.bin; the digit is the format's version.
const magic = "CCSYN3\n\x00"

// sortedTable is table.bin used in place (the layout gensynonyms' encode
// writes): stems in ascending order, found by binary search, their id
// lists slices of one []uint32 over the file's bytes, so loading builds
// no map and copies nothing but, on a big-endian or unaligned build, the
// ids. Every read is bounds-checked, so a corrupt table finds nothing
// rather than panics.
type sortedTable struct {
	n       int
	stemOff string // n+1 u32 offsets into stems
	counts  string // n u32
	listOff string // 2n+1 u32 offsets into ids
	ids     []uint32
	stems   string
	places  []string // stem, country, stem, country... sorted by stem
	nplaces int
}

// le32 reads the little-endian uint32 at byte offset 4*i of s.
func le32(s string, i int) int {
	o := 4 * i
	_ = s[o+3]
	return int(uint32(s[o]) | uint32(s[o+1])<<8 | uint32(s[o+2])<<16 | uint32(s[o+3])<<24)
}

// decode checks the header of the table written by gensynonyms and lays
// its sections out.
func decode(raw string) (*sortedTable, error) {
	corrupt := errors.New("synonyms: corrupt table")
	if !strings.HasPrefix(raw, magic) {
		return nil, errors.New("synonyms: bad table header")
	}
	h := len(magic)
	if len(raw) < h+16 {
		return nil, corrupt
	}
	n, m, nb, np := le32(raw[h:], 0), le32(raw[h:], 1), le32(raw[h:], 2), le32(raw[h:], 3)
	pos := h + 16
	take := func(size, count int) string { // "" and pos past the end when short
		if count < 0 || count > len(raw) || size*count > len(raw)-pos {
			pos = len(raw) + 1
			return ""
		}
		out := raw[pos : pos+size*count]
		pos += size * count
		return out
	}
	t := &sortedTable{n: n}
	t.stemOff = take(4, n+1)
	t.counts = take(4, n)
	t.listOff = take(4, 2*n+1)
	idBytes := take(4, m)
	t.stems = take(1, nb)
	if pos > len(raw) {
		return nil, corrupt
	}
	t.ids = uint32s(idBytes)
	rest := raw[pos:]
	for range 2 * np {
		if len(rest) == 0 || int(rest[0]) >= len(rest) {
			return nil, corrupt
		}
		l := int(rest[0])
		t.places = append(t.places, rest[1:1+l])
		rest = rest[1+l:]
	}
	if len(rest) != 0 {
		return nil, corrupt
	}
	t.nplaces = np
	return t, nil
}

// uint32s returns the little-endian u32s of b: a view of b's bytes when
// the machine is little-endian and b is 4-byte aligned (b is never
// written), a copy otherwise.
func uint32s(b string) []uint32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	p := unsafe.StringData(b)
	if littleEndian && uintptr(unsafe.Pointer(p))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(p)), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = uint32(le32(b, i))
	}
	return out
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// stem returns stem i, or "" when its offsets are corrupt.
func (t *sortedTable) stem(i int) string {
	lo, hi := le32(t.stemOff, i), le32(t.stemOff, i+1)
	if lo > hi || hi > len(t.stems) {
		return ""
	}
	return t.stems[lo:hi]
}

func (t *sortedTable) lookup(stem string) (Entry, bool) {
	i := sort.Search(t.n, func(i int) bool { return t.stem(i) >= stem })
	if i == t.n || t.stem(i) != stem {
		return Entry{}, false
	}
	a, b, c := le32(t.listOff, 2*i), le32(t.listOff, 2*i+1), le32(t.listOff, 2*i+2)
	if a > b || b > c || c > len(t.ids) {
		return Entry{}, false
	}
	return Entry{Count: le32(t.counts, i), Own: t.ids[a:b:b], Up: t.ids[b:c:c]}, true
}

// country returns the country stem of a place stem.
func (t *sortedTable) country(stem string) (string, bool) {
	i := sort.Search(t.nplaces, func(i int) bool { return t.places[2*i] >= stem })
	if i == t.nplaces || t.places[2*i] != stem {
		return "", false
	}
	return t.places[2*i+1], true
}

// Lookup returns the entry of a Snowball English stem.
func Lookup(stem string) (Entry, bool) {
	loadOnce.Do(load)
	if loadErr != nil {
		return Entry{}, false
	}
	return table.lookup(stem)
}

// Country returns the stem of the country that a stem of a national
// capital or a demonym stands for ("islamabad" and "pakistani" ->
// "pakistan"), from WordNet's part holonyms and pertainyms.
func Country(stem string) (string, bool) {
	loadOnce.Do(load)
	if loadErr != nil {
		return "", false
	}
	return table.country(stem)
}

// Err reports whether the embedded table failed to decode (it never should).
func Err() error {
	loadOnce.Do(load)
	return loadErr
}

// Related reports whether two entries share a sense: an own synset of one
// is an own synset or a direct hypernym of the other.
func Related(a, b Entry) bool {
	return Meets(a.Own, b.Own) || Meets(a.Own, b.Up) || Meets(a.Up, b.Own)
}

// Meets reports whether two ascending id lists share an element.
func Meets(x, y []uint32) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			return true
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return false
}
