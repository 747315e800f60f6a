// Package synonyms is a compact synonym and morphology table derived from
// WordNet 3.0 (licence in LICENSE-WordNet.txt), keyed by Snowball English
// stem. Two stems are related when one's own synsets meet the other's own
// synsets or direct hypernyms: "expulsion" and "deportation", "deport" and
// "expel". The table also carries a corpus-free word frequency (SemCor tag
// counts) for IDF weighting.
package synonyms

//go:generate go run ../../internal/cmd/gensynonyms -wordnet /usr/share/wordnet -o table.bin

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"slices"
	"sync"
)

//go:embed table.bin
var tableBin []byte

// Entry is the table row of one stem. Own and Up are sorted synset ids;
// Up excludes ids already in Own.
type Entry struct {
	Count   int
	Own, Up []uint32
}

var (
	loadOnce sync.Once
	table    *sortedTable
	places   map[string]string
	loadErr  error
)

func load() {
	table, places, loadErr = decode(tableBin)
}

// decode parses the table written by gensynonyms. Stems are
// substrings of one string holding the whole table and id lists share one
// arena, so decoding allocates little.
func decode(rawBytes []byte) (*sortedTable, map[string]string, error) {
	var err error
	const magic = "CCSYN2\n"
	if !bytes.HasPrefix(rawBytes, []byte(magic)) {
		return nil, nil, errors.New("synonyms: bad table header")
	}
	raw := string(rawBytes)
	pos := len(magic)
	corrupt := errors.New("synonyms: corrupt table")
	next := func() uint64 {
		if err != nil {
			return 0
		}
		v, n := uvarint(raw[pos:])
		if n <= 0 {
			err = corrupt
			return 0
		}
		pos += n
		return v
	}
	str := func() string {
		l := next()
		if err != nil || l > uint64(len(raw)-pos) {
			err = corrupt
			return ""
		}
		out := raw[pos : pos+int(l)]
		pos += int(l)
		return out
	}
	arena := make([]uint32, 0, len(raw)/2)
	list := func() []uint32 {
		n := next()
		if err != nil || n > uint64(len(raw)-pos) {
			err = corrupt
			return nil
		}
		start := len(arena)
		prev := uint32(0)
		for i := uint64(0); i < n; i++ {
			prev += uint32(next())
			arena = append(arena, prev)
		}
		return arena[start:len(arena):len(arena)]
	}
	n := next()
	if err != nil || n > uint64(len(raw)) {
		return nil, nil, corrupt
	}
	out := &sortedTable{stems: make([]string, 0, n), entries: make([]Entry, 0, n)}
	for i := uint64(0); i < n && err == nil; i++ {
		stem := str()
		var e Entry
		e.Count = int(next())
		e.Own = list()
		e.Up = list()
		if k := len(out.stems); k > 0 && out.stems[k-1] >= stem {
			err = errors.New("synonyms: stems out of order")
		}
		out.stems = append(out.stems, stem)
		out.entries = append(out.entries, e)
	}
	np := next()
	if err != nil || np > uint64(len(raw)) {
		return nil, nil, corrupt
	}
	pl := make(map[string]string, np)
	for i := uint64(0); i < np && err == nil; i++ {
		k := str()
		pl[k] = str()
	}
	if err != nil {
		return nil, nil, err
	}
	return out, pl, nil
}

// sortedTable holds the entries in ascending stem order (as gensynonyms
// writes them); lookups are binary searches, which spares building a
// 60,000-key map at start-up.
type sortedTable struct {
	stems   []string
	entries []Entry
}

func (t *sortedTable) lookup(stem string) (Entry, bool) {
	i, ok := slices.BinarySearch(t.stems, stem)
	if !ok {
		return Entry{}, false
	}
	return t.entries[i], true
}

// uvarint reads an unsigned varint from the start of s (as
// encoding/binary.Uvarint does for bytes); n <= 0 on error.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
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
	c, ok := places[stem]
	return c, ok
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
