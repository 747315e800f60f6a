package eval

import (
	"testing"
)

// TestPropSegment checks claim segmentation on PropSegmEnt dev: F1 >= 0.33,
// the floor of issue 11 now that a split is kept only where each claim reads
// as a sentence (one claim per sentence scores 0.16, splitting at commas 0.25).
func TestPropSegment(t *testing.T) {
	dir := needData(t, "propsegment")
	r, err := PropSegment(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sentences %d precision %.3f recall %.3f F1 %.3f, claims per sentence %.2f (gold %.2f)",
		r.Sentences, r.Precision, r.Recall, r.F1, r.PredPerSentence, r.GoldPerSentence)
	if r.Sentences < 300 {
		t.Errorf("scored %d sentences, want the 376 with text", r.Sentences)
	}
	if r.F1 < 0.33 {
		t.Errorf("F1 = %.3f, want >= 0.33", r.F1)
	}
}

func TestJaccardMatch(t *testing.T) {
	pred := [][]int{{1, 2, 3, 4, 5}, {6, 7}}
	gold := [][]int{{1, 2, 3, 4, 5, 9}, {6, 7, 8}, {1, 2}}
	if got := matchJaccard(pred, gold, 0.8); got != 1 { // 5/6 matches; 2/3 does not
		t.Errorf("matchJaccard = %d, want 1", got)
	}
	s := psSentence{Text: "Ünïcode “quoted” end", Tokens: []psToken{{"Ünïcode", 0}, {"“", 8}, {"quoted", 9}, {"”", 15}, {"end", 17}}}
	r := tokenByteRanges(s)
	for i, tk := range s.Tokens {
		if got := s.Text[r[i][0]:r[i][1]]; got != tk.Text {
			t.Errorf("token %d: %q, want %q", i, got, tk.Text)
		}
	}
}
