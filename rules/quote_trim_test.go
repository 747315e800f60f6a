package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestQuoteUnits checks where a quote splits into the sentences and
// fragments one outlet may quote without another.
func TestQuoteUnits(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"We will respond with full force", []string{"We will respond with full force"}},
		{"He says he is a Christian. But I am talking about his world view.", []string{"He says he is a Christian.", " But I am talking about his world view."}},
		{"Why? To pay for Obamacare.", []string{"Why?", " To pay for Obamacare."}},
		{"You paid in to Medicare for years … now when you need it", []string{"You paid in to Medicare for years ", " now when you need it"}},
		{"since the days that I served in Vietnam... whatever we think", []string{"since the days that I served in Vietnam", " whatever we think"}},
		{"We owe them 3.5 percent, not 2.5", []string{"We owe them 3.5 percent, not 2.5"}},
		{"... and then. ", []string{" and then."}},
	} {
		var got []string
		for _, u := range quoteUnits(tc.text) {
			got = append(got, tc.text[u.start:u.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("quoteUnits(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzQuoteUnits checks that units are in order, inside the text, do not
// overlap and each holds a letter or digit.
func FuzzQuoteUnits(f *testing.F) {
	for _, s := range []string{"A. B! C? D", "x ... y … z", "...", "3.5. 4", "\xff. a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, u := range quoteUnits(text) {
			if u.start < prev || u.end <= u.start || u.end > len(text) {
				t.Fatalf("unit %v out of order or bounds in %q (previous end %d)", u, text, prev)
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[u.start:u.end]) {
				t.Fatalf("unit %v splits a character of %q", u, text)
			}
			prev = u.end
		}
	})
}
