package claims

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// outsideQuotes drops the found sources whose words lie inside a quotation
// of qs (span maps a sentence range to file bytes): words someone is quoted
// as saying are not the article's sourcing. A quoted report is the
// exception ("Politico reports: “A Republican involved with the project
// said ...”"): the article passes on the report's sources with it, the
// people it quotes (not its markers: "an affirmation that the subject is
// believed to be engaged in terrorism" describes, it does not source).
func outsideQuotes(qs []Quote, found []attrib.Found, span func(a, b int) Span) []attrib.Found {
	out := found[:0]
	for _, f := range found {
		fs := span(f.Start, f.End)
		in := false
		for i := range qs {
			if qs[i].Span.Contains(fs) && !(quotedReport(&qs[i]) && f.Cue != strings.ToLower(f.Text)) {
				in = true
				break
			}
		}
		if !in {
			out = append(out, f)
		}
	}
	return out
}

// quotedReport reports whether a quote is an excerpt of a report, its cue
// a form of "report" ("Politico reports:", "The Post reported that").
func quotedReport(q *Quote) bool { return attrib.CueLemma(q.Cue) == "report" }

// saysOutright reports whether an attribution is someone saying something:
// a form of "say" or "tell", or "according to" (not a belief or a marker).
func saysOutright(a Attribution) bool {
	l := attrib.CueLemma(a.Cue)
	return a.Kind != AttrNone && (l == "say" || l == "tell" || l == "according to")
}

// inQuotedReport reports whether the sentence span sp lies inside a quoted
// report (see quotedReport).
func inQuotedReport(qs []Quote, sp Span) bool {
	for i := range qs {
		if qs[i].Span.Overlaps(sp) && quotedReport(&qs[i]) {
			return true
		}
	}
	return false
}

// unquoted returns s with its quotation marks blanked, byte for byte, so
// that attrib.Find reads the quoted words and its offsets still hold.
func unquoted(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '"', '“', '”':
			b.WriteString(strings.Repeat(" ", utf8.RuneLen(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// roleGroup maps the head nouns of definite descriptions that point back to
// a source named earlier ("the spokesperson", "the aide", "the official")
// to a group: a spokesman may be called an aide later in the same article.
var roleGroup = map[string]string{
	"spokesman": "aide", "spokeswoman": "aide", "spokesperson": "aide", "aide": "aide",
	"adviser": "aide", "advisor": "aide", "staffer": "aide",
	"official": "official", "source": "source", "strategist": "strategist", "lawmaker": "lawmaker",
}

// definiteRole returns the role group of a definite description of at most
// four words ("the aide", "The Democratic staffer", "the official"), or "".
func definiteRole(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || len(ws) > 4 || ws[0] != "the" {
		return ""
	}
	return roleGroup[strings.Trim(ws[len(ws)-1], ",.;:")]
}

// resolveDefinite grades a definite description of a source by the
// mention it points back to: "The spokesperson also touted ..." after "A
// spokesperson for Grassley fired back" is Grassley's spokesperson, a named
// source; "the official said" after "one union official said" stays
// anonymous. The antecedent is the nearest earlier sentence, in the same
// or an earlier paragraph, with the role word outside a definite
// description; its phrase is graded with the lexicon. Quotes, claims and
// doc.Sourcing are updated; a source that becomes named leaves Sourcing.
func resolveDefinite(doc *Document, opt Options) {
	lex := opt.lexicon()
	grade := map[Span]AttributionKind{} // source span -> resolved grade
	resolve := func(text string, sp Span) (AttributionKind, bool) {
		role := definiteRole(text)
		if role == "" {
			return "", false
		}
		if g, ok := grade[sp]; ok {
			return g, true
		}
		g, ok := antecedentGrade(doc, lex, role, sp)
		if ok {
			grade[sp] = g
		}
		return g, ok
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Speaker != nil && q.Attribution.Unidentified() {
			if g, ok := resolve(q.Speaker.Text, q.Speaker.Span); ok {
				q.Attribution = g
			}
		}
	}
	for i := range doc.Claims {
		a := &doc.Claims[i].Attribution
		if a.Kind.Unidentified() {
			if g, ok := resolve(a.Source, a.SourceSpan); ok {
				a.Kind = g
			}
		}
	}
	out := doc.Sourcing[:0]
	for _, a := range doc.Sourcing {
		if g, ok := resolve(a.Source, a.SourceSpan); ok {
			a.Kind = g
		}
		if a.Kind.Unidentified() {
			out = append(out, a)
		}
	}
	doc.Sourcing = out
}

// antecedentGrade finds the nearest mention of role before sp in doc's
// sentences that is not itself a definite description, and grades the
// phrase around it: up to four words before the role word (back to
// punctuation) and up to five after it (to punctuation).
func antecedentGrade(doc *Document, lex *attrib.Lexicon, role string, sp Span) (AttributionKind, bool) {
	ss := doc.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > sp.Start })
	for si := min(k, len(ss)-1); si >= 0 && si >= k-12; si-- {
		s := ss[si]
		ws := wordSpans(s.Text)
		for j := len(ws) - 1; j >= 0; j-- {
			w := ws[j]
			if s.Span.Start+w.end > sp.Start && si == k {
				continue // at or after the description itself
			}
			if roleGroup[strings.ToLower(strings.TrimRight(s.Text[w.start:w.end], "s"))] != role && roleGroup[strings.ToLower(s.Text[w.start:w.end])] != role {
				continue
			}
			a := j
			for a > 0 && j-a < 4 && !ws[a-1].afterPunct(s.Text) {
				a--
			}
			if strings.EqualFold(s.Text[ws[a].start:ws[a].end], "the") && j-a <= 2 {
				continue // another definite description: keep looking back
			}
			b := j + 1
			for b < len(ws) && b-j <= 5 && !ws[b].afterPunct(s.Text) && !attrib.IsCue(s.Text[ws[b].start:ws[b].end]) {
				b++
			}
			g := AttributionKind(lex.Classify(s.Text[ws[a].start:ws[b-1].end]))
			if g == AttrPronoun || g == AttrNone {
				return "", false
			}
			return g, true
		}
	}
	return "", false
}

// wordSpan is a word of a sentence as a byte range.
type wordSpan struct{ start, end int }

// afterPunct reports whether punctuation stands between this word and the
// one before it.
func (w wordSpan) afterPunct(text string) bool {
	before := strings.TrimRight(text[:w.start], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && strings.ContainsRune(",;:.!?—–()\"“”", r)
}

// wordTrim is the punctuation trimmed from the ends of a word.
const wordTrim = ",;:.!?()\"“”'‘’—–"

// wordSpans splits text at spaces into words, trimming punctuation.
func wordSpans(text string) []wordSpan {
	var out []wordSpan
	for i := 0; i < len(text); {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		a, b := i, j
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:b])
			if !strings.ContainsRune(wordTrim, r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[a:b])
			if !strings.ContainsRune(wordTrim, r) {
				break
			}
			b -= n
		}
		if b > a {
			out = append(out, wordSpan{a, b})
		}
		i = j
	}
	return out
}

// notASource reports whether the frame the splitter found around
// sentence[start:end] with cue is not a source at all: a listener ("Some
// people were told that"), a manner ("calculated according to a worker's
// contributions"), or "adding to" (increasing, not speaking).
func notASource(sentence string, start, end int, cue string) bool {
	cue = strings.ToLower(cue)
	after := strings.ToLower(strings.TrimSpace(sentence[end:]))
	switch {
	case cue == "told" && (strings.HasPrefix(after, "were told") || strings.HasPrefix(after, "was told") || strings.HasPrefix(after, "had been told") || strings.HasPrefix(after, "have been told")):
		return true
	case cue == "according to":
		ws := strings.Fields(strings.ToLower(sentence[:start]))
		return len(ws) >= 3 && ws[len(ws)-2] == "according" && attrib.MannerAccording(strings.Trim(ws[len(ws)-3], ",;:"))
	case cue == "adding":
		return strings.Contains(strings.ToLower(sentence), "adding to ")
	}
	return false
}
