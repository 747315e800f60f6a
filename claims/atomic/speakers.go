package atomic

import "strings"

// The helpers of this file find where an attribution frame's speaker ends
// and its content begins when the frame is more than "X said Y": a speech
// tag inside the clause, a speaker with an appositive or a participle, a
// time clause or an adjunct before the speaker, "went on to say", the
// hearer of "told", a second speech verb in the content. frames.go lifts
// the frames with them.

// medialSay finds a speech tag set off by commas inside a clause: "Mr.
// Morell, officials said, acted on his own"; "The deal, the minister said
// on Friday, would be signed". c1 and c2 are its commas, v the verb, who
// the speaker; a clause must go on after it with a finite verb, and the
// words before it must be the clause's subject (no finite verb).
func (sp *splitter) medialSay(a, b int) (c1, c2, v int, who rng, ok bool) {
	t := sp.t
	c1 = -1
	for i := a + 1; i < b && i < a+16; i++ {
		if t[i].Text == "," && !sp.skip[i] {
			c1 = i
			break
		}
		if finite(t[i].tag) {
			return 0, 0, 0, rng{}, false
		}
	}
	if c1 < 0 {
		return 0, 0, 0, rng{}, false
	}
	for v = c1 + 2; v < b && v < c1+10; v++ {
		if t[v].Text == "," || finite(t[v].tag) && !sayVerbs[t[v].lw] {
			return 0, 0, 0, rng{}, false
		}
		if sayVerbs[t[v].lw] && finite(t[v].tag) {
			break
		}
	}
	if v >= b || v >= c1+10 || sp.clauseBefore(c1+1, v) {
		return 0, 0, 0, rng{}, false
	}
	c2 = sp.skipSayTime(v+1, b)
	if c2 < b && (t[c2].lw == "on" || t[c2].lw == "in") {
		for c2 < b && t[c2].Text != "," && !finite(t[c2].tag) && c2 < v+6 {
			c2++ // "said on Friday", "said in a statement"
		}
	}
	if c2 >= b || t[c2].Text != "," {
		return 0, 0, 0, rng{}, false
	}
	n := c2 + 1
	for n < b && t[n].tag == "RB" {
		n++
	}
	if n >= b || !finite(t[n].tag) {
		return 0, 0, 0, rng{}, false // the verb phrase the tag interrupts
	}
	e := v
	for e > c1+1 && aux[t[e-1].lw] {
		e--
	}
	return c1, c2, v, rng{c1 + 1, e}, true
}

// clauseBefore reports whether the words s0..e before a speech verb are a
// clause rather than its speaker: a verb phrase ("had resonated with") or
// a relative pronoun ("voters who"); a relative clause set off by commas
// is an aside about the speaker ("Mr. Cantor, who lost on Tuesday, said").
func (sp *splitter) clauseBefore(s0, e int) bool {
	for i := s0; i < e; i++ {
		x := sp.t[i]
		if (x.tag == "WP" || x.tag == "WDT") && i > s0 && (sp.t[i-1].Text == "," || nominal(sp.t[i-1].tag) && sp.inAppositive(s0, i)) {
			if k := sp.asideEnd(i, e); k > i {
				i = k // "Mr. Cantor, who lost his primary on Tuesday, said": an aside about the speaker
				continue
			}
		}
		if x.tag == "WP" || x.tag == "WDT" || x.tag == "VBN" && i > s0 && aux[sp.t[i-1].lw] {
			return true
		}
	}
	return false
}

// inAppositive reports whether token i lies in an appositive opened by a
// comma after s0 ("Mr. King, a Democrat who took office in May, said": the
// relative clause is the appositive's, about the speaker).
func (sp *splitter) inAppositive(s0, i int) bool {
	for c := i - 1; c > s0; c-- {
		if sp.t[c].Text == "," {
			n := sp.t[c+1].tag
			return n == "DT" || n == "PRP$" || n == "JJ"
		}
	}
	return false
}

// asideEnd returns the comma that closes the relative aside opening at i,
// at e (where the speaker ends) at the latest, or i when none does.
func (sp *splitter) asideEnd(i, e int) int {
	for k := i + 1; k <= e && k < len(sp.t); k++ {
		if sp.t[k].Text == "," {
			return k
		}
	}
	return i
}

// finiteOfItsOwn reports whether a..b holds a finite verb that is not a
// past participle the tagger misread after its noun ("In court papers
// filed Friday, ...": a reduced relative inside an adjunct).
func (sp *splitter) finiteOfItsOwn(a, b int) bool {
	for i := a; i < b; i++ {
		x := sp.t[i]
		if finite(x.tag) && !(x.tag == "VBD" && pastTenseForm(x.lw) && i > a && nominal(sp.t[i-1].tag)) {
			return true
		}
	}
	return false
}

// sayAfterTo returns the speech verb of "went on to say", "wanted to add":
// within three words after the finite verb at v, "to" and a speech verb's
// base form; else v.
func (sp *splitter) sayAfterTo(v, b int) int {
	t := sp.t
	switch t[v].lw {
	case "declined", "declines", "refused", "refuses", "failed", "fails", "hesitated":
		return v // "Aides declined to say whether": nothing was said
	}
	for j := v + 1; j+1 < b && j <= v+3; j++ {
		if t[j].tag == "TO" {
			if baseSayVerbs[t[j+1].lw] {
				return j + 1
			}
			return v
		}
		if t[j].tag != "RP" && t[j].tag != "IN" && t[j].tag != "RB" {
			return v
		}
	}
	return v
}

// baseSayVerbs are the base forms of speech verbs after "to".
var baseSayVerbs = map[string]bool{
	"say": true, "add": true, "note": true, "warn": true, "argue": true, "insist": true, "claim": true,
	"stress": true, "explain": true, "suggest": true, "declare": true, "announce": true, "tell": true,
}

// timeSubordinators open a time clause, which a speech frame after it
// does not depend on.
var timeSubordinators = map[string]bool{"when": true, "after": true, "before": true, "while": true, "once": true, "as": true}

// appositiveBeforeSay returns the comma that closes a remark opened by the
// comma c when a speech verb follows it, perhaps after adverbs ("King, a
// Republican of New York and a longtime critic of the plan, said"; "The
// projections, issued last month, indicate that"; "Budget numbers,
// though, actually show that"; "Mr. Cantor, who lost on Tuesday, said";
// "Ryan, toward the end of the debate, warned that"): an appositive, a
// participle, a prepositional phrase or an adverb with no finite verb of
// its own, or a relative clause on "who". It returns c when there is none.
func (sp *splitter) appositiveBeforeSay(c, b int) int {
	t := sp.t
	participle := c+1 < b && (t[c+1].tag == "VBN" || t[c+1].tag == "VBD" && pastTenseForm(t[c+1].lw)) // ", issued last month,"
	relative := c+1 < b && t[c+1].lw == "who"                                                         // ", who lost his primary on Tuesday,"
	phrase := c+1 < b && t[c+1].tag == "IN" && !subordinators[t[c+1].lw] && t[c+1].lw != "that"       // ", toward the end of the debate,"
	if c+1 >= b || !(t[c+1].tag == "DT" || t[c+1].tag == "PRP$" || t[c+1].tag == "JJ" || participle || relative || phrase || t[c+1].tag == "RB" || name(t[c+1].tag)) {
		return c
	}
	chained := false       // a second appositive follows the first
	inRelative := relative // past the relative pronoun of the appositive's own relative clause
	for j := c + 1; j < b && j < c+32; j++ {
		if j > c+1 && (t[j].tag == "WP" || t[j].tag == "WDT") && nominal(t[j-1].tag) {
			inRelative = true // "a vocal supporter of reform who has sponsored bills, told"
		}
		if finite(t[j].tag) && !sayVerbs[t[j].lw] && !(j == c+1 && participle) && !inRelative || t[j].Text == ";" || quoteMarks[t[j].Text] {
			return c
		}
		if t[j].Text == "," {
			v := j + 1
			for v < b && t[v].tag == "RB" {
				v++ // "Budget numbers, though, actually show that"
			}
			if v < b && j > c+1 && (sayVerbs[t[v].lw] && (finite(t[v].tag) || t[v].tag == "VBN") || evidenceVerbs[t[v].lw] && v+1 < b && t[v+1].lw == "that") {
				return j
			}
			if v < b && j > c+1 && (t[v].lw == "a" || t[v].lw == "an") && !chained {
				chained = true // "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said"
				continue
			}
			return c
		}
	}
	return c
}

// secondSaying finds, in the content k..b of a leading frame, a second
// speech verb of the frame's subject: a conjunction (after a comma, or an
// "and" whose verb takes a clause) and a speech verb with no subject
// between them, then its content ("..., but stressed that he still opposes
// amnesty", "warned that a crisis is coming and claimed the president
// offers little"). It returns the conjunction's
// comma or the conjunction (where the first content ends), the verb and
// where its content starts.
func (sp *splitter) secondSaying(k, b int) (c, v, k2 int, ok bool) {
	t := sp.t
	depth := 0
	for i := k + 1; i+2 < b; i++ {
		depth = bracketDepth(depth, t[i].Text)
		comma := t[i-1].Text == ","
		if depth > 0 || t[i].tag != "CC" || !comma && t[i].lw != "and" {
			continue
		}
		j := i + 1
		for j < b && t[j].tag == "RB" {
			j++
		}
		if j >= b || !sayVerbs[t[j].lw] || !(finite(t[j].tag) || t[j].tag == "VBN") {
			continue
		}
		n := j + 1
		if n < b && t[n].lw == "that" {
			n++
		}
		if n < b && sp.hasFinite(n, b) && (comma || n > j+1 || sp.clauseAt(n, b)) {
			// without a comma, "and claimed" must take a clause ("warned
			// that a crisis is coming and claimed the president offers
			// little"), not an object ("lied and claimed losses")
			c := i
			if comma {
				c = i - 1
			}
			return c, j, n, true
		}
	}
	return 0, 0, 0, false
}

// timeThenVerb reports whether a time adjunct at k is followed directly by
// a finite verb ("said on Friday was false"): the verb has no subject after
// the saying, so the saying belongs to the subject.
func (sp *splitter) timeThenVerb(k, b int) bool {
	t := sp.t
	j := k
	if j < b && (t[j].lw == "on" || t[j].lw == "last" || t[j].lw == "this" || t[j].lw == "earlier") {
		j++
	}
	n := j
	for n < b && n < j+2 && timeWords[t[n].lw] {
		n++
	}
	return n > j && n < b && finite(t[n].tag)
}

// skipHearer returns where the content starts after the hearer of "told":
// a short noun phrase ("reporters", "the committee", "him", "Fox News")
// followed by a clause; k when none follows.
func (sp *splitter) skipHearer(k, b int) int {
	t := sp.t
	for j := k + 1; j < b && j <= k+5; j++ {
		if !(nominal(t[j-1].tag) || t[j-1].tag == "DT" || t[j-1].tag == "JJ" || t[j-1].tag == "PRP$") {
			return k
		}
		if !nominal(t[j-1].tag) || strings.HasPrefix(t[j-1].tag, "NN") && strings.HasPrefix(t[j].tag, "NN") {
			continue // inside the hearer: "told the committee the ...", "told Fox News the ..."
		}
		if sp.clauseAt(j, b) || t[j].tag == "PRP" && j+1 < b && (finite(t[j+1].tag) || t[j+1].tag == "RB") {
			return j
		}
	}
	return k
}
