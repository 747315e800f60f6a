// Package synonyms is a compact synonym and morphology table derived from
// WordNet 3.0 (licence in LICENSE-WordNet.txt), keyed by Snowball English
// stem. Two stems are related when one's own synsets meet the other's own
// synsets or direct hypernyms: "expulsion" and "deportation", "deport" and
// "expel". The table also carries a corpus-free word frequency (SemCor tag
// counts) for IDF weighting.
package synonyms

//go:generate go run ../../internal/cmd/gensynonyms -wordnet /usr/share/wordnet -o table.bin.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"sync"
)

//go:embed table.bin.gz
var tableGz []byte

// Entry is the table row of one stem. Own and Up are sorted synset ids;
// Up excludes ids already in Own.
type Entry struct {
	Count   int
	Own, Up []uint32
}

var (
	loadOnce sync.Once
	table    map[string]Entry
	places   map[string]string
	loadErr  error
)

func load() {
	table, places, loadErr = decode(tableGz)
}

// decode parses the gzip'd table written by gensynonyms.
func decode(gz []byte) (map[string]Entry, map[string]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, err
	}
	const magic = "CCSYN2\n"
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, nil, errors.New("synonyms: bad table header")
	}
	r := bytes.NewReader(raw[len(magic):])
	next := func() uint64 {
		v, e := binary.ReadUvarint(r)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	list := func(arena *[]uint32) []uint32 {
		n := int(next())
		if n > r.Len() {
			err = errors.New("synonyms: corrupt list length")
			return nil
		}
		start := len(*arena)
		prev := uint32(0)
		for i := 0; i < n; i++ {
			prev += uint32(next())
			*arena = append(*arena, prev)
		}
		return (*arena)[start:len(*arena):len(*arena)]
	}
	str := func() string {
		l := int(next())
		if l > r.Len() {
			err = errors.New("synonyms: corrupt string length")
			return ""
		}
		b := make([]byte, l)
		if _, e := io.ReadFull(r, b); e != nil && err == nil {
			err = e
		}
		return string(b)
	}
	n := int(next())
	if n > r.Len() {
		return nil, nil, errors.New("synonyms: corrupt table size")
	}
	out := make(map[string]Entry, n)
	arena := make([]uint32, 0, r.Len()/2)
	for i := 0; i < n && err == nil; i++ {
		stem := str()
		var e Entry
		e.Count = int(next())
		e.Own = list(&arena)
		e.Up = list(&arena)
		out[stem] = e
	}
	np := int(next())
	if np > r.Len() {
		return nil, nil, errors.New("synonyms: corrupt place count")
	}
	pl := make(map[string]string, np)
	for i := 0; i < np && err == nil; i++ {
		k := str()
		pl[k] = str()
	}
	if err != nil {
		return nil, nil, err
	}
	return out, pl, nil
}

// Lookup returns the entry of a Snowball English stem.
func Lookup(stem string) (Entry, bool) {
	loadOnce.Do(load)
	if loadErr != nil {
		return Entry{}, false
	}
	e, ok := table[stem]
	return e, ok
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
	return meets(a.Own, b.Own) || meets(a.Own, b.Up) || meets(a.Up, b.Own)
}

// meets reports whether two sorted id lists share an element.
func meets(x, y []uint32) bool {
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
