package quotes

import (
	"sort"
	"strings"
)

// doc holds the paragraphs being analysed. Tokens are made on first use:
// most paragraphs hold no quote and are never tokenized.
type doc struct {
	paras  []Paragraph
	toks   [][]token
	done   []bool
	quoted [][]Range // quoted byte ranges of each paragraph
	// surnames counts the mentions of each person's last name (see
	// surname); nil until first asked
	surnames map[string]int
}

func newDoc(paras []Paragraph) *doc {
	return &doc{paras: paras, toks: make([][]token, len(paras)), done: make([]bool, len(paras)), quoted: make([][]Range, len(paras))}
}

// tk returns the tokens of para, with the tokens inside quotation marks
// flagged.
func (d *doc) tk(para int) []token {
	if !d.done[para] {
		d.done[para] = true
		ts := tokenize(d.paras[para].Text)
		for _, r := range d.quoted[para] {
			for k := sort.Search(len(ts), func(i int) bool { return ts[i].start >= r.Start }); k < len(ts) && ts[k].start < r.End; k++ {
				ts[k].inQuote = true
			}
		}
		d.toks[para] = ts
	}
	return d.toks[para]
}

// markQuoted records [start, end) of para as quoted; it must be called
// before the paragraph's tokens are first used.
func (d *doc) markQuoted(para, start, end int) {
	d.quoted[para] = append(d.quoted[para], Range{start, end})
}

// tokAt returns the index of the first token of para starting at or after off.
func (d *doc) tokAt(para, off int) int {
	ts := d.tk(para)
	return sort.Search(len(ts), func(i int) bool { return ts[i].start >= off })
}

// sentence returns the index and range of the sentence of para holding off;
// an offset between sentences belongs to the next one. A paragraph with no
// sentences is one sentence.
func (d *doc) sentence(para, off int) (int, Range) {
	ss := d.paras[para].Sentences
	if len(ss) == 0 {
		return 0, Range{0, len(d.paras[para].Text)}
	}
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) {
		i = len(ss) - 1
	}
	r := ss[i]
	r.Start = max(0, min(r.Start, len(d.paras[para].Text)))
	r.End = max(r.Start, min(r.End, len(d.paras[para].Text)))
	return i, r
}

// window is a run of tokens [lo, hi) of one paragraph.
type window struct{ para, lo, hi int }

// cueAt reports whether a cue starts at token k of w and how many tokens it
// takes. Capitalised forms inside a sentence ("the Post") and forms after a
// determiner ("the claims") are nouns, not cues.
func (d *doc) cueAt(w window, k int) int {
	ts := d.tk(w.para)
	t := ts[k]
	if t.kind != tWord || t.inQuote {
		return 0
	}
	for n := 3; n >= 2; n-- {
		if k+n > w.hi {
			continue
		}
		var b strings.Builder
		ok := true
		for j := k; j < k+n; j++ {
			if ts[j].kind != tWord || ts[j].inQuote {
				ok = false
				break
			}
			if j > k {
				b.WriteByte(' ')
			}
			b.WriteString(ts[j].lower)
		}
		if ok && cueSeqs[b.String()] {
			return n
		}
	}
	if !cueWords[t.lower] {
		return 0
	}
	if t.cap && k > w.lo && ts[k-1].kind == tWord {
		return 0
	}
	if k > 0 && ts[k-1].kind == tWord && nounCuePrefix[ts[k-1].lower] {
		return 0
	}
	if nounCues[t.lower] {
		// "her Facebook post:", "his latest tweet": a possessive a word or
		// two before makes the cue a noun, whose owner is not its speaker
		for j := k - 1; j >= max(w.lo, k-3) && ts[j].kind == tWord; j-- {
			if possessives[ts[j].lower] {
				return 0
			}
		}
	}
	return 1
}

// isAccording reports whether the cue at k is "according to".
func (d *doc) isAccording(para, k int) bool {
	ts := d.tk(para)
	return ts[k].lower == "according" && k+1 < len(ts) && ts[k+1].lower == "to"
}

// isFrameCue reports whether the cue at k is a framing phrase like "in a
// statement" that names no speaker by itself.
func (d *doc) isFrameCue(para, k int) bool { return d.tk(para)[k].lower == "in" }

// collectBack returns the start index of the noun phrase that ends at token
// j (inclusive), not reaching before lo. It stops at punctuation other than
// parentheses, at quoted tokens, at clause words and cues, and after a
// determiner unless a linking preposition precedes it ("officials at the
// ministry").
func (d *doc) collectBack(para, j, lo int) int {
	ts := d.tk(para)
	a := j + 1
	depth := 0
	for j >= lo && a-j <= 14 {
		t := ts[j]
		if t.inQuote {
			break
		}
		if t.kind != tWord {
			switch {
			case t.lower == ")":
				depth++
			case t.lower == "(" && depth > 0:
				depth--
			case depth > 0:
			default:
				return a
			}
			a = j
			j--
			continue
		}
		if depth == 0 {
			// a cue form after a determiner is a noun of the phrase ("the
			// report said", "the claims read")
			nounForm := j-1 >= lo && ts[j-1].kind == tWord && nounCuePrefix[ts[j-1].lower]
			if clause[t.lower] || (cueWords[t.lower] && !t.cap && !nounForm) {
				break
			}
			if isPronounWord(t.lower) {
				if a == j+1 { // a pronoun subject is the whole phrase
					a = j
				}
				break
			}
			if dateWords[t.lower] && a == j+1 {
				break
			}
			if linkPreps[t.lower] {
				// a preposition links only a head noun before it to what follows
				if j-1 < lo || ts[j-1].kind != tWord || ts[j-1].inQuote || clause[ts[j-1].lower] {
					break
				}
			} else if !t.cap && isPrepLike(t.lower) && !(t.lower == "to" && j-1 >= lo && recipientParticiples[ts[j-1].lower]) {
				break // ("the letter addressed to Chairman Issa reads": the recipient is inside the phrase)
			}
		}
		a = j
		j--
		if depth == 0 && determiners[t.lower] {
			if j >= lo && ts[j].kind == tWord && linkPreps[ts[j].lower] {
				continue
			}
			break
		}
	}
	return a
}

// recipientParticiples name whom a document went to: "the letter
// addressed to Chairman Issa" is the letter, not Issa.
var recipientParticiples = set("addressed sent delivered written directed submitted mailed")

// isPrepLike reports whether w is a preposition that never sits inside a
// speaker phrase read backwards.
func isPrepLike(w string) bool {
	switch w {
	case "on", "in", "during", "to", "by", "into", "over", "under", "about", "among", "across",
		"through", "via", "until", "against", "toward", "towards", "upon", "like", "unlike":
		return true
	}
	return false
}

// npBefore returns the speaker phrase [a, b) ending before the cue at token
// k of w, with appositives ("Shehbaz Sharif, Pakistan's prime minister,
// said") and skipping interjections ("the ministry, in a statement, said")
// and relative clauses ("Clinton, who was in Ohio, said"). a == b when there
// is none.
func (d *doc) npBefore(w window, k int) (int, int) {
	ts := d.tk(w.para)
	j := k - 1
	for j >= w.lo && ts[j].kind == tWord && !ts[j].inQuote && (aux[ts[j].lower] || isAdverb(ts[j])) {
		j--
	}
	trailingComma := false
	if j >= w.lo && ts[j].lower == "," && !ts[j].inQuote {
		trailingComma = true
		j--
	}
	end := j + 1
	if j < w.lo {
		return k, k
	}
	// "officials who asked not to be named said": the relative clause
	// describes the speaker before it
	anonymity := false // "who asked not to be named", "who spoke on condition of anonymity"
	for r := j; r > w.lo && r > j-10; r-- {
		switch ts[r].lower {
		case "named", "identified", "anonymity", "anonymously":
			anonymity = true
		}
	}
	for r := j - 1; r > w.lo && r > j-10; r-- {
		if ts[r].inQuote || ts[r].kind != tWord || cueWords[ts[r].lower] && !anonymity {
			break // (a cue inside: "who said little" is that clause's frame)
		}
		if ts[r].lower == "who" {
			if pa := d.collectBack(w.para, r-1, w.lo); pa < r {
				return pa, r
			}
			break
		}
	}
	a := d.collectBack(w.para, j, w.lo)
	if a == end && j >= w.lo && ts[j].kind == tWord && (ts[j].lower == "who" || ts[j].lower == "which") {
		// "Clinton, who said ..." -> Clinton
		if j-1 >= w.lo && ts[j-1].lower == "," {
			pa := d.collectBack(w.para, j-2, w.lo)
			if pa < j-1 {
				return pa, j - 1
			}
		}
		return k, k
	}
	if a >= end {
		return k, k
	}
	if trailingComma && a-2 >= w.lo && ts[a-1].kind == tWord && isPrepLike(ts[a-1].lower) && ts[a-2].lower == "," {
		a-- // "the ministry, in a statement, said": the interjection starts at "in"
	}
	if trailingComma && a-1 >= w.lo && ts[a-1].lower == "," && !ts[a-1].inQuote {
		seg := ts[a]
		pa := d.collectBack(w.para, a-2, w.lo)
		if pa < a-1 {
			if isPrepLike(seg.lower) || linkPreps[seg.lower] || seg.lower == "who" || seg.lower == "which" || seg.lower == "according" {
				return pa, a - 1 // an interjection: the speaker is before it
			}
			if d.looksLikeName(w.para, pa, a-1) {
				return pa, end // an appositive
			}
		}
	}
	// A relative clause or interjection set off by commas before the cue:
	// "Clinton, who was in Ohio, said" -> Clinton.
	if trailingComma {
		for x := a - 1; x >= w.lo && x >= a-16; x-- {
			t := ts[x]
			if t.inQuote || t.kind != tWord && t.lower != "," {
				break
			}
			if t.lower == "who" || t.lower == "which" {
				if x-1 >= w.lo && ts[x-1].lower == "," {
					pa := d.collectBack(w.para, x-2, w.lo)
					if pa < x-1 {
						return pa, x - 1
					}
				}
				break
			}
		}
	}
	if trailingComma {
		// "“…,” Elliott Maynard, a Republican trying to unseat the
		// senator, said": a name opening the window, then an appositive
		// of its own words; the name speaks, not the appositive's object
		for x := a - 1; x > w.lo && x >= a-16; x-- {
			if ts[x].inQuote {
				break
			}
			if ts[x].lower == "," {
				if d.looksLikeName(w.para, w.lo, x) {
					return w.lo, x
				}
				break
			}
		}
	}
	if !d.hasContent(w.para, a, end) || determiners[ts[end-1].lower] {
		return k, k
	}
	return a, end
}

// isAdverb reports whether t is a lower-case adverb in -ly ("pointedly").
func isAdverb(t token) bool {
	return !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !orgWords[t.lower]
}

// npAfter returns the speaker phrase [a, b) that follows the cue ending at
// token k of w (inverted order: `," said Sharif` or `according to X`). A
// trailing appositive ending the sentence is kept: "said Sharif, Pakistan's
// prime minister."
func (d *doc) npAfter(w window, k int, according bool) (int, int) {
	ts := d.tk(w.para)
	a := k
	b := a
	depth := 0
	for b < w.hi && b-a < 14 {
		t := ts[b]
		if t.inQuote {
			break
		}
		if t.kind != tWord {
			if t.lower == "(" {
				depth++
			} else if t.lower == ")" && depth > 0 {
				depth--
			} else if depth == 0 {
				break
			}
			b++
			continue
		}
		if depth == 0 && b > a && (stopAfter[t.lower] && !(according && (t.lower == "in" || t.lower == "to"))) {
			break
		}
		if depth == 0 && b > a && cueWords[t.lower] && !t.cap && !determiners[ts[b-1].lower] {
			break
		}
		b++
	}
	if b == a || !d.hasContent(w.para, a, b) || determiners[ts[b-1].lower] || clause[ts[a].lower] || isPrepLike(ts[a].lower) || linkPreps[ts[a].lower] {
		return a, a
	}
	// appositive to the end of the sentence
	if b+1 < w.hi && ts[b].lower == "," && !ts[b].inQuote {
		n := ts[b+1]
		// ", Pakistan's prime minister", ", a top adviser"; or the name a
		// description before it gives: "the lawyer, William McGinley"
		name := n.cap && determiners[ts[a].lower]
		if n.kind == tWord && (determiners[n.lower] || strings.HasSuffix(n.lower, "'s") || strings.HasSuffix(n.lower, "’s") || name) {
			e := b + 1
			for e < w.hi && e-b < 10 && ts[e].kind == tWord && !ts[e].inQuote && !clause[ts[e].lower] {
				e++
			}
			if e == w.hi || (ts[e].kind != tWord && (ts[e].lower == "." || ts[e].lower == "," || ts[e].inQuote)) {
				return a, e
			}
		}
	}
	return a, b
}

// hasContent reports whether tokens [a, b) hold a word other than a
// determiner.
func (d *doc) hasContent(para, a, b int) bool {
	for _, t := range d.tk(para)[a:b] {
		if t.kind == tWord && !determiners[t.lower] {
			return true
		}
	}
	return false
}

// looksLikeName reports whether tokens [a, b) read like a name or a titled
// role: a capitalised word that does not start a clause or a preposition.
func (d *doc) looksLikeName(para, a, b int) bool {
	ts := d.tk(para)
	if a >= b || isPrepLike(ts[a].lower) || linkPreps[ts[a].lower] {
		return false
	}
	for _, t := range ts[a:b] {
		if t.kind == tWord && t.cap && !notNames[t.lower] {
			return true
		}
	}
	return false
}

// speakerOf makes a Speaker from tokens [a, b) of para.
func (d *doc) speakerOf(para, a, b int) *Speaker {
	ts := d.tk(para)
	s, e := ts[a].start, ts[b-1].end
	return &Speaker{Para: para, Start: s, End: e, Text: d.paras[para].Text[s:e]}
}
