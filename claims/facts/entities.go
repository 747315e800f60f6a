package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity kinds.
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindPlace        = "place"
	KindGroup        = "group"
)

// Entity is a named thing: a run of capitalised words ("Tehreek-e-Taliban
// Pakistan"), an acronym, or a demonym. Norm is its canonical name: the
// country of a demonym ("Afghan" -> "Afghanistan"), the expansion of an
// acronym, the full name of an alias ("U.S." -> "United States"), else Text.
// Kind is person, organisation, place, group, or "" when unknown.
type Entity struct {
	Start, End int
	Text       string
	Kind       string
	Norm       string
}

// capStop are capitalised function words that never start or continue a
// name; at the start of a sentence they are just capitalised.
var capStop = setOf(`The A An And Or But Of In On At To For From By With Between Over As Into After Before
During Despite Why What When Where Who Whom Whose How It He She They We I This That These Those His Her Its
Their Our There Here If While Although Though However Meanwhile Also Not No Yes Some Many Most All Both Each
Such Other Another Any Every Because Since Until Unless Than Then Thus So Yet Still Even Only Just Amid Among
Against Under Above Below Via Per Toward Towards Upon Within Without Across Through Throughout Around About
Key Takeaways Updated New Update Read More Share Advertisement Last Next First Second Third`)

// commonStart are words that are capitalised only because they open a
// sentence or a headline.
var commonStart = setOf(`Relations Tensions Surge Disputes Deteriorating Resolving Violence Pakistan's Deportations
Taliban's Loosely Principal Angelina Several Two Three Four Five Six Seven Eight Nine Ten One Officials Police
Critics Analysts Experts Sources Residents Witnesses Authorities Militants Protesters Voters Leaders Troops
Soldiers Families Refugees Migrants People Children Women Men Local Recent Further Earlier Later Today
Yesterday Tomorrow Last Several Several Much Little Few Growing Rising Falling Economic Political Military
Security Trade Border Cross Regional International National Global Domestic Foreign Public Private Special
Senior Former Current Previous Annual Daily Despite Escalating Strained Increasing Significant Major Minor`)

// particles join the words of one name: "Tehreek-e-Taliban", "Bank of
// England", "Osama bin Laden".
var particles = setOf(`of e ul ud al el bin ibn de la da del van von der den i o`)

// Entities returns the named entities of s, sorted by Start and not
// overlapping. Acronyms defined in s ("Tehreek-e-Taliban Pakistan (TTP)")
// are remembered in c for later sentences.
func (c *Context) Entities(s string) []Entity {
	toks, dates := c.scan(s)
	headline := isTitleCase(toks)
	var out []Entity
	di := 0
	for i := 0; i < len(toks); {
		for di < len(dates) && dates[di].End <= toks[i].Start {
			di++
		}
		if di < len(dates) && dates[di].Start <= toks[i].Start {
			i++ // month and weekday names are dates, not names
			continue
		}
		if !nameWord(toks[i]) || currencyWords[lower(toks[i].Text)] {
			i++
			continue
		}
		j := extendRun(toks, i)
		run := toks[i:j]
		if isStart(toks, i) {
			run = dropCommonStart(run)
		}
		for len(run) > 0 && (particles[run[len(run)-1].Text] || run[len(run)-1].Text == "-") {
			run = run[:len(run)-1]
		}
		if len(run) > 0 {
			out = c.emitRun(s, run, headline, out)
			// "Tehreek-e-Taliban Pakistan (TTP)"
			if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" && isAcronym(toks[j+1].Text) && len(run) > 1 {
				first := run[0].Start
				last := run[len(run)-1].End
				if len(out) > 0 && out[len(out)-1].End == last {
					e := out[len(out)-1]
					first = e.Start
					for k := len(out) - 1; k >= 0 && out[k].End >= first && out[k].Start >= run[0].Start; k-- {
						first = out[k].Start
					}
				}
				c.learn(toks[j+1].Text, s[first:last])
			}
		}
		i = j
	}
	return out
}

func nameWord(t Token) bool {
	return t.IsWord() && t.IsCapitalised() && !capStop[t.Text]
}

// extendRun returns the end of the capitalised run starting at i.
func extendRun(toks []Token, i int) int {
	j := i + 1
	for j < len(toks) {
		t := toks[j]
		if nameWord(t) {
			j++
			continue
		}
		if t.Text == "-" && t.Start == toks[j-1].End && j+1 < len(toks) && toks[j+1].Start == t.End && toks[j+1].IsWord() {
			nx := toks[j+1]
			if nameWord(nx) {
				j += 2
				continue
			}
			if particles[nx.Text] && j+3 < len(toks) && toks[j+2].Text == "-" && nameWord(toks[j+3]) {
				j += 4
				continue
			}
			break
		}
		if (particles[t.Text] || t.Text == "&") && t.Text != "-" && j+1 < len(toks) && nameWord(toks[j+1]) && !isDemonymOrPlace(toks[j-1].Text) {
			j += 2
			continue
		}
		break
	}
	return j
}

func isDemonymOrPlace(w string) bool {
	_, d := demonyms[w]
	return d || places[w]
}

// isStart reports whether token i opens a sentence, a quotation or a
// bullet, where capitals say nothing about names.
func isStart(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		p := toks[k].Text
		switch p {
		case "“", "\"", "‘", "'", "(", "[", "•", "*", "·":
			continue
		case ".", "!", "?", ":", ";", "—", "–":
			return true
		case "-":
			return toks[k].End < toks[i].Start
		}
		return false
	}
	return true
}

func dropCommonStart(run []Token) []Token {
	f := run[0].Text
	if known(f) {
		return run
	}
	lf := strings.ToLower(f)
	if commonStart[f] || strings.HasSuffix(lf, "ing") || strings.HasSuffix(lf, "ly") || strings.HasSuffix(lf, "ed") ||
		(len(run) == 1 && strings.HasSuffix(lf, "s") && !firstNames[f]) {
		// drop the word and any hyphen that tied it to the next one
		k := 1
		for k < len(run) && run[k].Text == "-" {
			k++
		}
		return run[k:]
	}
	return run
}

func known(w string) bool {
	if places[w] || groups[w] || firstNames[w] {
		return true
	}
	if _, ok := demonyms[w]; ok {
		return true
	}
	if _, ok := demonymPlural(w); ok {
		return true
	}
	_, ok := placeAliases[w]
	return ok
}

// officeEnd returns where the name starts in a run whose titles end at k:
// an office's complement ("Secretary of State Hillary Clinton", "Chief of
// Staff Rahm Emanuel") is part of the title, up to the first known given
// name after "of", or one word when none is known.
func officeEnd(run []Token, k int) int {
	if k+1 >= len(run) || run[k].Text != "of" {
		return k
	}
	for m := k + 1; m < len(run); m++ {
		if firstNames[run[m].Text] {
			return m
		}
	}
	return k + 2
}

// titledAfterBody returns where a title starts inside run when the words
// before it name a body or a place and a name follows it ("White House
// Chief of Staff Rahm Emanuel", "Supreme Court Justice Ruth Bader
// Ginsburg"), else 0.
func (c *Context) titledAfterBody(s string, run []Token) int {
	for k := 1; k < len(run)-1; k++ {
		if !titles[run[k].Text] {
			continue
		}
		if !isUpperStart(run[k-1].Text) {
			return 0 // "Ministry of Foreign Affairs": the body's own words
		}
		kind, _ := c.classify(s[run[0].Start:run[k-1].End], run[:k])
		if kind == KindOrganisation || kind == KindPlace {
			return k
		}
		return 0
	}
	return 0
}

// emitRun classifies one capitalised run and appends its entities.
func (c *Context) emitRun(s string, run []Token, headline bool, out []Entity) []Entity {
	// Titles: "Prime Minister Shehbaz Sharif" -> person "Shehbaz Sharif".
	person := false
	full := run
	k := 0
	for k < len(run) && titles[run[k].Text] {
		k++
	}
	if k > 0 {
		k = officeEnd(run, k)
		if k == len(run) {
			return out
		}
		person = true
		run = run[k:]
	} else if len(run) > 1 {
		// "Pakistani Prime Minister Shehbaz Sharif": demonym, then a person.
		if country, ok := demonyms[run[0].Text]; ok && titles[run[1].Text] {
			out = append(out, Entity{run[0].Start, run[0].End, run[0].Text, KindPlace, country})
			return c.emitRun(s, run[1:], headline, out)
		}
		// "White House Chief of Staff Rahm Emanuel": a body or a place,
		// then a titled person.
		if k := c.titledAfterBody(s, run); k > 0 {
			out = c.emitRun(s, run[:k], headline, out)
			return c.emitRun(s, run[k:], headline, out)
		}
	}
	// Hyphenated compounds of known names: "Taliban-Pakistan", "Iran-Pakistan".
	if !person && len(run) > 1 {
		if parts, ok := knownParts(run); ok {
			for _, p := range parts {
				out = c.emitRun(s, p, headline, out)
			}
			return out
		}
	}
	text := s[run[0].Start:run[len(run)-1].End]
	kind, norm := c.classify(text, run)
	if person && kind != "" && kind != KindPerson {
		// a title word before a body or a place ("Supreme Court") names
		// no person: the run is that body's whole name
		person, run = false, full
		text = s[run[0].Start:run[len(run)-1].End]
		kind, norm = c.classify(text, run)
	}
	if person && kind == "" {
		kind = KindPerson
	}
	if headline && !person && (kind == "" || len(run) > 1 && !multiPlaces[text] && placeAliases[text] == "") {
		// In a title-case headline every word is capitalised: keep only
		// the words known on their own.
		for _, t := range run {
			if known(t.Text) || isAcronym(t.Text) {
				kd, nm := c.classify(t.Text, []Token{t})
				out = append(out, Entity{t.Start, t.End, t.Text, kd, nm})
			}
		}
		return out
	}
	if len(run) > 1 && kind == "" {
		// "Pakistani security" never gets here (lower case); a demonym
		// before an unknown capitalised word stays one name.
		if country, ok := demonyms[run[0].Text]; ok && len(run) == 1 {
			norm = country
		}
	}
	return append(out, Entity{run[0].Start, run[len(run)-1].End, text, kind, norm})
}

// knownParts splits a run at hyphens when every part is a known name.
func knownParts(run []Token) ([][]Token, bool) {
	var parts [][]Token
	st := 0
	hy := false
	for i, t := range run {
		if t.Text == "-" {
			parts = append(parts, run[st:i])
			st = i + 1
			hy = true
		}
	}
	if !hy {
		return nil, false
	}
	parts = append(parts, run[st:])
	for _, p := range parts {
		if len(p) != 1 || !(known(p[0].Text) || groups[p[0].Text]) {
			return nil, false
		}
	}
	return parts, true
}

// classify returns the kind and canonical name of a run.
func (c *Context) classify(text string, run []Token) (string, string) {
	if a, ok := placeAliases[text]; ok {
		return KindPlace, a
	}
	if places[text] || multiPlaces[text] {
		return KindPlace, text
	}
	if country, ok := demonyms[text]; ok {
		return KindPlace, country
	}
	if country, ok := demonymPlural(text); ok {
		return KindGroup, country
	}
	if isAcronym(text) {
		if exp, ok := c.Acronym(text); ok {
			kind, _ := c.classify(exp, Tokenize(exp))
			return kind, exp
		}
	}
	if namedBodies[text] {
		return KindOrganisation, text
	}
	if groups[text] {
		return KindGroup, text
	}
	for _, t := range run {
		if groups[t.Text] {
			return KindGroup, text
		}
	}
	for _, t := range run {
		if orgWords[t.Text] {
			return KindOrganisation, text
		}
	}
	if len(run) > 1 && firstNames[run[0].Text] {
		return KindPerson, text
	}
	if len(run) > 1 {
		if p := run[len(run)-1].Text; places[p] && len(run) == 3 && run[1].Text == "-" {
			return "", text
		}
	}
	return "", text
}

// isAcronym reports whether w is two to ten capital letters (dots and
// digits allowed): "TTP", "U.N.", "G20".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// isTitleCase reports whether s reads as a title-case headline: most of its
// longer words are capitalised.
func isTitleCase(toks []Token) bool {
	n, caps := 0, 0
	for _, t := range toks {
		if !t.IsWord() || utf8.RuneCountInString(t.Text) < 4 {
			continue
		}
		n++
		if t.IsCapitalised() {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*9
}

// isUpperStart reports whether w starts with an upper-case letter.
func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
