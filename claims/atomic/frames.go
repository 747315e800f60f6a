package atomic

import "strings"

// sayVerbs are the reporting verbs of "X said (that) Y" and "Y, X said".
var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"stated": true, "states": true, "claimed": true, "claims": true, "claim": true, "warned": true, "warns": true,
	"noted": true, "notes": true, "explained": true, "insisted": true, "insists": true,
	"argued": true, "argues": true, "argue": true, "reported": true, "reports": true, "announced": true,
	"announces": true, "confirmed": true, "confirms": true, "wrote": true, "writes": true,
	"tweeted": true, "alleged": true, "alleges": true, "believes": true, "believe": true, "believed": true,
	"suggested": true, "suggests": true, "estimated": true, "estimates": true, "predicted": true,
	"acknowledged": true, "admitted": true, "admits": true, "asserted": true, "maintained": true,
	"maintains": true, "stressed": true, "emphasized": true, "emphasised": true, "reiterated": true,
	"denied": true, "denies": true, "deny": true,
}

// evidenceVerbs credit what follows "that" to a source that is not a
// speaker: "The projections indicate that ...", "Budget numbers show that
// ..." (the tagger often reads "shows" and "indicates" as plural nouns).
var evidenceVerbs = map[string]bool{
	"indicate": true, "indicates": true, "indicated": true, "show": true, "shows": true, "showed": true,
	"shown": true, "reveal": true, "reveals": true, "revealed": true,
}

// denialVerbs make the lifted content negated.
var denialVerbs = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denying": true, "reject": true, "rejects": true, "rejected": true,
	"dispute": true, "disputes": true, "disputed": true, "dismiss": true, "dismisses": true, "dismissed": true,
	"refute": true, "refutes": true, "refuted": true,
}

// chargeNouns open the appended denial frame "a charge the Taliban deny".
var chargeNouns = map[string]bool{
	"charge": true, "claim": true, "allegation": true, "accusation": true, "assertion": true,
	"accusations": true, "charges": true, "allegations": true, "claims": true, "suggestion": true,
}

// speakerAsides emits the claims of the relative asides inside the
// speaker s0..e of a frame: "Mr. Cantor, who lost his primary on Tuesday,
// said he would step down" also says that Mr. Cantor lost his primary, and
// "Mr. Stamper, the police chief who was in charge in 1999, said" that he
// is the police chief who was in charge in 1999 (an appositive without a
// clause of its own, "a Republican of New York", only names the speaker).
func (sp *splitter) speakerAsides(s0, e int) {
	for i := s0 + 1; i < e; i++ {
		t := sp.t[i]
		switch {
		case t.lw == "who" && sp.t[i-1].Text == ",":
			if k := sp.asideEnd(i, e); k > i {
				sp.relative(span(nil, s0, i-1), i, k)
				i = k
			}
		case t.Text == "," && i+1 < e && npStart(sp.t[i+1].tag) && !name(sp.t[i+1].tag):
			k := sp.asideEnd(i, e)
			if k == i {
				k = e
			}
			if sp.relativeIn(i+1, k) {
				sp.appositive(sp.unbracketed(s0, i), i+1, k)
			}
			i = k
		}
	}
}

// unbracketed returns the tokens a..b outside brackets: "Rep. Jared
// Polis (D-Colo.)" names "Rep. Jared Polis".
func (sp *splitter) unbracketed(a, b int) []int {
	var out []int
	depth := 0
	for i := a; i < b; i++ {
		before := depth
		if depth = bracketDepth(depth, sp.t[i].Text); before == 0 && depth == 0 && sp.t[i].Text != ")" && sp.t[i].Text != "]" {
			out = append(out, i)
		}
	}
	return out
}

// relativeIn reports whether a..b holds a relative pronoun after a noun
// and then a finite verb: a noun phrase with a clause of its own ("the
// former police chief who was in charge in 1999").
func (sp *splitter) relativeIn(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if (sp.t[i].tag == "WP" || sp.t[i].tag == "WDT") && nominal(sp.t[i-1].tag) {
			return sp.hasFinite(i+1, b)
		}
	}
	return false
}

// bareNameAt reports whether a name starts at k with no comma after it
// ("A former prosecutor, Smith said"); "A spokesman for the committee,
// Brad Woodhouse, said" is the appositive form appositiveBeforeSay reads.
func (sp *splitter) bareNameAt(k, b int) bool {
	j := k
	for j < b && name(sp.t[j].tag) {
		j++
	}
	if j == k {
		return false
	}
	for ; j < b && !finite(sp.t[j].tag); j++ {
		if sp.t[j].Text == "," {
			return false // "William McGinley of Patton Boggs, confirmed"
		}
	}
	return j < b
}

// unit decomposes a clause-level unit, lifting attribution frames first.
// attr applies to every claim produced that has no attribution of its own.
func (sp *splitter) unit(a, b int, attr Attribution) {
	if a >= b {
		return
	}
	t := sp.t
	// "..., a charge the Taliban deny."
	for c := b - 1; c > a; c-- {
		if t[c].Text != "," {
			continue
		}
		k := c + 1
		if k < b && (t[k].lw == "a" || t[k].lw == "an" || t[k].lw == "the" || t[k].lw == "which") {
			if t[k].lw != "which" {
				k++
				if k >= b || !chargeNouns[t[k].lw] {
					break
				}
			}
			k++ // past "which" or the charge noun
			if k < b && (t[k].lw == "that" || t[k].lw == "which") {
				k++
			}
			src := k
			for v := k; v < b && v < k+8; v++ {
				if denialVerbs[t[v].lw] && v > src {
					before := len(sp.out)
					sp.unit(a, c, attr)
					n := len(sp.out)
					for i := before; i < n; i++ {
						d := sp.out[i]
						d.toks = append([]int(nil), d.toks...)
						d.attr = Attribution{Source: Range{t[src].Start, t[v-1].End}, Cue: t[v].Text}
						d.negate = !d.negate
						sp.out = append(sp.out, d)
					}
					return
				}
			}
		}
		break
	}
	// "according to X, Y" and "Y, according to X"
	for i := a; i+1 < b; i++ {
		if t[i].lw != "according" || t[i+1].lw != "to" || sp.skip[i] {
			continue
		}
		e := i + 2
		for e < b && t[e].Text != "," && !isCloseQuote(t[e].Text) {
			e++
		}
		if i+2 >= e {
			break
		}
		src := Range{t[i+2].Start, t[e-1].End}
		if e+1 < b && !sp.hasFinite(e+1, b) && t[e].Text == "," {
			// "..., according to Sen. Dick Durbin, D-Ill., the No. 2 Democrat
			// in the chamber": the rest describes the source
			src.End, e = t[b-1].End, b
		}
		at := Attribution{Source: src, Cue: sp.s[t[i].Start:t[i+1].End]}
		if i == a {
			sp.unit(e+1, b, at)
			return
		}
		if i-1 > a && t[i-1].Text == "," && e < b && t[e].Text == "," && !sp.hasFinite(a, i-1) && e+1 < b && finite(t[e+1].tag) {
			// "The border, according to officials, will reopen": the
			// frame interrupts one clause
			for k := i - 1; k <= e; k++ {
				sp.skip[k] = true
			}
			before := len(sp.out)
			sp.unit(a, b, at)
			sp.setAttr(before, attr)
			return
		}
		// content before (and after) the frame
		before := len(sp.out)
		sp.unit(a, i, at)
		if k := e + 1; k < b {
			if t[k].tag == "CC" && k+1 < b {
				k++ // "Prices rose, according to the report, and wages fell"
			}
			sp.unit(k, b, at)
		}
		sp.setAttr(before, attr)
		return
	}
	// "X did Y, saying Z"
	if sp.splitSaying(a, b, attr) {
		return
	}
	// "Y, X said" / "Y, said X", perhaps followed by ", citing Z"
	end := b
	if j := sp.trailingParticiple(a, b); j > a {
		end = j
	}
	if c, v, who, ok := sp.trailingSay(a, end); ok {
		before := len(sp.out)
		src := Range{t[who.a].Start, t[who.b-1].End}
		sp.unit(a, c, Attribution{Source: src, Cue: t[v].Text})
		sp.denialNegate(before, v)
		if end < b {
			sp.out = append(sp.out, sp.participle(span(nil, who.a, who.b), span(nil, c+1, end), end+1, b))
		}
		sp.setAttr(before, attr)
		return
	}
	// "Morell, officials said, acted on his own": a speech tag inside
	// the clause it attributes
	if c1, c2, v, who, ok := sp.medialSay(a, b); ok {
		for i := c1; i <= c2; i++ {
			sp.skip[i] = true
		}
		before := len(sp.out)
		sp.unit(a, b, Attribution{Source: Range{t[who.a].Start, t[who.b-1].End}, Cue: t[v].Text})
		sp.denialNegate(before, v)
		sp.setAttr(before, attr)
		return
	}
	// "X said (that) Y", "X told reporters that Y", after an introductory
	// adjunct ("On June 16, 2015, Disney announced that ...")
	s0, lim := a, a+12
	asideAt := -1   // the comma opening a prepositional phrase between the speaker and the verb
	intro := rng{}  // a time clause before the frame ("When prosecutors charged him, he said")
	dashed := false // s0 follows a dash that opened a remark
	for v := a + 1; v < b && v < max(s0+12, lim); v++ {
		if n := sp.dashAt(v); n > 0 && v > s0 && v+n < b && (dashed || t[s0].IsNumeric() || t[s0].tag == "IN" || t[s0].tag == "RB") && !sp.finiteOfItsOwn(s0, v) {
			// "7:19 p.m. -- The Washington Post reports", "On Monday -- a
			// day after the vote -- the senator said": a time stamp or an
			// adjunct (and a remark after it) before the speaker
			s0, lim, dashed = v+n, v+n+12, !dashed
			v += n - 1
			continue
		}
		if t[v].Text == "," && sp.inList(v) && v+1 < b && name(t[v+1].tag) {
			lim = max(lim, v+10) // "Reps. John Lewis, Andre Carson and Emanuel Cleaver said": a list of speakers
			continue
		}
		if t[v].Text == "," {
			if x := t[s0]; v+1 < b && !sp.finiteOfItsOwn(s0, v) && (x.tag == "IN" || x.tag == "RB" || x.tag == "RBR" || x.IsNumeric()) {
				s0 = v + 1
				continue
			}
			if x := t[s0]; v+1 < b && s0 == a && (x.lw == "a" || x.lw == "an") && sp.bareNameAt(v+1, b) && !sp.finiteOfItsOwn(s0, v) {
				s0 = v + 1 // "A former prosecutor, Smith said": a description of the speaker before the name
				continue
			}
			if x := t[s0]; v+1 < b && s0 == a && timeSubordinators[x.lw] && sp.hasFinite(s0, v) {
				intro, s0, lim = rng{s0 + 1, v}, v+1, v+13
				continue
			}
			if c := sp.appositiveBeforeSay(v, b); c > v {
				if t[v+1].tag == "IN" && asideAt < 0 {
					asideAt = v // "Ryan, toward the end of the debate, warned": the saying's adjunct, not the speaker's
				}
				v, lim = c, c+2 // "Peter T. King, a Republican of New York, said": the speaker's appositive
				continue
			}
			break
		}
		if s0 == a && timeSubordinators[t[a].lw] {
			continue // inside the time clause: its verbs are not the frame's
		}
		if (t[v].tag == "VBD" || t[v].tag == "VBP" && strings.HasSuffix(t[v].lw, "ed")) && pastTenseForm(t[v].lw) && nominal(t[v-1].tag) && t[v-1].tag != "PRP" && !sayVerbs[t[v].lw] && (t[s0].tag == "IN" || v+1 < b && t[v+1].tag == "IN") {
			// "In court papers filed Friday, ...", "people briefed on the
			// matter said": a participle inside the adjunct or the speaker
			// (never after a pronoun: "He sat in a booth as ..." is a clause)
			continue
		}
		toSay, v0 := false, v
		if finite(t[v].tag) && !sayVerbs[t[v].lw] {
			// "She went on to say that", "he wanted to add that": the
			// speech verb after "to" is the frame's
			if j := sp.sayAfterTo(v, b); j > v {
				v, toSay = j, true
			}
		}
		evidence := evidenceVerbs[t[v].lw] && v+1 < b && t[v+1].lw == "that"
		if !toSay && (!sayVerbs[t[v].lw] && !evidence || !(finite(t[v].tag) || t[v].tag == "VBN" || evidence && t[v].tag == "NNS")) {
			if finite(t[v].tag) && !aux[t[v].lw] {
				break
			}
			continue
		}
		if _, neg := sp.negatedCue(v); neg && !denialVerbs[t[v].lw] {
			break // "The mayor has not said whether she will run": no one says the content
		}
		if v >= 2 && t[v-1].tag == "CC" && verbal(t[v-2].tag) {
			break // "She could not confirm or deny whether talks took place": the verbs share the clause, and no one says it
		}
		e := v0 // the subject ends before "went on to say" too
		if asideAt > s0 {
			e = asideAt
		}
		closed := false // a comma closes an aside about the speaker before the verb
		for e > s0 && (aux[t[e-1].lw] || t[e-1].Text == "," || t[e-1].tag == "RB" && e-1 > s0) {
			closed = closed || t[e-1].Text == ","
			e--
		}
		if !closed && e-2 > s0 && (t[e-2].lw == "in" || t[e-2].lw == "on" || t[e-2].lw == "last" || t[e-2].lw == "this") && (timeWords[t[e-1].lw] || isMonthName(t[e-1].lw)) {
			e -= 2 // "LaPierre in December argued": the time is the saying's, not the speaker's
		}
		if e == s0 || sp.clauseBefore(s0, e) {
			break // "his candidacy had resonated with voters who believed that": not a speaker
		}
		k := v + 1
		relative := false
		for j := k; j < b && j < k+12; j++ { // "told a local Denver TV station earlier on Wednesday that"
			if t[j].lw == "that" {
				if j+1 < b && (finite(t[j+1].tag) || t[j+1].tag == "MD") {
					// "that" before a verb: the content's subject ("said that
					// was wrong", "told reporters that was untrue"), or the
					// relative pronoun of an object ("explained the problems
					// that need fixing": no content)
					switch {
					case j > k && tellVerbs[t[v].lw]:
						k = j
					case j > k:
						relative = true
					}
				} else if !sp.hasFinite(k, j) && (j < k+6 || !sp.verbLike(k, j)) { // "told reporters that", not "said it was significant that"
					k = j + 1
				}
				break
			}
		}
		if relative {
			break
		}
		bare := k == v+1 // no "that" opens the content
		// "said Thursday he has doubts", "said on Friday it was open": the
		// time of the saying is the frame's, not the content's
		if bare {
			k = sp.skipSayTime(k, b)
		}
		if bare && tellVerbs[t[v].lw] {
			k = sp.skipHearer(k, b) // "told reporters the border would reopen"
			if !sp.clauseAt(k, b) && !isOpenQuote(t[k].Text) {
				// "Weich told two of Congress’s most outspoken critics of the
				// efforts, Senators A and B, both Democrats, that ...": a long
				// hearer, then the content; "Ryan first told a humanizing
				// story about Romney, ...": an object, no content
				j := sp.thatAfterHearer(k, b)
				if j < 0 {
					break
				}
				k = j + 1
			}
		}
		if k < b && (t[k].Text == "," || t[k].Text == ":") {
			k++
		}
		if !sp.hasFinite(k, b) || k >= b {
			break
		}
		if bare && k < b && (finite(t[k].tag) || sp.timeThenVerb(k, b)) {
			break // "Not a single thing he said is accurate": the saying is inside the subject
		}
		if w := t[k].lw; (w == "no" || w == "yes" || w == "so") && (k+1 == b || t[k+1].tag == "CC" || t[k+1].Text == "," || t[k+1].Text == ".") {
			break // "Mr. Sestak said no and went on to win": an answer, not a clause
		}
		if bare && sp.objectThenClause(k, b) {
			break // "He denied the allegations, and the FBI declined to comment": an object, then a clause of its own
		}
		before := len(sp.out)
		if intro.b > intro.a {
			sp.unit(intro.a, intro.b, attr)
		}
		src := Range{t[s0].Start, t[e-1].End}
		if c, v2, k2, ok := sp.secondSaying(k, b); ok {
			// "Perry has said X, but stressed that Y": Y is Perry's too,
			// not a verb phrase of X's subject
			sp.unit(k, c, Attribution{Source: src, Cue: t[v].Text})
			sp.denialNegate(before, v)
			mid := len(sp.out)
			sp.unit(k2, b, Attribution{Source: src, Cue: t[v2].Text})
			sp.denialNegate(mid, v2)
			sp.speakerAsides(s0, e)
			sp.setAttr(before, attr)
			return
		}
		end, rest := b, b
		if c := sp.citingAt(k, b); c > 0 {
			end, rest = c, b // "X reported the charges \"will include fraud,\" citing someone familiar with the case": whom X cites is no part of what X reports
		}
		if c, r := sp.frameRemark(k, end); c > 0 {
			end, rest = c, r // "said that X, a surprisingly downbeat assessment", "reiterated that X, a few hours after Y said Z": the writer's, about the saying
		}
		if d := sp.closingDash(k, end); d > 0 {
			// "He said the deal was done -- and he was right": the clause
			// after a dash is the writer's, not the speaker's
			end, rest = d, d+sp.dashAt(d)
		}
		if c := sp.speakersVerbPhrase(v, k, end); c > 0 {
			// "O'Neill said that the cover is "sexist" and referred to a
			// test": the past verb after "and" is the speaker's, in the
			// saying's tense, not the content's
			sp.unit(k, c, Attribution{Source: src, Cue: t[v].Text})
			sp.denialNegate(before, v)
			sp.out = append(sp.out, draft{toks: append(span(nil, s0, e), span(nil, c+1, end)...)})
			sp.speakerAsides(s0, e)
			sp.setAttr(before, attr)
			return
		}
		sp.unit(k, end, Attribution{Source: src, Cue: t[v].Text})
		sp.denialNegate(before, v)
		sp.speakerAsides(s0, e) // after the denial: "Mr. Cantor, who lost, denied that" does not deny he lost
		sp.setAttr(before, attr)
		if rest < b {
			if t[rest].tag == "CC" && rest+1 < b {
				rest++
			}
			sp.unit(rest, b, attr)
		}
		return
	}
	// "X accused Y of Z"
	for v := a + 1; v < b; v++ {
		if t[v].lw != "accused" && t[v].lw != "accuses" && t[v].lw != "accuse" && t[v].lw != "accusing" {
			continue
		}
		of := -1
		for j := v + 1; j < b && j < v+10; j++ {
			if t[j].lw == "of" {
				of = j
				break
			}
			if t[j].Text == "," {
				break
			}
		}
		e := v
		for e > a && aux[t[e-1].lw] {
			e--
		}
		if _, neg := sp.negatedCue(v); of < 0 || of+1 >= b || t[of+1].tag != "VBG" || neg {
			// "accused him of fraud" has no clause to report, and "did
			// not accuse him of lying" reports none: the clause is the claim
			break
		}
		if of == v+1 && e > a && of+1 < b && sp.isNP(a, e) && !sp.hasClauseMark(a, e) { // no object before "of": passive
			// passive "Y (is) accused of Z": Y is said to do Z, by nobody named
			end := b
			for j := of + 1; j < b; j++ {
				if t[j].Text == "," {
					end = j
					break
				}
			}
			link := "is"
			if v > e && (t[v-1].lw == "was" || t[v-1].lw == "were") {
				link = "was"
			}
			if sp.plural(span(nil, a, e)) || t[e-1].tag == "NNPS" || t[e-1].tag == "NNS" {
				link = map[string]string{"is": "are", "was": "were"}[link]
			}
			d := draft{toks: span(span(nil, a, e), of+1, end), link: link, linkAt: of + 1,
				attr: Attribution{Source: Range{t[v].Start, t[v].Start}, Cue: t[v].Text}, hedge: true}
			before := len(sp.out)
			sp.out = append(sp.out, d)
			sp.setAttr(before, attr)
			if end < b {
				sp.clause(end+1, b, nil, attr)
			}
			return
		}
		if e == a || of == v+1 {
			break
		}
		// "A did B and X accused Y of Z": X is the accuser, A did B; so in
		// "A did B since X accused" and "A did B than X, who have accused"
		s0, mainEnd := a, a
		for j := e - 1; j > a; j-- {
			if finite(t[j].tag) || t[j].tag == "VB" {
				for k := j + 1; k < e-1; k++ {
					if t[k].tag == "CC" || t[k].Text == ";" {
						s0, mainEnd = k+1, k
					}
				}
				break
			}
		}
		for k := e - 1; k > a+1 && s0 == a; k-- {
			switch {
			case accuserOpeners[t[k].lw] && t[k].tag == "IN" && sp.hasFinite(a, k) && !sp.hasFinite(k+1, e):
				s0, mainEnd = k+1, k // "since black members of Congress accused"
			case t[k].tag == "WP" && t[k-1].Text == "," && sp.hasFinite(a, k-1):
				// "than some other Republicans, who have openly accused": the
				// relative pronoun's antecedent accuses
				if ante := sp.npTail(span(nil, a, k-1)); len(ante) > 0 {
					s0, mainEnd, e = ante[0], k-1, k-1
				}
			}
		}
		if mainEnd > a {
			sp.clause(a, mainEnd, nil, attr)
		}
		if t[s0].tag == "IN" || t[s0].tag == "RB" {
			for k := s0 + 1; k < e-1; k++ {
				if t[k].Text == "," && !sp.hasFinite(s0, k) {
					s0 = k + 1 // "At home, he accused": the adjunct is not the accuser
					break
				}
			}
		}
		link := "is"
		if t[v].tag == "VBD" && !aux[t[v-1].lw] {
			link = "was"
		}
		subj := ""
		if of == v+2 {
			subj = subjectPronouns[t[v+1].lw]
		}
		switch {
		case subj == "I":
			link = map[string]string{"is": "am", "was": "was"}[link]
		case subj == "they" || subj == "we" || subj == "you" || subj == "" && sp.plural(span(nil, v+1, of)):
			link = map[string]string{"is": "are", "was": "were"}[link]
		}
		end := b
		for j := of + 1; j < b; j++ {
			if t[j].Text == "," {
				end = j
				break
			}
		}
		d := draft{toks: span(span(nil, v+1, of), of+1, end), link: link, linkAt: of + 1,
			attr: Attribution{Source: Range{t[s0].Start, t[e-1].End}, Cue: t[v].Text}}
		if subj != "" {
			d.subAt, d.subText = v+1, subj // "accused them of lying": they are lying
		}
		before := len(sp.out)
		sp.out = append(sp.out, d)
		sp.expandLists(before)
		sp.setAttr(before, attr)
		if end < b {
			sp.clause(end+1, b, nil, attr)
		}
		return
	}
	before := len(sp.out)
	sp.clause(a, b, nil, attr)
	sp.setAttr(before, attr)
}

// isMonthName reports whether w is a month's name ("december").
func isMonthName(w string) bool {
	_, ok := monthNames[w]
	return ok
}

// accuserOpeners open a subordinate clause whose subject accuses: "beset
// with allegations since black members of Congress accused protesters".
var accuserOpeners = map[string]bool{"since": true, "after": true, "because": true, "when": true, "as": true, "while": true, "until": true, "before": true}

var aux = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "can": true,
	"also": true, "repeatedly": true, "previously": true, "reportedly": true, "publicly": true,
	"been": true, "be": true, "did": true, "does": true, "do": true, "not": true, "n't": true,
	"never": true, "strongly": true, "long": true, "already": true, "since": false,
}

// closingDash returns the dash in a..b after which a clause runs to b with
// no second dash (a pair sets off a remark inside the content), or 0.
func (sp *splitter) closingDash(a, b int) int {
	for i := a + 1; i < b; i++ {
		if n := sp.dashAt(i); n > 0 {
			k := i + n
			if k < b && sp.t[k].tag == "CC" {
				k++
			}
			if k < b && sp.clauseAt(k, b) && !sp.dashAfter(i+n, b) {
				return i
			}
			return 0
		}
	}
	return 0
}

// verbLike reports whether a..b holds a verb or a word the tagger may
// have taken for a noun where it is one ("the results of the survey
// show"): a long stretch between a speech verb and "that" must be its
// hearer and adjuncts only.
func (sp *splitter) verbLike(a, b int) bool {
	for i := a; i < b; i++ {
		x := sp.t[i]
		if strings.HasPrefix(x.tag, "VB") || x.tag == "MD" {
			return true
		}
		if (sayVerbs[x.lw] || evidenceVerbs[x.lw]) && !sp.possessed(a, i) {
			return true
		}
	}
	return false
}

// objectThenClause reports whether a speech verb's words from k on are a
// noun phrase, then a comma, a conjunction and a clause with its own
// subject: the verb took an object, not content ("denied the allegations,
// and the FBI declined to comment").
func (sp *splitter) objectThenClause(k, b int) bool {
	t := sp.t
	for c := k + 1; c+1 < b; c++ {
		if t[c].tag == "CC" && t[c-1].Text == "," {
			return c-1 > k && !sp.hasFinite(k, c-1) && sp.clauseAt(c+1, b)
		}
	}
	return false
}

// possessed reports whether the word at i ends a possessive noun phrase
// that starts after a ("his radio show", "the network's report"): a noun
// there, never the verb it may be elsewhere ("the survey show that").
func (sp *splitter) possessed(a, i int) bool {
	j := i - 1
	for j >= a && (sp.t[j].tag == "NN" || sp.t[j].tag == "NNS" || sp.t[j].tag == "JJ") {
		j--
	}
	return j >= a && (sp.t[j].tag == "PRP$" || sp.t[j].tag == "POS")
}

func isCloseQuote(s string) bool { return s == "”" || s == "\"" || s == "’" }

// opensStraightQuote reports whether the straight quotation mark at i opens
// a quotation, as its spacing shows: a space (or the sentence's start)
// before it and a word right after it. "during a \"legitimate rape,\" as he
// argued" has its trailing frame after the second mark, not the first.
func opensStraightQuote(t []tok, i int) bool {
	if t[i].Text != "\"" || i+1 >= len(t) || t[i+1].Start != t[i].End || !t[i+1].IsWord() {
		return false
	}
	return i == 0 || t[i-1].End < t[i].Start
}

// setAttr gives claims from index before on the attribution attr when they
// have none, but for an appositive's gloss (see draft.gloss): "officials
// said the Office of Special Counsel, an agency that looks at violations,
// had found none" does not credit the officials with what the agency is.
func (sp *splitter) setAttr(before int, attr Attribution) {
	if attr.Cue == "" && attr.Source == (Range{}) {
		return
	}
	for i := before; i < len(sp.out); i++ {
		if sp.out[i].attr.Cue == "" && sp.out[i].attr.Source == (Range{}) && !sp.out[i].gloss {
			sp.out[i].attr = attr
		}
	}
}

// denialNegate negates the claims from before on when the cue at token v
// denies them. A denial that is itself negated ("the statement does not
// deny that AARP is open to cuts", "he never denied it") neither denies
// nor asserts them: they are hedged instead, and their cue is the whole
// verb group ("does not deny"; see negatedCue).
func (sp *splitter) denialNegate(before, v int) {
	if !denialVerbs[sp.t[v].lw] {
		return
	}
	from, negated := sp.negatedCue(v)
	for i := before; i < len(sp.out); i++ {
		d := &sp.out[i]
		if !negated {
			d.negate = !d.negate
			continue
		}
		d.hedge = true
		if d.attr.Cue == sp.t[v].Text {
			d.attr.Cue = sp.s[sp.t[from].Start:sp.t[v].End]
		}
	}
}

// negatedCue reports whether the verb at token v is negated within its
// verb group: "not", "n't" or "never" among the up to three words before
// it, with only auxiliaries and adverbs between ("does not deny", "has
// never denied", "did n't explicitly deny"); from is the group's first
// token.
func (sp *splitter) negatedCue(v int) (from int, negated bool) {
	from = v
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		w := sp.t[k]
		switch {
		case w.lw == "not" || w.lw == "n't" || w.lw == "never":
			negated = true
		case strings.HasPrefix(w.tag, "MD") || strings.HasPrefix(w.tag, "RB") || strings.HasPrefix(w.tag, "VB"):
		default:
			return from, negated
		}
		from = k
	}
	return from, negated
}

// frameRemark returns the comma in a..b (outside quotation marks) after
// which the writer comments on a saying rather than continues what was
// said: a noun phrase naming the statement ("a surprisingly downbeat
// assessment from a Republican leader", dropped) or the time of the saying
// ("a few hours after President Obama said he supports it", whose clause
// after "after" is a claim of its own, from rest); 0 when there is none.
func (sp *splitter) frameRemark(a, b int) (c, rest int) {
	t := sp.t
	quote := false
	for c := a + 1; c+2 < b; c++ {
		switch t[c].Text {
		case "“", "”", "\"":
			quote = !quote && t[c].Text != "”"
			continue
		}
		if quote || t[c].Text != "," || sp.inList(c) {
			continue
		}
		if w := t[c+1].lw; w == "a" || w == "an" {
			for j := c + 2; j < b && j <= c+5; j++ {
				if statementNouns[t[j].lw] && (j+1 == b || !strings.HasPrefix(t[j+1].tag, "NN")) {
					return c, b
				}
				if strings.HasPrefix(t[j].tag, "NN") && j+1 < b && glossRelative(t, j+1, b) && !sp.verbAfterComma(j+1, b) {
					return c, b // ", an agreement that has come under withering criticism", ", a point on which the conference disagrees": the writer's gloss
				}
				if !(t[j].tag == "JJ" || t[j].tag == "RB" || strings.HasPrefix(t[j].tag, "NN")) {
					break
				}
			}
		}
		for j := c + 1; j < b && j <= c+4; j++ {
			if timeWords[t[j].lw] && j+1 < b && (t[j+1].lw == "after" || t[j+1].lw == "before") {
				return c, j + 2
			}
		}
	}
	return 0, 0
}

// verbAfterComma reports whether a comma in a..b is followed by a finite
// verb: what the comma closes is an aside inside the clause ("Peter King,
// a Republican who represents Long Island, had resigned"), not its end.
func (sp *splitter) verbAfterComma(a, b int) bool {
	for i := a; i+1 < b; i++ {
		if sp.t[i].Text == "," && finite(sp.t[i+1].tag) {
			return true
		}
	}
	return false
}

// glossRelative reports whether a relative clause opens at k: "that",
// "which", "who" or a preposition before "which" ("on which").
func glossRelative(t []tok, k, b int) bool {
	switch t[k].lw {
	case "that", "which", "who":
		return true
	}
	return t[k].tag == "IN" && k+1 < b && t[k+1].lw == "which"
}

// statementNouns name a statement as the writer sums it up.
var statementNouns = map[string]bool{
	"assessment": true, "claim": true, "assertion": true, "remark": true, "comment": true, "prediction": true,
	"admission": true, "concession": true, "reversal": true, "acknowledgment": true, "acknowledgement": true,
	"warning": true, "statement": true, "declaration": true, "characterization": true, "rebuke": true,
}

// citingAt returns the comma (or the closing quotation mark after it) that
// opens a trailing ", citing Z" in a..b, or 0.
func (sp *splitter) citingAt(a, b int) int {
	t := sp.t
	for j := b - 2; j > a; j-- {
		if t[j+1].lw != "citing" {
			continue
		}
		switch {
		case t[j].Text == ",":
			return j
		case isCloseQuote(t[j].Text) && t[j-1].Text == ",":
			return j - 1
		}
	}
	return 0
}

// trailingParticiple returns the last comma of a..b outside brackets that
// is followed by a participle ("..., citing Z"), or -1.
func (sp *splitter) trailingParticiple(a, b int) int {
	t := sp.t
	for j := b - 2; j > a; j-- {
		switch t[j].Text {
		case ")", "]", "”":
			return -1
		case ",":
			if w := t[j+1]; w.tag == "VBG" && !prepParticiples[w.lw] {
				return j
			}
		}
	}
	return -1
}

// commaBetween reports whether a comma stands in a..b.
func (sp *splitter) commaBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if sp.t[i].Text == "," {
			return true
		}
	}
	return false
}

// trailingSay finds the frame "Y, X said" or "Y, said X" at the end of
// a..b: c is the comma or closing quote before it, v the verb and who the
// tokens of X. The speaker may carry an appositive ("said Jim Manley, a top
// adviser") and the frame a relative clause after it ("said James Renacci,
// who said people were furious"); a closing quotation mark before the frame
// is preferred to a comma inside the speaker's description ("“...,” Elliott
// Maynard, a Republican trying to unseat X, said").
func (sp *splitter) trailingSay(a, b int) (c, v int, who rng, ok bool) {
	t := sp.t
	found := false
	var fc, fv int
	var fw rng
	for c = b - 1; c > a; c-- {
		quote := isCloseQuote(t[c].Text) && !opensStraightQuote(t, c)
		if t[c].Text != "," && !quote {
			continue
		}
		if b-c > 30 {
			break
		}
		if cv, cw, cok := sp.sayAfter(c, b); cok {
			if quote || !found {
				fc, fv, fw, found = c, cv, cw, true
			}
			if quote {
				break
			}
		}

	}
	if found && !isCloseQuote(t[fc].Text) {
		fc, fw = sp.namedBeforeAppositive(a, fc, fw)
		if !sp.mainVerbIn(a, fc) {
			return 0, 0, rng{}, false // "Ten minutes later, Benjamin J. Rhodes, a deputy adviser, wrote back", "The senator, who spoke at length, said nothing new": no content before the speaker
		}
	}
	if found && fw.b > fw.a+1 && t[fw.b-1].Text == "," {
		fw.b--
	}
	return fc, fv, fw, found
}

// namedBeforeAppositive widens a trailing frame's speaker over the name its
// appositive describes: in "Y, Jim Manley, a top adviser, said" the frame
// found after the comma c is "a top adviser, said", and the name between
// the comma before it and c belongs to the speaker, not to Y.
func (sp *splitter) namedBeforeAppositive(a, c int, who rng) (int, rng) {
	t := sp.t
	k := c - 1
	for k > a && (t[k].tag == "NNP" || t[k].tag == "NNPS") {
		k--
	}
	if k == c-1 || k <= a || t[k].Text != "," && !isCloseQuote(t[k].Text) {
		return c, who
	}
	return k, rng{k + 1, who.b}
}

// sayAfter tests whether the tokens after the comma or closing quote c, up
// to b, are a trailing speech frame, and returns its verb and speaker.
func (sp *splitter) sayAfter(c, b int) (v int, who rng, ok bool) {
	t := sp.t
	relative := false // "..., lawmakers who were briefed on the plan said"
	reach := 14
	if isCloseQuote(t[c].Text) {
		reach = 26 // “...,” Matt Bennett, a spokesman for Third Way, a left-leaning research group, said
	}
	for v = c + 1; v < b && v < c+reach; v++ {
		say := sayVerbs[t[v].lw] || trailingSayVerbs[t[v].lw]
		relative = relative || (t[v].tag == "WP" || t[v].tag == "WDT") && v > c+1
		reduced := t[v].tag == "VBD" && pastTenseForm(t[v].lw) && nominal(t[v-1].tag) && sp.commaBetween(c+1, v) // "Mr. Labrador, a former lawyer elected in 2010, said": a participle of the appositive
		if finite(t[v].tag) && !say && t[v].lw != "has" && t[v].lw != "have" && t[v].lw != "had" && !relative && !reduced {
			return 0, rng{}, false
		}
		if relative && !(sayVerbs[t[v].lw] && (v+1 == b || timeWords[t[v+1].lw] || t[v+1].lw == "on" || t[v+1].Text == "," || t[v-1].Text == ",")) {
			continue // the relative clause's own verbs ("who asked not to be named"); a comma closes it ("Labrador, who is 46, said in his announcement")
		}
		// "..., the Washington Post reports.": the tagger's plural noun at
		// the sentence's end is the frame's verb
		lastNoun := t[v].tag == "NNS" && v+1 == b && sayVerbs[t[v].lw] && strings.HasSuffix(t[v].lw, "s")
		if !say || !(finite(t[v].tag) || t[v].tag == "VBN" || lastNoun) {
			continue
		}
		if !sayVerbs[t[v].lw] && !(v+1 == b || timeWords[t[v+1].lw] || t[v+1].lw == "on" || t[v+1].tag == "RB" || t[v+1].Text == ",") {
			return 0, rng{}, false // "Stewart, a friend, had joked about the photo": a verb of its own clause
		}
		if sp.finiteOutsideRelative(v+1, b) {
			return 0, rng{}, false // "..., X announced that it would": the frame leads
		}
		s0 := c + 1
		for s0 < v && isCloseQuote(t[s0].Text) || s0 < v && t[s0].Text == "," {
			s0++
		}
		if v > s0 {
			e := v
			for e > s0+1 && (t[e-1].lw == "has" || t[e-1].lw == "have" || t[e-1].lw == "had" || t[e-1].tag == "RB") {
				e-- // "The White House nevertheless said": the adverb is the saying's
			}
			if e > s0 && t[e-1].Text == "," && !isCloseQuote(t[c].Text) && v+1 < b && npStart(t[v+1].tag) && !tellVerbs[t[v].lw] {
				// "Rahm Emanuel, the chief of staff, asked Mr. Clinton to
				// explore": an appositive closed right before a verb with an
				// object is the subject's, not a speaker after the content
				return 0, rng{}, false
			}
			if e > s0 && t[s0].tag != "IN" && t[s0].tag != "TO" && t[s0].tag != "WP" && t[s0].tag != "WDT" { // not "..., who said little"
				return v, rng{s0, e}, true
			}
			return 0, rng{}, false
		}
		if v+1 < b && npStart(t[v+1].tag) && sayVerbs[t[v].lw] && !tellVerbs[t[v].lw] {
			// "..., said Jim Manley, a top adviser": the speaker, up to a
			// relative clause; "asked Republicans to explain" has an object
			e := v + 1
			for e < b && t[e].tag != "WP" && t[e].tag != "WDT" && !(t[e].Text == "," && e+1 < b && (t[e+1].tag == "WP" || t[e+1].tag == "WDT")) {
				if t[e].tag == "TO" || finite(t[e].tag) {
					return 0, rng{}, false
				}
				e++
			}
			return v, rng{v + 1, e}, true
		}
		return 0, rng{}, false
	}
	return 0, rng{}, false
}

// thatAfterHearer returns the "that" after a comma that opens the content
// of a tell verb whose hearer, from k, runs long ("told two of Congress’s
// most outspoken critics of the efforts, Senators A and B, both Democrats,
// that"), or -1 when no such "that" opens a clause.
func (sp *splitter) thatAfterHearer(k, b int) int {
	for j := k + 1; j+1 < b; j++ {
		if sp.t[j].lw == "that" && sp.t[j-1].Text == "," && !sp.hasFinite(k, j) {
			return j
		}
	}
	return -1
}

// speakersVerbPhrase returns the "and" in the content k..end of the
// speech verb v before a verb phrase that is the speaker's, or 0: the
// saying is in the past, the content's first verb in the present, and
// after "and" (at the content's own level, no relative or subordinate
// clause open) comes a past verb with no subject of its own — "said that
// the cover is sexist and referred to a simple test".
func (sp *splitter) speakersVerbPhrase(v, k, end int) int {
	t := sp.t
	if t[v].tag != "VBD" {
		return 0
	}
	first := -1
	for j := k; j < end; j++ {
		if finite(t[j].tag) {
			first = j
			break
		}
	}
	if first < 0 || t[first].tag != "VBZ" && t[first].tag != "VBP" {
		return 0
	}
	for j := first + 1; j+1 < end; j++ {
		x := t[j]
		if x.tag == "WDT" || x.tag == "WP" || subordinators[x.lw] || x.lw == "that" {
			return 0
		}
		if x.lw != "and" {
			continue
		}
		n := j + 1
		for n < end && t[n].tag == "RB" {
			n++
		}
		if n < end && t[n].tag == "VBD" && !aux[t[n].lw] {
			return j
		}
	}
	return 0
}

// mainVerbIn reports whether a..b holds a finite verb outside a relative
// clause set off by commas (", who spoke at length,"): content a trailing
// frame can attribute, not a subject with its aside.
func (sp *splitter) mainVerbIn(a, b int) bool {
	inRel := false
	for k := a; k < b; k++ {
		x := sp.t[k]
		switch {
		case x.Text == ",":
			inRel = k+1 < b && (sp.t[k+1].lw == "who" || sp.t[k+1].lw == "which")
		case finite(x.tag) && !inRel:
			return true
		}
	}
	return false
}

// tellVerbs take their hearer as object in a trailing frame ("..., Jim
// Manley, a top adviser, told reporters").
var tellVerbs = map[string]bool{"told": true, "tells": true, "tell": true}

// trailingSayVerbs report speech only in a frame after the quotation
// ("..., Summers replied", "..., Clinton testified"); before it they take
// other complements ("asked Clinton to talk to Sestak").
var trailingSayVerbs = map[string]bool{
	"asked": true, "asks": true, "replied": true, "replies": true, "testified": true, "vowed": true,
	"continued": true, "continues": true, "summarized": true, "read": true, "reads": true,
	"demanded": true, "demands": true, "responded": true, "quipped": true, "joked": true,
	"countered": true, "remarked": true, "conceded": true, "declared": true, "declares": true,
	"recalled": true, "concluded": true, "observed": true, "shouted": true, "pleaded": true,
	"revealed": true, "reveals": true, "disclosed": true, "discloses": true, "complained": true,
	"complains": true, "lamented": true, "boasted": true, "cautioned": true,
}

// finiteOutsideRelative reports whether a..b holds a finite verb before any
// relative pronoun ("who", "which") or subordinator ("said when asked",
// "said as Johnson walked in"): the words after a trailing frame that are
// the frame's own adjuncts.
func (sp *splitter) finiteOutsideRelative(a, b int) bool {
	for i := a; i < b; i++ {
		if sp.t[i].tag == "WP" || sp.t[i].tag == "WDT" || sp.t[i].tag == "WP$" || subordinators[sp.t[i].lw] {
			return false
		}
		if finite(sp.t[i].tag) {
			return true
		}
	}
	return false
}

// subjectPronouns map object pronouns to the subject form a claim needs
// when the object of "accused X of" becomes its subject.
var subjectPronouns = map[string]string{
	"me": "I", "us": "we", "you": "you", "him": "he", "her": "she", "it": "it", "them": "they",
}

// hasClauseMark reports whether a..b holds a comma or a preposition
// ("with", "in"): then a..b is more than the noun phrase of a passive
// frame's subject.
func (sp *splitter) hasClauseMark(a, b int) bool {
	for i := a; i < b; i++ {
		if sp.t[i].Text == "," || sp.t[i].tag == "IN" {
			return true
		}
	}
	return false
}

// skipSayTime returns the index after a time adjunct at k that dates a
// speech verb ("Thursday", "on Friday", "last week", "this morning") when
// a clause follows it, else k.

func (sp *splitter) skipSayTime(k, b int) int {
	t := sp.t
	if k+4 < b && t[k].lw == "for" && t[k+1].lw == "the" && t[k+3].lw == "time" && (t[k+2].lw == "first" || t[k+2].lw == "second" || t[k+2].lw == "last") {
		if n := k + 4; sp.clauseAt(n, b) || t[n].tag == "PRP" || t[n].lw == "that" {
			if t[n].lw == "that" {
				n++
			}
			return n // "said for the first time he supports it"
		}
	}
	j := k
	if j < b && (t[j].lw == "on" || t[j].lw == "last" || t[j].lw == "this" || t[j].lw == "earlier" || t[j].lw == "late" || t[j].lw == "early") {
		j++
	}
	n := j
	for n < b && n < j+2 && timeWords[t[n].lw] {
		n++
	}
	if n == j || n >= b {
		return k
	}
	if t[n].lw == "that" {
		n++
	}
	if sp.clauseAt(n, b) || n < b && t[n].tag == "PRP" {
		return n
	}
	return k
}
