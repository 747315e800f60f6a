package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/quotes"
	"github.com/claimcheck/claimcheck/claims/segment"
)

// The PolNeAR suite measures quote detection and attribution against the
// attribution relations of PolNeAR (polnear/{train,dev}): a relation whose
// Content holds a double quotation mark (or an opening single one) is a
// direct quote; a predicted quote matches it when their spans overlap;
// the speaker is right when the predicted speaker span overlaps the gold
// Source. Articles annotated twice are read from the annotator whose file
// name sorts first.
func init() {
	Register(Suite{Name: "polnear", Run: runPolnear})
}

func runPolnear(root string, w io.Writer) error {
	for _, split := range []string{"dev", "train"} {
		dir := filepath.Join(root, "polnear", split)
		if _, err := os.Stat(dir); err != nil {
			fmt.Fprintf(w, "polnear %s: skipped (%s not found)\n", split, dir)
			continue
		}
		arts, err := loadPolnear(dir)
		if err != nil {
			return err
		}
		s := scorePolnear(arts, nil)
		fmt.Fprintf(w, "polnear %s: %d articles, %d gold quotes (%d with a source), %d predicted\n",
			split, len(arts), s.Gold, s.GoldSourced, s.Predicted)
		fmt.Fprintf(w, "  quote detection  P %.3f  R %.3f  F1 %.3f   (target F1 >= 0.95)\n", s.Precision(), s.Recall(), s.F1())
		fmt.Fprintf(w, "  speaker accuracy %.3f (%d/%d matched sourced quotes)   (target >= 0.80)\n",
			s.SpeakerAccuracy(), s.SpeakerRight, s.MatchedSourced)
		fmt.Fprintf(w, "  attribution none %.3f (%d/%d)   (target <= 0.05)\n", s.NoneShare(), s.NoneSourced, s.MatchedSourced)
		fmt.Fprintf(w, "  attribution of matched sourced quotes: %s\n", s.kindLine())
	}
	return nil
}

// cpSpan is a half-open range of Unicode code points.
type cpSpan struct{ Start, End int }

func (a cpSpan) overlaps(b cpSpan) bool { return a.Start < b.End && b.Start < a.End }

func overlapsAny(a []cpSpan, b []cpSpan) bool {
	for _, x := range a {
		for _, y := range b {
			if x.overlaps(y) {
				return true
			}
		}
	}
	return false
}

// polRelation is one gold attribution relation.
type polRelation struct {
	Content, Source []cpSpan
	ContentText     string
	SourceText      string
}

// polArticle is one text with its gold relations.
type polArticle struct {
	Name, Text string
	Relations  []polRelation
}

// quoteMarks are the marks that make a relation's content a quote (and
// two apostrophes, which stand for a double mark in NYT copy).
const quoteMarks = "\"“”„«»‘"

func (r polRelation) isQuote() bool {
	return strings.ContainsAny(r.ContentText, quoteMarks) || strings.Contains(r.ContentText, "''")
}

// loadPolnear reads dir/text/*.txt and dir/attributions/*.ann.
func loadPolnear(dir string) ([]polArticle, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	chosen := map[string]string{}
	var names []string
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		art := base[:i]
		if _, ok := chosen[art]; !ok {
			chosen[art] = a
			names = append(names, art)
		}
	}
	sort.Strings(names)
	var out []polArticle
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", n+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		ab, err := os.ReadFile(chosen[n])
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		rels, err := parseAnn(string(ab), []rune(string(b)))
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", chosen[n], err)
		}
		out = append(out, polArticle{Name: n, Text: string(b), Relations: rels})
	}
	return out, nil
}

// parseAnn reads brat standoff: T lines (label, code-point spans separated
// by ';', text) and E lines (Attribution:T Content:T Cue:T Source:T, where
// the T ids may be defined later).
func parseAnn(ann string, text []rune) ([]polRelation, error) {
	type tb struct {
		label string
		spans []cpSpan
	}
	ts := map[string]tb{}
	var events [][]string
	for ln, line := range strings.Split(ann, "\n") {
		f := strings.Split(line, "\t")
		switch {
		case strings.HasPrefix(line, "T") && len(f) >= 2:
			lab, spans, _ := strings.Cut(f[1], " ")
			var ss []cpSpan
			for _, s := range strings.Split(spans, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(s), " ")
				x, err1 := strconv.Atoi(a)
				y, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || x < 0 || y < x || y > len(text) {
					return nil, fmt.Errorf("line %d: bad span %q", ln+1, s)
				}
				ss = append(ss, cpSpan{x, y})
			}
			ts[f[0]] = tb{lab, ss}
		case strings.HasPrefix(line, "E") && len(f) >= 2:
			events = append(events, strings.Fields(f[1]))
		}
	}
	spanText := func(ss []cpSpan) string {
		var parts []string
		for _, s := range ss {
			parts = append(parts, string(text[s.Start:s.End]))
		}
		return strings.Join(parts, " ")
	}
	var out []polRelation
	for _, ev := range events {
		var r polRelation
		for _, arg := range ev {
			role, id, _ := strings.Cut(arg, ":")
			t, ok := ts[id]
			if !ok {
				continue
			}
			switch role {
			case "Content":
				r.Content = append(r.Content, t.spans...)
			case "Source":
				r.Source = append(r.Source, t.spans...)
			}
		}
		if len(r.Content) == 0 {
			continue
		}
		r.ContentText, r.SourceText = spanText(r.Content), spanText(r.Source)
		out = append(out, r)
	}
	return out, nil
}

var blankLines = regexp.MustCompile(`\n[ \t\r]*\n`)

// polParagraphs splits text at blank lines and segments each paragraph;
// starts holds the byte offset of each paragraph in text.
func polParagraphs(text string) ([]quotes.Paragraph, []int) {
	var paras []quotes.Paragraph
	var starts []int
	prev := 0
	add := func(a, b int) {
		if strings.TrimSpace(text[a:b]) == "" {
			return
		}
		p := quotes.Paragraph{Text: text[a:b]}
		for _, r := range segment.Split(p.Text) {
			p.Sentences = append(p.Sentences, quotes.Range{Start: r.Start, End: r.End})
		}
		paras = append(paras, p)
		starts = append(starts, a)
	}
	for _, m := range blankLines.FindAllStringIndex(text, -1) {
		add(prev, m[0])
		prev = m[1]
	}
	add(prev, len(text))
	return paras, starts
}

// polPrediction is a predicted quote in code points of the article.
type polPrediction struct {
	Span, Speaker cpSpan
	HasSpeaker    bool
	Quote         quotes.Quote
}

// predictPolnear scans one article and converts the quotes to code points.
func predictPolnear(text string) []polPrediction {
	paras, starts := polParagraphs(text)
	cp := make([]int, len(text)+1)
	n := 0
	for i := range text {
		for j := i; j < len(cp) && (j == i || cp[j] == 0); j++ {
			cp[j] = n
		}
		n++
	}
	cp[len(text)] = n
	for i := len(text) - 1; i > 0 && cp[i] == 0; i-- {
		cp[i] = n
	}
	qs, _ := quotes.Scan(paras)
	out := make([]polPrediction, 0, len(qs))
	for _, q := range qs {
		p := polPrediction{Quote: q, Span: cpSpan{cp[starts[q.Open.Para]+q.Open.Off], cp[starts[q.Close.Para]+q.Close.Off]}}
		if q.Speaker != nil {
			b := starts[q.Speaker.Para]
			p.Speaker, p.HasSpeaker = cpSpan{cp[b+q.Speaker.Start], cp[b+q.Speaker.End]}, true
		}
		out = append(out, p)
	}
	return out
}

// polnearScore holds the counts of one run.
type polnearScore struct {
	Gold, GoldSourced, Predicted int
	PredMatched, GoldMatched     int
	MatchedSourced, SpeakerRight int
	NoneSourced                  int
	Kinds                        map[string]int
}

func (s polnearScore) Precision() float64 { return ratio(s.PredMatched, s.Predicted) }
func (s polnearScore) Recall() float64    { return ratio(s.GoldMatched, s.Gold) }
func (s polnearScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s polnearScore) SpeakerAccuracy() float64 { return ratio(s.SpeakerRight, s.MatchedSourced) }
func (s polnearScore) NoneShare() float64       { return ratio(s.NoneSourced, s.MatchedSourced) }

func (s polnearScore) kindLine() string {
	var parts []string
	for _, k := range []string{attrib.Named, attrib.Vague, attrib.Anonymous, attrib.Pronoun, attrib.None} {
		parts = append(parts, fmt.Sprintf("%s %d", k, s.Kinds[k]))
	}
	return strings.Join(parts, ", ")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// polnearMiss is one disagreement, for inspection.
type polnearMiss struct {
	Article, What, Gold, Predicted string
}

// scorePolnear predicts every article and counts agreement; misses, when
// not nil, receives the disagreements.
func scorePolnear(arts []polArticle, misses *[]polnearMiss) polnearScore {
	s := polnearScore{Kinds: map[string]int{}}
	for _, a := range arts {
		preds := predictPolnear(a.Text)
		rs := []rune(a.Text)
		cut := func(sp cpSpan) string { return string(rs[max(0, sp.Start):min(len(rs), sp.End)]) }
		var gold []polRelation
		for _, r := range a.Relations {
			if r.isQuote() {
				gold = append(gold, r)
			}
		}
		s.Predicted += len(preds)
		for _, p := range preds {
			hit := false
			for _, g := range gold {
				if overlapsAny([]cpSpan{p.Span}, g.Content) {
					hit = true
					break
				}
			}
			if hit {
				s.PredMatched++
			} else if misses != nil {
				sp := ""
				if p.HasSpeaker {
					sp = cut(p.Speaker)
				}
				ctx := cut(cpSpan{p.Span.Start - 80, p.Span.End + 60})
				*misses = append(*misses, polnearMiss{a.Name, "false quote", ctx, p.Quote.Kind + " " + p.Quote.Cue + " [" + sp + "] " + cut(p.Span)})
			}
		}
		for _, g := range gold {
			s.Gold++
			sourced := len(g.Source) > 0
			if sourced {
				s.GoldSourced++
			}
			var m *polPrediction
			for i := range preds {
				if overlapsAny([]cpSpan{preds[i].Span}, g.Content) {
					m = &preds[i]
					break
				}
			}
			if m == nil {
				if misses != nil {
					c := g.Content[0]
					*misses = append(*misses, polnearMiss{a.Name, "missed quote", g.ContentText, cut(cpSpan{c.Start - 100, c.Start})})
				}
				continue
			}
			s.GoldMatched++
			if !sourced {
				continue
			}
			s.MatchedSourced++
			s.Kinds[m.Quote.Attribution]++
			if m.Quote.Attribution == attrib.None {
				s.NoneSourced++
			}
			if m.HasSpeaker && overlapsAny([]cpSpan{m.Speaker}, g.Source) {
				s.SpeakerRight++
			} else if misses != nil {
				got := ""
				if m.HasSpeaker {
					got = cut(m.Speaker)
				}
				*misses = append(*misses, polnearMiss{a.Name, "wrong speaker", g.SourceText + " || " + g.ContentText, got + " || " + m.Quote.Text})
			}
		}
	}
	return s
}
