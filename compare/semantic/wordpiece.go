package semantic

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// vocabTxt is the WordPiece vocabulary of all-MiniLM-L6-v2 (BERT base
// uncased, 30522 entries, one a line, line number = id), written by
// internal/cmd/distill from the model's tokenizer.json.
//
//go:embed model/vocab.txt
var vocabTxt []byte

// Special token ids of the vocabulary.
const (
	padID = 0
	unkID = 100
	clsID = 101
	sepID = 102
)

// maxWordChars is the longest word WordPiece splits; longer ones are [UNK].
const maxWordChars = 100

// Tokenizer is the BERT uncased WordPiece tokenizer of the model, as
// Hugging Face tokenizers' BertNormalizer (clean text, space around CJK
// characters, strip accents, lower case), BertPreTokenizer (split at
// white space and punctuation) and WordPiece (greedy longest match, "##"
// continuations, [UNK] for a word with no split) define it. It is safe
// for concurrent use.
type Tokenizer struct {
	vocab map[string]int32
	words []string
}

var (
	tokOnce sync.Once
	tok     *Tokenizer
)

// DefaultTokenizer returns the tokenizer of the embedded vocabulary,
// built on first use.
func DefaultTokenizer() *Tokenizer {
	tokOnce.Do(func() { tok = NewTokenizer(vocabTxt) })
	return tok
}

// NewTokenizer builds a tokenizer from a vocabulary file: one token a
// line, the line number its id.
func NewTokenizer(vocab []byte) *Tokenizer {
	t := &Tokenizer{vocab: map[string]int32{}}
	sc := bufio.NewScanner(bytes.NewReader(vocab))
	for sc.Scan() {
		w := strings.TrimRight(sc.Text(), "\r")
		if _, dup := t.vocab[w]; !dup {
			t.vocab[w] = int32(len(t.words))
		}
		t.words = append(t.words, w)
	}
	return t
}

// Size is the number of vocabulary entries.
func (t *Tokenizer) Size() int { return len(t.words) }

// Token returns the vocabulary entry of id.
func (t *Tokenizer) Token(id int32) string { return t.words[id] }

// Encode returns the WordPiece ids of text, without [CLS] and [SEP].
func (t *Tokenizer) Encode(text string) []int32 {
	var ids []int32
	for _, w := range preTokenize(normalizeText(text)) {
		ids = t.wordPiece(w, ids)
	}
	return ids
}

// wordPiece appends the ids of one pre-token.
func (t *Tokenizer) wordPiece(w string, ids []int32) []int32 {
	if utf8.RuneCountInString(w) > maxWordChars {
		return append(ids, unkID)
	}
	start := len(ids)
	var buf strings.Builder
	for pos := 0; pos < len(w); {
		end, found := len(w), int32(-1)
		for end > pos {
			buf.Reset()
			if pos > 0 {
				buf.WriteString("##")
			}
			buf.WriteString(w[pos:end])
			if id, ok := t.vocab[buf.String()]; ok {
				found = id
				break
			}
			_, size := utf8.DecodeLastRuneInString(w[pos:end])
			end -= size
		}
		if found < 0 {
			return append(ids[:start], unkID)
		}
		ids = append(ids, found)
		pos = end
	}
	return ids
}

// normalizeText applies BertNormalizer with lower casing (which implies
// stripping accents): control characters dropped, white space made a
// space, CJK ideographs spaced apart, accents removed after NFD, lower case.
func normalizeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == 0 || r == 0xFFFD || isControl(r):
			continue
		case isWhitespace(r):
			b.WriteByte(' ')
		case isCJK(r):
			b.WriteByte(' ')
			b.WriteRune(r)
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	d := norm.NFD.String(b.String())
	b.Reset()
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.ToLower(b.String())
}

// preTokenize splits at white space (dropped) and around every
// punctuation character (kept as its own token).
func preTokenize(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		case isPunct(r):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			out = append(out, string(r))
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWhitespace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.Is(unicode.Zs, r)
}

func isControl(r rune) bool {
	if r == '\t' || r == '\n' || r == '\r' {
		return false
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
}

// isPunct is BERT's punctuation: ASCII non-alphanumeric symbols and
// Unicode category P.
func isPunct(r rune) bool {
	if (r >= 33 && r <= 47) || (r >= 58 && r <= 64) || (r >= 91 && r <= 96) || (r >= 123 && r <= 126) {
		return true
	}
	return unicode.IsPunct(r)
}

func isCJK(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0x20000 && r <= 0x2A6DF) ||
		(r >= 0x2A700 && r <= 0x2B73F) || (r >= 0x2B740 && r <= 0x2B81F) || (r >= 0x2B820 && r <= 0x2CEAF) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0x2F800 && r <= 0x2FA1F)
}
