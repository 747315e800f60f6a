package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimcheck/claimcheck/claims"
)

// GoldStory is one annotated story of the story benchmark
// (../shared/eval/stories: basil-dev/STORY/*.txt and gold/STORY.json, see
// its GUIDE.md): its article files and the byte spans of each shared fact's
// mentions, located as the benchmark's score.py locates them.
type GoldStory struct {
	Name  string
	Paths []string // the articles, sorted; an article's name is its file name without .txt
	Facts []GoldFact
}

// GoldFact is one fact two or more articles state: its relation (agree,
// refine, diverge) and its mentions' byte spans by article name. Only facts
// found in two articles are kept.
type GoldFact struct {
	ID       string
	Relation string
	Mentions map[string][][2]int
}

// LoadGoldStories reads every annotated story of the benchmark in dir
// (the stories folder), in name order.
func LoadGoldStories(dir string) ([]GoldStory, error) {
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no annotated stories (gold/*.json)", dir)
	}
	slices.Sort(files)
	var out []GoldStory
	for _, f := range files {
		g, err := loadGoldStory(dir, f)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

func loadGoldStory(dir, file string) (GoldStory, error) {
	var raw struct {
		Story string `json:"story"`
		Facts []struct {
			ID       string `json:"id"`
			Relation string `json:"relation"`
			Mentions []struct {
				Doc   string `json:"doc"`
				Quote string `json:"quote"`
			} `json:"mentions"`
		} `json:"facts"`
	}
	b, err := os.ReadFile(file)
	if err == nil {
		err = json.Unmarshal(b, &raw)
	}
	if err != nil {
		return GoldStory{}, fmt.Errorf("%s: %w", file, err)
	}
	g := GoldStory{Name: strings.TrimSuffix(filepath.Base(file), ".json")}
	g.Paths, _ = filepath.Glob(filepath.Join(dir, "basil-dev", g.Name, "*.txt"))
	slices.Sort(g.Paths)
	texts := map[string]normText{}
	for _, p := range g.Paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return GoldStory{}, err
		}
		texts[ArticleName(p)] = normalize(string(b))
	}
	for _, f := range raw.Facts {
		gf := GoldFact{ID: f.ID, Relation: f.Relation, Mentions: map[string][][2]int{}}
		for _, m := range f.Mentions {
			t, ok := texts[m.Doc]
			if !ok {
				continue
			}
			if sp, ok := t.locate(m.Quote); ok {
				gf.Mentions[m.Doc] = append(gf.Mentions[m.Doc], sp)
			}
		}
		if len(gf.Mentions) >= 2 {
			g.Facts = append(g.Facts, gf)
		}
	}
	return g, nil
}

// ArticleName is an article's name in the annotation: its file name
// without ".txt".
func ArticleName(path string) string { return strings.TrimSuffix(filepath.Base(path), ".txt") }

// Matches returns the indexes of the facts a pair of claims states: on
// each side at least 30% of the claim's span lies in one of the fact's
// mentions in that article (score.py's rule, so a paragraph-long claim
// does not match every fact it holds).
func (g *GoldStory) Matches(docA string, a claims.Span, docB string, b claims.Span) []int {
	var out []int
	for i, f := range g.Facts {
		if docA != docB && coversAny(a, f.Mentions[docA]) && coversAny(b, f.Mentions[docB]) {
			out = append(out, i)
		}
	}
	return out
}

func coversAny(s claims.Span, ms [][2]int) bool {
	for _, m := range ms {
		o := min(s.End, m[1]) - max(s.Start, m[0])
		if o > 0 && float64(o) >= 0.3*float64(s.End-s.Start) {
			return true
		}
	}
	return false
}

// normText is an article normalised as score.py compares quotes: curly
// quotes and dashes made ASCII, NFKC, runs of white space one space; pos
// holds the byte offset in the original of each normalised rune, and one
// more for the end.
type normText struct {
	runes []rune
	pos   []int
}

var goldFold = map[rune]string{'“': `"`, '”': `"`, '‘': "'", '’': "'", '—': "-", '–': "-"}

func normalize(text string) normText {
	var t normText
	prevSpace := true
	for off, r := range text {
		s, ok := goldFold[r]
		if !ok {
			s = norm.NFKC.String(string(r))
		}
		for _, c := range s {
			if unicode.IsSpace(c) {
				if prevSpace {
					continue
				}
				c, prevSpace = ' ', true
			} else {
				prevSpace = false
			}
			t.runes = append(t.runes, c)
			t.pos = append(t.pos, off)
		}
	}
	t.pos = append(t.pos, len(text))
	return t
}

// locate returns the byte span of quote's first occurrence, normalised
// like the text and without a final period.
func (t normText) locate(quote string) ([2]int, bool) {
	q := normalize(quote).runes
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(string(q)), "."))
	if s == "" {
		return [2]int{}, false
	}
	qr := []rune(s)
	for i := 0; i+len(qr) <= len(t.runes); i++ {
		if slices.Equal(t.runes[i:i+len(qr)], qr) {
			return [2]int{t.pos[i], t.pos[i+len(qr)]}, true
		}
	}
	return [2]int{}, false
}
