package atomic

import (
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims/facts"
)

// Fragment reasons Readable gives for a claim that does not read as a
// sentence. The empty reason means the claim reads.
const (
	ReasonShort       = "under three words"
	ReasonNoVerb      = "no finite verb"
	ReasonNoSubject   = "no subject before the finite verb"
	ReasonPPSubject   = "the only noun before the verb is a preposition's object"
	ReasonSubordinate = "a subordinate clause without its main clause"
	ReasonDangling    = "ends in a word that needs a continuation"
	ReasonGap         = "a preposition or determiner followed directly by a verb"
	ReasonHeadless    = "a noun phrase without its noun"
	ReasonUnbalanced  = "an unbalanced bracket or quotation mark"
)

// Readable reports whether a claim text reads as a self-contained English
// sentence: at least three words, a subject before a finite verb (not only
// a preposition's object or a bare time phrase), no subordinate clause
// standing without its main clause, no word left dangling at the end ("a",
// "of", "and", "saying"), no preposition or determiner directly before a
// finite verb ("Companies that aluminum from were fretting"), no noun phrase
// without its noun ("was a loyal") and balanced brackets and quotation
// marks. It returns "" when the text reads, else the first failed test's
// reason. It tags text with the same tagger Split uses.
func Readable(text string) string {
	if r := balanced(text); r != "" {
		return r
	}
	t, _ := tokens(text)
	return readableToks(t, &readScratch{})
}

// scratchPool lends readability buffers to splitters, so that a worker
// reuses them from sentence to sentence.
var scratchPool = sync.Pool{New: func() any { return new(readScratch) }}

// readScratch holds the token and mark buffers of one readability test,
// reused by the next test of the same splitter.
type readScratch struct {
	draft, kept []tok
	quoted      []bool
}

// balanced checks brackets and quotation marks of text: a closing mark
// needs an opening one before it and every opening one is closed; straight
// double quotes come in pairs.
func balanced(text string) string {
	paren, square, curly, straight := 0, 0, 0, 0
	for _, r := range text {
		switch r {
		case '(':
			paren++
		case ')':
			paren--
		case '[':
			square++
		case ']':
			square--
		case '“':
			curly++
		case '”':
			curly--
		case '"':
			straight++
		}
		if paren < 0 || square < 0 || curly < 0 {
			return ReasonUnbalanced
		}
	}
	if paren != 0 || square != 0 || curly != 0 || straight%2 != 0 {
		return ReasonUnbalanced
	}
	return ""
}

// timeWords head a time phrase that cannot be a clause's subject on its
// own: "Last year announced his plan" lacks one.
var timeWords = map[string]bool{
	"year": true, "years": true, "week": true, "weeks": true, "month": true, "months": true,
	"day": true, "days": true, "today": true, "yesterday": true, "tonight": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"weekend": true, "ago": true, "time": true, "hour": true, "hours": true, "minute": true, "minutes": true,
}

// subjectDeterminers stand as a subject on their own: "This is America's war".
var subjectDeterminers = map[string]bool{
	"this": true, "that": true, "these": true, "those": true, "all": true, "some": true,
	"each": true, "both": true, "many": true, "most": true, "none": true, "few": true,
	"another": true, "either": true, "neither": true, "half": true, "any": true,
	"little": true, "much": true, "more": true, "less": true, "enough": true, "several": true,
}

// danglingWords cannot end a sentence: they announce what follows.
var danglingWords = map[string]bool{
	"saying": true, "including": true, "according": true, "such": true, "than": true,
	"whether": true, "because": true, "although": true, "though": true, "while": true,
	"if": true, "unless": true, "whose": true, "whom": true, "which": true, "who": true,
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "between": true, "among": true,
	"its": true, "their": true, "his": true, "our": true, "my": true, "your": true,
	"even": true, "very": true, "both": true, "either": true, "neither": true, "not": true,
}

// preps open an adjunct that cannot hold a clause's subject: "At a time
// your comment is ..." and "Between 150 said" lack one.
var preps = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "for": true, "with": true, "by": true,
	"from": true, "to": true, "into": true, "between": true, "among": true, "amid": true,
	"during": true, "under": true, "over": true, "against": true, "about": true, "through": true,
	"without": true, "within": true, "across": true, "despite": true, "toward": true,
	"towards": true, "near": true, "beyond": true, "like": true, "per": true, "via": true,
	"albeit": true, "rather": true, "unlike": true, "besides": true, "except": true,
}

// quoteMarks are dropped before the syntactic tests (their balance is
// checked on the text).
var quoteMarks = map[string]bool{"“": true, "”": true, "\"": true, "‘": true, "’": true, "'": true, "`": true}

// readableToks applies Readable's syntactic tests to tagged tokens, in
// buf's buffers (all may be buf.draft, never buf.kept).
func readableToks(all []tok, buf *readScratch) string {
	t, quoted := buf.kept[:0], buf.quoted[:0] // quoted: a quotation mark stood before the token
	if cap(t) < len(all) {
		t, quoted = make([]tok, 0, len(all)), make([]bool, 0, len(all))
	}
	q := false
	for _, x := range all {
		switch x.Text {
		case ".", "!", "?", "…", "--", "—", "–", ";":
			if len(t) == 0 {
				continue
			}
			if x.Text == "." || x.Text == "!" || x.Text == "?" || x.Text == "…" {
				continue
			}
		}
		if len(t) == 0 && (x.Text == "," || x.Text == ":" || x.Text == "-") {
			continue
		}
		if quoteMarks[x.Text] {
			q = true
			continue
		}
		t = append(t, x)
		quoted = append(quoted, q)
		q = false
	}
	for len(t) > 0 && (t[len(t)-1].Text == "," || t[len(t)-1].Text == ":" || t[len(t)-1].Text == "—" || t[len(t)-1].Text == "--") {
		t = t[:len(t)-1]
	}
	buf.kept, buf.quoted = t[:0], quoted[:0]
	return readableSeq(t, quoted, 0)
}

// readableSeq tests the filtered tokens t; depth bounds the retries after
// an introductory adjunct.
func readableSeq(t []tok, quoted []bool, depth int) string {
	words := 0
	for _, x := range t {
		if x.IsWord() || x.IsNumeric() {
			words++
		}
	}
	if words < 2 {
		return ReasonShort
	}
	// the first finite verb outside brackets
	// (a verb after ", with" and its noun belongs to an absolute clause:
	// "Surge in violence, with Taliban accused of ...")
	v, br, with := -1, 0, false
	var commas []int // top-level commas
	for i, x := range t {
		switch x.Text {
		case "(":
			br++
		case ")":
			br = max(0, br-1)
		case ",", "—", "--", ":":
			if br == 0 {
				commas = append(commas, i)
				with = false
			}
		}
		if x.lw == "with" && i > 0 && t[i-1].Text == "," {
			with = true
		}
		if br == 0 && v < 0 && !with && isFinite(t, i) {
			v = i
		}
	}
	if v < 0 {
		return ReasonNoVerb
	}
	start := 0
	for start < len(t)-1 && (t[start].tag == "CC" && t[start].lw != "nor" || linkAdverbs[t[start].lw] && t[start].lw != "not") {
		start++
	}
	// an introductory adjunct ("In a statement, ...", "As many of you know,
	// ...", "Before approaching Cheese the president remarked") needs a
	// clause after it: after one of its commas or where a noun phrase
	// follows a noun
	if x := t[start]; start < v && (subordinators[x.lw] || preps[x.lw] || (x.tag == "VBG" || x.tag == "VBN") && start+1 < v) {
		reason := ReasonPPSubject
		switch {
		case subordinators[x.lw]:
			reason = ReasonSubordinate
		case x.tag == "VBG" || x.tag == "VBN":
			reason = ReasonNoSubject
		}
		if depth < 2 {
			for j := start + 2; j < len(t); j++ {
				p := t[j-1]
				if !(p.Text == "," || npStart(t[j].tag) && t[j].tag != "POS" && (nominal(p.tag) || p.tag == "RB")) {
					continue
				}
				if readableSeq(t[j:], quoted[j:], depth+1) == "" {
					return ""
				}
			}
		}
		if x.tag != "VBG" {
			return reason
		}
		// a gerund subject: "Winning a war is hard"
	}
	if t[start].lw == "nor" && v == start+1 {
		start = v // "Nor is the deal likely to survive"
	}
	if v == start {
		// an inverted question or "Nor is he a pundit": an auxiliary, then
		// its subject
		if v+1 < len(t) && (aux[t[v].lw] || t[v].tag == "MD") && (nominal(t[v+1].tag) || t[v+1].tag == "EX" || t[v+1].tag == "DT") || t[v].lw == "is" || t[v].lw == "was" {
			if t[0].lw == "nor" || v+1 < len(t) && (nominal(t[v+1].tag) || t[v+1].tag == "EX" || t[v+1].tag == "DT") {
				return readableEnd(t, quoted)
			}
		}
		return ReasonNoSubject
	}
	if x := t[start]; x.tag == "WP$" || x.tag == "WDT" && x.lw != "that" {
		return ReasonSubordinate // "Whose view said", "Which was closed"
	}
	if x := t[start]; x.lw == "that" && start+1 < v && (t[start+1].tag == "PRP" || t[start+1].tag == "DT" || name(t[start+1].tag)) {
		// "That he has sent investigators": a complement clause, unless
		// a main clause follows it ("Now that they have opened the door,
		// it is time")
		if mainAfterComma(t, quoted, commas, v, depth) {
			return readableEnd(t, quoted)
		}
		return ReasonSubordinate
	}
	// a subordinator between the subject and the first finite verb: that
	// verb is the subordinate clause's, and the main clause needs its own
	// after a comma ("Neck of a man after the man approached him" lacks one)
	for i := start + 1; i < v; i++ {
		if w := t[i].lw; subordinators[w] && w != "as" && w != "since" && t[i-1].Text != "," && nominal(t[i-1].tag) {
			// "But two days before the conference, Lerner was asked": the
			// main clause may start after a comma before that verb too
			for _, c := range commas {
				if c > i && c+1 < len(t) && depth < 2 && readableSeq(t[c+1:], quoted[c+1:], depth+1) == "" {
					return readableEnd(t, quoted)
				}
			}
			return ReasonSubordinate
		}
	}
	// a relative or complement clause on the subject: its verb is not the
	// main one ("Companies that buy steel", "His claim that the war is
	// unwinnable" lack theirs)
	for i := start + 1; i < v; i++ {
		if x := t[i]; (x.tag == "WDT" || x.tag == "WP" || x.lw == "that") && nominal(t[i-1].tag) {
			for j := v + 1; j < len(t); j++ {
				if isFinite(t, j) {
					return readableEnd(t, quoted)
				}
			}
			return ReasonNoVerb
		}
	}
	subj, timeOnly := false, true
	for i := start; i < v; i++ {
		x := t[i]
		if nominal(x.tag) && x.tag != "POS" || x.tag == "EX" || x.tag == "WP" || x.tag == "WDT" ||
			(x.tag == "DT" || x.tag == "JJ" || x.tag == "RB" || x.tag == "JJR" || x.tag == "RBR") && subjectDeterminers[x.lw] || x.tag == "VBG" && i == start ||
			x.tag == "JJ" && x.IsCapitalised() && i == v-1 { // "Ryan wants": a name the tagger took for an adjective
			subj = true
			if !timeWords[x.lw] && x.tag != "CD" || x.tag == "CD" && (i+1 >= v || !timeWords[t[i+1].lw]) ||
				i > start && definite[t[i-1].lw] { // "The evening began", "This week marks": a time named as the subject
				timeOnly = false
			}
		}
	}
	if !subj || timeOnly {
		return ReasonNoSubject
	}
	return readableEnd(t, quoted)
}

// definite determiners make a time word a noun phrase that can be a
// subject ("The evening began"), unlike a bare time adjunct ("Last year
// announced his plan").
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// mainAfterComma reports whether a main clause that reads follows one of
// the top-level commas after the first finite verb v.
func mainAfterComma(t []tok, quoted []bool, commas []int, v, depth int) bool {
	for _, c := range commas {
		if c > v && c+1 < len(t) && depth < 2 && readableSeq(t[c+1:], quoted[c+1:], depth+1) == "" {
			return true
		}
	}
	return false
}

// readableEnd applies the tests of the middle and the end of a claim:
// gaps before a verb, dangling last words and headless noun phrases.
func readableEnd(t []tok, quoted []bool) string {
	wh := false
	for i := 0; i+1 < len(t); i++ {
		x, y := t[i], t[i+1]
		wh = wh || x.tag == "WP" || x.tag == "WRB" || x.lw == "which"
		if quoted[i+1] || !isFinite(t, i+1) || y.lw == "'s" || y.lw == "’s" || x.IsCapitalised() && i > 0 {
			continue
		}
		if x.tag == "IN" && preps[x.lw] && !wh && !(x.lw == "of" && i > 0 && (t[i-1].lw == "kind" || t[i-1].lw == "sort")) ||
			x.lw == "the" || x.lw == "a" || x.lw == "an" || x.tag == "PRP$" && x.lw != "her" {
			return ReasonGap
		}
	}
	last := t[len(t)-1]
	if danglingWords[last.lw] && !(last.lw == "not" && len(t) >= 2 && (aux[t[len(t)-2].lw] || t[len(t)-2].tag == "MD")) {
		return ReasonDangling // "a state that does not" is elliptical, not cut short
	}
	if len(t) >= 2 && (last.tag == "JJ" || last.tag == "JJS") && !last.IsCapitalised() {
		if p := t[len(t)-2]; p.lw == "a" || p.lw == "an" {
			return ReasonHeadless
		}
	}
	return ""
}

// isFinite reports whether token i of t is a finite verb, counting the
// clitics of "it's" and "they're".
func isFinite(t []tok, i int) bool {
	x := t[i]
	if finite(x.tag) {
		return true
	}
	// a past verb the tagger took for a participle: "Several prominent
	// conservatives offered swift reactions"
	if x.tag == "VBN" && i > 0 && i+1 < len(t) && npStart(t[i+1].tag) && t[i+1].tag != "CD" {
		p := i - 1
		for p > 0 && t[p].tag == "RB" {
			p--
		}
		if strings.HasPrefix(t[p].tag, "NN") || t[p].tag == "PRP" {
			return true
		}
	}
	// a present verb the tagger took for a base form: "Fights merely shake"
	if x.tag == "VB" && i > 0 {
		p := i - 1
		for p > 0 && t[p].tag == "RB" {
			p--
		}
		if nominal(t[p].tag) && t[p].tag != "POS" {
			return true
		}
	}
	if i > 0 && (t[i-1].tag == "PRP" || t[i-1].lw == "there" || t[i-1].lw == "that" || t[i-1].lw == "who") {
		switch x.lw {
		case "'s", "’s", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d", "'ll", "’ll":
			return true
		}
	}
	return false
}

// readableDraft is Readable for a draft of sp, tagged in the context of
// the whole sentence; text is the draft's built Text.
func readableDraft(sp *splitter, d draft, text string) string {
	if r := balanced(text); r != "" {
		return r
	}
	if sp.scratch == nil {
		sp.scratch = new(readScratch)
	}
	t := sp.scratch.draft[:0]
	if n := len(d.toks) + 2; cap(t) < n {
		t = make([]tok, 0, max(n, len(sp.t)+2)) // a draft's tokens are the sentence's, and a lead and a link
	}
	if d.lead != "" {
		t = append(t, tok{Token: facts.Token{Text: d.lead}, tag: "DT", lw: lowerASCII(d.lead)})
	}
	for _, i := range d.toks {
		if d.link != "" && i == d.linkAt {
			t = append(t, tok{Token: facts.Token{Text: d.link}, tag: "VBZ", lw: d.link})
		}
		x := sp.t[i]
		if d.subText != "" && i == d.subAt {
			x.tag, x.lw = "VBD", d.subText
			if _, pron := subjectPronouns[d.subText]; pron || d.subText == "I" || d.subText == "we" || d.subText == "they" || d.subText == "he" || d.subText == "she" {
				x.tag = "PRP"
			}
		}
		t = append(t, x)
	}
	sp.scratch.draft = t[:0]
	return readableToks(t, sp.scratch)
}
