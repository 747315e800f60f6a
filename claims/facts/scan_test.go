package facts

import (
	"reflect"
	"testing"
)

func TestHasCalendarCue(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The border reopened in August.", true},
		{"It happened in 2021.", true},
		{"Nearly 300,000 Afghans left.", true},
		{"Talks resumed last week.", false},
		{"She may return.", false},
		{"May brought rain.", true}, // capitalised: could be the month
		{"", false},
	}
	for _, tt := range tests {
		if got := HasCalendarCue(Tokenize(tt.in)); got != tt.want {
			t.Errorf("HasCalendarCue(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if !HasCalendarCue(Tokenize(tt.in)) {
			for _, d := range DatesOf(tt.in, Tokenize(tt.in)) {
				if d.Granularity != GranRelative {
					t.Errorf("%q: no calendar cue but date %+v", tt.in, d)
				}
			}
		}
	}
}

// TestContextScanCache checks that the per-sentence cache of a Context
// gives the same facts as a fresh scan, whatever the order of calls, and
// that callers cannot corrupt it through the returned slices.
func TestContextScanCache(t *testing.T) {
	sents := []string{
		"In August 2021, nearly 300,000 Afghans left Pakistan, officials said on Aug. 31.",
		"Tehreek-e-Taliban Pakistan (TTP) attacks rose by 20% last week.",
		"In August 2021, nearly 300,000 Afghans left Pakistan, officials said on Aug. 31.",
	}
	c := NewContext()
	for _, s := range sents {
		d1 := c.Dates(s)
		n1 := c.Numbers(s)
		e1 := c.Entities(s)
		if len(d1) > 0 {
			d1[0].Year = -1 // must not reach the cache
		}
		fresh := NewContext()
		fresh.Entities(sents[1]) // the acronym is known either way
		if want := fresh.Dates(s); !reflect.DeepEqual(c.Dates(s), want) {
			t.Errorf("%q: cached dates %+v, want %+v", s, c.Dates(s), want)
		}
		if want := fresh.Numbers(s); !reflect.DeepEqual(n1, want) {
			t.Errorf("%q: cached numbers %+v, want %+v", s, n1, want)
		}
		if want := DatesOf(s, Tokenize(s)); !reflect.DeepEqual(c.Dates(s), want) {
			t.Errorf("%q: DatesOf %+v, Dates %+v", s, want, c.Dates(s))
		}
		if want := fresh.Entities(s); !reflect.DeepEqual(e1, want) {
			t.Errorf("%q: cached entities %+v, want %+v", s, e1, want)
		}
	}
}
