package atomic

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/facts"
)

// subordinators open a clause that states its own proposition.
var subordinators = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true, "because": true,
	"since": true, "as": true, "after": true, "before": true, "when": true, "if": true,
	"until": true, "once": true, "unless": true,
}

// conditionals open a clause that states a condition, not a fact: "if the
// tariffs take effect" does not say that they do.
var conditionals = map[string]bool{"if": true, "unless": true, "whether": true}

// futureSubordinators open a condition when their clause is in the present
// tense: "once the tariffs take effect" (but "once the tariffs took effect"
// states that they did).
var futureSubordinators = map[string]bool{"when": true, "once": true, "until": true, "before": true, "after": true}

// conditional reports whether the subordinator at k opens a clause, up to
// b, that states a condition: "if", "unless", "whether", or a temporal
// subordinator whose clause has no past tense.
func (sp *splitter) conditional(k, b int) bool {
	w := sp.t[k].lw
	if conditionals[w] {
		return true
	}
	if !futureSubordinators[w] {
		return false
	}
	fin := false
	for i := k + 1; i < b; i++ {
		switch {
		case sp.t[i].Text == ",":
			return fin
		case sp.t[i].tag == "VBD" || sp.t[i].tag == "VBN" && !fin:
			return false
		case finite(sp.t[i].tag):
			fin = true
		}
	}
	return fin
}

// linkAdverbs may stand between a conjunction and its verb: "and then moved".
// negatedGroup reports whether the first verb group of the clause toks is
// negated: "not", "n't", "never" or "cannot" among the verb and the two
// words after it ("can't have", "would not detail", "did never say").
func (sp *splitter) negatedGroup(toks []int) bool {
	for n, i := range toks {
		if !verbal(sp.t[i].tag) {
			continue
		}
		for _, j := range toks[n:min(len(toks), n+3)] {
			if negatesVerb(sp.t[j].lw) {
				return true
			}
		}
		return false
	}
	return false
}

// verbAfterLinks reports whether a verb follows the run of link adverbs
// that starts at k: "and also then have", "and then later said".
func (sp *splitter) verbAfterLinks(k, b int) bool {
	for k++; k < b && linkAdverbs[sp.t[k].lw]; k++ {
	}
	return k < b && verbal(sp.t[k].tag)
}

var linkAdverbs = map[string]bool{
	"then": true, "also": true, "instead": true, "later": true, "subsequently": true,
	"eventually": true, "thus": true, "therefore": true, "still": true, "even": true,
	"not": true, "only": true, "now": true, "finally": true, "so": true,
}

// adverbSubject reports whether the adverb at k is the subject of the
// copula after it ("and now is the time to change that"): the clause has
// its own subject, and is no verb phrase of the one before.
func adverbSubject(t []tok, k int) bool {
	return t[k].lw == "now" && k+1 < len(t) && (t[k+1].lw == "is" || t[k+1].lw == "was" || t[k+1].lw == "’s" || t[k+1].lw == "'s")
}

// clause decomposes tokens a..b into claims: the main clause, coordinated
// clauses and verb phrases, participial, absolute and relative clauses and
// appositives. subj is the inherited subject (token indices) for clauses
// without their own.
func (sp *splitter) clause(a, b int, subj []int, attr Attribution) {
	if a >= b {
		return
	}
	t := sp.t
	if sp.level >= levelWhole {
		sp.out = append(sp.out, draft{toks: span(nil, a, b)})
		return
	}
	if parts := sp.gerundParts(a, b); parts != nil && sp.level == levelAll && sp.series(parts) {
		return
	}
	sp.depth++
	defer func() { sp.depth-- }()
	before := len(sp.out)
	sp.parentheticals(a, b)
	chunks := sp.chunks(a, b)
	var intro, cur, prev []int
	var relAnte []int  // antecedent of a relative clause in the previous chunk
	inWhose := false   // inside a "whose" clause, before its verb
	parenPrev := false // the previous chunk was a remark set off by commas
	var pending []int  // a noun phrase after ", and" that may be a new clause's subject
	conjunct := -1     // sp.out index of the verb-phrase conjunct the last chunk before any remark went to
	pendingAt := 0     // the length of cur before it
	prevSub := false
	var lastAppos []int // the appositive the previous chunk was, before the main clause
	lastDraft := -1     // sp.out index of the claim the previous chunk went to, when not the main clause
	subject := subj
	main := false
	for ci, ch := range chunks {
		k := ch.a
		// (a negative conjunction stays: "Nor is he a pundit")
		for k < ch.b && (t[k].tag == "CC" && t[k].lw != "nor" || linkAdverbs[t[k].lw] && sp.verbAfterLinks(k, ch.b) && !adverbSubject(t, k) || t[k].Text == "," || sp.dashAt(k) > 0) {
			k++
		}
		if k >= ch.b {
			continue
		}
		first := t[k]
		hasFin := sp.hasFinite(k, ch.b)
		if !main {
			prev = span(prev[:0], ch.a, ch.b)
			if !subordinators[first.lw] && t[ch.a].tag != "CC" {
				prevSub = false
			}
			switch {
			case subordinators[first.lw] && sp.conditional(k, ch.b):
				// "If the tariffs take effect, ...": the condition stays
				// with the clause it conditions
				intro = append(intro, span(nil, ch.a, ch.b)...)
				continue
			case subordinators[first.lw] && hasFin && k+1 < ch.b && !verbal(t[k+1].tag):
				sp.clause(k+1, ch.b, nil, attr)
				prevSub = true
				continue
			case prevSub && t[ch.a].tag == "CC" && hasFin:
				sp.clause(k, ch.b, nil, attr)
				continue
			case (first.tag == "WDT" || first.tag == "WP") && len(intro) > 0:
				sp.relative(intro, k, ch.b)
				continue
			case first.lw == "with" && sp.absolute(k+1, ch.b) && (ci+1 < len(chunks) || len(intro) > 0):
				sp.absoluteUnit(k+1, ch.b, a, b, attr) // frames too: "with Taliban accused of ..."
				continue
			case len(intro) > 0 && (first.tag == "DT" || first.tag == "PRP$") && ci+1 < len(chunks) && (sp.endsName(intro) || sp.shortNP(intro)) &&
				sp.npRelative(k, ch.b) && mainVerbAfterAppositive(t[chunks[ci+1].a]) && !sp.prepObject(sp.npTail(intro)):
				// an appositive with its own relative clause, before the
				// verb: "America Rising, a committee that has vowed to X,
				// posted the footage"
				sp.appositive(sp.npTail(intro), k, ch.b)
				continue
			case hasFin || ci == len(chunks)-1 || verbal(first.tag) && len(intro) > 0:
				main = true
				v := sp.firstVerb(k, ch.b)
				switch {
				case v > k:
					subject = sp.subjectOf(k, v)
					cur = append(append([]int(nil), intro...), span(nil, ch.a, ch.b)...)
				case len(subject) > 0 && len(intro) == 0:
					cur = append(append([]int(nil), subject...), span(nil, k, ch.b)...)
				default:
					if len(intro) > 0 {
						subject = sp.npTail(intro)
					}
					cur = append(append([]int(nil), intro...), span(nil, k, ch.b)...)
				}
				if sp.depth == 1 && sp.mainSubj == nil {
					sp.mainSubj = subject
				}
				continue
			default:
				title := first.tag == "NN" && k+1 < ch.b && t[k+1].lw == "of" && sp.endsName(intro) // "Marian Wright Edelman, president of the Children’s Defense Fund,"
				if len(intro) > 0 && npStart(first.tag) && (first.tag == "DT" || first.tag == "PRP$" || title) && t[ch.a].tag != "CC" && sp.isNP(k, ch.b) && ci+1 < len(chunks) && !sp.prepObject(sp.npTail(intro)) {
					ante := sp.npTail(intro)
					if n := sp.nameTail(lastAppos); n != nil && (first.lw == "a" || first.lw == "an") && sp.bodyNounEnds(k, ch.b) {
						// "Evan Wolfson, the founder of Freedom to Marry, a gay
						// rights organization": the nearer name is the body
						// described ("Smith, the head of Acme, a former Marine"
						// is Smith)
						ante = n
					}
					sp.appositive(ante, k, ch.b)
					lastAppos = span(lastAppos[:0], k, ch.b)
					continue
				}
				lastAppos = lastAppos[:0]
				intro = append(intro, span(nil, ch.a, ch.b)...)
				continue
			}
		}
		madeConjunct := false // this chunk went to a verb-phrase conjunct of its own
		madeDraft := false    // this chunk went to a participle's claim of its own
		keptDraft := false    // this chunk went on the claim the chunk before went to
		continuesRel := relAnte != nil && t[ch.a].tag == "CC"
		relAnte0 := relAnte
		relAnte = nil
		switch {
		case inWhose || first.tag == "WP$":
			// "Mattioli, whose son, James, was killed": the clause is about
			// what the antecedent has, not the antecedent, so it stays in
			// place up to its verb, and its verb phrase is no one else's
			cur = append(cur, span(nil, ch.a, ch.b)...)
			inWhose = !hasFin
		case first.tag == "WDT" || first.tag == "WP":
			made := len(sp.out)
			sp.relative(cur, k, ch.b)
			relAnte = sp.npTail(cur)
			if len(sp.out) > made && ci+1 < len(chunks) && t[chunks[ci+1].a-1].Text != "," {
				// "investigators, who insist that she made incomplete
				// statements when she said ...": a time clause right after
				// the relative clause, with no comma between, is the
				// relative clause's
				madeDraft = true
			}
		case continuesRel && verbal(first.tag):
			// "X, which began in October and has drawn criticism": the
			// coordinated verb phrase is still the relative clause's, so
			// its subject is the antecedent, not the main clause's subject
			sp.out = append(sp.out, draft{toks: append(append([]int(nil), relAnte0...), span(nil, k, ch.b)...)})
			relAnte = relAnte0
		case first.tag == "WRB" && (first.lw == "where" || first.lw == "when"):
			// "a dinner for the Queen when Mr. Reagan was president", "in
			// Doha, where the talks began": the clause says where or when
			// of what comes before, so it stays in place, with the
			// participle or verb phrase the chunk before went to ("...,
			// trying to soften his image by recounting a time when")
			if lastDraft >= 0 {
				sp.out[lastDraft].toks = append(sp.out[lastDraft].toks, span(nil, ch.a, ch.b)...)
				keptDraft = true
				break
			}
			cur = append(cur, span(nil, ch.a, ch.b)...)
		case first.lw == "with" && sp.absolute(k+1, ch.b):
			sp.absoluteUnit(k+1, ch.b, a, b, attr)
		case (first.lw == "while" || first.lw == "whereas") && k+1 < ch.b && t[k+1].tag == "VBG":
			// "..., while forging new partnerships": the subject and a
			// linking verb in the main clause's tense
			sp.out = append(sp.out, sp.participle(subject, cur, k+1, ch.b))
		case subordinators[first.lw] && sp.conditional(k, ch.b):
			cur = append(cur, span(nil, ch.a, ch.b)...)
		case subordinators[first.lw] && hasFin && k+1 < ch.b && !verbal(t[k+1].tag) && first.lw != "as" ||
			first.lw == "as" && hasFin && k+1 < ch.b && npStart(t[k+1].tag):
			if first.lw == "as" && sp.bareFrame(span(nil, k+1, ch.b)) {
				break // "..., as I said earlier, ...": a comment on the saying, no claim
			}
			if sp.saysFirst(k+1, ch.b) {
				// "..., while others said they wanted to support free
				// speech": the clause's own frame, not the main clause's
				sp.unit(k+1, ch.b, attr)
				break
			}
			sp.clause(k+1, ch.b, subject, attr)
		case first.tag == "VBG" && !prepParticiples[first.lw]:
			if d := sp.participle(subject, cur, k, ch.b); len(d.toks) > 0 {
				sp.out = append(sp.out, d)
				madeDraft = true
			}
		case t[ch.a].tag != "CC" && !parenPrev && sp.reducedRelative(chunks, ci, prev, k):
			// "prepared by a task force, called the School Shield Program,
			// led by Hutchinson": the participle is the noun's before it
			sp.out = append(sp.out, sp.participle(sp.npTail(prev), cur, k, ch.b))
		case parenPrev && pending == nil && finite(first.tag) && t[ch.a].tag != "CC" && conjunct >= 0 && sp.endsNominal(sp.out[conjunct].toks):
			// "Cowan is a lawyer and will become the first black senator
			// since Edward Brooke, a Republican, held the seat": the noun
			// before the remark ends a verb-phrase conjunct, so the verb is
			// that conjunct's, not the main clause's
			sp.out[conjunct].toks = append(sp.out[conjunct].toks, span(nil, ch.a, ch.b)...)
			madeConjunct = true
		case parenPrev && pending == nil && (finite(first.tag) || first.tag == "VBN" && pastTenseForm(first.lw) && sp.embedded(cur)) && t[ch.a].tag != "CC" && sp.endsNominal(cur):
			// "no sign the story, or the speculation about it, was fading",
			// "in which Jon Stewart, a longtime friend, had joked": the verb
			// after a remark set off by commas is the noun's before it (in
			// an open embedded clause, a past form the tagger took for a
			// participle too: "whether Wal-Mart, the largest retailer,
			// discriminated")
			cur = append(cur, span(nil, ch.a, ch.b)...)
		case verbal(first.tag) && !prepParticiples[first.lw] && (t[ch.a].tag == "CC" || finite(first.tag)) && sp.embedded(cur):
			// "his claim that Afghanistan is a war of choice and may not be
			// winnable", "complained that the restaurant had paid them less,
			// did not pay overtime and ...": the verb phrase may belong to
			// the embedded clause, so the clause stays whole
			cur = append(cur, span(nil, ch.a, ch.b)...)
		case pending != nil && finite(first.tag) && t[ch.a].tag != "CC":
			// "..., and Senator Harry Reid, the majority leader, has
			// promised": the noun phrase after the conjunction is the
			// subject of this verb, not a part of the main clause
			cur = cur[:pendingAt]
			subject = pending
			sp.out = append(sp.out, draft{toks: append(append([]int(nil), pending...), span(nil, k, ch.b)...)})
			pending = nil
		case verbal(first.tag) && len(cur) > 0 && cur[len(cur)-1] < k && sp.bareVerbEnds(cur[len(cur)-1], k):
			// "could not confirm, deny or comment on the case": verbs
			// without objects of their own share the last one's, so the
			// clause stays whole
			cur = append(cur, span(nil, ch.a, ch.b)...)
		case (verbal(first.tag) || t[ch.a].tag == "CC" && lyAdverb(first) && k+1 < ch.b && verbal(t[k+1].tag)) && !prepParticiples[first.lw]:
			// the subject, and the auxiliaries it shares: "Pakistan has
			// tightened controls and launched an operation" -> "Pakistan has
			// launched an operation"; an adverb before the verb stays with it
			// ("and reportedly quit earlier this month")
			if (first.tag == "VB" || first.tag == "VBP") && t[ch.a].tag == "CC" && len(cur) > 0 && cur[len(cur)-1] >= ch.a-2 && sp.negatedGroup(cur) {
				// "You can't have full security, and also then have full
				// privacy": a base form shares the negated verb group, and
				// "You have full privacy" would invert it; the clause stays
				// whole (a verb of its own, "and did not approve it", splits)
				cur = append(cur, span(nil, ch.a, ch.b)...)
				break
			}
			d := append(append([]int(nil), subject...), sp.sharedAux(cur, subject, k)...)
			sp.out = append(sp.out, draft{toks: append(d, span(nil, k, ch.b)...)})
			madeConjunct = true
		case (t[ch.a].tag == "CC" || sp.dashAt(ch.a) > 0) && hasFin && sp.firstVerb(k, ch.b) > k && !sp.relativeBetween(k, sp.firstVerb(k, ch.b)):
			v := sp.firstVerb(k, ch.b)
			subject = sp.subjectOf(k, v)
			sp.out = append(sp.out, draft{toks: span(nil, k, ch.b)})
		case (first.tag == "DT" || first.tag == "PRP$" && !sp.prepObject(sp.npTail(prev))) && t[ch.a].tag != "CC" && sp.isNP(k, ch.b) && sp.endsName(prev):
			sp.appositive(sp.npTail(prev), k, ch.b)
		case relAnte0 != nil && !hasFin && (first.tag == "NN" || first.tag == "NNS") && len(sp.out) > before:
			// "a plan, which includes layoffs of teachers, police officers
			// and firefighters, ...": the rest of a list inside the
			// relative clause, not words of the main clause
			last := &sp.out[len(sp.out)-1]
			last.toks = append(last.toks, span(nil, ch.a, ch.b)...)
			relAnte = relAnte0
		case conjunct >= 0 && !hasFin && t[ch.a].tag != "CC" && (first.tag == "DT" || first.tag == "CD") && !sp.hasVerb(k, ch.b) && ch.a > 0 && t[ch.a-1].Text == ",":
			// "Brat is married and has two children, an 11-year-old
			// daughter and a son": the remark is on the conjunct's noun
			sp.out[conjunct].toks = append(sp.out[conjunct].toks, span(nil, ch.a-1, ch.b)...)
		default:
			if t[ch.a].lw == "and" && !hasFin && sp.isNP(k, ch.b) && pending == nil {
				pending, pendingAt = span(nil, k, ch.b), len(cur)
			}
			cur = append(cur, span(nil, ch.a, ch.b)...)
		}
		switch {
		case madeConjunct || madeDraft:
			lastDraft = len(sp.out) - 1
		case !keptDraft:
			lastDraft = -1
		}
		prev = span(prev[:0], ch.a, ch.b)
		parenPrev = !hasFin && (t[ch.a].tag == "CC" || first.tag == "DT" || first.tag == "PRP$" || first.lw == "including" || sp.countsOfThem(k, ch.b)) ||
			t[ch.a].tag == "CC" && (first.tag == "DT" || first.tag == "PRP$") // "or the speculation about who may have been responsible"
		switch {
		case madeConjunct:
			conjunct = len(sp.out) - 1
			if sp.out[conjunct].toks[len(sp.out[conjunct].toks)-1] != ch.b-1 {
				conjunct = -1 // the conjunct did not end with this chunk
			}
		case !parenPrev:
			conjunct = -1
		}
	}
	if len(cur) == 0 && len(intro) > 0 {
		cur = intro
	}
	if len(cur) > 0 {
		sp.out = append(sp.out, draft{toks: cur})
	}
	// keep sentence order: the main clause first
	if n := len(sp.out); n-before > 1 && len(cur) > 0 {
		last := sp.out[n-1]
		copy(sp.out[before+1:], sp.out[before:n-1])
		sp.out[before] = last
	}
	if d, ok := sp.temporalClause(cur); ok {
		sp.out = append(sp.out, d)
	}
	sp.expandLists(before)
}

// verbGroups counts the finite verb groups in a..b, and a comma as one
// more: a clause has one.
func (sp *splitter) verbGroups(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		x := sp.t[i]
		if x.Text == "," || finite(x.tag) && (i == a || !verbal(sp.t[i-1].tag) && sp.t[i-1].tag != "RB") {
			n++
		}
	}
	return n
}

// temporalSubordinators open a clause that dates the main one by another
// event: "since Edward Brooke held the seat", "after the committee released
// its report".
var temporalSubordinators = map[string]bool{"since": true, "after": true, "before": true, "when": true, "until": true, "once": true}

// temporalClause returns, as a claim of its own, the clause a temporal
// subordinator opens inside the main clause cur, when it runs to cur's
// end and reads on its own: "Cowan will become the first black senator
// since Edward Brooke held the seat from 1966 to 1978" also says "Edward
// Brooke held the seat from 1966 to 1978". The main clause stays whole.
func (sp *splitter) temporalClause(cur []int) (draft, bool) {
	t := sp.t
	for p := 1; p+2 < len(cur); p++ {
		i := cur[p]
		if !temporalSubordinators[t[i].lw] || t[cur[p-1]].Text == "," {
			continue
		}
		rest := cur[p+1:]
		if rest[len(rest)-1]-rest[0] != len(rest)-1 || !sp.clauseAt(rest[0], rest[len(rest)-1]+1) {
			continue // not one run of words, or no subject and verb of its own
		}
		if sp.conditional(i, rest[len(rest)-1]+1) {
			continue // "free to go after he surrenders his passport": a condition, not an event
		}
		if t[i].lw == "when" && t[rest[0]].lw == "it" && t[rest[1]].lw == "comes" {
			continue // "when it comes to creating jobs": an idiom, no event
		}
		if sp.verbGroups(rest[0], rest[len(rest)-1]+1) != 1 {
			continue // "until the chamber resolves budget measures will be tested": the main verb follows
		}
		d := draft{toks: append([]int(nil), rest...)}
		if sp.readable(d) {
			return d, true
		}
	}
	return draft{}, false
}

// countsOfThem reports whether the chunk k..b counts the noun before it:
// "many of them tea party activists", "some of whom".
func (sp *splitter) countsOfThem(k, b int) bool {
	t := sp.t
	if k+2 >= b || t[k+1].lw != "of" || t[k+2].lw != "them" && t[k+2].lw != "whom" {
		return false
	}
	switch t[k].lw {
	case "many", "most", "some", "all", "several", "few", "both", "none", "half", "dozens", "hundreds", "thousands":
		return true
	}
	return t[k].tag == "CD"
}

// pastBefore reports whether a past-tense verb stands in a..b.
func (sp *splitter) pastBefore(a, b int) bool {
	for i := a; i < b; i++ {
		if sp.t[i].tag == "VBD" {
			return true
		}
	}
	return false
}

// lyAdverb reports whether a token is an adverb in -ly ("reportedly",
// "quickly"), one that may stand between a conjunction and its verb.
func lyAdverb(w tok) bool { return w.tag == "RB" && strings.HasSuffix(w.lw, "ly") }

// endsNominal reports whether the tokens idx end with a noun or pronoun.
func (sp *splitter) endsNominal(idx []int) bool {
	return len(idx) > 0 && nominal(sp.t[idx[len(idx)-1]].tag)
}

// butExcept are the words after which "but" means "except" or "almost"
// and joins nothing: "had all but sewn up the votes", "was anything but
// calm".
var butExcept = map[string]bool{
	"all": true, "anything": true, "nothing": true, "everything": true, "everyone": true,
	"everybody": true, "nobody": true, "none": true,
}

// reducedRelative reports whether chunk ci, opening with the past
// participle at k right after a chunk that ends in a noun, describes that
// noun ("a task force, called the School Shield Program," "a committee,
// chaired by Smith"): a participle with "by" or a noun phrase after it, and
// no later chunk that coordinates a verb ("entered the room, sat down and
// ordered a drink" is a series of the subject's verbs).
func (sp *splitter) reducedRelative(chunks []chunk, ci int, prev []int, k int) bool {
	t := sp.t
	x := t[k]
	if x.tag != "VBN" && !(x.tag == "VBD" && pastTenseForm(x.lw)) || len(prev) == 0 || !sp.endsNominal(prev) || k+1 >= chunks[ci].b || prepParticiples[x.lw] {
		return false // (", given the large number of appearances": a preposition, no description)
	}
	if n := t[k+1]; n.lw != "by" && n.tag != "DT" && !name(n.tag) {
		return false
	}
	for _, c := range chunks[ci+1:] {
		if t[c.a].tag == "CC" && c.a+1 < c.b && verbal(t[c.a+1].tag) {
			return false
		}
	}
	return true
}

// saysFirst reports whether the clause a..b opens with a speech frame: a
// subject of at most six words, then a speech verb as its first finite
// verb ("others said they wanted ...").
func (sp *splitter) saysFirst(a, b int) bool {
	for v := a + 1; v < b && v <= a+6; v++ {
		if finite(sp.t[v].tag) {
			return sayVerbs[sp.t[v].lw] && npStart(sp.t[a].tag)
		}
		if sp.t[v].Text == "," {
			return false
		}
	}
	return false
}

// dashAt returns how many tokens the dash at i spans ("—", "–", or "--"
// written as two hyphens, from either), or 0.
func (sp *splitter) dashAt(i int) int {
	t := sp.t
	switch {
	case i < len(t) && (t[i].Text == "—" || t[i].Text == "–"):
		return 1
	case i+1 < len(t) && t[i].Text == "-" && t[i+1].Text == "-":
		return 2
	case i > 0 && i < len(t) && t[i].Text == "-" && t[i-1].Text == "-":
		return 1 // the second hyphen of "--"
	}
	return 0
}

// dashAfter reports whether a dash stands in a..b.
func (sp *splitter) dashAfter(a, b int) bool {
	for i := a; i < b; i++ {
		if sp.dashAt(i) > 0 {
			return true
		}
	}
	return false
}

// yetJoins reports whether the "yet" at i joins clauses (", yet the vote
// failed") rather than being the adverb of a verb group ("has not yet
// said"): after a comma, or not after an auxiliary or a negation.
func yetJoins(t []tok, i int) bool {
	if i == 0 || t[i-1].Text == "," {
		return true
	}
	p := t[i-1].lw
	return !aux[p] && p != "not" && p != "n't" && p != "never"
}

// chunk is a run of tokens between clause boundaries.
type chunk struct{ a, b int }

// chunks splits a..b at clause boundaries: commas outside brackets, dates,
// place pairs and lists; conjunctions and subordinators that open a clause.
func (sp *splitter) chunks(a, b int) []chunk {
	t := sp.t
	var out []chunk
	st := a
	depth := 0
	quote := false
	for i := a; i < b; i++ {
		w := t[i].Text
		switch w {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			depth = max(0, depth-1)
			continue
		case "“", "”":
			quote = w == "“"
			continue
		}
		if depth > 0 || quote || sp.skip[i] {
			continue
		}
		cut := false
		if n := sp.idiomAside(i, b); n > 0 {
			i += n // "she made, at best, incomplete statements": the aside stays in its clause
			continue
		}
		if w == "," && !sp.inList(i) && !sp.dateComma(i) && !sp.adjComma(i) && !sp.placeComma(i, b) && i > st && !(i+2 < b && t[i+1].lw == "and" && sp.betweenPartner(st, i+1, b)) {
			out = append(out, chunk{st, i})
			st = i + 1
			continue
		}
		if i > st && i+1 < b && (t[i].lw == "and" || t[i].lw == "but" || t[i].lw == "yet" && yetJoins(t, i)) && !sp.inList(i) && !(t[i].lw == "and" && sp.betweenPartner(st, i, b)) {
			k := i + 1
			for k < b && (linkAdverbs[t[k].lw] || lyAdverb(t[k]) && k+1 < b && verbal(t[k+1].tag)) {
				k++
			}
			if k < b && t[k].tag == "VB" && sameFormIrregulars[t[k].lw] && t[i].lw == "and" && sp.pastBefore(st, i) {
				t[k].tag = "VBD" // "joined the administration in 2009 and quit this month": a past tense like the first verb's
			}
			if k < b && finite(t[k].tag) || sp.clauseAt(k, b) && sp.hasFinite(sp.innerClauseStart(st, i), i) && !sp.mainVerbAwaited(st, i) {
				cut = true
			}
			if t[i].lw == "but" && (sp.notOnly(st, i) || butExcept[t[i-1].lw]) {
				cut = false // "not only impact X but also have Y", "had all but sewn up the votes": one claim
			}
			// "will close two plants and cut 500 jobs": a base form sharing
			// the clause's modal, with an object of its own
			if k+1 < b && t[k].tag == "VB" && t[i].lw == "and" && npStart(t[k+1].tag) && sp.modalVerb(st, i) {
				cut = true
			}
		}
		if i > st+1 && subordinators[t[i].lw] && t[i].lw != "as" && t[i].lw != "since" && t[i].lw != "before" && t[i].lw != "after" && t[i].lw != "until" && sp.clauseAt(i+1, b) && !sp.conditional(i, b) {
			cut = true
		}
		if n := sp.dashAt(i); n > 0 && i > st && i+n < b && sp.clauseAt(i+n, b) && sp.hasFinite(sp.innerClauseStart(st, i), i) && !sp.dashAfter(i+n, b) {
			// "X is the latest to advance a proposal -- lawmakers announced
			// a deal": a dash between two clauses (a pair of dashes sets
			// off a remark, which stays)
			cut = true
		}
		if i > st+1 && (t[i].lw == "while" || t[i].lw == "whereas") && i+1 < b && t[i+1].tag == "VBG" {
			cut = true
		}
		// coordinated progressive verb phrases: "are asserting their
		// independence and refusing to comply" (three words at least after
		// "and", so "eating and drinking" stays whole)
		if t[i].lw == "and" && !sp.inList(i) && i+3 < b && t[i+1].tag == "VBG" && t[i+2].tag != "NN" && t[i+2].tag != "NNS" && sp.progressive(st, i) {
			cut = true
		}
		if cut {
			out = append(out, chunk{st, i})
			st = i
		}
	}
	if st < b {
		out = append(out, chunk{st, b})
	}
	return out
}

// betweenPartner reports whether the "and" at i joins the second of two
// things compared to an open "between" of a..i: a noun phrase follows it
// that starts no clause of its own ("between a man and a woman"; not
// "between two people and are practised", nor "between people of one
// gender, and I do not favor").
func (sp *splitter) betweenPartner(a, i, b int) bool {
	return i+1 < b && npStart(sp.t[i+1].tag) && sp.betweenOpen(a, i) && !sp.plainClauseAt(i+1, b)
}

// betweenOpen reports whether a "between" in a..i still waits for its
// "and": "the contrast between the many steps he took that allowed him to
// avoid Vietnam, and the misleading way he speaks of it now" is one claim
// of two things compared, not two clauses (a clause after the "and" — "...
// between people of the same gender, and I do not favor civil unions" —
// is still one of its own).
func (sp *splitter) betweenOpen(a, i int) bool {
	open := false
	for k := a; k < i; k++ {
		x := sp.t[k]
		switch {
		case x.lw == "between":
			open = true
		case x.lw == "and":
			open = false
		case open && finite(x.tag) && k > 0 && !relativeVerb(sp.t[k-1]):
			open = false // "relations between the two countries have soured": the phrase ended
		}
	}
	return open
}

// plainClauseAt is clauseAt without a coordinator before the verb: in
// "between a man and a woman and that's my preference" no clause starts
// at "a woman".
func (sp *splitter) plainClauseAt(k, b int) bool {
	for j := k; j < b && j < k+12; j++ {
		if sp.t[j].tag == "CC" {
			return false
		}
		if finite(sp.t[j].tag) {
			break
		}
	}
	return sp.clauseAt(k, b)
}

// relativeVerb reports whether a finite verb after p belongs to a relative
// clause inside the phrase: after its subject pronoun ("the steps he
// took") or its relative pronoun ("that allowed him").
func relativeVerb(p tok) bool {
	return p.tag == "PRP" || p.tag == "WDT" || p.tag == "WP" || p.lw == "that" || p.lw == "who" || p.lw == "which"
}

// progressive reports whether a..b holds a progressive verb: a form of
// "be" followed by a present participle.
func (sp *splitter) progressive(a, b int) bool {
	for i := a; i+1 < b; i++ {
		switch sp.t[i].lw {
		case "is", "are", "was", "were", "be", "been", "am":
			for j := i + 1; j < b && j < i+3; j++ {
				if sp.t[j].tag == "VBG" {
					return true
				}
			}
		}
	}
	return false
}

// clauseAt reports whether a clause (a short noun phrase and a finite verb)
// starts at k.
func (sp *splitter) clauseAt(k, b int) bool {
	t := sp.t
	if k >= b || !npStart(t[k].tag) {
		return false
	}
	for j := k; j < b && j < k+12; j++ {
		if finite(t[j].tag) {
			return j > k
		}
		if t[j].Text == "," || t[j].tag == "WDT" || verbal(t[j].tag) && t[j-1].tag != "DT" && t[j-1].tag != "JJ" {
			return false
		}
		if j > k && t[j].tag == "CC" && j+1 < b && finite(t[j+1].tag) {
			return false // "Internet data and business telephone records or were briefed": the verb after "or" is the sentence's, coordinated
		}
		if j > k && t[j].lw == "that" && j+1 < b && t[j+1].tag == "PRP" {
			return false // "claims by Democrats and Republicans in Congress that they were": the verb is the that-clause's
		}
		if j > k && t[j].tag == "PRP" && (t[j-1].tag == "NN" || t[j-1].tag == "NNS") {
			return false // "mistakes he has made": a noun and its relative clause
		}
		if j > k && (t[j].lw == "the" || t[j].lw == "a" || t[j].lw == "an") && (t[j-1].tag == "NN" || t[j-1].tag == "NNS") {
			return false // "other means the government may use": the same, with a noun subject
		}
	}
	return false
}

// dateComma reports whether the comma at i sits inside a date ("May 29, 2014").
func (sp *splitter) dateComma(i int) bool {
	t := sp.t
	return i > 1 && i+1 < len(t) && t[i-1].IsNumeric() && len(t[i-1].Text) <= 2 && t[i-2].tag == "NNP" && t[i+1].IsNumeric() && len(t[i+1].Text) == 4
}

// placeComma reports whether the comma at i joins "Los Angeles, California".
func (sp *splitter) placeComma(i, b int) bool {
	t := sp.t
	if i == 0 || i+1 >= b || t[i-1].tag != "NNP" || t[i+1].tag != "NNP" || facts.IsRegion(t[i-1].Text) {
		return false // "in Ohio, Iowa and Maine": a list of regions
	}
	return i+2 >= b || t[i+2].Text == "," || t[i+2].tag == "IN" || t[i+2].tag == "CC" || t[i+2].Text == "."
}

// innerClauseStart returns where the innermost clause open at i starts:
// after the last subordinator, relative pronoun or "that" in st..i, else
// st. In "force states to feed the data into the system so those with
// criminal convictions and the mentally ill could be flagged" the clause
// after "so" has no verb before "and": the conjunction joins its subjects.
func (sp *splitter) innerClauseStart(st, i int) int {
	for j := i - 1; j > st; j-- {
		if x := sp.t[j]; subordinators[x.lw] || x.lw == "so" || x.lw == "that" || x.tag == "WDT" || x.tag == "WP" {
			return j + 1
		}
	}
	return st
}

// mainVerbAwaited reports whether the conjunction at i sits inside a
// subordinate or relative clause whose main clause has no finite verb
// yet: in "The threat to filibuster until the chamber resolves budget and
// tax cut measures will be tested" the "and" joins the objects of
// "resolves", and the threat's verb comes after it, so no clause ends at
// the "and".
func (sp *splitter) mainVerbAwaited(st, i int) bool {
	in := sp.innerClauseStart(st, i)
	return in > st && !sp.hasFinite(st, in-1)
}

func (sp *splitter) inList(i int) bool {
	for _, l := range sp.lists {
		if i > l.a && i < l.b {
			return true
		}
	}
	return false
}

// firstVerb returns the index of the first finite verb in a..b, else the
// first verb, else a.
func (sp *splitter) firstVerb(a, b int) int {
	for i := a; i < b; i++ {
		if finite(sp.t[i].tag) {
			return i
		}
	}
	for i := a; i < b; i++ {
		if verbal(sp.t[i].tag) && i > a {
			return i
		}
	}
	return a
}

// subjectOf returns the subject tokens before verb v, without a leading
// conjunction or subordinator.
func (sp *splitter) subjectOf(a, v int) []int {
	for a < v && (sp.t[a].tag == "CC" || subordinators[sp.t[a].lw] || sp.t[a].Text == ",") {
		a++
	}
	for v > a && (sp.t[v-1].tag == "RB" || sp.t[v-1].Text == ",") {
		v--
	}
	return span(nil, a, v)
}

// npTail returns the noun phrase at the end of idx: the tokens back to the
// last verb, preposition (other than "of") or punctuation.
func (sp *splitter) npTail(idx []int) []int {
	j := len(idx)
	for j > 0 {
		x := sp.t[idx[j-1]]
		if x.Text == "," || verbal(x.tag) || x.tag == "IN" && x.lw != "of" || x.tag == "TO" || x.tag == "WDT" || x.tag == "WRB" || x.tag == "CC" {
			break // ("when Stephen W. Preston, the general counsel,": the name, not "when")
		}
		if j < len(idx) && idx[j-1] != idx[j]-1 && sp.t[idx[j]].tag != "CD" {
			break // a boundary between chunks: "Ten minutes later, Benjamin J. Rhodes" (not an age: "Cowan, 43,")
		}
		j--
	}
	if j == len(idx) {
		return nil
	}
	return append([]int(nil), idx[j:]...)
}

// oneReferentTail is npTail, reaching back over "a X and" when the two
// describe one referent (see oneReferent): the antecedent of "who" in "a
// former security agent and 20-year veteran of the department, who
// reviewed the documents" is both.
func (sp *splitter) oneReferentTail(host []int) []int {
	ante := sp.npTail(host)
	n := len(host) - len(ante)
	if len(ante) == 0 || n < 2 || sp.t[host[n-1]].lw != "and" {
		return ante
	}
	prev := sp.npTail(host[:n-1])
	if len(prev) == 0 {
		return ante
	}
	pos := slices.Concat(prev, host[n-1:n], ante)
	if !oneReferent(sp.t, pos, []rng{{0, len(prev)}, {len(prev) + 1, len(pos)}}) {
		return ante
	}
	return pos
}

// relativeBetween reports whether a relative pronoun stands in a..b: the
// verb after it is the relative clause's ("or the speculation about who
// sent the photo" is a noun phrase, not a clause).
func (sp *splitter) relativeBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if x := sp.t[i].tag; x == "WP" || x == "WDT" || x == "WP$" {
			return true
		}
	}
	return false
}

// prepObject reports whether the noun phrase ante is a preposition's
// object ("Over the years", "in congressional history"): the noun phrase
// after the comma that follows it is then the clause's subject, not an
// appositive renaming it ("Over the years, its philanthropic wing, ...,
// has donated").
func (sp *splitter) prepObject(ante []int) bool {
	if len(ante) == 0 || ante[0] == 0 {
		return false
	}
	p := sp.t[ante[0]-1]
	return p.tag == "IN" && p.lw != "of" || p.tag == "TO"
}

// isNP reports whether a..b holds no verb and at least one noun.
func (sp *splitter) isNP(a, b int) bool {
	noun := false
	for i := a; i < b; i++ {
		if finite(sp.t[i].tag) || sp.t[i].tag == "VBG" && i == a {
			return false
		}
		if nominal(sp.t[i].tag) {
			noun = true
		}
	}
	return noun && b-a <= 14
}

func (sp *splitter) endsName(idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	tg := sp.t[idx[len(idx)-1]].tag
	return tg == "NNP" || tg == "NNPS"
}

// hasVerb reports whether a..b holds a verb of any form.
func (sp *splitter) hasVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if verbal(sp.t[i].tag) {
			return true
		}
	}
	return false
}

// nameTail returns the proper name that ends idx, with the small words
// inside it ("Freedom to Marry", "Bureau of Prisons", "the Children’s
// Defense Fund"), or nil.
func (sp *splitter) nameTail(idx []int) []int {
	j := len(idx)
	for j > 0 {
		x := sp.t[idx[j-1]]
		if name(x.tag) {
			j--
			continue
		}
		if (x.lw == "of" || x.lw == "to" || x.lw == "for" || x.lw == "and" || x.tag == "POS") && j-2 >= 0 && j < len(idx) && name(sp.t[idx[j-2]].tag) {
			j--
			continue
		}
		break
	}
	if j == len(idx) {
		return nil
	}
	if j > 0 && sp.t[idx[j-1]].lw == "the" {
		j--
	}
	return append([]int(nil), idx[j:]...)
}

// bodyNounEnds reports whether the noun phrase a..b is headed by a noun
// for an organisation ("an advocacy group here", "a gay rights
// organization"): it describes a body, not a person.
func (sp *splitter) bodyNounEnds(a, b int) bool {
	for i := a; i < b; i++ {
		if x := sp.t[i]; strings.HasPrefix(x.tag, "NN") && bodyNouns[x.lw] && (i+1 == b || !strings.HasPrefix(sp.t[i+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// bodyNouns head descriptions of organisations.
var bodyNouns = map[string]bool{
	"group": true, "organization": true, "organisation": true, "company": true, "firm": true, "agency": true,
	"committee": true, "coalition": true, "association": true, "union": true, "newspaper": true, "network": true,
	"site": true, "website": true, "nonprofit": true, "institute": true, "foundation": true, "council": true,
	"lobby": true, "chain": true, "station": true, "magazine": true, "fund": true, "tank": true, "party": true,
}

// name reports whether a tag is a proper noun's.
func name(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// absolute reports whether a..b is the body of an absolute "with" clause:
// a noun phrase followed by a participle or "as" ("with Taliban accused
// of ...", "with nearly 300,000 Afghans leaving").

func (sp *splitter) absolute(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if sp.t[i].tag == "VBG" || sp.t[i].tag == "VBN" && (i > a+1 || name(sp.t[a].tag)) || finite(sp.t[i].tag) {
			return true
		}
		if sp.t[i].tag == "IN" && sp.t[i].lw != "of" {
			return false
		}
	}
	return false
}

// relative emits "antecedent + clause" for a relative clause starting with
// the relative pronoun at k.
func (sp *splitter) relative(host []int, k, b int) {
	ante := sp.oneReferentTail(host)
	if n := sp.nameTail(host); len(n) > len(ante) && len(ante) > 0 && name(sp.t[ante[0]].tag) {
		ante = n // "the Port Authority of New York and New Jersey, which operates the bridge": the whole name
	}
	if n := sp.nameTail(ante); sp.t[k].lw == "who" && len(n) > 0 && len(n)+2 <= len(ante) && !name(sp.t[ante[0]].tag) && sp.t[n[0]].lw != "the" &&
		sp.t[ante[len(ante)-len(n)-1]].lw == "of" && sp.t[ante[len(ante)-len(n)-2]].tag == "NN" {
		ante = n // "at the behest of Chief of Staff Rahm Emanuel, who was": the person, not the behest ("Supporters of Mr. McCarthy, who" stay the supporters)
	}
	if len(ante) == 0 || k+1 >= b {
		return
	}
	for j := k + 2; j+1 < b; j++ {
		if (sp.t[j].lw == "and" || sp.t[j].lw == "but") && sp.t[j+1].lw == sp.t[k].lw && !sp.inList(j) {
			// "Van Hollen, who has sparred with Ryan for years and who
			// played Ryan in debate preparation": two relative clauses of
			// one antecedent, a claim each
			sp.relative(host, k, j)
			sp.relative(host, j+1, b)
			return
		}
	}
	if c, v, ok := sp.relativeSaying(k, b); ok {
		// "other Republicans, who said that Ms. Lerner should stay": what
		// the antecedent said, credited to it
		src := Range{sp.t[ante[0]].Start, sp.t[ante[len(ante)-1]].End}
		before := len(sp.out)
		sp.unit(c, b, Attribution{Source: src, Cue: sp.t[v].Text})
		sp.denialNegate(before, v)
		return
	}
	if n, v, ok := sp.relativeSource(k, b); ok {
		// "the program, which critics say is too costly": the antecedent
		// and the rest of the clause, credited to the source inside it
		src := Range{sp.t[n].Start, sp.t[v-1].End}
		sp.out = append(sp.out, draft{toks: append(append([]int(nil), ante...), span(nil, v+1, b)...), attr: Attribution{Source: src, Cue: sp.t[v].Text}})
		return
	}
	d := draft{toks: append(append([]int(nil), ante...), span(nil, k+1, b)...)}
	if sp.t[k].lw == "where" || sp.t[k].lw == "when" {
		d.toks = append(append([]int(nil), ante...), span(nil, k+1, b)...)
	}
	sp.out = append(sp.out, d)
}

// relativeSaying reports whether the relative clause at k (the pronoun)
// is a speech frame of its antecedent, "who said (that) Y" with Y a
// clause, and returns where Y starts and the verb.
func (sp *splitter) relativeSaying(k, b int) (c, v int, ok bool) {
	t := sp.t
	if t[k].lw != "who" {
		return 0, 0, false
	}
	v = k + 1
	for v < b && (aux[t[v].lw] || t[v].tag == "RB") {
		v++
	}
	if v >= b || !sayVerbs[t[v].lw] || !(finite(t[v].tag) || t[v].tag == "VBN") {
		return 0, 0, false
	}
	c = v + 1
	if c < b && t[c].lw == "that" {
		c++
	}
	if !sp.clauseAt(c, b) && !(c < b && t[c].tag == "PRP" && c+1 < b && finite(t[c+1].tag)) {
		return 0, 0, false
	}
	return c, v, true
}

// relativeSource reports whether the relative clause at k..b (opened by
// "which" or "that") is a source's aside on its antecedent: a short noun
// phrase n..v-1 and a saying verb v right after the pronoun, then a finite
// verb ("which critics say is too costly", "that officials said would
// open in May"). The rest of the clause is then what the source says of
// the antecedent.
func (sp *splitter) relativeSource(k, b int) (n, v int, ok bool) {
	t := sp.t
	if t[k].lw != "which" && t[k].lw != "that" {
		return 0, 0, false
	}
	n = k + 1
	v = n
	for v < b && v-n < 5 && !verbal(t[v].tag) && t[v].Text != "," {
		v++
	}
	if v == n || v+1 >= b || !sayVerbs[t[v].lw] || !finite(t[v].tag) {
		return 0, 0, false
	}
	for i := n; i < v; i++ {
		if !(nominal(t[i].tag) || t[i].tag == "DT" || t[i].tag == "JJ" || t[i].tag == "PRP") {
			return 0, 0, false
		}
	}
	w := v + 1
	for w < b && (t[w].tag == "RB" || t[w].tag == "MD") {
		w++
	}
	if w >= b || !(finite(t[w].tag) || t[v+1].tag == "MD") {
		return 0, 0, false
	}
	return n, v, true
}

// appositive emits "X is Y" for the noun phrase a..b renaming ante.
func (sp *splitter) appositive(ante []int, a, b int) {
	if len(ante) == 0 {
		return
	}
	link := "is"
	if tg := sp.t[ante[len(ante)-1]].tag; tg == "NNS" || tg == "NNPS" || sp.t[ante[len(ante)-1]].lw == "taliban" {
		link = "are"
	}
	sp.out = append(sp.out, draft{toks: append(append([]int(nil), ante...), span(nil, a, b)...), link: link, linkAt: a, gloss: !sp.quotedAt(span(nil, 0, a+1), a)})
}

// adjComma reports whether the comma at i separates coordinated adjectives
// of one noun phrase: "a legible, concise programming style".
func (sp *splitter) adjComma(i int) bool {
	t := sp.t
	return i > 0 && i+2 < len(t) && t[i-1].tag == "JJ" && (t[i+1].tag == "JJ" || t[i+1].tag == "VBN") &&
		(strings.HasPrefix(t[i+2].tag, "NN") || t[i+2].tag == "JJ" || t[i+2].Text == "-")
}

// parentheticals turns each bracketed remark of a..b that is more than an
// acronym into its own claim and hides it from the enclosing clause: a
// remark that is a clause reads alone ("(Mitt Romney leads the pack at 21
// percent)"), any other with the phrase it glosses ("Far from Heaven
// (2002)"). A party label ("(D-Calif.)") is hidden.
func (sp *splitter) parentheticals(a, b int) {
	t := sp.t
	for i := a; i < b; i++ {
		if t[i].Text != "(" || sp.skip[i] {
			continue
		}
		e := i + 1
		for e < b && t[e].Text != ")" && t[e].Text != "(" {
			e++
		}
		if e >= b || t[e].Text != ")" || e == i+1 {
			continue
		}
		if e == i+2 && t[i+1].IsWord() && strings.ToUpper(t[i+1].Text) == t[i+1].Text {
			continue // "(TTP)": an acronym stays in place
		}
		if e > i+3 && t[i+2].Text == "-" && (t[i+1].Text == "D" || t[i+1].Text == "R" || t[i+1].Text == "I") {
			for k := i; k <= e; k++ {
				sp.skip[k] = true // "(D-Calif.)": a party label, not a claim
			}
			i = e
			continue
		}
		for k := i; k <= e; k++ {
			sp.skip[k] = true
		}
		if inner := (draft{toks: span(nil, i+1, e), paren: true}); sp.hasFinite(i+1, e) && !opensClause(t[i+1]) && sp.readable(inner) {
			// "(Mitt Romney leads the pack at 21 percent)": a clause of
			// its own is claimed alone
			sp.out = append(sp.out, inner)
		} else if h := sp.glossedPhrase(a, i); h < i {
			sp.out = append(sp.out, draft{toks: span(span(nil, h, i), i, e+1), paren: true})
		}
		i = e
	}
}

// opensClause reports whether t opens a dependent clause ("who", "when",
// "because"), which does not stand alone.
func opensClause(t tok) bool {
	return t.tag == "WDT" || t.tag == "WP" || t.tag == "WP$" || t.tag == "WRB" || t.tag == "IN" || subordinators[t.lw]
}

// glossedPhrase returns where the phrase a bracket at i glosses starts: a
// capitalised run ("Far from Heaven (2002)") or else a noun phrase
// ("development costs (initially projected at $59 billion)"); i when
// there is none.
func (sp *splitter) glossedPhrase(a, i int) int {
	t := sp.t
	h := i
	for h > a && (t[h-1].IsCapitalised() || t[h-1].tag == "NNP" || t[h-1].Text == "-" || t[h-1].lw == "of" && h-2 > a && t[h-2].IsCapitalised()) {
		h--
	}
	if h == i {
		for h > a && (nominal(t[h-1].tag) || t[h-1].tag == "JJ") {
			h--
		}
	}
	return h
}

// absoluteUnit splits the absolute "with" clause k..e of the clause a..b
// into claims: what a group is said to say when its verb is a gerund of
// saying ("with several leading Republicans arguing that the committee
// needed money": the committee needed money, as several leading
// Republicans argue), else its own claims, linked (see linkAbsolute).
func (sp *splitter) absoluteUnit(k, e, a, b int, attr Attribution) {
	before := len(sp.out)
	if v, c, ok := sp.gerundSaying(k, e); ok {
		sp.unit(c, e, Attribution{Source: Range{sp.t[k].Start, sp.t[v-1].End}, Cue: sp.t[v].Text})
		sp.setAttr(before, attr)
		return
	}
	sp.unit(k, e, attr)
	sp.linkAbsolute(before, a, b)
}

// sayingGerunds are the gerunds of saying that head an absolute clause.
var sayingGerunds = map[string]bool{
	"arguing": true, "saying": true, "claiming": true, "insisting": true, "warning": true,
	"contending": true, "predicting": true, "suggesting": true, "complaining": true, "noting": true,
	"asserting": true, "maintaining": true,
}

// gerundSaying finds in k..e a subject and a gerund of saying v right
// after it, and the content c after "that" (or right after the gerund),
// which must hold a finite verb; a past tense the tagger took for a
// participle right after a noun ("the committee needed") is retagged as
// one.
func (sp *splitter) gerundSaying(k, e int) (v, c int, ok bool) {
	t := sp.t
	for v = k + 1; v < e && v < k+8; v++ {
		if verbal(t[v].tag) && !(t[v].tag == "VBG" && !sayingGerunds[t[v].lw] && v+1 < e && nominal(t[v+1].tag)) {
			break // (a gerund before a noun is its adjective: "several leading Republicans")
		}
	}
	if v >= e || !sayingGerunds[t[v].lw] || !nominal(t[v-1].tag) {
		return 0, 0, false
	}
	c = v + 1
	if c < e && t[c].lw == "that" {
		c++
	}
	if c >= e {
		return 0, 0, false
	}
	if sp.hasFinite(c, e) {
		return v, c, true
	}
	for i := c + 1; i < e; i++ { // "the committee needed to": a past tense the tagger took for a participle
		if t[i].tag == "VBN" && pastTenseForm(t[i].lw) && nominal(t[i-1].tag) {
			t[i].tag = "VBD"
			return v, c, true
		}
	}
	return 0, 0, false
}

// linkAbsolute marks the claims of an absolute "with" clause, from index
// before on, and gives those with a past participle the linking verb they
// lack, in the tense of the clause a..b
// that holds them: "..., with most attacks claimed by the Pakistani
// Taliban" reads "Most attacks were claimed by the Pakistani Taliban". A
// claim that has a finite verb before its participle is left alone, and so
// is a present participle ("with nearly 300,000 Afghans leaving").
func (sp *splitter) linkAbsolute(before, a, b int) {
	t := sp.t
	past, perfect, modal := false, false, ""
	for i := a; i < b; i++ {
		switch {
		case (t[i].lw == "has" || t[i].lw == "have") && i+1 < b && (t[i+1].tag == "VBN" || t[i+1].lw == "been"):
			perfect = true
		case t[i].tag == "VBD":
			past = true
		case t[i].tag == "MD" && modal == "" && negatedModal(t, i):
			past = pastModals[t[i].lw] // ("the risk cannot be ignored, with Afghanistan serving": the negation is the main clause's alone)
		case t[i].tag == "MD" && modal == "":
			modal = t[i].lw
		}
		if past || perfect || modal != "" {
			break
		}
	}
	for n := before; n < len(sp.out); n++ {
		d := &sp.out[n]
		if d.link != "" || d.lead != "" || d.subText != "" || d.paren {
			continue
		}
		d.absolute = true
		p := -1
		for k, i := range d.toks {
			if finite(t[i].tag) {
				break
			}
			if (t[i].tag == "VBN" || t[i].tag == "VBG") && k > 0 && (nominal(t[d.toks[k-1]].tag) || t[d.toks[k-1]].tag == "RB" && k > 1 && nominal(t[d.toks[k-2]].tag)) {
				p = k
				if t[d.toks[k-1]].tag == "RB" {
					p-- // "AARP potentially backing off": the link before the adverb
				}
				break
			}
			if t[i].tag == "VBG" && !(k+1 < len(d.toks) && nominal(t[d.toks[k+1]].tag)) {
				break // a gerund not after its subject is kept as written (one before a noun is its adjective: "rising costs hurting")
			}
		}
		if p < 0 {
			continue
		}
		plural := sp.plural(d.toks[:p])
		switch {
		case modal != "":
			d.link = modal + " be"
		case perfect && plural:
			d.link = "have been"
		case perfect:
			d.link = "has been"
		case past && plural:
			d.link = "were"
		case past:
			d.link = "was"
		case plural:
			d.link = "are"
		default:
			d.link = "is"
		}
		d.linkAt = d.toks[p]
	}
}

// negatedModal reports whether the modal at i is negative ("cannot",
// "won't", "could not").
// pastModals are the modals in the past form; a participle after one
// negated takes the past tense ("would not detail them, deferring").
var pastModals = map[string]bool{"would": true, "could": true, "might": true, "should": true}

func negatedModal(t []tok, i int) bool {
	if t[i].lw == "cannot" {
		return true
	}
	return i+1 < len(t) && (t[i+1].lw == "not" || t[i+1].lw == "n't" || t[i+1].lw == "n’t")
}

// bareVerbEnds reports whether the clause so far ends at token last in a
// base-form verb with nothing after it but the commas and conjunctions
// before k: a verb whose object is the next verb's ("confirm, deny or
// comment on").
func (sp *splitter) bareVerbEnds(last, k int) bool {
	if sp.t[last].tag != "VB" {
		return false
	}
	for i := last + 1; i < k; i++ {
		if sp.t[i].Text != "," && sp.t[i].tag != "CC" {
			return false
		}
	}
	return true
}

// asideIdioms are the fixed phrases a writer sets off by commas inside a
// clause, between a verb and its object ("made, at best, incomplete
// statements").
var asideIdioms = map[string]bool{
	"at best": true, "at worst": true, "at least": true, "at most": true, "in fact": true,
	"of course": true, "in turn": true, "in effect": true, "in part": true, "for now": true,
	"for example": true, "for instance": true, "in particular": true, "in short": true,
}

// idiomAside returns, for a comma at i that opens an aside idiom closed by
// another comma before b (", at best,"), how many tokens the aside spans
// after i up to its closing comma; 0 otherwise.
func (sp *splitter) idiomAside(i, b int) int {
	t := sp.t
	if t[i].Text != "," || i == 0 || i+3 >= b || !verbal(t[i-1].tag) {
		return 0
	}
	if t[i+3].Text == "," && asideIdioms[t[i+1].lw+" "+t[i+2].lw] {
		return 3
	}
	return 0
}

// prepParticiples are participles that act as prepositions: a phrase they
// open is an adjunct of the clause, never a verb phrase of its subject
// ("he may elect to do so, given the objections": not "He may given").
var prepParticiples = map[string]bool{
	"including": true, "according": true, "following": true, "given": true, "considering": true,
	"regarding": true, "concerning": true, "excluding": true, "barring": true, "pending": true,
}

// embedded reports whether the clause tokens cur hold, after their first
// finite verb, an embedded clause: a complementizer or relative pronoun
// followed by a finite verb ("claim that Afghanistan is"), or by a noun
// still waiting for its verb ("proof that more experienced members, like
// Jim Jordan, had rebuffed": the next verb is that noun's).
func (sp *splitter) embedded(cur []int) bool {
	seen, comp, noun := false, false, false
	for _, i := range cur {
		x := sp.t[i]
		switch {
		case !seen && finite(x.tag):
			seen = true
		case seen && (x.lw == "that" || x.tag == "WDT" || x.tag == "WP" || x.lw == "whether"):
			comp, noun = true, false
		case comp && finite(x.tag):
			return true
		case comp && (nominal(x.tag) || x.tag == "PRP"):
			noun = true
		}
	}
	return noun
}

// after returns the token of cur after token i, past adverbs, or -1.
func (sp *splitter) after(cur []int, i int) int {
	for k, j := range cur {
		if j <= i {
			continue
		}
		for ; k < len(cur) && sp.t[cur[k]].tag == "RB"; k++ {
		}
		if k < len(cur) {
			return cur[k]
		}
		return -1
	}
	return -1
}

// beForms and haveForms are the auxiliaries sharedAux may copy.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "’s": true, "'re": true, "’re": true, "am": true, "'m": true, "’m": true}
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "'ve": true, "’ve": true, "'d": true, "’d": true}

// sharedAux returns the auxiliaries that follow subject in cur (a clause)
// when the coordinated verb at k shares them: a form of "have" before a
// past participle, of "be" before a participle, a modal before a base form.
// It returns nil when the verb at k has its own tense or the clause has no
// auxiliary.
func (sp *splitter) sharedAux(cur, subject []int, k int) []int {
	if len(subject) == 0 {
		return nil
	}
	for k+1 < len(sp.t) && sp.t[k].tag == "RB" && verbal(sp.t[k+1].tag) {
		k++ // "but hardly surprised": the verb after the adverb
	}
	last := subject[len(subject)-1]
	var aux []int
	for _, i := range cur {
		if i <= last {
			continue
		}
		x := sp.t[i]
		if x.tag == "MD" || beForms[x.lw] || haveForms[x.lw] || x.lw == "not" || x.lw == "n't" {
			if x.lw == "not" || x.lw == "n't" {
				return nil // a negation is not shared: "did not X and Y"
			}
			aux = append(aux, i)
			continue
		}
		if x.tag == "RB" && len(aux) == 0 {
			continue
		}
		break
	}
	if len(aux) == 0 || sp.t[k].tag == "MD" || beForms[sp.t[k].lw] || haveForms[sp.t[k].lw] {
		return nil // "and had understood", "but were dealing": the verb phrase has its own
	}
	if a := aux[len(aux)-1]; haveForms[sp.t[a].lw] {
		if n := sp.after(cur, a); n < 0 || !verbal(sp.t[n].tag) {
			return nil // "had time to pass the bill": "had" is the verb, not an auxiliary
		}
	}
	v, a := sp.t[k].tag, sp.t[aux[len(aux)-1]]
	switch {
	case a.tag == "MD" && (v == "VB" || (v == "VBD" || v == "VBN" || v == "VBP") && !strings.HasSuffix(sp.t[k].lw, "ed")),
		haveForms[a.lw] && (v == "VBN" || v == "VBD"),
		beForms[a.lw] && (v == "VBG" || v == "VBN"),
		beForms[a.lw] && v == "VBD" && sp.bareParticiple(cur, k):
		return aux
	}
	return nil
}

// bareParticiple reports whether the past form at k, coordinated with a
// passive participle, is one too: no object or phrase of its own follows
// it ("I've been spat at, pushed and threatened before"), where "was
// elected in 2010 and resigned in 2014" is a verb with its own tense.
func (sp *splitter) bareParticiple(cur []int, k int) bool {
	if !pastTenseForm(sp.t[k].lw) {
		return false
	}
	first := -1
	for _, i := range cur {
		if verbal(sp.t[i].tag) && !beForms[sp.t[i].lw] && !haveForms[sp.t[i].lw] && sp.t[i].tag != "MD" {
			first = i
			break
		}
	}
	if first < 0 || sp.t[first].tag != "VBN" && sp.t[first].tag != "VBD" {
		return false // "has been ill and resigned": no participle to coordinate with
	}
	if k+1 >= len(sp.t) {
		return true
	}
	n := sp.t[k+1]
	if n.tag == "IN" && k+2 < len(sp.t) { // "threatened before but ...": a particle, no object
		m := sp.t[k+2]
		return m.tag == "CC" || m.Text == "," || m.Text == "."
	}
	return n.lw == "and" || n.lw == "or" || n.Text == "," || n.Text == "." || n.tag == "RB"
}

// modalVerb reports whether a..b holds a modal followed by a base form.
func (sp *splitter) modalVerb(a, b int) bool {
	for i := a; i+1 < b; i++ {
		if sp.t[i].tag == "MD" && sp.t[i+1].tag == "VB" {
			return true
		}
	}
	return false
}

// npRelative reports whether a..b is a noun phrase followed by a relative
// clause: no verb before a "that", "which" or "who" that follows a noun.
func (sp *splitter) npRelative(a, b int) bool {
	for i := a + 1; i < b; i++ {
		x := sp.t[i]
		if (x.tag == "WDT" || x.tag == "WP" || x.lw == "that") && nominal(sp.t[i-1].tag) {
			return sp.hasFinite(i+1, b)
		}
		if verbal(x.tag) || x.Text == "," {
			return false
		}
	}
	return false
}

// shortNP reports whether idx is a short noun phrase: up to four tokens,
// determiners, adjectives and nouns, ending in a noun ("The mayor").
func (sp *splitter) shortNP(idx []int) bool {
	if len(idx) == 0 || len(idx) > 4 || !strings.HasPrefix(sp.t[idx[len(idx)-1]].tag, "NN") {
		return false
	}
	for _, i := range idx {
		if tg := sp.t[i].tag; !(strings.HasPrefix(tg, "NN") || tg == "DT" || tg == "JJ" || tg == "PRP$") {
			return false
		}
	}
	return true
}

// notOnly reports whether a..b holds "not only", the first half of a
// correlative "not only ... but (also)".
func (sp *splitter) notOnly(a, b int) bool {
	for i := a; i+1 < b; i++ {
		if sp.t[i].lw == "not" && sp.t[i+1].lw == "only" {
			return true
		}
	}
	return false
}

// mainVerbAfterAppositive reports whether x, right after a name's
// appositive, is the name's verb: finite, or a past form the tagger took
// for a participle ("Third Way, a group that has favored cuts, called/VBN
// the position a watershed").
func mainVerbAfterAppositive(x tok) bool {
	return finite(x.tag) || x.tag == "VBN" && pastTenseForm(x.lw)
}
