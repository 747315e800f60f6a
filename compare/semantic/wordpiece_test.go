package semantic

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sugarme/tokenizer"
	"github.com/sugarme/tokenizer/model/wordpiece"
	"github.com/sugarme/tokenizer/normalizer"
	"github.com/sugarme/tokenizer/pretokenizer"
)

// reference is sugarme/tokenizer's BERT uncased pipeline over the same
// vocabulary: the reference ids Encode must reproduce.
func reference(t testing.TB) *tokenizer.Tokenizer {
	t.Helper()
	wp, err := wordpiece.NewWordPieceFromFile(filepath.Join("model", "vocab.txt"), "[UNK]")
	if err != nil {
		t.Fatal(err)
	}
	tk := tokenizer.NewTokenizer(wp)
	tk.WithNormalizer(normalizer.NewBertNormalizer(true, true, true, true))
	tk.WithPreTokenizer(pretokenizer.NewBertPreTokenizer())
	return tk
}

func refIDs(t testing.TB, tk *tokenizer.Tokenizer, s string) []int32 {
	t.Helper()
	enc, err := tk.EncodeSingle(s, false)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int32, len(enc.Ids))
	for i, id := range enc.Ids {
		out[i] = int32(id)
	}
	return out
}

func TestEncodeKnownIDs(t *testing.T) {
	tk := DefaultTokenizer()
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Pakistan expelled the envoys.", []string{"pakistan", "expelled", "the", "envoy", "##s", "."}},
		{"Café naïve RÉSUMÉ", []string{"cafe", "naive", "resume"}},
		{"300,000 people (nearly)", []string{"300", ",", "000", "people", "(", "nearly", ")"}},
		{"", nil},
		{strings.Repeat("a", 101), []string{"[UNK]"}},
	} {
		var got []string
		for _, id := range tk.Encode(c.in) {
			got = append(got, tk.Token(id))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Encode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEncodeMatchesHuggingFace checks text where sugarme/tokenizer v0.3.0
// is known to differ from Hugging Face tokenizers (accents become [UNK],
// a no-break space is not white space, zero-width characters repeat
// words): the ids are those of Hugging Face tokenizers 0.22 with the
// model's tokenizer.json, printed by
//
//	python3 -c 'from tokenizers import Tokenizer; t = Tokenizer.from_file("model/all-minilm-l6-v2-q-tokenizer.json"); t.no_padding(); print(t.encode(TEXT, add_special_tokens=False).ids)'
func TestEncodeMatchesHuggingFace(t *testing.T) {
	tk := DefaultTokenizer()
	for _, c := range []struct {
		in   string
		want []int32
	}{
		{"Zürich, São Paulo, Kraków and Ōsaka; naïve café façade.", []int32{10204, 1010, 7509, 9094, 1010, 14576, 1998, 13000, 1025, 15743, 7668, 8508, 1012}},
		{"北京 and 東京 host talks\u00a0today\tand\ntomorrow.", []int32{1781, 1755, 1998, 1879, 1755, 3677, 7566, 2651, 1998, 4826, 1012}},
		{"\u200bzero\u200dwidth\ufeffjoiners and control\u0007chars", []int32{5717, 9148, 11927, 2232, 5558, 26455, 2015, 1998, 2491, 7507, 2869}},
	} {
		if got := tk.Encode(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Encode(%q)\n got %v\nwant %v", c.in, got, c.want)
		}
	}
}

// TestEncodeMatchesReference compares Encode with sugarme/tokenizer on
// ASCII text and the seed articles.
func TestEncodeMatchesReference(t *testing.T) {
	ref := reference(t)
	tk := DefaultTokenizer()
	lines := []string{
		"Pakistan expelled the envoys; relations soured.",
		"Ties have become strained — “officials” said on Tuesday, 3 Nov. 2026.",
		"The Taliban’s spokesman (TTP) denied it: “We weren’t there!”",
		"e-mail @user #tag $5.2bn 50% 1/2 x^2 {a|b} ~c `d`",
		"supercalifragilisticexpialidocious antidisestablishmentarianism",
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	if len(lines) < 20 {
		t.Fatalf("only %d lines to compare; testdata/seeds missing?", len(lines))
	}
	for _, l := range lines {
		if got, want := tk.Encode(l), refIDs(t, ref, l); !slices.Equal(got, want) {
			t.Errorf("Encode(%q)\n got %v\nwant %v", l, got, want)
		}
	}
}

func FuzzEncode(f *testing.F) {
	ref := reference(f)
	tk := DefaultTokenizer()
	f.Add("Pakistan expelled the envoys.")
	f.Add("naïve café 北京 300,000")
	f.Fuzz(func(t *testing.T, s string) {
		// sugarme is a faithful reference on printable ASCII only (see
		// TestEncodeMatchesHuggingFace).
		if !strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r > '~' }) {
			if got, want := tk.Encode(s), refIDs(t, ref, s); !slices.Equal(got, want) {
				t.Errorf("Encode(%q) = %v, reference %v", s, got, want)
			}
		}
		for _, id := range tk.Encode(s) {
			if id < 0 || int(id) >= tk.Size() {
				t.Fatalf("id %d out of range", id)
			}
		}
	})
}
