// Package segment splits one block of article text into sentences with exact
// byte offsets. It wraps the Punkt segmenter of github.com/jdkato/prose and
// repairs the splits news text needs: abbreviations and initials, quotes that
// end a sentence before the attribution ("...," he said.), and text with no
// final punctuation (headlines, bullets).
package segment

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
)

// Range is a half-open byte range [Start, End) into the text given to Split.
// Invariant: a Range never starts or ends with white space.
type Range struct{ Start, End int }

//go:generate go run ../../internal/cmd/genpunkt -o punkt_english.txt

// punktEnglish is prose's English Punkt model as sorted text tables (see
// internal/cmd/genpunkt); reading it is several times faster than decoding
// the JSON prose ships.
//
//go:embed punkt_english.txt
var punktEnglish string

// SupervisedAbbrevs are the abbreviations prose adds to the trained model;
// genpunkt writes them into punkt_english.txt.
var SupervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

var model = sync.OnceValue(func() *prose.Segmenter {
	st, err := parsePunkt(punktEnglish)
	if err != nil {
		panic("segment: the embedded Punkt model is corrupt: " + err.Error())
	}
	return prose.WithTraining(st)
})

// parsePunkt reads the tables written by genpunkt into a Punkt storage.
func parsePunkt(src string) (*sentences.Storage, error) {
	st := &sentences.Storage{}
	var cur sentences.SetString
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if name, ok := strings.CutPrefix(line, "# "); ok {
			// Each map is made for exactly its section's lines: a
			// larger hint doubled the table the runtime zeroes at start.
			switch name {
			case "AbbrevTypes":
				st.AbbrevTypes = makeSet(st.AbbrevTypes, src)
				cur = st.AbbrevTypes
			case "Collocations":
				st.Collocations = makeSet(st.Collocations, src)
				cur = st.Collocations
			case "SentStarters":
				st.SentStarters = makeSet(st.SentStarters, src)
				cur = st.SentStarters
			case "OrthoContext":
				st.OrthoContext = makeSet(st.OrthoContext, src)
				cur = st.OrthoContext
			default:
				cur = nil // the header comment
			}
			continue
		}
		key, val, ok := strings.Cut(line, "\t")
		if !ok || cur == nil {
			return nil, fmt.Errorf("bad line %q", line)
		}
		n, err := strconv.Atoi(val)
		if err != nil {
			return nil, fmt.Errorf("bad value in %q", line)
		}
		cur[key] = n
	}
	if len(st.OrthoContext) == 0 || len(st.AbbrevTypes) == 0 {
		return nil, fmt.Errorf("missing tables")
	}
	st.Collocations = makeSet(st.Collocations, "")
	st.SentStarters = makeSet(st.SentStarters, "")
	return st, nil
}

// makeSet returns set, or when it is nil a set sized for the lines of
// src up to the next section header.
func makeSet(set sentences.SetString, src string) sentences.SetString {
	if set != nil {
		return set
	}
	if i := strings.Index(src, "\n# "); i >= 0 {
		src = src[:i+1]
	}
	return make(sentences.SetString, strings.Count(src, "\n")+1)
}

// Split returns the sentences of text in order. Ranges do not overlap and
// cover every non-space byte of text. Text with no sentence punctuation is
// one sentence.
func Split(text string) []Range {
	var raw []Range
	for _, s := range model().Segment(text) {
		raw = append(raw, Range{s.Start, s.End()})
	}
	raw = splitMissed(text, raw)
	out := raw[:0]
	for _, r := range raw {
		if n := len(out); n > 0 && shouldJoin(text, out[n-1], r) {
			out[n-1].End = r.End
			continue
		}
		out = append(out, r)
	}
	return trimAll(text, out)
}

// splitMissed splits ranges where Punkt kept two sentences together across
// a closing quotation mark followed by a capitalised sentence start:
// `... he said." The minister ...`.
func splitMissed(text string, rs []Range) []Range {
	var out []Range
	for _, r := range rs {
		start := r.Start
		for i := r.Start; i < r.End; {
			c, w := utf8.DecodeRuneInString(text[i:])
			if c == '.' && i+w < r.End && text[i+w] == ' ' && (webDomain(lastWord(text[r.Start:i])) || stateAbbrevs[lastWord(text[r.Start:i])]) {
				// "Bozell told FoxNews.com. “But ...": Punkt reads the
				// domain's dots as an abbreviation's; "he said during a
				// speech in San Jose, Calif. “These are ...": a place's
				// abbreviation before an opening quotation mark ends it
				k := i + w
				for k < r.End && text[k] == ' ' {
					k++
				}
				n, _ := utf8.DecodeRuneInString(text[k:])
				if k < r.End && (n == '"' || n == '“' || unicode.IsUpper(n) && webDomain(lastWord(text[r.Start:i]))) {
					out = append(out, Range{start, i + w})
					start = k
					i = k
					continue
				}
			}
			if (c == '.' || c == '!' || c == '?') && i+w < r.End {
				j := i + w
				// optional closing quote(s)
				for j < r.End {
					q, qw := utf8.DecodeRuneInString(text[j:])
					if q != '"' && q != '”' && q != '’' && q != '\'' && q != ')' {
						break
					}
					j += qw
				}
				if j > i+w && j < r.End && text[j] == ' ' {
					k := j
					for k < r.End && text[k] == ' ' {
						k++
					}
					if k < r.End {
						n, _ := utf8.DecodeRuneInString(text[k:])
						if unicode.IsUpper(n) || n == '"' || n == '“' {
							out = append(out, Range{start, j})
							start = k
						}
					}
				}
			}
			i += w
		}
		out = append(out, Range{start, r.End})
	}
	return out
}

// stateAbbrevs are the U.S. states' abbreviations in news style, without
// their final period.
var stateAbbrevs = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "N.H": true,
	"N.J": true, "N.M": true, "N.Y": true, "N.C": true, "N.D": true, "Okla": true, "Ore": true, "Pa": true,
	"R.I": true, "S.C": true, "S.D": true, "Tenn": true, "Tex": true, "Va": true, "Vt": true, "Wash": true,
	"Wis": true, "Wyo": true, "D.C": true,
}

// webDomain reports whether w ends in a web domain's suffix
// ("FoxNews.com", "HuffingtonPost.com", "whitehouse.gov").
func webDomain(w string) bool {
	for _, suf := range []string{".com", ".org", ".net", ".gov", ".edu"} {
		if len(w) > len(suf) && strings.HasSuffix(strings.ToLower(w), suf) {
			return true
		}
	}
	return false
}

// shouldJoin reports whether next continues prev: the split fell after an
// abbreviation, an initial, or a quote closed by a comma, or the next part
// starts in lower case (an attribution like `he said.` or a continuation).
func shouldJoin(text string, prev, next Range) bool {
	p := strings.TrimRight(text[prev.Start:prev.End], " \t\n")
	n := text[next.Start:next.End]
	if p == "" || n == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(n)
	if unicode.IsLower(first) {
		return true
	}
	if strings.HasSuffix(p, ",\"") || strings.HasSuffix(p, ",”") || strings.HasSuffix(p, ",'") || strings.HasSuffix(p, ",’") {
		return true
	}
	if !strings.HasSuffix(p, ".") {
		return false
	}
	word := lastWord(p[:len(p)-1])
	if isAbbreviation(word) {
		return true
	}
	// A single capital letter is an initial ("George W. Bush").
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return false
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	return s[i+1:]
}

// abbreviations that are never sentence ends when followed by a capital.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "capt": true, "sgt": true, "maj": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "rev": true, "st": true, "sr": true, "jr": true, "no": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "dept": true, "est": true, "approx": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "a.m": true, "p.m": true,
	"pres": true, "supt": true, "insp": true, "cmdr": true, "brig": true, "fig": true,
	"sens": true, "reps": true, "govs": true, "gens": true, "drs": true, "messrs": true, // plural titles: "Republican Sens. Scott Brown and Dean Heller"
}

func isAbbreviation(w string) bool {
	return abbreviations[strings.ToLower(w)]
}

func trimAll(text string, rs []Range) []Range {
	out := rs[:0]
	for _, r := range rs {
		for r.Start < r.End {
			c, w := utf8.DecodeRuneInString(text[r.Start:])
			if !unicode.IsSpace(c) {
				break
			}
			r.Start += w
		}
		for r.End > r.Start {
			c, w := utf8.DecodeLastRuneInString(text[:r.End])
			if !unicode.IsSpace(c) {
				break
			}
			r.End -= w
		}
		if r.End > r.Start {
			out = append(out, r)
		}
	}
	return out
}

// Preload loads the Punkt model now rather than on the first Split, so a
// caller can overlap the load with other start-up work.
func Preload() { model() }
