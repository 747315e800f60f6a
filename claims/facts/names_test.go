package facts

import (
	"slices"
	"testing"
)

func TestNameWords(t *testing.T) {
	cases := []struct {
		name string
		want []string
	}{
		{"Tehreek-e-Taliban Pakistan", []string{"tehreek", "e", "taliban", "pakistan"}},
		{"Pakistani Taliban", []string{"pakistan", "taliban"}},
		{"the Afghan Taliban", []string{"afghanistan", "taliban"}},
		{"American officials", []string{"united", "states", "officials"}},
		{"Pakistan's army", []string{"pakistan", "army"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := NameWords(c.name); !slices.Equal(got, c.want) {
			t.Errorf("NameWords(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSameName(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Pakistani Taliban", "Tehreek-e-Taliban Pakistan", true},
		{"Sharif", "Shehbaz Sharif", true},
		{"Taliban", "Taliban", true},
		{"Afghan Taliban", "Pakistani Taliban", false},
		{"Tehreek-e-Taliban Pakistan", "Islamic State Khorasan", false},
		{"Shehbaz Sharif", "Nawaz Sharif", false},
		{"", "Taliban", false},
	}
	for _, c := range cases {
		if got := SameName(c.a, c.b); got != c.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := SameName(c.b, c.a); got != c.want {
			t.Errorf("SameName(%q, %q) = %v, want %v (symmetric)", c.b, c.a, got, c.want)
		}
	}
}

// FuzzSameName checks that SameName never panics, is symmetric, and holds
// for a name and itself whenever the name has words.
func FuzzSameName(f *testing.F) {
	f.Add("Pakistani Taliban", "Tehreek-e-Taliban Pakistan")
	f.Add("the Afghan's", "-\u2011-")
	f.Fuzz(func(t *testing.T, a, b string) {
		if SameName(a, b) != SameName(b, a) {
			t.Errorf("SameName(%q, %q) is not symmetric", a, b)
		}
		if len(NameWords(a)) > 0 && !SameName(a, a) {
			t.Errorf("SameName(%q, itself) = false", a)
		}
	})
}
