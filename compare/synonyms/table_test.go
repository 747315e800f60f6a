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
	f.Add(tableBin[:64])
	f.Fuzz(func(t *testing.T, b []byte) {
		decode(b) // must not panic
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
