package atomic

import "strings"

// sayParticiples report speech after a clause: "X did Y, saying (that) Z"
// credits Z to X.
var sayParticiples = map[string]bool{
	"saying": true, "adding": true, "noting": true, "arguing": true, "claiming": true,
	"warning": true, "insisting": true, "explaining": true, "stating": true, "stressing": true,
	"suggesting": true, "acknowledging": true, "asserting": true, "alleging": true,
	"writing": true, "declaring": true, "announcing": true, "emphasizing": true, "emphasising": true,
	"contending": true, "predicting": true, "denying": true, "telling": true,
}

// resultForms are participles whose logical subject is the whole event
// before them ("the Taliban have resisted these efforts, leading to growing
// tensions": the resistance leads, not the Taliban): base form, past,
// past participle and third person singular.
var resultForms = func() map[string][4]string {
	out := map[string][4]string{}
	for _, e := range strings.Split(`leading lead led led leads
resulting result resulted resulted results
causing cause caused caused causes
prompting prompt prompted prompted prompts
sparking spark sparked sparked sparks
triggering trigger triggered triggered triggers
fueling fuel fueled fueled fuels
fuelling fuel fuelled fuelled fuels
forcing force forced forced forces
raising raise raised raised raises
bringing bring brought brought brings
making make made made makes
pushing push pushed pushed pushes
sending send sent sent sends
threatening threaten threatened threatened threatens
undermining undermine undermined undermined undermines
heightening heighten heightened heightened heightens
deepening deepen deepened deepened deepens
worsening worsen worsened worsened worsens
creating create created created creates
contributing contribute contributed contributed contributes
allowing allow allowed allowed allows
enabling enable enabled enabled enables
marking mark marked marked marks
ending end ended ended ends
putting put put put puts
setting set set set sets
leaving leave left left leaves
drawing draw drew drawn draws
paving pave paved paved paves
prompting prompt prompted prompted prompts`, "\n") {
		f := strings.Fields(e)
		out[f[0]] = [4]string{f[1], f[2], f[3], f[4]}
	}
	return out
}()

// sayParticiple finds a trailing ", saying (that) Z" in a..b outside
// brackets and quotes: c is the comma, v the participle and k the start of
// Z, which must hold a finite verb. ok is false when there is none; the
// rightmost is returned.
func (sp *splitter) sayParticiple(a, b int) (c, v, k int, ok bool) {
	t := sp.t
	depth, quote := 0, false
	for i := a; i+2 < b; i++ {
		switch t[i].Text {
		case "(", "[":
			depth++
		case ")", "]":
			depth = max(0, depth-1)
		case "“", "”":
			quote = t[i].Text == "“"
		}
		p := i + 1 // the participle, after a comma or a closing quotation mark after one (`unanswered,” adding`)
		comma := t[i].Text == "," || isCloseQuote(t[i].Text) && i > a && t[i-1].Text == ","
		if depth > 0 || quote || !comma || i == a || !sayParticiples[t[p].lw] {
			continue
		}
		s := p + 1
		if s+1 < b && t[s].Text == "," && isOpenQuote(t[s+1].Text) {
			s++ // "Hutchinson said, adding, “Everything ... would work”": the quotation is what is added
		}
		for j := s; j < b && j < s+5; j++ {
			if t[j].lw == "that" {
				s = j + 1
				break
			}
			if t[j].Text == "," || finite(t[j].tag) {
				break
			}
		}
		if s >= b {
			continue
		}
		if t[s-1].lw != "that" && t[p].lw == "telling" {
			continue // "telling reporters that Z"; without "that" the object is unclear
		}
		if t[s-1].lw != "that" && (t[s].IsWord() && (t[s].tag == "IN" || t[s].tag == "TO") || t[s].Text == ",") {
			continue // "adding to his victories": not speech
		}
		if sp.hasFinite(s, b) || sp.copulaClitic(s, b) {
			c, v, k, ok = i, p, s, true
		}
	}
	return c, v, k, ok
}

// splitSaying decomposes "X did Y, saying (that) Z" (or "'Y,' X said,
// adding that Z"): Y as usual, and Z credited to X, the source the claims
// of Y were credited to or else the subject of its main clause. It reports
// false when a..b holds no such participle.
func (sp *splitter) splitSaying(a, b int, attr Attribution) bool {
	c, v, k, ok := sp.sayParticiple(a, b)
	if !ok {
		return false
	}
	before := len(sp.out)
	sp.mainSubj = nil
	sp.unit(a, c, attr)
	var src Range
	for i := before; i < len(sp.out); i++ {
		if x := sp.out[i].attr; x.Source.End > x.Source.Start && x != attr {
			src = x.Source
			break
		}
	}
	if src.End <= src.Start && len(sp.mainSubj) > 0 {
		src = Range{sp.t[sp.mainSubj[0]].Start, sp.t[sp.mainSubj[len(sp.mainSubj)-1]].End}
	}
	at := attr
	if src.End > src.Start {
		at = Attribution{Source: src, Cue: sp.t[v].Text}
	}
	from := len(sp.out)
	sp.unit(k, b, at)
	sp.denialNegate(from, v)
	sp.setAttr(before, attr)
	return true
}

// participle makes the claim of a participial adjunct that follows the
// main clause main: "..., leading to growing tensions" reads "This led to
// growing tensions" (the tense of the main clause; the parts stay the
// sentence's words); any other participle gets its subject and a linking
// verb: "Trump, ..., leading the GOP field" -> "Trump was leading the GOP
// field".
func (sp *splitter) participle(subject, main []int, k, b int) draft {
	t := sp.t
	if b-k < 2 {
		return draft{} // a bare participle ("..., saying") states nothing
	}
	d := draft{toks: append(append([]int(nil), subject...), span(nil, k, b)...)}
	past, perfect, modal := false, false, ""
	for n, i := range main {
		switch {
		case t[i].lw == "has" || t[i].lw == "have":
			if n+1 < len(main) && (t[main[n+1]].tag == "VBN" || t[main[n+1]].lw == "been") || n+2 < len(main) && t[main[n+2]].tag == "VBN" {
				perfect = true
			}
		case t[i].tag == "VBD":
			past = true
		case t[i].tag == "MD" && modal == "" && negatedModal(t, i):
			past = pastModals[t[i].lw] // "Durbin would not detail them, deferring to Reid": he was deferring, with no modal and no negation
		case t[i].tag == "MD" && modal == "":
			modal = t[i].lw
		}
		if past || perfect {
			break
		}
	}
	if f, ok := resultForms[t[k].lw]; ok && (t[k].lw != "leading" || k+1 < b && t[k+1].lw == "to") {
		word := f[3]
		switch {
		case perfect:
			word = "has " + f[2]
		case past:
			word = f[1]
		case modal != "":
			word = modal + " " + f[0]
		}
		d.toks = span(nil, k, b)
		d.lead, d.subAt, d.subText = "This", k, word
		return d
	}
	if len(subject) == 0 {
		return d
	}
	plural := sp.plural(subject)
	switch {
	case past || perfect:
		d.link = "was"
		if plural {
			d.link = "were"
		}
	case modal != "":
		d.link = modal + " be"
	default:
		d.link = "is"
		if plural {
			d.link = "are"
		}
	}
	d.linkAt = k
	switch t[k].lw {
	case "being": // "FBN, being the home of X" -> "FBN was the home of X"
		d.subAt, d.subText, d.link = k, d.link, ""
	case "having": // "having overtaken Bush" -> "had overtaken Bush"
		d.subAt, d.link = k, ""
		switch {
		case past:
			d.subText = "had"
		case plural:
			d.subText = "have"
		default:
			d.subText = "has"
		}
	}
	return d
}

// plural reports whether the noun phrase idx is plural: a plural head
// noun, a plural pronoun, a coordination or the Taliban.
func (sp *splitter) plural(idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	for _, i := range idx {
		if sp.t[i].lw == "and" {
			return true
		}
	}
	hi := len(idx) - 1 // the head: the last noun before a phrase after it ("people across the country")
	for k := 1; k < len(idx); k++ {
		if x := sp.t[idx[k]]; x.tag == "IN" && x.lw != "of" && nominal(sp.t[idx[k-1]].tag) {
			hi = k - 1
			break
		}
	}
	h := sp.t[idx[hi]]
	switch h.lw {
	case "they", "we", "you", "taliban", "police", "people":
		return true
	case "states", "nations", "emirates", "philippines", "netherlands", "bahamas", "maldives":
		return false // the United States, the Philippines: one country
	}
	return h.tag == "NNS" || h.tag == "NNPS"
}

// copulaClitic reports whether a..b holds "it's", "he's", "there's": a
// pronoun and the clitic 's, which is "is" or "has".
func (sp *splitter) copulaClitic(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if (sp.t[i].lw == "'s" || sp.t[i].lw == "’s") && (sp.t[i-1].tag == "PRP" || sp.t[i-1].lw == "there" || sp.t[i-1].lw == "that") {
			return true
		}
	}
	return false
}
