package atomic

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/facts"
)

// tok is a token with its Penn Treebank tag and lower-case text.
type tok struct {
	facts.Token
	tag string
	lw  string
	// runnerUp is the tagger's second choice of tag and gap how far its
	// score fell below the first's (empty and 0 for a word of fixed tag).
	runnerUp string
	gap      float32
}

// tokens tokenises and tags s, returning also the untagged tokens. When
// the tagger cannot load, words are left untagged and the rules fall back
// to the closed word lists.
func tokens(s string) ([]tok, []facts.Token) {
	ft := facts.Tokenize(s)
	out := make([]tok, len(ft))
	for i, t := range ft {
		out[i] = tok{Token: t, lw: lowerASCII(t.Text)}
	}
	englishTagger().tagAll(out)
	for i := range out {
		if fix, ok := closedTags[out[i].lw]; ok && !(out[i].IsCapitalised() && i > 0 && (out[i].lw == "may" || out[i].lw == "will")) {
			out[i].tag = fix
		}
	}
	repairPastTense(out)
	repairReducedRelative(out)
	repairAsideParticiple(out)
	repairBaseForm(out)
	repairMissingVerb(out)
	repairAfterOfThem(out)
	repairCurlyContractions(out)
	repairHyphenCompounds(out)
	repairNounAfterModifier(out)
	return out, ft
}

// repairNounAfterModifier retags as a plural noun (NNS) a "-s" word the
// tagger took for a verb (VBZ) right after an adjective that follows a
// preposition, determiner or possessive: "of other means", "the new
// rules", "his political views" are noun phrases, and no verb sits there.
func repairNounAfterModifier(t []tok) {
	for i := 2; i < len(t); i++ {
		if t[i].tag == "VBZ" && t[i-1].tag == "JJ" && !t[i-1].IsCapitalised() {
			if p := t[i-2].tag; p == "IN" || p == "DT" || p == "PRP$" || p == "POS" {
				t[i].tag = "NNS"
			}
		}
	}
}

// repairHyphenCompounds retags as an adjective (JJ) a word the tagger took
// for a verb when a hyphen joins it to the next word with no space: the
// first part of a compound modifier ("rank-and-file members", "a
// make-or-break vote", "stop-and-frisk policy") is no clause's verb.
func repairHyphenCompounds(t []tok) {
	for i := 0; i+2 < len(t); i++ {
		if verbal(t[i].tag) && t[i+1].Text == "-" && t[i].End == t[i+1].Start && t[i+1].End == t[i+2].Start && t[i+2].IsWord() {
			t[i].tag = "JJ"
		}
	}
}

// repairCurlyContractions tags a contraction written with a typographic
// apostrophe as the tagger tags it with a straight one: "it’s airing",
// "they’re", "we’ll", "didn’t" (the model learned only "'s", "'re" ...).
// A "’s" after a noun stays the possessive the tagger took it for, and one
// it took for anything but a possessive or "is" becomes a possessive.
func repairCurlyContractions(t []tok) {
	for i := 1; i < len(t); i++ {
		switch t[i].lw {
		case "’s", "'s":
			if p := t[i-1]; p.tag == "PRP" || p.tag == "WP" || p.tag == "EX" || p.lw == "that" || p.lw == "here" {
				t[i].tag = "VBZ"
			} else if t[i].tag != "POS" && t[i].tag != "VBZ" {
				t[i].tag = "POS" // a clitic is a possessive or "is": "New York’s/VBD 11th District", "Obama’s/NNP State of the Union"
			}
		case "’re", "’m", "’ve":
			t[i].tag = "VBP"
		case "’ll", "’d":
			t[i].tag = "MD"
		case "n’t":
			t[i].tag = "RB"
		}
	}
}

// repairAfterOfThem retags as a noun (NN) a present-tense verb right
// after "of them", "of us" or "of whom": "many of them tea party
// activists" names what they are; no verb follows "of them" directly.
func repairAfterOfThem(t []tok) {
	for i := 2; i < len(t); i++ {
		if (t[i].tag == "VBP" || t[i].tag == "VB") && t[i-2].lw == "of" && (t[i-1].lw == "them" || t[i-1].lw == "us" || t[i-1].lw == "whom") {
			t[i].tag = "NN"
		}
	}
}

// repairPastTense retags as past tense (VBD) a past participle (VBN) that
// is the only verb of its clause right after its subject: the tagger reads
// "The new bridge opened in Lagos" and "The project inspired a march" as
// participles. A participle stays one after an auxiliary or another verb
// ("has opened", "was opened"), before "by" ("the report released by the
// ministry"), and before a finite verb of its own clause ("The man
// arrested on Monday was released": a reduced relative). Only forms that
// are also a past tense are retagged ("opened", "sent", never "taken").
func repairPastTense(t []tok) {
	for i := 1; i < len(t); i++ {
		if t[i].tag != "VBN" || !pastTenseForm(t[i].lw) {
			continue
		}
		if p := t[i-1].tag; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" && p != "PRP" {
			continue
		}
		if clauseHasVerb(t, i) || i+1 < len(t) && t[i+1].lw == "by" {
			continue
		}
		t[i].tag = "VBD"
	}
}

// repairReducedRelative retags as a past participle (VBN) a past tense
// (VBD) that follows a noun, perhaps with adverbs between, and comes
// before "by" within three words, when a finite verb came before it: "he
// said in an interview first posted online by The Hill" — the interview
// was posted, and "said" stays the sentence's only verb.
func repairReducedRelative(t []tok) {
	seen := false
	for i := 1; i < len(t); i++ {
		if t[i].tag != "VBD" || !seen || !pastTenseForm(t[i].lw) {
			seen = seen || finite(t[i].tag)
			continue
		}
		p := i - 1
		for p > 0 && t[p].tag == "RB" {
			p--
		}
		if n := t[p].tag; n != "NN" && n != "NNS" {
			continue
		}
		for j := i + 1; j < len(t) && j <= i+3; j++ {
			if t[j].lw == "by" {
				t[i].tag = "VBN"
				break
			}
			if t[j].tag != "RB" && t[j].tag != "RP" && t[j].lw != "online" {
				break
			}
		}
	}
}

// repairAsideParticiple retags as a past participle (VBN) a past tense
// (VBD) that opens an aside set off by commas after a noun, when a finite
// verb follows the aside's closing comma: "The video, posted/VBD to YouTube
// last Friday, shows the man" — the video was posted, and "shows" is the
// sentence's verb.
func repairAsideParticiple(t []tok) {
	for i := 2; i < len(t); i++ {
		if t[i].tag != "VBD" || !pastTenseForm(t[i].lw) || t[i-1].Text != "," || !nominal(t[i-2].tag) || t[i-2].tag == "PRP" {
			continue
		}
		for c := i + 1; c+1 < len(t); c++ {
			if finite(t[c].tag) || clauseBreak(t[c]) && t[c].Text != "," {
				break
			}
			if t[c].Text != "," {
				continue
			}
			n := c + 1
			for n < len(t) && t[n].tag == "RB" {
				n++
			}
			if n < len(t) && finite(t[n].tag) {
				t[i].tag = "VBN"
			}
			break
		}
	}
}

// repairMissingVerb gives a sentence without a finite verb the one the
// tagger nearly chose: of the words whose second choice is a finite verb
// (VBZ, VBD, VBP) of a form that can be one ("-s" for VBZ), after a word
// that can end a subject (a noun, pronoun, number or closing bracket, with
// adverbs or a comma-closed aside between), the word it was least sure of
// becomes that verb: "The 9/12 Project sets/NNS forth nine values",
// "His district stretches/NNS from Richmond", "Obama's campaign
// immediately pounced/VBN on".
// A sentence of fewer than three words, a headline's fragment
// ("Tea Party supporters (at 20 percent)", "Pakistan tightening border
// controls", "relations strained by terrorism") and a sentence with a
// finite verb are left as tagged: it changes only what the tagger doubted.
func repairMissingVerb(t []tok) {
	words := 0
	for i := range t {
		if finite(t[i].tag) {
			return
		}
		if t[i].IsWord() {
			words++
		}
	}
	if words < 3 {
		return
	}
	best := -1
	for i := 1; i < len(t); i++ {
		x := t[i]
		switch x.runnerUp {
		case "VBZ":
			if !strings.HasSuffix(x.lw, "s") {
				continue
			}
		case "VBD":
			if !pastTenseForm(x.lw) || i+1 < len(t) && t[i+1].lw == "by" {
				continue // "relations strained by terrorism": a participle
			}
		case "VBP":
		default:
			continue
		}
		if x.IsCapitalised() || !x.IsWord() || strings.ContainsAny(x.lw, "'’") || !afterSubject(t, i) || verbBefore(t, i) {
			continue
		}
		if best < 0 || x.gap < t[best].gap {
			best = i
		}
	}
	if best >= 0 {
		t[best].tag = t[best].runnerUp
	}
}

// verbBefore reports whether a participle or base verb comes before token
// i in its clause: the word is then its object's noun, as in the fragment
// "Pakistan tightening border controls".
func verbBefore(t []tok, i int) bool {
	for k := i - 1; k >= 0 && !clauseBreak(t[k]); k-- {
		if verbal(t[k].tag) {
			return true
		}
	}
	return false
}

// afterSubject reports whether token i follows a word that can end a
// subject: a noun, pronoun or number, or a closing bracket, with adverbs
// or an aside closed by a comma between ("The ARB, in its unclassified
// form, mentions").
func afterSubject(t []tok, i int) bool {
	p := i - 1
	for p > 0 && (t[p].tag == "RB" || t[p].tag == "RBR") {
		p--
	}
	if t[p].Text == "," {
		return p > 0 // an aside ends here; its subject came before it
	}
	switch t[p].tag {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD":
		return true
	}
	return t[p].Text == ")"
}

// repairBaseForm retags as present tense (VBP) a base-form verb (VB) right
// after its subject, with at most adverbs between: "They no longer
// prioritize civil rights", "Economists say". A base form stays one after
// a modal, "to" or another verb of its clause ("will go", "let them go").
func repairBaseForm(t []tok) {
	for i := 1; i < len(t); i++ {
		if t[i].tag != "VB" {
			continue
		}
		p := i - 1
		for p > 0 && (t[p].tag == "RB" || t[p].tag == "RBR") {
			p--
		}
		if !subjectHead(t[p]) {
			continue
		}
		bare := false
		for k := p - 1; k >= 0 && !clauseBreak(t[k]); k-- {
			if verbal(t[k].tag) || t[k].tag == "TO" {
				bare = true
				break
			}
		}
		if !bare {
			t[i].tag = "VBP"
		}
	}
}

// subjectHead reports whether t may end the subject of a present-tense
// base form: a plural or mass noun, a name, or "I", "we", "you", "they".
func subjectHead(t tok) bool {
	switch t.tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	case "PRP":
		return t.lw == "i" || t.lw == "we" || t.lw == "you" || t.lw == "they"
	}
	return false
}

// clauseHasVerb reports whether the clause around token i (between commas,
// semicolons, colons and the ends of the sentence) holds a verb before i
// or a finite verb after it.
func clauseHasVerb(t []tok, i int) bool {
	for k := i - 1; k >= 0 && !clauseBreak(t[k]); k-- {
		if verbal(t[k].tag) || t[k].lw == "get" || t[k].lw == "got" {
			return true
		}
	}
	for k := i + 1; k < len(t) && !clauseBreak(t[k]); k++ {
		if finite(t[k].tag) {
			return true
		}
	}
	return false
}

func clauseBreak(t tok) bool { return t.tag == "," || t.tag == ":" || t.Text == ";" }

// pastTenseForm reports whether a participle is also a past tense form: a
// regular "-ed" verb or an irregular verb whose two forms are one.
func pastTenseForm(w string) bool {
	return strings.HasSuffix(w, "ed") || sameFormIrregulars[w]
}

var sameFormIrregulars = map[string]bool{
	"sent": true, "held": true, "led": true, "made": true, "built": true, "paid": true, "found": true,
	"left": true, "met": true, "won": true, "lost": true, "kept": true, "spent": true, "brought": true,
	"bought": true, "caught": true, "taught": true, "fought": true, "sought": true, "thought": true,
	"heard": true, "sold": true, "struck": true, "hit": true, "cut": true, "put": true, "set": true,
	"shut": true, "hurt": true, "let": true, "spread": true, "read": true, "meant": true, "felt": true,
	"lent": true, "stood": true, "understood": true, "fled": true, "fed": true, "laid": true, "said": true,
	"told": true, "had": true, "sat": true, "slept": true, "swept": true, "dealt": true,
	"quit": true, "cost": true, "bet": true, "split": true, "burst": true, "upset": true, "broadcast": true,
}

// lowerASCII returns strings.ToLower(s), without allocating when s is
// already lower-case ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// closedTags fix the tags of function words the rules depend on.
var closedTags = map[string]string{
	"which": "WDT", "who": "WP", "whom": "WP", "whose": "WP$", "where": "WRB", "when": "WRB",
	"and": "CC", "but": "CC", "or": "CC", "yet": "CC", "nor": "CC",
	"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "has": "VBZ", "have": "VBP", "had": "VBD",
	"will": "MD", "would": "MD", "can": "MD", "could": "MD", "may": "MD", "might": "MD", "must": "MD",
	"should": "MD", "shall": "MD", "cannot": "MD", "the": "DT", "a": "DT", "an": "DT",
	",": ",", ";": ":", ":": ":",
	// verbs the tagger reads as nouns after a long subject ("Bruning,
	// along with X, argue that")
	"argue": "VBP",
}

func finite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
func verbal(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }
func nominal(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" || t == "POS"
}
func npStart(t string) bool {
	return strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "JJR" || t == "JJS" || t == "PRP$" || t == "CD" || t == "PRP" || t == "PDT" || t == "``" || t == "RBS"
}
