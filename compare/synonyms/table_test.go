package synonyms

import (
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

func TestRelated(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"expulsion", "deportation", true},
		{"deport", "expel", true},
		{"deported", "expelled", true},
		{"resist", "refuse", true},
		{"surge", "increase", true},
		{"boy", "girl", false},
		{"dog", "cat", false},
		{"attack", "assault", true},
	}
	for _, c := range cases {
		ea, _ := Lookup(english.Stem(c.a, true))
		eb, _ := Lookup(english.Stem(c.b, true))
		if got := Related(ea, eb); got != c.want {
			t.Errorf("Related(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLookupCount(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	say, ok := Lookup("say")
	if !ok || say.Count == 0 {
		t.Fatalf("say: %+v %v", say, ok)
	}
	if _, ok := Lookup("zzqx"); ok {
		t.Error("nonsense stem found")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(tableBin[:64]))
	f.Add([]byte(magic + "\x01\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00" +
		"\x00\x00\x00\x00\x03\x00\x00\x00" + "\x05\x00\x00\x00" + "\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00" +
		"\x07\x00\x00\x00" + "say" + "\x03kab\x03afg"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := decode(string(b)) // must not panic
		if err != nil {
			return
		}
		for _, s := range []string{"", "say", "kab", "zzz"} {
			tb.lookup(s)
			tb.country(s)
		}
	})
}

func TestCountry(t *testing.T) {
	cases := []struct{ word, want string }{
		{"Islamabad", "pakistan"},
		{"Pakistani", "pakistan"},
		{"Kabul", "afghanistan"},
		{"Afghans", "afghanistan"},
		{"Iranian", "iran"},
		{"Tehran", "iran"},
		{"Chinese", "china"},
		{"taliban", ""},
		{"border", ""},
	}
	for _, c := range cases {
		got, _ := Country(english.Stem(strings.ToLower(c.word), true))
		if got != c.want {
			t.Errorf("Country(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestTableSorted checks what lookups rely on and decode does not check:
// the stems and place names are in strictly ascending order.
func TestTableSorted(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < table.n; i++ {
		if a, b := table.stem(i-1), table.stem(i); a >= b {
			t.Fatalf("stems %d and %d out of order: %q, %q", i-1, i, a, b)
		}
	}
	for i := 1; i < table.nplaces; i++ {
		if a, b := table.places[2*i-2], table.places[2*i]; a >= b {
			t.Fatalf("place names out of order: %q, %q", a, b)
		}
	}
	if table.n < 50000 || table.nplaces < 300 {
		t.Errorf("table has %d stems and %d place names, want the whole WordNet table", table.n, table.nplaces)
	}
}

func TestDecodeBad(t *testing.T) {
	for _, s := range []string{"", "CCSYN2\n", magic, tableBin[:len(tableBin)-1], tableBin + "x"} {
		if _, err := decode(s); err == nil {
			t.Errorf("decode accepted a bad table (%d bytes)", len(s))
		}
	}
}
