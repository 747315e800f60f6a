package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// Scan finds the quotations of paras in document order, with their kind
// and attribution, and warns about marks it could not pair. It never
// panics; offsets in the results are within the paragraphs' texts.
func Scan(paras []Paragraph) ([]Quote, []Warning) {
	raws, warns := pairMarks(paras)
	if len(raws) == 0 {
		return nil, warns
	}
	d := newDoc(paras)
	for _, rq := range raws {
		for _, p := range rq.parts {
			d.markQuoted(p.para, p.open, p.close)
		}
	}
	var out []Quote
	var hist []mention
	for i := range raws {
		q, ok := d.build(&raws[i], out, hist)
		if !ok {
			continue
		}
		if q.Speaker != nil && q.Attribution == attrib.Named && !d.owns(q.Speaker) {
			hist = append(hist, mention{text: nameOnly(q.Speaker.Text), para: q.Speaker.Para, off: q.Speaker.Start, person: isPersonName(q.Speaker.Text)})
		}
		out = append(out, q)
	}
	return out, warns
}

// namesTitle reports whether the text before a quotation ends in a word
// that names a work by its title ("an article titled", "a column
// headlined"): what follows is the title, not someone's words.
func namesTitle(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 0 && titleWords[strings.Trim(f[len(f)-1], ",:")]
}

var titleWords = set("titled entitled headlined headline subtitled captioned")

// owns reports whether a speaker is the owner of the words a noun cue
// names ("Mr. Romney's infamous remark about the "47 percent""): quoted
// in a phrase about what they said once, not speaking in the story, so
// a later "he said" is not theirs.
func (d *doc) owns(sp *Speaker) bool {
	rest := d.paras[sp.Para].Text[sp.End:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// build classifies and attributes one quotation; ok is false for scare
// quotes, titles and empty quotes.
func (d *doc) build(rq *rawQuote, prev []Quote, hist []mention) (Quote, bool) {
	first, last := rq.parts[0], rq.parts[len(rq.parts)-1]
	var texts []string
	for _, p := range rq.parts {
		if t := strings.TrimSpace(d.paras[p.para].Text[p.cstart:p.cend]); t != "" {
			texts = append(texts, t)
		}
	}
	content := strings.Join(texts, " ")
	words := countWords(content)
	if words == 0 {
		return Quote{}, false
	}
	si, sr := d.sentence(first.para, first.open)
	q := Quote{
		Open:     Pos{first.para, first.open},
		Close:    Pos{last.para, last.close},
		Text:     content,
		Sentence: si,
	}
	before := strings.TrimSpace(d.paras[first.para].Text[min(sr.Start, first.open):first.open])
	startsSentence := !hasWord(before)
	if namesTitle(before) {
		return Quote{}, false // `an article titled "The Girls Could Not Be More Bored."`
	}
	endPunct, _ := utf8.DecodeLastRuneInString(content)
	attribPunct := strings.ContainsRune(",?!—–-…", endPunct)
	var f found
	if n := transcriptLabel(d.paras[first.para].Text[first.cstart:]); n > 0 {
		// a quoted transcript turn names its speaker: "WALLACE: ..."
		start := first.cstart
		label := d.paras[first.para].Text[start : start+n]
		f = found{sp: &Speaker{Para: first.para, Start: start, End: start + n, Text: label}, cue: ":", colon: true, local: true}
		startsSentence = true
		if rest, ok := strings.CutPrefix(q.Text, label+":"); ok && strings.TrimSpace(rest) != "" {
			q.Text = strings.TrimSpace(rest) // the words spoken, without the label
		}
	} else if startsSentence || attribPunct {
		if f = d.tryAfter(rq); f.sp == nil {
			f = d.tryBefore(rq)
		}
	} else if f = d.tryBefore(rq); f.sp == nil {
		f = d.tryAfter(rq)
	}
	terminal := strings.ContainsRune(".?!…", endPunct) || strings.HasSuffix(content, ".\"") || strings.HasSuffix(content, ".’")
	if f.sp == nil {
		cue := d.hasCue(first.para, sr) || d.hasCue(last.para, closeSentence(d, last))
		if words <= 3 && !(startsSentence && terminal) && !cue {
			return Quote{}, false // a scare quote
		}
		if isTitle(content) && !terminal && !cue {
			return Quote{}, false
		}
		if a, b := d.label(first.para, 0, len(d.tk(first.para))); a < b {
			f = found{sp: d.speakerOf(first.para, a, b), cue: ":", colon: true}
		} else if p := d.quotedJustBefore(prev, first.para, si); p != nil {
			f = found{sp: p.Speaker, cue: p.Cue} // the speaker goes on: “...,” he said. “...”
		} else if f = d.tryNeighbours(rq); f.sp == nil {
			f = d.tryPreviousParagraph(rq)
		}
		if f.sp == nil && strings.TrimSpace(d.paras[first.para].Text[:first.open]) == "" && first.para > 0 {
			if p := lastSpoken(prev, first.para-1); p != nil {
				f = found{sp: p.Speaker, cue: p.Cue}
			}
		}
	}
	switch {
	case startsSentence || f.colon || strings.HasSuffix(before, ":"):
		q.Kind = Direct
	case f.after && attribPunct && startsUpper(content):
		q.Kind = Direct
	case f.local && !f.after && strings.HasSuffix(before, ",") && words >= 4:
		q.Kind = Direct
	case words >= 10 && startsUpper(content) && terminal:
		q.Kind = Direct
	default:
		q.Kind = Partial
	}
	q.Attribution = attrib.None
	if kind := speakerKind(f.sp); kind != attrib.None {
		q.Speaker, q.Cue, q.Attribution = f.sp, f.cue, kind
		if q.Attribution == attrib.Pronoun {
			q.Antecedent = d.resolve(f.sp, hist)
		}
	}
	return q, true
}

// quotedJustBefore returns the last attributed quote of para when it
// closes in the sentence right before sentence si (or in si itself): a
// quotation with no frame of its own that follows it goes on in the same
// voice, whatever other cue that sentence holds ("he said in an interview
// first posted online by The Hill. “We’ve got work to do.”").
func (d *doc) quotedJustBefore(prev []Quote, para, si int) *Quote {
	p := lastSpoken(prev, para)
	if p == nil || p.Close.Para != para {
		return nil
	}
	ci, _ := d.sentence(para, max(p.Close.Off-1, 0))
	if ci != si-1 && ci != si {
		return nil
	}
	return p
}

// lastSpoken returns the last attributed quote that opens in para.
func lastSpoken(prev []Quote, para int) *Quote {
	for i := len(prev) - 1; i >= 0; i-- {
		if prev[i].Open.Para < para {
			return nil
		}
		if prev[i].Open.Para == para && prev[i].Speaker != nil {
			return &prev[i]
		}
	}
	return nil
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// minor words stay lower case in a title.
var minor = set("a an the and or but of in on at to for with by from as nor is vs. vs via")

// isTitle reports whether s is written like a title or name: every word of
// more than three letters capitalised, at most 12 words ("Make America
// Great Again", "Justice Against Sponsors of Terrorism Act").
func isTitle(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	for i, w := range ws {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if i > 0 && minor[strings.ToLower(w)] {
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// closeSentence returns the sentence range holding the end of part p.
func closeSentence(d *doc, p part) Range {
	_, r := d.sentence(p.para, max(p.close-1, 0))
	return r
}

// hasCue reports whether sentence r of para holds a cue outside quotation
// marks.
func (d *doc) hasCue(para int, r Range) bool {
	w := d.sentWindow(para, r)
	for k := w.lo; k < w.hi; k++ {
		if d.cueAt(w, k) > 0 {
			return true
		}
	}
	return false
}

// nameOnly drops an appositive: "Amina Bibi, a farmer" -> "Amina Bibi".
func nameOnly(s string) string {
	if i := strings.IndexByte(s, ','); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}
