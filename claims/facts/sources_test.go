package facts

import "testing"

func TestDifferentSources(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Mr. Trump", "Real estate tycoon Donald Trump", false},                    // one man, two descriptions
		{"Justice Kennedy", "Justice Anthony Kennedy", false},                      // title and given name added
		{"the Texas governor", "Mr. Perry", false},                                 // an office: may be the same man
		{"a statement", "Mr. Steele", false},                                       // a description identifies no one
		{"he", "Sen. John McCain", false},                                          // a pronoun
		{"The letter", "GOP", false},                                               // a document
		{"Treasury Secretary Jacob Lew", "Treasury Secretary Jacob J. Lew", false}, // middle initial
		{"a Colorado-based trade group,", "Michael Elliott", false},                // a description by its base
		{"Rush Limbaugh", "Glenn Beck", true},                                      // two named people
		{"RNC Chair Reince Priebus", "the Congressional Budget Office", true},      // a person and a named body
		{"Justice Scalia", "Justice Kennedy", true},                                // one office, two holders named
		{"Pakistani officials", "Afghan officials", false},                         // demonyms only: no one identified
		{"", "Mr. Perry", false},
		{"the European Union", "the EU", false},                  // an acronym
		{"the European Commission", "the European Union", false}, // a body and its organ share a name
		{"the Congressional Budget Office", "CBO", false},
		{"the CBO", "Reince Priebus", true},
	} {
		if got := DifferentSources(tc.a, tc.b); got != tc.want {
			t.Errorf("DifferentSources(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := DifferentSources(tc.b, tc.a); got != tc.want {
			t.Errorf("DifferentSources(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}
