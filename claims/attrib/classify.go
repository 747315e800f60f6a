package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/facts"
)

// pronouns that stand for a speaker.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true,
	"him": true, "her": true, "them": true, "us": true,
}

// IsPronoun reports whether word is a personal pronoun that can stand for a
// speaker ("he", "She", "they").
func IsPronoun(word string) bool { return pronouns[strings.ToLower(strings.TrimSpace(word))] }

// headStops end the head of a source: prepositions, relatives and
// conjunctions after which a phrase qualifies the head instead of naming it.
var headStops = map[string]bool{
	"at": true, "of": true, "for": true, "from": true, "in": true, "with": true, "within": true,
	"close": true, "familiar": true, "who": true, "that": true, "which": true, "on": true,
	"to": true, "inside": true, "near": true, "and": true, "or": true, "by": true, "under": true,
	"along": true, "across": true, "around": true, "outside": true, "throughout": true, "bordering": true,
}

// indefinite first words mark an unidentified source ("a spokesman",
// "several senators").
var indefinite = map[string]bool{
	"a": true, "an": true, "one": true, "some": true, "any": true, "someone": true,
	"somebody": true, "certain": true, "unnamed": true, "anonymous": true,
	"several": true, "many": true, "various": true, "numerous": true, "few": true,
}

// function words that are capitalised only because they start a sentence.
var function = map[string]bool{
	"the": true, "a": true, "an": true, "some": true, "many": true, "one": true, "two": true,
	"according": true, "to": true, "several": true, "most": true, "other": true, "another": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "i": true,
}

// Classify grades source with the built-in lexicon. See Lexicon.Classify.
func Classify(source string) string { return defaultLex.Classify(source) }

// Classify grades a source phrase as written: "none" when it has no words,
// "pronoun" for a lone personal pronoun; "anonymous" when its head noun is an
// unnamed person of a body ("a White House official", "aides") or it holds
// an anonymity phrase ("familiar with", "on condition of anonymity"), unless
// a name follows in apposition; "vague" when its text or its head noun is in
// the vague lexicon and it names no organisation or person, or when it is
// an indefinite description ("a spokesman"); and "named" otherwise (a proper
// name anywhere, a body such as "police" or "the administration", or a
// definite description such as "the president" that points back to someone
// named). A leading "according to" and a leading conjunction ("But
// strategists") are ignored.
func (l *Lexicon) Classify(source string) string {
	words := tokenize(source)
	for len(words) > 0 && !words[0].punct && leading[strings.ToLower(words[0].text)] {
		words = words[1:]
	}
	if len(words) >= 2 && strings.EqualFold(words[0].text, "according") && strings.EqualFold(words[1].text, "to") {
		words = words[2:]
	}
	if rest, ok := possessed(words); ok && l.Classify(rest) == Vague {
		return Vague // "Mr. Obama's allies", "Romney's supporters": the group, not its leader
	}
	var ws []string
	for _, w := range words {
		if !w.punct {
			ws = append(ws, strings.ToLower(w.text))
		}
	}
	if len(ws) == 0 {
		return None
	}
	full := strings.Join(ws, " ")
	if l.vague[full] {
		return Vague
	}
	if len(ws) == 1 && pronouns[ws[0]] {
		return Pronoun
	}
	// The head: words up to the first punctuation or qualifying word.
	var head []string
	for i, w := range words {
		lw := strings.ToLower(w.text)
		if w.punct || (i > 0 && headStops[lw]) {
			break
		}
		head = append(head, lw)
	}
	stripped := head
	for len(stripped) > 0 {
		if len(stripped) >= 2 && l.modifiers[stripped[0]+" "+stripped[1]] {
			stripped = stripped[2:]
			continue
		}
		if l.modifiers[stripped[0]] || stripped[0] == "the" {
			stripped = stripped[1:]
			continue
		}
		break
	}
	if len(ws) >= 3 && ws[0] == "all" && strings.ContainsAny(ws[1], "0123456789") {
		return Named // a whole counted body: "all 42 Senate Republicans"
	}
	if len(ws) >= 2 && ws[0] == "the" && records[ws[len(ws)-1]] {
		return Named // an identified document: "the indictment", "the court documents"
	}
	if strings.Contains(full, "version of this") || strings.Contains(full, "this article") || strings.Contains(full, "this story") {
		return Named // the publication itself: "an earlier version of this post said"
	}
	if uniqueOffice(words, head) {
		return Named // "Colorado's top law enforcement official": one office, one holder
	}
	if l.anonymousSource(ws, head) && !appositiveName(words) {
		return Anonymous
	}
	if len(head) > 0 && documents[head[len(head)-1]] && len(head) < len(words) && issuedBy[strings.ToLower(words[len(head)].text)] {
		return Named // "a statement from the Democratic committee"
	}
	// A head made only of modifiers is vague ("many", "two senior"),
	// unless one is a country ("Pakistan" speaks as a state) or the last is
	// a body ("police", "the administration").
	vagueHead := len(head) > 0 && len(stripped) == 0 && !anyCap(words[:len(head)]) && !bodies[head[len(head)-1]]
	if n := len(stripped); n > 0 {
		vagueHead = l.vague[strings.Join(stripped, " ")] || l.vague[stripped[n-1]] || l.vague[strings.Join(head, " ")]
	}
	for n := min(l.maxWords, len(ws)); n >= 2 && !vagueHead; n-- {
		vagueHead = l.vague[strings.Join(ws[:n], " ")]
	}
	proper := l.hasProper(withoutPlaces(words))
	if vagueHead && proper && len(head) > 0 && relational[head[len(head)-1]] && !l.hasProper(beyondRelation(words, len(head))) {
		return Vague // "McCarthy supporters", "supporters of Mr. McCarthy": whose side they take, not who they are
	}
	switch {
	case vagueHead && proper:
		return Named
	case vagueHead:
		return Vague
	case proper:
		return Named
	case indefinite[ws[0]] && len(head) > 0 && inquiries[head[len(head)-1]]:
		return Named // "an examination of his remarks shows": the outlet's own reading
	case indefinite[ws[0]]:
		return Vague
	}
	return Named
}

// relational group nouns name people by the side they take: a name among
// their modifiers or after "of" says whose supporters or critics they are,
// not who they are.
var relational = map[string]bool{
	"supporters": true, "allies": true, "backers": true, "critics": true, "opponents": true,
	"detractors": true, "friends": true, "loyalists": true, "admirers": true, "defenders": true,
	"foes": true, "rivals": true, "fans": true, "partisans": true,
}

// beyondRelation returns the words of a source after its head's relation
// ("supporters of Mr. McCarthy"): from the first comma or "including",
// "such", "like", "led", where members of the group may be named ("critics,
// including Senator Rand Paul").
func beyondRelation(words []word, from int) []word {
	for i := from; i < len(words); i++ {
		w := strings.ToLower(words[i].text)
		if words[i].text == "," && i+1 < len(words) && relativeWords[strings.ToLower(words[i+1].text)] {
			for i++; i < len(words) && words[i].text != ","; i++ {
			} // a relative clause says what they did: "supporters of Mr. McCarthy, who traveled home to Bakersfield,"
			continue
		}
		if words[i].punct && words[i].text == "," || w == "including" || w == "such" || w == "like" || w == "led" || w == "among" {
			return words[i:]
		}
	}
	return nil
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true}

// inquiries are analyses a reporter makes: "an examination of his remarks
// shows that", "a review of the records found". Without a named author
// they are the publication's own, not a vague source.
var inquiries = map[string]bool{
	"examination": true, "analysis": true, "review": true, "reading": true, "comparison": true, "tally": true, "count": true,
}

// records are documents that, named with "the", are identified: the reader
// can ask for them ("according to the documents", "the filing says").
var records = map[string]bool{
	"documents": true, "document": true, "records": true, "indictment": true, "complaint": true,
	"filing": true, "filings": true, "lawsuit": true, "affidavit": true, "transcript": true,
	"report": true, "papers": true, "ruling": true, "opinion": true, "order": true, "budget": true,
	// a definite plural points back to documents the article has named:
	// "the reports reveal" after "The Guardian reported ... The Washington
	// Post reported"
	"reports": true, "emails": true, "memos": true,
}

// issuedBy introduce the issuer of a document.
var issuedBy = map[string]bool{"from": true, "by": true, "of": true}

// leading words open a source phrase without being part of it.
var leading = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "also": true, "even": true, "still": true}

// anonymousSource reports whether the source words ws with head words head
// mark an unnamed particular source: an anonymous head noun (the last head
// word), or an anonymous phrase of several words anywhere.
func (l *Lexicon) anonymousSource(ws, head []string) bool {
	if n := len(head); n > 0 && l.anonymous[strings.TrimSuffix(strings.TrimSuffix(head[n-1], "'s"), "’s")] {
		return true
	}
	for i := range ws {
		for n := 2; n <= 4 && i+n <= len(ws); n++ {
			if l.anonymous[strings.Join(ws[i:i+n], " ")] {
				return true
			}
		}
	}
	return false
}

// uniqueOffice reports whether the source is a named place's or body's top
// office: a possessive proper name first and "top" or "chief" in the head.
func uniqueOffice(words []word, head []string) bool {
	if len(words) < 3 || !isCap(words[0].text) || !(strings.HasSuffix(words[0].text, "'s") || strings.HasSuffix(words[0].text, "’s")) {
		return false
	}
	for _, h := range head {
		if h == "top" || h == "chief" || h == "highest" {
			return true
		}
	}
	return false
}

// NamedBefore reports whether the text just before a source phrase makes it
// an appositive of a named person: "Kevin Rennie, " before "a former state
// lawmaker" (the person is the source, and named). It looks for a comma
// preceded by two capitalised words, or one after a title ("Sen. Cruz, ").
func NamedBefore(before string) bool {
	before = strings.TrimRight(before, " \t\n")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	ws := tokenize(strings.TrimSuffix(before, ","))
	n := len(ws)
	if n == 0 || ws[n-1].punct || !isCap(ws[n-1].text) || function[strings.ToLower(ws[n-1].text)] {
		return false
	}
	if n >= 2 && !ws[n-2].punct && isCap(ws[n-2].text) && !function[strings.ToLower(ws[n-2].text)] {
		return true
	}
	return n >= 3 && ws[n-2].text == "." && titleAbbreviations[strings.ToLower(ws[n-3].text)] // "Ms. Lauten, "
}

// titleAbbreviations are the abbreviated titles written before a surname.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "adm": true, "prof": true, "rev": true, "atty": true,
}

// appositiveName reports whether a personal name follows a comma in the
// source: two capitalised words that are not function words ("an aide,
// Jane Doe").
func appositiveName(words []word) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i].text != "," {
			continue
		}
		a, b := words[i+1], words[i+2]
		if !a.punct && !b.punct && isCap(a.text) && isCap(b.text) && !function[strings.ToLower(a.text)] {
			return true
		}
	}
	return false
}

// hasProper reports whether the words hold a proper name: a capitalised word
// that is not a modifier (a nationality), a pronoun, a function word, or a
// lexicon word capitalised at the start of a sentence.
func (l *Lexicon) hasProper(words []word) bool {
	for i, w := range words {
		if w.punct || !isCap(w.text) {
			continue
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s"))
		if l.modifiers[lw] || pronouns[lw] || function[lw] {
			continue
		}
		if i+1 < len(words) && !words[i+1].punct && l.modifiers[lw+" "+strings.ToLower(words[i+1].text)] {
			continue
		}
		if i > 0 && !words[i-1].punct && l.modifiers[strings.ToLower(words[i-1].text)+" "+lw] {
			continue
		}
		if i == 0 && (sentenceCase(w.text) || adjective(lw)) {
			continue // "Gun-rights groups", "Seasoned observers": capitalised only as the first word
		}
		if l.vague[lw] || l.anonymous[lw] || (i == 0 && indefinite[lw]) {
			continue // "Republicans", "Officials" are not names
		}
		return true
	}
	return false
}

// withoutPlaces are the words of a source without the places after a
// place preposition: where people are does not say who they are
// ("observers in Arizona", "officers along Colorado's borders"), while a
// body after the head ("officials at the Foreign Ministry") or in it
// ("White House officials") still does.
func withoutPlaces(words []word) []word {
	var kept []word
	inPlace := false
	for i, w := range words {
		lw := strings.ToLower(w.text)
		name := strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s")
		switch {
		case w.punct:
			inPlace = false
		case placePrepositions[lw]:
			inPlace = true
		case inPlace && isCap(w.text) && (facts.IsPlace(name) ||
			i+1 < len(words) && facts.IsPlace(w.text+" "+strings.TrimSuffix(strings.TrimSuffix(words[i+1].text, "'s"), "’s")) ||
			i > 0 && facts.IsPlace(words[i-1].text+" "+name)):
			continue
		}
		kept = append(kept, w)
	}
	return kept
}

// possessed returns the words after a possessor that opens a source, a
// name with its title ("Mr. Obama's", "Sen. Cruz's", "Romney's"), as text;
// ok is false when the source does not open with one, or more than
// maxPossessed words or any punctuation follow it (a clause, not a group).
func possessed(words []word) (string, bool) {
	for i, w := range words {
		switch {
		case i > 3 || (!w.punct && !isCap(w.text)):
			return "", false
		case !w.punct && possessive(w.text) && i+1 < len(words):
			rest := words[i+1:]
			if len(rest) > maxPossessed || slices.ContainsFunc(rest, func(r word) bool { return r.punct }) {
				return "", false
			}
			var b strings.Builder
			for _, r := range rest {
				b.WriteString(r.text)
				b.WriteByte(' ')
			}
			return b.String(), true
		}
	}
	return "", false
}

// maxPossessed is the most words a possessed group may have ("Mr.
// Obama's closest political allies").
const maxPossessed = 4

// possessive reports whether w ends in a possessive 's.
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// placePrepositions open a phrase that says where a source is, not who.
var placePrepositions = map[string]bool{
	"in": true, "along": true, "across": true, "around": true, "near": true, "outside": true,
	"throughout": true, "bordering": true,
}

// word is a token of a source phrase: a word or one punctuation mark.
type word struct {
	text  string
	punct bool
}

// tokenize splits s into words (letters, digits and the inner marks . ' ’ -
// of "U.S.", "Pakistan's", "high-ranking") and single punctuation marks.
func tokenize(s string) []word {
	var out []word
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i, w)
			out = append(out, word{text: s[i:j]})
			i = j
		default:
			if unicode.IsPunct(r) || unicode.IsSymbol(r) {
				out = append(out, word{text: s[i : i+w], punct: true})
			}
			i += w
		}
	}
	return out
}

// wordEnd returns the end of the word that starts at s[i] (a letter or
// digit of w bytes): letters and digits, with an inner mark (. ' ’ -) kept
// when a letter follows, or a dot closing an abbreviation ("U.S.").
func wordEnd(s string, i, w int) int {
	j := i + w
	for j < len(s) {
		r2, w2 := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
			j += w2
			continue
		}
		if r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-' {
			r3, _ := utf8.DecodeRuneInString(s[j+w2:])
			if unicode.IsLetter(r3) || (r2 == '.' && isAbbrev(s[i:j])) {
				j += w2
				continue
			}
		}
		break
	}
	return j
}

// isAbbrev reports whether a word ending before a dot is an abbreviation
// with inner dots ("U.S" -> "U.S.").
func isAbbrev(w string) bool { return strings.Contains(w, ".") }

// anyCap reports whether a word (not a function word) is capitalised.
func anyCap(ws []word) bool {
	for _, w := range ws {
		if !w.punct && isCap(w.text) && !function[strings.ToLower(w.text)] {
			return true
		}
	}
	return false
}

// sentenceCase reports whether a hyphenated word is capitalised only on its
// first letter ("Gun-rights", not "Al-Qaeda" or "Rolls-Royce").
func sentenceCase(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}
