// Package atomic decomposes one sentence into atomic claims, rule-based and
// offline, in the style of FActScore and Claimify: coordinated clauses,
// semicolons, coordinated lists, absolute "with" clauses, participial
// adjuncts, relative clauses and appositives each become their own claim,
// and attribution frames ("X said", "according to X", "X accused Y of Z", "a
// charge X deny", "X did Y, saying Z") are lifted out of the text into the
// claim's Attribution.
//
// Split works on a Penn Treebank tagging of the sentence (prose's averaged
// perceptron, re-indexed in perceptron.go for speed) plus closed word lists;
// it never panics, is deterministic and is safe for concurrent use.
package atomic

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/facts"
	"unicode"
	"unicode/utf8"
)

// Range is a half-open byte range [Start, End) of the sentence given to Split.
type Range struct{ Start, End int }

// Attribution is who a claim is credited to. Source is empty (Start == End)
// when the sentence names nobody; Cue is the attributing words as written
// ("said", "according to", "accused", "deny").
type Attribution struct {
	Source Range
	Cue    string
}

// Claim is one proposition of a sentence. Text reads on its own; Parts are
// the sorted, non-overlapping ranges of the sentence whose words make it up
// (Text may add words no part holds: a linking verb, "Trump was leading the
// field", or "This" before a resultative participle put in the clause's
// tense, "This has led to growing tensions"; and it keeps a comma that
// stood between two of its words). Negated is set when the
// proposition is denied (an odd number of negators: not, n't, never, no,
// cannot, deny, refuse, or a lifted denial frame); Hedged when it is
// uncertain (may, might, could, likely, reportedly, allegedly, ..., or an
// agentless accusation: "Y is accused of Z"). Focus, when not empty, is
// the part of Parts that is this claim's own where the others are words
// it shares with the sentence's other claims (an item of a semicolon or
// gerund series, whose opening words every item repeats): where a reader
// is pointed.
type Claim struct {
	Text        string
	Parts       []Range
	Focus       Range
	Attribution Attribution
	Negated     bool
	Hedged      bool
}

// maxClaims bounds the claims of one sentence so that a pathological list
// cannot multiply them without limit.
const maxClaims = 24

// Split returns the atomic claims of sentence, in sentence order (sorted
// by the start of their first part, stable). A
// sentence with no words yields no claims, nor does a bare speech frame
// ("Obama said.", see bareFrame); every other sentence yields at least
// one.
func Split(sentence string) []Claim {
	t, ft := tokens(sentence)
	if len(t) == 0 {
		return nil
	}
	sp := &splitter{s: sentence, t: t, ft: ft, skip: make([]bool, len(t)), scratch: scratchPool.Get().(*readScratch)}
	defer scratchPool.Put(sp.scratch)
	sp.lists = findLists(t, 0, len(t))
	a, b := sp.trim(0, len(t))
	if a >= b {
		return nil
	}
	if titleCase(t) {
		for _, r := range titleClauses(t, a, b) {
			sp.out = append(sp.out, draft{toks: span(nil, r.Start, r.End)})
		}
	} else if parts := sp.seriesParts(a, b); parts == nil || !sp.series(parts) {
		for _, u := range sp.units(a, b) {
			sp.gatedUnit(u.a, u.b)
		}
	}
	out := make([]Claim, 0, len(sp.out))
	sp.splitDates()
	for _, c := range sp.out {
		if !c.paren {
			c.toks = sp.visible(c.toks)
		}
		c.toks = sp.dropTrailingSaying(c.toks)
		if len(c.toks) == 0 {
			continue
		}
		if sp.bareFrame(c.toks) {
			continue // "Obama said", "Mr. Obama asked his daughters": the frame of a quote, no claim
		}
		cl := sp.build(c)
		if c.focus.b > c.focus.a {
			cl.Focus = Range{sp.t[c.focus.a].Start, sp.t[c.focus.b-1].End}
		}
		if cl.Text == "" || duplicate(sentence, out, cl) {
			continue
		}
		out = append(out, cl)
		if len(out) == maxClaims {
			break
		}
	}
	if len(out) == 0 && !sp.bareFrame(span(nil, a, b)) {
		if cl := sp.build(draft{toks: span(nil, a, b)}); cl.Text != "" {
			out = append(out, cl)
		}
	}
	// sentence order: by the first word, claims sharing it as produced
	slices.SortStableFunc(out, func(x, y Claim) int { return x.Parts[0].Start - y.Parts[0].Start })
	return out
}

// dropTrailingSaying drops a "saying" (or "as saying") that ends the
// draft toks and introduces a quotation after a colon or quotation mark:
// "Steele issued a statement saying: \"...\"" claims that Steele issued a
// statement, and the quotation is claimed as his.
func (sp *splitter) dropTrailingSaying(toks []int) []int {
	n := len(toks)
	if n < 3 || sp.t[toks[n-1]].lw != "saying" {
		return toks
	}
	next := toks[n-1] + 1
	if next >= len(sp.t) || sp.t[next].Text != ":" && !isOpenQuote(sp.t[next].Text) {
		return toks
	}
	n--
	if sp.t[toks[n-1]].lw == "as" {
		n--
	}
	return toks[:n]
}

// bareFrame reports whether the draft toks is only a speech frame: a
// subject, a speech verb, and after it at most its hearer and adjuncts (no
// clause, no quotation) — "Obama said", "He added", "Mr. Obama asked his
// daughters" — in a sentence that quotes someone or of six words at most.
// What the frame introduces is a quote, claimed as one.
func (sp *splitter) bareFrame(toks []int) bool {
	v := -1
	for k, i := range toks {
		if finite(sp.t[i].tag) {
			v = k
			break
		}
	}
	if v <= 0 || !(sayVerbs[sp.t[toks[v]].lw] || trailingSayVerbs[sp.t[toks[v]].lw]) || sp.t[toks[v]].lw == "believes" || sp.t[toks[v]].lw == "believed" {
		return false
	}
	if v+1 < len(toks) {
		// after the verb only its hearer or an adjunct: "asked his
		// daughters", "said on Friday"; "reported record profits" has an
		// object of its own
		n := sp.t[toks[v+1]]
		if !(n.tag == "PRP" || n.tag == "PRP$" || n.tag == "RB" || n.tag == "RBR" || n.tag == "IN" || n.tag == "TO" || timeWords[n.lw] || n.lw == "reporters") {
			return false
		}
	}
	words := 0
	for k, i := range toks {
		x := sp.t[i]
		if k > v && (verbal(x.tag) || x.lw == "that" || x.lw == "no" || x.lw == "yes" || x.lw == "nothing" || x.lw == "little" || x.lw == "much" || quoteMarks[x.Text] || x.tag == "WP" || x.tag == "WDT") {
			return false
		}
		if x.IsWord() {
			words++
		}
	}
	quoted := false
	for _, x := range sp.t {
		quoted = quoted || quoteMarks[x.Text] && x.Text != "'" && x.Text != "’"
	}
	return quoted || words <= 6
}

// Whole returns the one claim of a headline or dek: the whole line, without
// bullets, labels and final punctuation, with its polarity. A headline is
// written in its own grammar ("Taliban Resists Pakistan's Influence as
// Violence Surges") and is never split: the parts of a headline do not
// stand on their own. A line with no words yields no claim.
func Whole(sentence string) []Claim {
	t, ft := tokens(sentence)
	if len(t) == 0 {
		return nil
	}
	sp := &splitter{s: sentence, t: t, ft: ft, skip: make([]bool, len(t)), headline: true}
	a, b := sp.trim(0, len(t))
	if a >= b {
		return nil
	}
	cl := sp.build(draft{toks: span(nil, a, b)})
	if cl.Text == "" {
		return nil
	}
	return []Claim{cl}
}

// duplicate reports whether out holds a claim with the text and source of c.
func duplicate(sentence string, out []Claim, c Claim) bool {
	src := sentence[c.Attribution.Source.Start:c.Attribution.Source.End]
	for _, o := range out {
		if o.Text == c.Text && sentence[o.Attribution.Source.Start:o.Attribution.Source.End] == src {
			return true
		}
	}
	return false
}

// draft is a claim under construction: sorted token indices.
type draft struct {
	toks    []int
	attr    Attribution
	negate  bool   // a lifted denial frame
	link    string // word inserted after the subject in Text ("is")
	linkAt  int    // token index before which link is inserted
	paren   bool   // the claim of a bracketed remark
	hedge   bool   // an agentless allegation ("Y is accused of Z"): Z allegedly holds
	lead    string // word put before the first token in Text ("This")
	subAt   int    // token index whose text subText replaces in Text
	subText string
	// absolute marks the claim of an absolute "with" clause, which the
	// split gate does not hold to a sentence's form
	absolute bool
	// focus is the token range of a series item's own words (Claim.Focus)
	focus rng
	// gloss marks the "X is Y" claim of an appositive outside quotation
	// marks: the writer's description, never the words of a frame's speaker
	gloss bool
}

type splitter struct {
	s     string
	t     []tok
	ft    []facts.Token // the tokens of s, untagged
	out   []draft
	lists []list
	skip  []bool // tokens moved into a claim of their own (parentheticals)
	depth int    // nesting of clause calls
	// mainSubj is the subject of the outermost main clause decomposed
	// since it was last reset (by splitSaying).
	mainSubj []int
	// level is how far gatedUnit has backed off: 0 splits everything,
	// levelNoLists keeps coordinated lists whole, levelWhole keeps each
	// clause whole (attribution frames are still lifted).
	level int
	// headline marks a headline or dek's splitter (see Whole), whose
	// words before a colon are the headline's unless they are a label
	headline bool
	// scratch holds the buffers readableDraft reuses from one draft to
	// the next (nothing outlives a test); Split borrows it from
	// scratchPool, and readableDraft makes one where it is nil.
	scratch *readScratch
}

// The back-off levels of gatedUnit.
const (
	levelAll = iota
	levelNoLists
	levelWhole
)

// gatedUnit decomposes the unit a..b and keeps the result only when every
// claim reads as a sentence (Readable); otherwise it decomposes again with
// lists kept whole, and then with each clause kept whole: a split is made
// only where each part stands on its own, and where it is doubtful the
// longer claim is kept.
func (sp *splitter) gatedUnit(a, b int) {
	before := len(sp.out)
	skip := slices.Clone(sp.skip)
	run := func(level int) bool {
		sp.out = sp.out[:before]
		copy(sp.skip, skip)
		sp.mainSubj = nil
		sp.level = level
		sp.unit(a, b, Attribution{})
		sp.level = levelAll
		return sp.readableFrom(before)
	}
	if run(levelAll) {
		return
	}
	if !run(levelWhole) {
		// the unit does not read as a sentence even whole (a verbless
		// bullet, a fragment of a quotation): its clauses are split, but
		// not its lists, and not into claims of a word or two ("Taliban")
		whole := slices.Clone(sp.out[before:])
		run(levelNoLists)
		if sp.shortFrom(sp.out[before:]) {
			sp.out = append(sp.out[:before], whole...)
			copy(sp.skip, skip)
		}
		return
	}
	whole := slices.Clone(sp.out[before:])
	if run(levelNoLists) {
		return
	}
	sp.out = append(sp.out[:before], whole...)
	copy(sp.skip, skip)
}

// shortFrom reports whether a draft of ds builds a claim of under three
// words.
func (sp *splitter) shortFrom(ds []draft) bool {
	for _, d := range ds {
		n := 0
		for _, i := range sp.visible(d.toks) {
			if sp.t[i].IsWord() || sp.t[i].IsNumeric() {
				n++
			}
		}
		if n > 0 && n < 3 && !d.paren {
			return true
		}
	}
	return false
}

// readableFrom reports whether every draft from index before on builds a
// claim that reads as a sentence.
func (sp *splitter) readableFrom(before int) bool {
	for _, d := range sp.out[before:] {
		if !d.paren && !d.absolute && !sp.readable(d) {
			return false
		}
	}
	return true
}

// readable reports whether the draft d builds a claim that reads as a
// sentence; a draft that builds nothing is no obstacle.
func (sp *splitter) readable(d draft) bool {
	if !d.paren {
		d.toks = sp.visible(d.toks)
	}
	if len(d.toks) == 0 {
		return true
	}
	c := sp.build(d)
	if c.Text == "" {
		return true
	}
	return readableDraft(sp, d, c.Text) == ""
}

type rng struct{ a, b int }

// span appends the token indices a..b-1 to idx.
func span(idx []int, a, b int) []int {
	if idx == nil && b > a {
		idx = make([]int, 0, b-a)
	}
	for i := a; i < b; i++ {
		idx = append(idx, i)
	}
	return idx
}

// labelWord reports whether the words a..b before a headline's colon are a
// label it opens with: one upper-case word ("UPDATE", "WATCH") or a phrase
// in sentence case ("Why this matters"); a title-case phrase before the
// colon is the headline's own, a speaker or a topic ("John Boehner:",
// "Biden-Ryan Debate:").
func (sp *splitter) labelWord(a, b int) bool {
	if b == a+1 && strings.ToUpper(sp.t[a].Text) == sp.t[a].Text && sp.t[a].IsWord() {
		return true
	}
	for k := a; k < b; k++ {
		if sp.t[k].IsWord() && !sp.t[k].IsCapitalised() {
			return true
		}
	}
	return false
}

// trim drops leading bullets and labels and trailing sentence punctuation.
func (sp *splitter) trim(a, b int) (int, int) {
	for a < b && !sp.t[a].IsWord() && !sp.t[a].IsNumeric() && sp.t[a].Text != "$" && !isOpenQuote(sp.t[a].Text) {
		a++
	}
	for b > a && !sp.t[b-1].IsWord() && !sp.t[b-1].IsNumeric() && sp.t[b-1].Text != "%" && sp.t[b-1].Text != ")" && sp.t[b-1].tag != "POS" {
		b-- // (a possessive ends its claim: "to the left of Mr. Cantor’s")
	}
	// "Why this matters: ..." — a short verbless label before a colon.
	for i := a; i < b && i < a+6; i++ {
		if sp.t[i].Text == ":" && !(i > a && i+1 < b && sp.t[i-1].IsNumeric() && sp.t[i+1].IsNumeric()) { // not "At 6:20 p.m."
			label := true
			for k := a; k < i; k++ {
				if finite(sp.t[k].tag) && sp.t[k].lw != "matters" {
					label = false
				}
			}
			if label && i+1 < b && !(sp.headline && !sp.labelWord(a, i)) {
				a = i + 1 // (in a headline only a label: "UPDATE:", "Why this matters:", not "John Boehner:")
			}
			break
		}
	}
	// "However, ...": a discourse adverb is not part of the proposition.
	if a+1 < b && discourse[sp.t[a].lw] {
		a++
		if sp.t[a].Text == "," {
			a++
		}
	}
	return a, b
}

// discourse are sentence adverbs that link to the previous sentence.
var discourse = map[string]bool{
	"however": true, "meanwhile": true, "moreover": true, "furthermore": true, "additionally": true,
	"nevertheless": true, "nonetheless": true, "indeed": true, "still": true, "also": true,
	"instead": true, "overall": true, "similarly": true, "likewise": true, "consequently": true,
}

// titleCase reports whether the sentence is a title-case headline, where
// the tagger cannot tell names from words and nothing is split.
func titleCase(t []tok) bool {
	n, caps := 0, 0
	for _, x := range t {
		if !x.IsWord() || len(x.Text) < 4 {
			continue
		}
		n++
		if x.IsCapitalised() {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*9
}

// titleClauses splits a title-case headline a..b at a subordinating "as"
// ("Tensions Rise as Afghanistan Resists Islamabad's Influence"): title
// case keeps short function words lower-case, so a lower-case "as" with
// two words or more on each side joins two clauses ("as well as" and "such
// as" do not). The ranges are token ranges.
func titleClauses(t []tok, a, b int) []Range {
	words := func(x, y int) int {
		n := 0
		for i := x; i < y; i++ {
			if t[i].IsWord() {
				n++
			}
		}
		return n
	}
	var out []Range
	st := a
	for i := a + 1; i < b-1; i++ {
		if t[i].Text != "as" || t[i-1].lw == "such" || t[i-1].lw == "well" || t[i+1].lw == "well" {
			continue
		}
		if words(st, i) >= 2 && words(i+1, b) >= 2 {
			out = append(out, Range{st, i})
			st = i + 1
		}
	}
	return append(out, Range{st, b})
}

// visible drops the hidden tokens (bracketed remarks) from idx.
func (sp *splitter) visible(idx []int) []int {
	k := 0
	for k < len(idx) && !sp.skip[idx[k]] {
		k++
	}
	if k == len(idx) {
		return idx
	}
	out := make([]int, k, len(idx))
	copy(out, idx[:k])
	for _, i := range idx[k:] {
		if !sp.skip[i] {
			out = append(out, i)
		}
	}
	return out
}

func isOpenQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" }

// colonClause reports whether what follows a colon at k is a clause of its
// own (or a quotation): "notable for what it omitted: any description of
// other means the government may use" is a noun phrase the colon
// introduces, not a second claim.
func (sp *splitter) colonClause(k, b int) bool {
	if k >= b || k >= 2 && sp.t[k-2].IsNumeric() && sp.t[k].IsNumeric() {
		return false // "4:30 p.m."
	}
	x := sp.t[k]
	switch {
	case isOpenQuote(x.Text):
		return sp.quotedClause(k, b) // not a title: "a reading assignment: “The Compendium of the Social Doctrine of the Church,” which was ..."
	case x.tag == "PRP", x.tag == "EX":
		return true
	case x.IsCapitalised() && !name(x.tag):
		return true // "... the opposite direction: During his campaign, he vowed": a sentence of its own
	case x.tag == "IN" || x.tag == "RB":
		return true // "begun to turn off some: earlier this month an ally was defeated"
	}
	return sp.clauseAt(k, b)
}

// quotedClause reports whether the quotation opening at k holds a finite
// verb before it closes (or before b): a quoted sentence, not a quoted
// title or phrase.
func (sp *splitter) quotedClause(k, b int) bool {
	for j := k + 1; j < b; j++ {
		if isCloseQuote(sp.t[j].Text) && !opensStraightQuote(sp.t, j) {
			return false
		}
		if finite(sp.t[j].tag) {
			return true
		}
	}
	return false
}

// units splits at semicolons and at colons followed by a clause.
func (sp *splitter) units(a, b int) []rng {
	var out []rng
	st := a
	depth := 0
	for i := a; i < b; i++ {
		depth = bracketDepth(depth, sp.t[i].Text)
		if w := sp.t[i].Text; (w == ";" || w == ":" && sp.colonClause(i+1, b)) && depth == 0 && i > st && sp.hasFinite(i+1, b) && sp.hasFinite(st, i) {
			out = append(out, rng{st, i})
			st = i + 1
		}
	}
	if st < b {
		out = append(out, rng{st, b})
	}
	return out
}

// bracketDepth returns the round and square bracket depth after a token
// with text w, from depth before it; a stray closing bracket leaves it at 0.
func bracketDepth(depth int, w string) int {
	switch w {
	case "(", "[":
		return depth + 1
	case ")", "]":
		return max(0, depth-1)
	}
	return depth
}

func (sp *splitter) hasFinite(a, b int) bool {
	for i := a; i < b; i++ {
		if finite(sp.t[i].tag) {
			return true
		}
	}
	return false
}

// build turns a draft into a Claim with byte ranges, text and polarity.
func (sp *splitter) build(d draft) Claim {
	idx := d.toks
	// drop punctuation at the edges and stray commas
	for len(idx) > 0 && edgePunct(sp.t[idx[0]].Text) {
		if first := sp.t[idx[0]].Text; (first == "“" || first == "\"") && sp.closesUnopened(idx[1:]) {
			break // "“Excessive subjectivity” may be a policy": the quotation closes inside the claim
		}
		idx = idx[1:]
	}
	for len(idx) > 0 && edgePunct(sp.t[idx[len(idx)-1]].Text) {
		if last := sp.t[idx[len(idx)-1]].Text; last == "”" && sp.openQuote(idx[:len(idx)-1]) == "”" || last == "\"" && sp.openQuote(idx[:len(idx)-1]) == "\"" {
			break // the quote closes one the claim opened
		}
		if sp.t[idx[len(idx)-1]].Text == ")" && sp.openBracket(idx[:len(idx)-1]) {
			break // the bracket closes one the claim opened
		}
		idx = idx[:len(idx)-1]
	}
	var c Claim
	c.Attribution = d.attr
	if len(idx) == 0 {
		return c
	}
	var sb strings.Builder
	sb.Grow(max(0, sp.t[idx[len(idx)-1]].End-sp.t[idx[0]].Start) + len(d.link) + 2)
	c.Parts = make([]Range, 0, 2)
	prev := -2
	if d.lead != "" {
		sb.WriteString(d.lead)
	}
	for k, i := range idx {
		t := sp.t[i]
		text := t.Text
		if d.subText != "" && i == d.subAt {
			text = d.subText
		}
		if d.link != "" && i == d.linkAt {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(d.link)
			prev = -2
		}
		if i == prev+1 && len(c.Parts) > 0 {
			c.Parts[len(c.Parts)-1].End = t.End
			sb.WriteString(sp.s[sp.t[prev].End:t.Start])
			sb.WriteString(text)
		} else {
			if len(c.Parts) > 0 && c.Parts[len(c.Parts)-1].End == t.Start {
				c.Parts[len(c.Parts)-1].End = t.End
			} else {
				c.Parts = append(c.Parts, Range{t.Start, t.End})
			}
			spaced := sb.Len() > 0
			if prev >= 0 && i == prev+2 && sp.t[prev+1].Text == "," && t.Text != "," && !sp.skip[prev+1] {
				// "Pakistan, Iran discuss": the comma between kept words,
				// spaced as in the source ("rape,\" as he argued")
				sb.WriteString(sp.s[sp.t[prev].End:t.Start])
				spaced = false
			}
			if k >= 2 && (idx[k-2] == prev-1 || idx[k-2] == prev-2) && prev >= 1 && sp.t[prev-1].Text == "," && sp.t[prev].tag == "CD" && prev+1 < len(sp.t) && sp.t[prev+1].Text == "," && i != prev+2 {
				sb.WriteByte(',') // "Cowan, 43, is known as Mo": an age set off by commas closes its own
			}
			if spaced && !(t.Text == "," || t.Text == "'s" || t.Text == "’s" || t.Text == "n't") {
				sb.WriteByte(' ')
			}
			sb.WriteString(text)
		}
		prev = i
		_ = k
	}
	if q := sp.openQuote(idx); q != "" {
		sb.WriteString(q) // close the quotation the claim opens
	}
	c.Text = tidy(sb.String())
	c.Negated, c.Hedged = polarity(sp.t, idx)
	if d.negate {
		c.Negated = !c.Negated
	}
	c.Hedged = c.Hedged || d.hedge
	return c
}

// openBracket reports whether the tokens idx leave a round bracket open.
func (sp *splitter) openBracket(idx []int) bool {
	n := 0
	for _, i := range idx {
		switch sp.t[i].Text {
		case "(":
			n++
		case ")":
			n = max(0, n-1)
		}
	}
	return n > 0
}

// openQuote returns the mark that would close a quotation left open by the
// tokens idx ("”" or "\""), or "" when every quotation is closed.
func (sp *splitter) openQuote(idx []int) string {
	curly, straight := 0, 0
	for _, i := range idx {
		switch sp.t[i].Text {
		case "“":
			if st, en := sp.t[i].Start, sp.t[i].End; st > 0 && !isSpaceByte(sp.s[st-1]) && (en == len(sp.s) || isSpaceByte(sp.s[en])) {
				curly = max(0, curly-1) // ",“ said X": a closing mark typed the wrong way
			} else {
				curly++
			}
		case "”":
			curly = max(0, curly-1)
		case "\"":
			// a straight quote opens after a space and before a word, and
			// closes after a word; spaced on both sides it is unknown
			st, en := sp.t[i].Start, sp.t[i].End
			spaceBefore := st == 0 || isSpaceByte(sp.s[st-1]) || sp.s[st-1] == '('
			spaceAfter := en == len(sp.s) || isSpaceByte(sp.s[en])
			switch {
			case spaceBefore && !spaceAfter:
				straight++
			case !spaceBefore:
				straight = max(0, straight-1)
			}
		}
	}
	switch {
	case curly > 0:
		return "”"
	case straight > 0:
		return "\""
	}
	return ""
}

// closesUnopened reports whether the tokens idx close, before a later word
// of theirs, a quotation they did not open: a closing mark ("”", or a
// straight quote right after a word) before any opening one. A mark after
// the last word is edge punctuation the claim drops anyway.
func (sp *splitter) closesUnopened(idx []int) bool {
	for k, i := range idx {
		closing := false
		switch sp.t[i].Text {
		case "“":
			return false
		case "”":
			closing = true
		case "\"":
			st := sp.t[i].Start
			if st == 0 || isSpaceByte(sp.s[st-1]) {
				return false
			}
			closing = true
		}
		if closing {
			for _, j := range idx[k+1:] {
				if sp.t[j].IsWord() || sp.t[j].IsNumeric() {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func edgePunct(s string) bool {
	switch s {
	case ",", ";", ":", "-", "–", "—", ".", "(", ")", "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}

// tidy capitalises the first letter and balances nothing else: Text keeps
// the sentence's own words.
func tidy(s string) string {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
