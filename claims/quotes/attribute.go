package quotes

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// found is an attribution located in the text.
type found struct {
	sp    *Speaker
	cue   string
	local bool // found in the quote's own sentence
	after bool // found after the quote, before the end of its sentence
	colon bool // introduced by a colon
}

// fromCue returns the speaker for the cue of n tokens at token k of w, or
// nil: the phrase after "according to", the subject before a verb cue
// ("Sharif said"), the subject of the sentence for a participle after a
// comma ("..., saying") and for a cue after "to" or "and" ("was quick to
// retort", "leaned in and said"), or the phrase after an inverted cue
// ("said Sharif").
func (d *doc) fromCue(w window, k, n int) *Speaker {
	ts := d.tk(w.para)
	if d.isAccording(w.para, k) {
		if a, b := d.npAfter(w, k+2, true); a < b {
			return d.speakerOf(w.para, a, b)
		}
		return nil
	}
	if d.isFrameCue(w.para, k) {
		return nil
	}
	participle := strings.HasSuffix(ts[k].lower, "ing")
	if participle && k-1 >= 0 && (ts[k-1].lower == "," || ts[k-1].inQuote) {
		if a, b := d.subject(w); a < b {
			return d.speakerOf(w.para, a, b)
		}
		return nil
	}
	if k-1 >= w.lo && (ts[k-1].lower == "to" || ts[k-1].lower == "and") && !ts[k-1].inQuote {
		// "Biden was quick to retort:", "Grimm leaned into him and said,":
		// the cue is a verb of the sentence's subject
		if a, b := d.subject(w); a < b {
			return d.speakerOf(w.para, a, b)
		}
		return nil
	}
	if a, b := d.npBefore(w, k); a < b {
		if nounCues[ts[k].lower] || speechNouns[ts[k].lower] {
			return d.possessor(w.para, a, b)
		}
		return d.speakerOf(w.para, a, b)
	}
	switch ts[k].lower {
	case "told", "tell", "tells", "telling", "asked", "asks", "ask", "called", "calls", "call",
		"described", "describes", "accused", "accuses", "urged", "urges", "warned", "warns", "blasted", "slammed", "mocked", "praised":
		return nil // the phrase after these is the listener or target
	}
	// Inverted order (`," said Sharif`) only right after a quote or comma.
	if participle || k > w.lo && ts[k-1].kind == tWord && !ts[k-1].inQuote {
		return nil
	}
	if a, b := d.npAfter(w, k+n, false); a < b {
		return d.speakerOf(w.para, a, b)
	}
	return nil
}

// possessor returns the speaker of the phrase [a, b) before a noun cue: the
// owner when the phrase is a possessive and the words describing the
// cue ("Mr. Romney's infamous remark", "the senator's latest statement":
// Mr. Romney, the senator; the possessive ending cut from the span), else
// the whole phrase, unless a preposition opens it (no one).
func (d *doc) possessor(para, a, b int) *Speaker {
	ts := d.tk(para)
	j := b - 1
	for j > a && ts[j].kind == tWord && !ts[j].cap && !isPossessive(ts[j].lower) {
		j--
	}
	if ts[j].kind != tWord || !isPossessive(ts[j].lower) {
		if openingPrepositions[ts[a].lower] {
			return nil // "In brief remarks after the meeting, Mr. Obama ...": an adjunct, not an owner
		}
		return d.speakerOf(para, a, b)
	}
	sp := d.speakerOf(para, a, j+1)
	owner := withoutPossessive(sp.Text)
	sp.End -= len(sp.Text) - len(owner)
	sp.Text = owner
	return sp
}

// isPossessive reports whether a lower-cased word ends in a possessive
// "'s" or "’s".
func isPossessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// issuer returns who put out a document that a cue names as speaker:
// "Steele issued a statement saying", "Rick Perry, in a written statement,
// said", "Romney released a statement late Tuesday saying", "said the
// statement from Grimm's attorney" -> the person.
// Any other speaker, and a document with no issuer in the sentence ("a
// statement said"), is returned as it is.
func (d *doc) issuer(w window, sp *Speaker) *Speaker {
	ts := d.tk(w.para)
	k := d.tokAt(w.para, sp.Start)
	// "the statement from Grimm's attorney, William McGinley": who the
	// document is from
	for j := k + 1; j < len(ts) && ts[j].end <= sp.End; j++ {
		if ts[j].lower == "from" && attrib.IsDocument(d.paras[w.para].Text[sp.Start:ts[j-1].end]) && j+1 < len(ts) && ts[j+1].end <= sp.End && ts[j+1].kind == tWord {
			e := j + 1
			for e < len(ts) && ts[e].end <= sp.End {
				e++
			}
			return d.speakerOf(w.para, j+1, e)
		}
	}
	if !attrib.IsDocument(sp.Text) {
		return sp
	}
	for j := k - 1; j >= w.lo && j >= k-4; j-- {
		t := ts[j]
		switch {
		case t.inQuote:
			return sp
		case issueVerbs[t.lower]:
			if a, b := d.npBefore(w, j); a < b {
				return d.speakerOf(w.para, a, b)
			}
			return sp
		case t.lower == "in" && j-1 >= w.lo && (ts[j-1].lower == "," || cueWords[ts[j-1].lower]):
			// "Perry, in a written statement, said"; "Cheney said in a statement"
			if a, b := d.npBefore(w, j-1); a < b {
				return d.speakerOf(w.para, a, b)
			}
			return sp
		case t.kind != tWord:
			return sp
		}
	}
	return sp
}

// issueVerbs put out a document: its subject is the speaker.
var issueVerbs = set("issued released sent posted published put wrote tweeted")

// subject returns the noun phrase that opens the sentence of window w
// (after "But", "And", "So" or "Then", and after an opening subordinate
// clause): a pronoun, or a run of capitalised words with an optional
// determiner.
func (d *doc) subject(w window) (int, int) {
	ts := d.tk(w.para)
	_, r := d.sentence(w.para, ts[w.lo].start)
	k := d.tokAt(w.para, r.Start)
	for k < w.hi && (ts[k].kind != tWord || ts[k].inQuote || openingConjunctions[ts[k].lower]) {
		k++ // past a quote that opens the sentence: `"...," Santorum told the host, denying`
	}
	if k < w.hi && subordinators[ts[k].lower] {
		// "But when the draft was sent to him, he dismissed it, saying":
		// the subject follows the opening clause's comma
		k = pastOpeningClause(ts, k, w.hi)
	}
	k = pastOpeningAdjunct(ts, k, w.hi)
	if k >= w.hi {
		return 0, 0
	}
	if isPronounWord(ts[k].lower) {
		return k, k + 1
	}
	a := k
	if determiners[ts[k].lower] {
		k++
	}
	for k < w.hi && ts[k].kind == tWord && ts[k].cap && !ts[k].inQuote {
		k++
	}
	if k == a || (k == a+1 && determiners[ts[a].lower]) {
		return 0, 0
	}
	return a, k
}

// pastOpeningAdjunct returns the first word after the comma that closes an
// adjunct opening the sentence at token k — a prepositional phrase ("At
// home, he") or a time ("Ten minutes later, Benjamin J. Rhodes ..."; "On
// Friday, the senator") of at most six words — and k when none opens it.
func pastOpeningAdjunct(ts []token, k, hi int) int {
	for c := k + 1; c < hi && c <= k+6; c++ {
		if ts[c].inQuote || ts[c].kind == tWord && isPronounWord(ts[c].lower) {
			return k
		}
		if ts[c].lower != "," {
			continue
		}
		if !openingPrepositions[ts[k].lower] && !timeEnds[ts[c-1].lower] {
			return k
		}
		for n := c + 1; n < hi; n++ {
			if ts[n].kind == tWord {
				return n
			}
		}
		return k
	}
	return k
}

// timeEnds end a time phrase that may open a sentence before its subject.
var timeEnds = set("later earlier ago afterward afterwards today yesterday tonight morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday week month year")

// openingPrepositions open an adjunct, never a speaker's name: "In brief
// remarks", "After his comments".
var openingPrepositions = set("in on at after during with for from before since amid despite following")

// openingConjunctions may open a sentence before its subject.
var openingConjunctions = set("but and so then yet")

func isPronounWord(w string) bool {
	switch w {
	case "he", "she", "they", "it", "i", "we":
		return true
	}
	return false
}

// searchWindow looks for the cue nearest to the quote in w: scanning
// backwards when the window precedes the quote, forwards when it follows.
func (d *doc) searchWindow(w window, backwards bool) (*Speaker, string) {
	return d.search(w, backwards, nil)
}

// search is searchWindow passing over the speakers skip reports.
func (d *doc) search(w window, backwards bool, skip func(*Speaker) bool) (*Speaker, string) {
	ts := d.tk(w.para)
	try := func(k int) (*Speaker, string, bool) {
		n := d.cueAt(w, k)
		if n == 0 || k+n > w.hi {
			return nil, "", false
		}
		if sp := d.fromCue(w, k, n); sp != nil && (skip == nil || !skip(sp)) {
			sp = d.issuer(w, sp)
			return sp, strings.ToLower(d.paras[w.para].Text[ts[k].start:ts[k+n-1].end]), true
		}
		return nil, "", false
	}
	if backwards {
		for k := w.hi - 1; k >= w.lo; k-- {
			if sp, cue, ok := try(k); ok {
				return sp, cue
			}
		}
		return nil, ""
	}
	for k := w.lo; k < w.hi; k++ {
		if sp, cue, ok := try(k); ok {
			return sp, cue
		}
	}
	return nil, ""
}

// notNeighbourSpeaker reports whether sp, found in a sentence next to a
// quote, cannot be that quote's speaker: the subject of a free relative
// (see freeRelative), or of a clause that is itself the content of another
// verb ("Santorum said, suggesting that they believe man should protect the
// earth": they say nothing; the next sentence's quote is Santorum's).
func (d *doc) notNeighbourSpeaker(sp *Speaker) bool {
	if d.freeRelative(sp) {
		return true
	}
	ts := d.tk(sp.Para)
	s := d.tokAt(sp.Para, sp.Start)
	return s > 0 && ts[s-1].lower == "that"
}

// freeRelative reports whether sp is the subject of a free relative
// ("denying what some have said was a signal"): the clause is a thing
// talked about, not a frame, so its speaker says no quote in another
// sentence (in its own, "what Comey called "extreme carelessness"", the
// quote is the speaker's).
func (d *doc) freeRelative(sp *Speaker) bool {
	ts := d.tk(sp.Para)
	s := d.tokAt(sp.Para, sp.Start)
	for _, k := range []int{s - 1, s} { // before the speaker, or its first word ("whatever critics")
		if k >= 0 && k < len(ts) && (ts[k].lower == "what" || ts[k].lower == "whatever") {
			return true
		}
	}
	return false
}

// tryAfter looks for the attribution that follows the quote in its
// sentence: `," said Sharif`, `," Sharif said`, `," according to X`.
func (d *doc) tryAfter(q *rawQuote) found {
	last := q.parts[len(q.parts)-1]
	ts := d.tk(last.para)
	_, sr := d.sentence(last.para, max(last.close-1, 0))
	lo := d.tokAt(last.para, last.close)
	hi := d.tokAt(last.para, sr.End)
	for k := lo; k < hi; k++ {
		if ts[k].inQuote {
			hi = k
			break
		}
	}
	k0 := lo
	dash := false
	dashText := ""
	for k0 < len(ts) && ts[k0].kind != tWord && !ts[k0].inQuote {
		switch ts[k0].lower {
		case "—", "–", "-", "―":
			dash, dashText = true, ts[k0].lower
			k0++
			continue
		case ",", ")", "(":
			k0++
			continue
		}
		break
	}
	if k0 < hi && ts[k0].kind != tWord || !dash && k0 > hi {
		return found{}
	}
	if k0 == hi && hi < len(ts) && ts[hi].inQuote {
		// `"A," "B," X said`: the attribution follows the next quote
		e := hi
		for e < len(ts) && ts[e].inQuote {
			e++
		}
		_, sr2 := d.sentence(last.para, ts[min(e, len(ts)-1)].start)
		hi2 := d.tokAt(last.para, sr2.End)
		for k := e; k < hi2; k++ {
			if ts[k].inQuote {
				hi2 = k
				break
			}
		}
		k0 = e
		for k0 < hi2 && ts[k0].kind != tWord && ts[k0].lower == "," {
			k0++
		}
		hi = hi2
	}
	if dash {
		// `"..." ― Sonya Herridge`: a name after a dash signs the quote,
		// even past the end of the sentence.
		e := k0
		for e < len(ts) && e-k0 < 6 && ts[e].kind == tWord && !ts[e].inQuote {
			e++
		}
		if e > k0 && (e == len(ts) || ts[e].kind != tWord || ts[e].inQuote) && d.looksLikeName(last.para, k0, e) && d.cueAt(window{last.para, k0, e}, k0) == 0 {
			return found{sp: d.speakerOf(last.para, k0, e), cue: dashText, local: true, after: true}
		}
	}
	hi = min(hi, k0+25)
	for k := k0; k < hi; k++ {
		if t := ts[k]; t.kind != tWord && (t.lower == "." || t.lower == ";" || t.lower == "?" || t.lower == "!") {
			hi = k
			break
		}
	}
	if sp, cue := d.searchWindow(window{last.para, k0, hi}, false); sp != nil {
		return found{sp: sp, cue: cue, local: true, after: true}
	}
	return found{}
}

// tryBefore looks for the attribution that precedes the quote in its
// sentence: `Sharif said: "`, `Sharif:"`, `According to X, "`, `X said the
// plan was "dead"`.
func (d *doc) tryBefore(q *rawQuote) found {
	first := q.parts[0]
	ts := d.tk(first.para)
	_, sr := d.sentence(first.para, first.open)
	lo := d.tokAt(first.para, sr.Start)
	hi := d.tokAt(first.para, first.open)
	w := window{first.para, lo, hi}
	if hi > lo && ts[hi-1].lower == ":" && !ts[hi-1].inQuote {
		w2 := window{first.para, lo, hi - 1}
		if sp, cue := d.searchWindow(w2, true); sp != nil {
			return found{sp: sp, cue: cue, local: true, colon: true}
		}
		if hi-2 >= lo {
			a := d.collectBack(first.para, hi-2, lo)
			if a < hi-1 && hi-1-a <= 8 && d.looksLikeName(first.para, a, hi-1) {
				return found{sp: d.speakerOf(first.para, a, hi-1), cue: ":", local: true, colon: true}
			}
		}
		return found{}
	}
	if sp, cue := d.searchWindow(w, false); sp != nil {
		return found{sp: sp, cue: cue, local: true}
	}
	if a, b := d.label(first.para, lo, hi); a < b {
		return found{sp: d.speakerOf(first.para, a, b), cue: ":", local: true, colon: true}
	}
	return found{}
}

// label returns a speaker label that opens the token run [lo, hi): a name
// of at most five words followed by a colon ("PENCE:", "Milbank:").
func (d *doc) label(para, lo, hi int) (int, int) {
	ts := d.tk(para)
	for k := lo; k < hi && k-lo <= 5; k++ {
		if ts[k].inQuote {
			break
		}
		if ts[k].lower == ":" {
			if k > lo && d.looksLikeName(para, lo, k) && d.cueAt(window{para, lo, k}, k-1) == 0 {
				for x := lo; x < k; x++ {
					if ts[x].kind != tWord || !ts[x].cap {
						return 0, 0
					}
				}
				return lo, k
			}
			break
		}
	}
	return 0, 0
}

// tryNeighbours looks in the other sentences of the quote's paragraph,
// nearest first, the previous sentence before the next.
func (d *doc) tryNeighbours(q *rawQuote) found {
	first, last := q.parts[0], q.parts[len(q.parts)-1]
	si, _ := d.sentence(first.para, first.open)
	ei, _ := d.sentence(last.para, max(last.close-1, 0))
	ps, ns := d.paras[first.para].Sentences, d.paras[last.para].Sentences
	for dist := 1; si-dist >= 0 || ei+dist < len(ns); dist++ {
		if i := si - dist; i >= 0 && i < len(ps) {
			if sp, cue := d.search(d.sentWindow(first.para, ps[i]), true, d.notNeighbourSpeaker); sp != nil {
				return found{sp: sp, cue: cue}
			}
		}
		if i := ei + dist; i < len(ns) {
			if sp, cue := d.search(d.sentWindow(last.para, ns[i]), false, d.notNeighbourSpeaker); sp != nil {
				return found{sp: sp, cue: cue}
			}
		}
	}
	return found{}
}

func (d *doc) sentWindow(para int, r Range) window {
	return window{para, d.tokAt(para, r.Start), d.tokAt(para, r.End)}
}

// tryPreviousParagraph attributes a quote that opens its paragraph from a
// previous paragraph that ends with a colon (`Sharif said:`).
func (d *doc) tryPreviousParagraph(q *rawQuote) found {
	first := q.parts[0]
	if first.para == 0 || strings.TrimSpace(d.paras[first.para].Text[:first.open]) != "" {
		return found{}
	}
	if a, b := d.label(first.para, 0, len(d.tk(first.para))); a < b {
		return found{sp: d.speakerOf(first.para, a, b), cue: ":", colon: true}
	}
	p := first.para - 1
	text := strings.TrimRight(d.paras[p].Text, " \t\n\r")
	if !strings.HasSuffix(text, ":") {
		return found{}
	}
	ts := d.tk(p)
	hi := len(ts) - 1 // the colon
	_, sr := d.sentence(p, len(text)-1)
	lo := d.tokAt(p, sr.Start)
	if hi <= lo {
		return found{}
	}
	if sp, cue := d.searchWindow(window{p, lo, hi}, true); sp != nil {
		return found{sp: sp, cue: cue, colon: true}
	}
	a := d.collectBack(p, hi-1, lo)
	if a < hi && hi-a <= 8 && d.looksLikeName(p, a, hi) {
		return found{sp: d.speakerOf(p, a, hi), cue: ":", colon: true}
	}
	return found{}
}
