package attrib

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed markers.txt
var markerData string

//go:embed stance.txt
var stanceData string

//go:embed acts.txt
var actsData string

// markersByFirst holds the vague-sourcing phrases of markers.txt as word
// lists, keyed by their first word (which a marker's match must start
// with), each key's phrases in the file's order.
var markersByFirst = func() map[string][][]string {
	out := map[string][][]string{}
	for _, ln := range lines(markerData) {
		if m := strings.Fields(norm(ln)); len(m) > 0 {
			out[m[0]] = append(out[m[0]], m)
		}
	}
	return out
}()

// stanceForms holds every form of the stance verbs of stance.txt.
var stanceForms = verbForms(stanceData)

// actForms holds every form of the act verbs of acts.txt.
var actForms = verbForms(actsData)

// verbForms returns the set of every word of a verb list (one verb per
// line, all its forms; '#' starts a comment).
func verbForms(data string) map[string]bool {
	m := map[string]bool{}
	for _, ln := range lines(data) {
		for _, f := range strings.Fields(ln) {
			m[f] = true
		}
	}
	return m
}

// actsOn reports whether the verb at token v is an act verb (acts.txt)
// whose object is a noun phrase or a "for" phrase, not a that-clause or a
// quotation: the group before it acts ("lawmakers announced a deal",
// "Republicans oppose the plan", "prominent Republicans are calling for a
// veto") and sources no claim. An act verb that ends its clause, has a
// clause right after it ("announced that", "explained why") or a quotation
// before its clause ends, reports content; a "that" after its object opens
// the object's relative clause ("explained the problems that need to be
// rectified").
func actsOn(ts []spanToken, v int) bool {
	if !actForms[ts[v].lower] {
		return false
	}
	n := v + 1
	for n < len(ts) && (isLy(ts[n].lower) || timeAdverbs[ts[n].lower]) {
		n++ // "quickly criticized", "announced Monday"
	}
	if n >= len(ts) || ts[n].punct || ts[n].quoted {
		return false
	}
	if strings.HasPrefix(ts[v].lower, "call") && ts[n].lower != "for" {
		return false // "what critics call a giveaway" labels; "calling for a veto" acts
	}
	if ts[n].lower == "that" || ts[n].lower == "how" || ts[n].lower == "why" || ts[n].lower == "whether" {
		return false // "announced that", "explained why": a clause, the content
	}
	for j := n; j < len(ts) && !(ts[j].punct && !ts[j].quoted); j++ {
		if ts[j].quoted {
			return false // "oppose any form of legal status as “amnesty”": a characterization they make
		}
	}
	return true
}

// timeAdverbs may stand between an act verb and its object.
var timeAdverbs = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true, "again": true, "also": true}

// Found is an unidentified source in a sentence: Text is sentence[Start:End]
// (the source words, or the marker), Cue the word that attributes to it,
// Kind Vague or Anonymous.
type Found struct {
	Start, End int
	Text       string
	Cue        string
	Kind       string
}

// Find returns the vague and anonymous sources of sentence with the
// built-in lexicon. See Lexicon.Find.
func Find(sentence string) []Found { return defaultLex.Find(sentence) }

// Find returns the vague and anonymous sources of sentence outside
// quotation marks, in order, without overlaps: a source phrase that is the
// subject of a cue or stance verb ("critics worry", "Republican officials
// dismissed", "some in the party believe", ", the official added"), the
// phrase after "according to", "citing" or a participle's "by" ("proposed by
// some Democrats"), the phrase after an inverted cue ("said a senior
// official"), and a vague-sourcing marker ("reportedly", "is seen as",
// "polls show"). Named sources are not returned.
func (l *Lexicon) Find(sentence string) []Found {
	ts := spanTokens(sentence)
	var out []Found
	add := func(f Found) {
		for _, o := range out {
			if f.Start < o.End && o.Start < f.End {
				return
			}
		}
		out = append(out, f)
	}
	phrase := func(a, b int) (int, int, string) {
		s, e := ts[a].start, ts[b-1].end
		return s, e, sentence[s:e]
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.quoted || t.punct {
			continue
		}
		// markers
		for _, m := range markersByFirst[t.lower] {
			if end := matchMarker(ts, i, m); end > i && !namesCritic(ts, m, end) {
				s, e, txt := phrase(i, end)
				add(Found{Start: s, End: e, Text: txt, Cue: strings.ToLower(txt), Kind: Vague})
			}
		}
		// prepositional frames: according to X, citing X, <participle> by X
		var np int
		cue := ""
		switch {
		case t.lower == "according" && i+1 < len(ts) && ts[i+1].lower == "to" && !(i > 0 && MannerAccording(ts[i-1].lower)):
			np, cue = i+2, "according to"
		case t.lower == "citing":
			np, cue = i+1, "citing"
		case t.lower == "by" && i > 0 && sourcingParticiple(ts[i-1].lower) && !actedUpon(ts, i-1):
			np, cue = i+1, ts[i-1].lower+" by"
		}
		if cue != "" {
			if b := documentHead(ts, np, npEnd(ts, np)); b > np {
				s, e, txt := phrase(np, b)
				if k := l.Classify(txt); IsUnidentified(k) && l.content(ts[np:b]) {
					add(Found{Start: s, End: e, Text: txt, Cue: cue, Kind: k})
				}
			}
			continue
		}
		// subject frames: a group head noun, or a plural a quantifier opens
		// ("some sheriffs", "several senators")
		lexiconHead := l.groupHead(t.lower)
		speaking := speakingPlural(ts, i)
		if !lexiconHead && !speaking && !pluralNoun(t) {
			continue // no group head: spare the phrase scan
		}
		a := npStart(ts, i, l)
		if !lexiconHead && !speaking && !quantifiedPlural(ts, a, i) {
			continue
		}
		if !records[t.lower] {
			a = compoundStart(ts, a) // "court records" are a document, not a group
		}
		// `," said a senior official`: a cue right after a quote or comma
		inverted := a > 0 && !ts[a-1].quoted && !ts[a-1].punct && invertedCues[ts[a-1].lower] &&
			(a < 2 || ts[a-2].punct || ts[a-2].quoted)
		if !plural(t.lower) && NamedBefore(sentence[:ts[a].start]) {
			continue // an appositive of a named person: "Robert Gibbs, a political adviser to ..."
		}
		v := verbAfter(ts, i+1)
		// "That caused other Republicans to warn that ...": the group is
		// the subject of an infinitive cue that reports content
		infinitive := false
		if v < 0 && i+2 < len(ts) && ts[i+1].lower == "to" && isVerb(ts, i+2) && reportsContent(ts, i+2) {
			v, infinitive = i+2, true
		}
		if v < 0 && !inverted {
			continue
		}
		// a group that speaks in a relative clause is a source wherever it
		// stands ("sided with Republicans who say"); one person described
		// so is someone's description ("Ms. Lauten — a former aide who
		// describes herself as")
		relative := i+1 < len(ts) && ts[i+1].lower == "who" && v >= 0 && plural(t.lower) && reportsContent(ts, v)
		// what a group says is theirs ("what some have said was a signal");
		// what it hoped for is not a claim it made
		whatSaid := a > 0 && ts[a-1].lower == "what" && v >= 0 && contentVerbs[ts[v].lower]
		if a > 0 && !inverted && !relative && !whatSaid && !infinitive && !ts[a-1].punct && !ts[a-1].quoted && !subjectOpeners[ts[a-1].lower] {
			continue // an object or complement: "earned some praise", "for Democratic lawmakers"
		}
		if countsGroupBefore(ts, a) {
			continue // "some demonstrators, many of them tea party activists, yelled": the group is the demonstrators, not a source
		}
		if refusedToSay(ts, i+1, v) {
			continue // "Aides to Mr. Romney declined to say whether ...": no claim is made
		}
		if v >= 0 && !inverted && actsOn(ts, v) {
			continue // "lawmakers announced a deal": the group acts, the claim is the writer's
		}
		b := i + 1
		if v > b && !relative && !infinitive && (qualifiers[ts[b].lower] || ts[b].lower == ",") {
			b = v // the qualifier belongs to the source: "officials in the GOP"
			for b > i+1 && (ts[b-1].punct || auxiliaries[ts[b-1].lower] || aspectual[ts[b-1].lower] || isLy(ts[b-1].lower)) {
				b--
			}
		}
		for a < i && subjectOpeners[ts[a].lower] {
			a++ // "But a White House official said": the source is the official
		}
		s, e, txt := phrase(a, b)
		k := l.Classify(txt)
		if k == Named && !lexiconHead && !l.hasProper(tokenize(txt)) {
			k = Vague // a group the lexicon does not list, named by no one: "gun owners who fear"
		}
		if !IsUnidentified(k) || !l.content(ts[a:b]) {
			continue
		}
		c := ""
		if inverted {
			c = ts[a-1].lower
		} else {
			c = ts[v].lower
		}
		add(Found{Start: s, End: e, Text: txt, Cue: c, Kind: k})
	}
	return out
}

// countsGroupBefore reports whether the phrase at token a is an appositive
// that counts the noun before it: ", many of them", ", some of whom".
func countsGroupBefore(ts []spanToken, a int) bool {
	if a < 1 || ts[a-1].lower != "," || a+2 >= len(ts) || ts[a+1].lower != "of" {
		return false
	}
	switch ts[a+2].lower {
	case "them", "whom", "those", "us":
		return quantifiers[ts[a].lower] || ts[a].lower == "all" || ts[a].lower == "most" || ts[a].lower == "some" || ts[a].lower == "many"
	}
	return false
}

// refusedToSay reports whether a refusal verb ("declined", "refused")
// stands among the tokens from..v before the cue: a source that declined
// to say something said nothing to be sourced.
func refusedToSay(ts []spanToken, from, v int) bool {
	for k := from; k < v && k < len(ts); k++ {
		switch ts[k].lower {
		case "declined", "declines", "decline", "refused", "refuses", "refuse":
			return true
		}
	}
	return false
}

// subjectOpeners may stand right before a subject.
var subjectOpeners = map[string]bool{
	"and": true, "but": true, "as": true, "while": true, "though": true, "although": true, "because": true,
	"that": true, "where": true, "when": true, "if": true, "since": true, "yet": true, "so": true, "even": true,
	"after": true, "before": true, "than": true, "whereas": true, "now": true, "still": true,
}

// sourcingParticiple reports whether w is the participle of a verb of
// saying, judging or passing on ("proposed by", "cited by", "seen by"),
// whose "by" phrase is a source.
func sourcingParticiple(w string) bool {
	switch w {
	case "seen", "viewed", "regarded", "considered", "circulated", "mentioned", "interpreted", "proposed",
		"cited", "described", "criticized", "criticised", "disputed", "questioned", "reported", "raised",
		"expressed", "suggested", "claimed", "alleged", "estimated", "predicted", "denounced", "condemned",
		"praised", "leaked", "told", "said", "written", "signed":
		return w != "signed"
	}
	return false
}

// actedUpon reports whether the participle at token p, a verb of
// judging someone, is a finite passive ("are not similarly criticized
// by conservatives", "recalled being criticized by a reporter"): the
// sentence tells what was done to someone, and the "by" phrase is who did
// it, not the source of a claim. A participle of seeing or believing
// keeps its source ("is seen by many as"), and so does one after a noun
// ("a plan criticized by conservatives as a giveaway").
func actedUpon(ts []spanToken, p int) bool {
	if !judgingParticiples[ts[p].lower] {
		return false
	}
	for j := p - 1; j >= 0 && j >= p-3; j-- {
		switch w := ts[j].lower; {
		case beForms[w] || w == "being" || w == "been" || w == "get" || w == "got" || w == "gets":
			return true
		case !isLy(w) && w != "not" && w != "never" && w != "also":
			return false
		}
	}
	return false
}

// judgingParticiples are the participles of sourcingParticiple that tell
// what someone did to another, not what someone holds.
var judgingParticiples = map[string]bool{
	"criticized": true, "criticised": true, "praised": true, "denounced": true, "condemned": true,
	"questioned": true, "disputed": true, "told": true,
}

// MannerAccording reports whether "according to" after the word before it
// means "in accordance with" ("calculated according to", "varies
// according to"), not a source.
func MannerAccording(before string) bool {
	switch before {
	case "vary", "varies", "varied", "differ", "differs", "act", "acted", "acting", "done", "play", "played", "went", "go", "goes":
		return true
	}
	return strings.HasSuffix(before, "ed") && before != "said" && !strings.HasSuffix(before, "eed")
}

// invertedCues put the speaker after them: `," said a senior official`.
var invertedCues = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "wrote": true, "writes": true, "noted": true,
	"explained": true, "continued": true, "acknowledged": true, "confirmed": true, "replied": true,
	"stated": true, "insisted": true, "argued": true, "warned": true, "estimated": true,
}

// content reports whether the phrase holds a word that is not a function
// word or modifier, and no digit (a counted set, "all 42 Senate
// Republicans", is identified).
func (l *Lexicon) content(ts []spanToken) bool {
	ok := false
	for _, t := range ts {
		if t.punct {
			continue
		}
		if strings.ContainsAny(t.lower, "0123456789") || t.lower == "all" {
			return false
		}
		if l.groupHead(t.lower) || !function[t.lower] && !l.modifiers[t.lower] && !determinerLike[t.lower] {
			ok = true
		}
	}
	return ok
}

// quantifiers take a plural subject, so an -s form after them is a noun.
var quantifiers = map[string]bool{"many": true, "some": true, "several": true, "few": true, "most": true, "other": true, "all": true}

// determinerLike words before a noun make a cue form a noun ("that state",
// "those questions", "the claims").
var determinerLike = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"of": true, "no": true, "any": true, "each": true, "every": true,
}

// groupHead reports whether w can head a vague or anonymous source: a
// one-word entry of either lexicon.
func (l *Lexicon) groupHead(w string) bool {
	return (l.vague[w] || l.anonymous[w]) && !pronouns[w] && !notHeads[w]
}

// notHeads are lexicon words that do not head a speaking group by themselves.
var notHeads = map[string]bool{"one": true, "those": true, "report": true, "posts": true, "research": true, "accounts": true, "documents": true, "summary": true, "summaries": true, "statement": true}

// qualifiers open a phrase that belongs to the source before the verb.
var qualifiers = map[string]bool{
	"in": true, "outside": true, "along": true, "from": true, "at": true, "within": true, "with": true,
	"close": true, "familiar": true, "briefed": true, "of": true, "who": true, "that": true, "involved": true,
	"knowledgeable": true, "for": true, "to": true,
}

// auxiliaries and adverbs stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "did": true, "do": true, "does": true, "not": true, "also": true,
	"long": true, "further": true, "now": true, "will": true, "would": true, "could": true, "may": true,
	"might": true, "been": true, "already": true, "still": true, "often": true, "too": true, "though": true,
	"however": true, "even": true, "alike": true, "who": true, "n't": true, "never": true,
	"later": true, "earlier": true,
}

// beForms and stanceAdjectives make "many Democrats were not pleased".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true}

var stanceAdjectives = map[string]bool{
	"pleased": true, "eager": true, "hopeful": true, "concerned": true, "worried": true, "skeptical": true,
	"sceptical": true, "confident": true, "optimistic": true, "convinced": true, "unhappy": true, "wary": true,
	"divided": true, "angry": true, "upset": true, "furious": true, "less": true, "critical": true,
}

// verbAfter returns the index of the cue or stance verb that follows a
// subject ending before token i, allowing a short prepositional qualifier
// ("in the GOP", "outside the organization", "to the committee, who spoke
// on condition of anonymity,"), a relative clause's own verb ("reformers who
// say"), and auxiliaries and adverbs; -1 when there is none.
func verbAfter(ts []spanToken, i int) int {
	j := i
	if j < len(ts) && (ts[j].lower == "who" || ts[j].lower == "that") {
		return relativeVerb(ts, j)
	}
	if j+1 < len(ts) && ts[j].lower == "," && (ts[j+1].lower == "who" || ts[j+1].lower == "which" || asideParticiples[ts[j+1].lower]) {
		return afterRelative(ts, j+1)
	}
	if j < len(ts) && qualifiers[ts[j].lower] && !(ts[j].lower == "to" && !(j+1 < len(ts) && (determinerLike[ts[j+1].lower] || ts[j+1].cap))) {
		inRel := false
		for n := 0; j < len(ts) && n < 20; n++ {
			t := ts[j]
			if t.quoted || (t.punct && t.lower != "," && !(t.lower == "." && j > 0 && titleAbbreviations[ts[j-1].lower])) {
				return -1 // the "." of "Mr." ends nothing
			}
			switch {
			case t.lower == "," && j+1 < len(ts) && (ts[j+1].lower == "who" || asideParticiples[ts[j+1].lower]):
				inRel = true // "officials in the party, who ...," or ", speaking on condition of anonymity,"
			case t.lower == "," && inRel:
				inRel = false
				if v := directVerb(ts, j+1); v >= 0 {
					return v
				}
				return -1
			case inRel:
			case n > 0 && t.lower == "who":
				return relativeVerb(ts, j) // "aides to House conservatives who oppose"
			case t.lower == ",":
				if v := directVerb(ts, j+1); v >= 0 {
					return v
				}
			case n > 0 && clauseWords[t.lower] && !qualifiers[t.lower] && !(t.lower == "and" && j > 0 && ts[j-1].cap) && !(t.lower == "on" && ts[j-1].lower == "briefed"):
				return -1
			case n > 0 && isVerb(ts, j):
				return j
			}
			j++
		}
		return -1
	}
	return directVerb(ts, j)
}

// relativeVerb returns the verb of the relative clause opening at token j
// ("who", "that") when it makes its subject a source: a cue, or a stance
// verb that carries what is held ("reformers who say the program is too
// generous", "gun owners who have expressed fear that"); -1 for one that
// tells what they do ("aides who oppose the plan gathered in his office").
func relativeVerb(ts []spanToken, j int) int {
	if v := directVerb(ts, j+1); v >= 0 && (IsCue(ts[v].lower) || reportsContent(ts, v)) {
		return v
	}
	return -1
}

// asideParticiples open an aside on how a source spoke, set off by commas
// between the source and its verb ("two officials, speaking on the
// condition of anonymity, told Fox News").
var asideParticiples = map[string]bool{"speaking": true, "requesting": true, "asking": true, "declining": true, "insisting": true}

// afterRelative returns the cue or stance verb after a relative clause set
// off by commas that opens at token j ("officials, who asked not to be
// identified because they were not authorized to speak, said"): the verb
// right after the clause's closing comma, or -1 when the clause runs past
// 30 tokens, meets a quotation or other punctuation, or no verb follows.
func afterRelative(ts []spanToken, j int) int {
	for k := j + 1; k < len(ts) && k-j <= 30; k++ {
		t := ts[k]
		if t.quoted || (t.punct && t.lower != "," && t.lower != "-") {
			return -1
		}
		if t.lower == "," {
			return directVerb(ts, k+1)
		}
	}
	return -1
}

// directVerb returns the cue or stance verb at token j after auxiliaries
// and adverbs ("have long said", ", though, said", "were not pleased"), or -1.
func directVerb(ts []spanToken, j int) int {
	i := j
	for ; j < len(ts) && j-i < 6; j++ {
		t := ts[j]
		if t.quoted {
			return -1
		}
		if isVerb(ts, j) {
			if j > i && beForms[ts[j-1].lower] && !strings.HasSuffix(t.lower, "ing") {
				return -1 // a passive: "some people were told" are the listeners
			}
			return j
		}
		if beForms[t.lower] {
			k := j + 1
			for k < len(ts) && (auxiliaries[ts[k].lower] || isLy(ts[k].lower)) {
				k++
			}
			if k < len(ts) && stanceAdjectives[ts[k].lower] {
				return k
			}
			continue
		}
		if t.lower == "," && j+1 < len(ts) && (ts[j+1].lower == "though" || ts[j+1].lower == "however") {
			continue
		}
		if t.lower == "," && j > i && (ts[j-1].lower == "though" || ts[j-1].lower == "however") {
			continue
		}
		if aspectual[t.lower] && j+1 < len(ts) && (strings.HasSuffix(ts[j+1].lower, "ing") || ts[j+1].lower == "to") {
			continue // "some have begun protesting that": the verb after it is the cue
		}
		if !auxiliaries[t.lower] && !isLy(t.lower) {
			return -1
		}
	}
	return -1
}

// aspectual verbs stand before the cue they begin: "have begun protesting",
// "started complaining", "began to question".
var aspectual = map[string]bool{"begin": true, "begins": true, "began": true, "begun": true, "start": true, "starts": true, "started": true}

// notStance are cue forms that, with a group as subject, report an act
// rather than a position ("lawmakers read the Constitution", "many of the
// demonstrators prayed", "Democrats hope to deflect").
var notStance = map[string]bool{
	"read": true, "reads": true, "pray": true, "prays": true, "prayed": true, "sing": true, "sang": true,
	"sings": true, "chant": true, "chanted": true, "chants": true, "swear": true, "swore": true, "swears": true,
	"sworn": true, "post": true, "posted": true, "posts": true, "answer": true, "answered": true,
	"continue": true, "continued": true, "continues": true,
}

// isVerb reports whether token j is a cue or stance verb form.
func isVerb(ts []spanToken, j int) bool {
	t := ts[j]
	if t.punct || t.cap || t.quoted || notStance[t.lower] {
		return false
	}
	if j+1 < len(ts) && ts[j+1].lower == "to" && (strings.HasPrefix(t.lower, "hop") || strings.HasPrefix(t.lower, "want")) {
		return false // an intention, not a claim
	}
	if j+1 < len(ts) && ts[j+1].lower == "in" && strings.HasPrefix(t.lower, "believ") {
		return false // "a candidate that they believe in": trust, not a claim
	}
	if j > 0 && determinerLike[ts[j-1].lower] {
		return false // "that state", "those questions"
	}
	if j > 0 && quantifiers[ts[j-1].lower] && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") {
		return false // "many states": a plural noun, not a verb
	}
	if strings.HasSuffix(t.lower, "ing") && !(j > 0 && (beForms[ts[j-1].lower] || aspectual[ts[j-1].lower])) {
		return false // "Democrats hoping to pass", but "are suggesting", "have begun protesting"
	}
	if j+1 < len(ts) && IsCue(t.lower+" "+ts[j+1].lower) {
		return true
	}
	if j+1 < len(ts) && ts[j+1].lower == "clear" && (t.lower == "made" || t.lower == "make" || t.lower == "makes") {
		return true // "an aide later made clear": a statement of position
	}
	return IsCue(t.lower) && t.lower != "according" || stanceForms[t.lower]
}

// npStart returns the first token of the noun phrase whose head is token i:
// back over determiners, modifiers, adjectives and names, at most six
// words, stopping at punctuation, quotation, verbs and clause words.
func npStart(ts []spanToken, i int, l *Lexicon) int {
	a := i
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		t := ts[j]
		if t.punct || t.quoted || clauseWords[t.lower] || (IsCue(t.lower) && !t.cap) || stanceForms[t.lower] || beForms[t.lower] || auxiliaries[t.lower] {
			break
		}
		if t.lower == "of" && !(j > 0 && (quantifiers[ts[j-1].lower] || collectives[ts[j-1].lower])) {
			break
		}
		if !(t.lower == "of" || function[t.lower] || l.modifiers[t.lower] || collectives[t.lower] || t.cap || strings.Contains(t.lower, "-") || adjective(t.lower) || l.vague[t.lower]) {
			break
		}
		a = j
	}
	return a
}

// collectives before "of" make one source of the group after it ("a
// growing number of Republicans", "a group of lawmakers").
var collectives = map[string]bool{
	"number": true, "group": true, "handful": true, "majority": true, "minority": true, "couple": true,
	"lot": true, "chorus": true, "host": true,
}

// quantifiedPlural reports whether token i, a lower-case plural-looking
// word, heads a noun phrase opened at token a by a quantifier that takes
// a plural ("some sheriffs", "several Republican senators"): a group of
// unnamed people whatever the noun.
func quantifiedPlural(ts []spanToken, a, i int) bool {
	if a >= i || !pluralNoun(ts[i]) {
		return false
	}
	return quantifiers[ts[a].lower] && ts[a].lower != "all" || a+1 < i && ts[a].lower == "a" && ts[a+1].lower == "few"
}

// pluralNoun reports whether t looks like a lower-case plural noun: an -s
// word of four letters or more, not "-ss", not a cue or stance verb form.
func pluralNoun(t spanToken) bool {
	w := t.lower
	return !t.cap && len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isVerbForm(w)
}

// plural reports whether the noun w names more than one person: an -s
// form, or "people", "men", "women" or "children".
func plural(w string) bool {
	if possessive(w) {
		return false
	}
	return strings.HasSuffix(w, "s") || w == "people" || w == "men" || w == "women" || w == "children"
}

// reportsContent reports whether the cue or stance verb at token v
// carries what a group holds, not only what it did: a verb of saying or
// believing, or one followed soon by "that" ("expressed fear that").
// "Children who wrote to the White House" wrote letters; "reformers who
// say the program is too generous" are a source.
func reportsContent(ts []spanToken, v int) bool {
	if contentVerbs[ts[v].lower] {
		return true
	}
	for j := v + 1; j < len(ts) && j <= v+3; j++ {
		if ts[j].lower == "that" {
			return true
		}
	}
	return false
}

// contentVerbs take what is said or believed as their object.
var contentVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "argue": true, "argues": true, "argued": true, "contend": true,
	"contends": true, "contended": true, "claim": true, "claims": true, "claimed": true, "believe": true,
	"believes": true, "believed": true, "fear": true, "fears": true, "feared": true, "worry": true,
	"worries": true, "worried": true, "insist": true, "insists": true, "insisted": true, "warn": true,
	"warns": true, "warned": true, "maintain": true, "maintains": true, "maintained": true, "called": true,
	"call": true, "calls": true,
}

// speakingPlural reports whether token i is a lower-case plural that a
// relative clause with a cue or stance verb follows ("reformers who say",
// "gun owners who have already expressed fear"): a group of unnamed
// people, whatever the noun.
func speakingPlural(ts []spanToken, i int) bool {
	w := ts[i].lower
	if ts[i].cap || len(w) < 4 || !plural(w) || strings.HasSuffix(w, "ss") || isVerbForm(w) || i+1 >= len(ts) || ts[i+1].lower != "who" {
		return false
	}
	v := directVerb(ts, i+2)
	return v >= 0 && reportsContent(ts, v)
}

// compoundStart extends a noun phrase that starts at token a back over
// one noun used as a modifier ("labor officials", "news analysts") when
// a clause boundary comes before that noun (the sentence's start,
// punctuation or a subject opener), so the phrase is a subject, not an
// object after a verb ("praised officials").
func compoundStart(ts []spanToken, a int) int {
	if a == 0 {
		return a
	}
	m := ts[a-1]
	if m.punct || m.quoted || m.cap || len(m.lower) < 3 || function[m.lower] || clauseWords[m.lower] || subjectOpeners[m.lower] || whWords[m.lower] ||
		isVerbForm(m.lower) || beForms[m.lower] || auxiliaries[m.lower] || isLy(m.lower) ||
		strings.HasSuffix(m.lower, "ed") || strings.HasSuffix(m.lower, "ing") {
		return a
	}
	if a-1 == 0 || ts[a-2].punct || subjectOpeners[ts[a-2].lower] {
		return a - 1
	}
	return a
}

// whWords open a question or a free relative, never a noun phrase.
var whWords = map[string]bool{"how": true, "why": true, "who": true, "whom": true, "whose": true, "which": true, "what": true, "where": true, "when": true, "whether": true}

// isVerbForm reports whether w is a form of a cue or stance verb.
func isVerbForm(w string) bool { return IsCue(w) || stanceForms[w] }

// adjective reports whether w looks like an adjective by its ending
// ("political", "ardent", "conservative", "numerous").
func adjective(w string) bool {
	for _, suf := range []string{"al", "ic", "ive", "ous", "ent", "ant", "ary", "ful", "less", "ish", "ian"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return adjectives[w]
}

// adjectives are common adjectives of group sources without a telling ending.
var adjectives = map[string]bool{
	"other": true, "black": true, "white": true, "gay": true, "civil": true, "rights": true, "gun": true,
	"control": true, "law": true, "enforcement": true, "business": true, "advocacy": true, "more": true,
	"young": true, "old": true, "key": true, "top": true, "some": true, "many": true, "few": true,
	"certain": true, "growing": true, "number": true, "seasoned": true, "longtime": true,
}

// clauseWords end a noun phrase read backwards.
var clauseWords = map[string]bool{
	"and": true, "but": true, "or": true, "as": true, "while": true, "though": true, "although": true,
	"because": true, "that": true, "where": true, "when": true, "if": true, "since": true, "after": true,
	"before": true, "than": true, "which": true, "who": true, "whom": true, "to": true, "for": true,
	"with": true, "by": true, "from": true, "in": true, "on": true, "at": true, "against": true,
	"privately": true, "publicly": true, "however": true, "meanwhile": true, "yet": true, "so": true,
	"even": true,
}

// npEnd returns the end of the noun phrase starting at token a, up to
// punctuation, quotation, a clause word or a verb, at most ten words.
func npEnd(ts []spanToken, a int) int {
	b := a
	for b < len(ts) && b-a < 10 {
		t := ts[b]
		if t.punct || t.quoted || (b > a && (clauseWords[t.lower] && !qualifiers[t.lower] || isVerb(ts, b))) {
			break
		}
		b++
	}
	return b
}

// documentHead returns where the phrase a..b ends when it is a document
// followed by a relative clause saying what the document says: "citing an
// article that said the normally chatty Schumer would not comment" cites
// "an article", and the name inside what it said does not identify it. A
// phrase that is no such document ends at b ("an official who spoke on
// condition of anonymity" keeps its description).
func documentHead(ts []spanToken, a, b int) int {
	for j := a + 1; j+1 < b; j++ {
		if (ts[j+1].lower == "that" || ts[j+1].lower == "which") && documentNouns[ts[j].lower] {
			return j + 1
		}
	}
	return b
}

// documentNouns are the head nouns of documents a sentence may cite.
var documentNouns = map[string]bool{
	"article": true, "articles": true, "report": true, "reports": true, "study": true, "studies": true,
	"story": true, "stories": true, "memo": true, "survey": true, "analysis": true, "poll": true,
	"document": true, "documents": true, "paper": true, "review": true, "account": true, "accounts": true,
}

// isLy reports whether w is an adverb in -ly.
func isLy(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// matchMarker returns the end of the marker m when its words start at
// token i, an adverb allowed between two of them ("is already regarded
// as", "was long seen as"); i when they do not.
func matchMarker(ts []spanToken, i int, m []string) int {
	j := i
	for k, w := range m {
		for k > 0 && j < len(ts) && ts[j].lower != w && !ts[j].quoted && (isLy(ts[j].lower) || markerAdverbs[ts[j].lower]) {
			j++
		}
		if j >= len(ts) || ts[j].quoted || ts[j].punct || ts[j].lower != w {
			return i
		}
		j++
	}
	return j
}

// namesCritic reports whether a criticism marker ending before token end
// goes on to name whose criticism it is: "came under criticism from
// Republicans", "drew criticism by the mayor".
func namesCritic(ts []spanToken, m []string, end int) bool {
	return isCriticism(m[len(m)-1]) && end < len(ts) && (ts[end].lower == "from" || ts[end].lower == "by")
}

// isCriticism reports whether a marker (or its last word) is one of the
// criticism markers of markers.txt ("came under criticism").
func isCriticism(marker string) bool { return strings.HasSuffix(marker, "criticism") }

// Criticism reports whether f is a criticism credited to no one ("drew
// criticism for"): a finding of its sentence, whose claims are not the
// critics'.
func (f Found) Criticism() bool { return isCriticism(f.Cue) }

// markerAdverbs may stand inside a vague-sourcing marker.
var markerAdverbs = map[string]bool{"already": true, "still": true, "long": true, "now": true, "also": true, "often": true, "once": true, "generally": true}

// spanToken is a word or punctuation mark of a sentence with its byte range.
type spanToken struct {
	start, end int
	lower      string
	punct      bool
	cap        bool
	quoted     bool // inside quotation marks
}

// spanTokens splits s like tokenize and records offsets and quotation:
// tokens between double quotation marks (straight or curly) are quoted.
func spanTokens(s string) []spanToken {
	out := make([]spanToken, 0, len(s)/5+1) // about a token per five bytes of news prose
	inQuote := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '"' || r == '“' || r == '”':
			switch r {
			case '“':
				inQuote = true
			case '”':
				inQuote = false
			default:
				inQuote = !inQuote
			}
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i, w)
			out = append(out, spanToken{start: i, end: j, lower: strings.ToLower(s[i:j]), cap: unicode.IsUpper(r), quoted: inQuote})
			i = j
		default:
			if unicode.IsPunct(r) || unicode.IsSymbol(r) {
				out = append(out, spanToken{start: i, end: i + w, lower: s[i : i+w], punct: true, quoted: inQuote})
			}
			i += w
		}
	}
	return out
}
