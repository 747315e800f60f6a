package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// TestEmbeddedPunktMatchesProse checks that punkt_english.txt holds exactly
// the model prose builds (english.json plus its supervised abbreviations);
// regenerate it with go generate when the library changes.
func TestEmbeddedPunktMatchesProse(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range SupervisedAbbrevs {
		want.AbbrevTypes.Add(a)
	}
	got, err := parsePunkt(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded model differs from prose's (-prose +embedded):\n%s", diff)
	}
}

func TestParsePunktRejectsCorruptData(t *testing.T) {
	for _, src := range []string{"", "# AbbrevTypes\nno-tab\n", "# OrthoContext\nword\tx\n", "stray\t1\n"} {
		if _, err := parsePunkt(src); err == nil {
			t.Errorf("parsePunkt(%q) succeeded", src)
		}
	}
}

func BenchmarkLoadPunkt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parsePunkt(punktEnglish); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadPunktJSON(b *testing.B) {
	raw, _ := data.Asset("data/english.json")
	for i := 0; i < b.N; i++ {
		if _, err := sentences.LoadTraining(raw); err != nil {
			b.Fatal(err)
		}
	}
}
