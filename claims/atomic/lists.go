package atomic

import "strings"

// list is a coordination of noun phrases: items[i] are token ranges; a..b
// covers them all.
type list struct {
	a, b  int
	items []rng
	// whole marks a list that must not be split into its items (see
	// findListsIn): its commas still join, so the clause is not cut there
	whole bool
}

// hardStop ends any list item when walking back; softStop (a preposition)
// only the leftmost one.
func (sp *splitter) hardStop(pos []int, j int) bool {
	x := sp.t[pos[j]]
	if inHyphenated(sp.t, pos[j]) {
		return false // "rank-and-file member": the parts of one word
	}
	switch x.lw {
	case "including", "like", "as", "than":
		return true
	}
	if (x.tag == "VBN" || x.tag == "VBG") && j > 0 {
		pt := sp.t[pos[j-1]].tag
		if pt == "DT" || pt == "JJ" || pt == "PRP$" || x.tag == "VBN" && (pt == "RB" || pt == ",") {
			return false // "the stalled project", "limited access": adjectives
		}
	}
	return verbal(x.tag) || x.tag == "WDT" || x.tag == "WP" || x.tag == "CC" || x.Text == ":" ||
		x.Text == "(" || x.Text == ")" || x.lw == "including" || x.lw == "like" || x.lw == "as" ||
		x.lw == "than" || x.Text == ";"
}

// subjectOr reports whether the "or" list ending at position q is a
// subject, a finite verb following it (after a comma): a disjunctive
// subject states no claim about either item, unlike "known as X or Y".
func subjectOr(t []tok, pos []int, q int) bool {
	if q < len(pos) && t[pos[q]].Text == "," {
		q++
	}
	return q < len(pos) && finite(t[pos[q]].tag)
}

// appositivesThenVerb reports whether the item ending at position q is
// followed by comma-set appositives and then, right after a comma, a
// finite verb: the item is that verb's subject, not a list's last item.
func appositivesThenVerb(t []tok, pos []int, q int) bool {
	if q >= len(pos) || t[pos[q]].Text != "," {
		return false
	}
	for i := q + 1; i < len(pos) && i < q+16; i++ {
		x := t[pos[i]]
		if x.tag == "CC" || x.Text == ";" {
			return false
		}
		if finite(x.tag) {
			return t[pos[i-1]].Text == ","
		}
	}
	return false
}

// inHyphenated reports whether token i is a word joined to a neighbour by
// a hyphen with no space ("rank" and "and" in "rank-and-file"): never a
// list's conjunction or a stop inside an item.
func inHyphenated(t []tok, i int) bool {
	joined := func(a, b int) bool { return a >= 0 && b < len(t) && t[a].End == t[b].Start }
	return t[i].Text != "-" && (i+1 < len(t) && t[i+1].Text == "-" && joined(i, i+1) && joined(i+1, i+2) ||
		i > 0 && t[i-1].Text == "-" && joined(i-1, i) && joined(i-2, i-1))
}

// dashEnclosed reports whether the list from its first item to the end of
// its last is set off by dashes: an enumeration of the noun before it
// ("five senators -- John Ashcroft, Kit Bond and Jim Talent -- urged"),
// one subject, not several. The closing dash ends the last item.
func (sp *splitter) dashEnclosed(pos []int, first, last rng) bool {
	closed := false
	for k := last.a + 1; k < last.b; k++ {
		closed = closed || sp.dashAt(pos[k]) > 0
	}
	if !closed {
		return false
	}
	for k := first.a; k < first.b-1; k++ {
		if sp.dashAt(pos[k]) > 0 {
			return true // the first item reached back over the opening dash
		}
	}
	for j := first.a - 1; j >= 0; j-- {
		x := sp.t[pos[j]]
		switch {
		case sp.dashAt(pos[j]) > 0:
			return true
		case x.Text != "," && !name(x.tag):
			return false // the dash must open the enumeration, before its first names
		}
	}
	return false
}

// verbAfterAdverbs returns the position of the finite verb or modal that
// the preverbal adverbs from position q on lead to, after a noun: they are
// the verb's ("Apple and Google never paid"), not words of the item before
// them ("steel and aluminum from abroad were": a preposition's object); -1
// when they lead to none.
func verbAfterAdverbs(t []tok, pos []int, q int) int {
	if q == 0 || !nominal(t[pos[q-1]].tag) {
		return -1
	}
	k := q
	for k < len(pos) && t[pos[k]].tag == "RB" && preverbal[t[pos[k]].lw] {
		k++
	}
	if k > q && k < len(pos) && (finite(t[pos[k]].tag) || t[pos[k]].tag == "MD") {
		return k
	}
	return -1
}

// preverbal are adverbs that stand before a verb and never inside a noun
// phrase ("recently resigned RNC political director Gentry Collins" is a
// name with its description).
var preverbal = map[string]bool{
	"not": true, "n't": true, "never": true, "also": true, "only": true, "still": true, "already": true,
	"just": true, "repeatedly": true, "reportedly": true, "previously": true, "strongly": true,
	"often": true, "always": true, "ever": true, "jointly": true, "both": true,
}

// possessiveBack reports whether an item after the first opens with a
// possessive pronoun ("Hutchinson and his team", "Tea Party groups and
// their supporters"): it points back at an item before it, which an item's
// claim alone would lose.
func possessiveBack(t []tok, pos []int, items []rng) bool {
	for _, it := range items[1:] {
		if x := t[pos[it.a]]; x.tag == "PRP$" && x.lw != "my" && x.lw != "our" && x.lw != "your" {
			return true
		}
	}
	return false
}

// namingList reports whether the list follows a verb of naming ("two
// turkeys named Mac and Cheese", "a pair dubbed X and Y"): each item names
// one member of what precedes, which no item's claim alone describes.
func namingList(t []tok, pos []int, first rng) bool {
	if first.a == 0 {
		return false
	}
	switch t[pos[first.a-1]].lw {
	case "named", "called", "dubbed", "nicknamed":
		return true
	}
	return false
}

// afterColon reports whether the list's first item follows a colon: the
// colon announces an enumeration of what precedes it ("would represent
// several firsts: the first Latino, first Mormon and first Idaho lawmaker
// to be House majority leader"), which no single item states.
func afterColon(t []tok, pos []int, first rng) bool {
	return first.a > 0 && t[pos[first.a-1]].Text == ":"
}

// pluralTitled reports whether an item holds, or the list follows, a
// plural title ("former Sens. John Ashcroft, Kit Bond and Jim Talent"):
// the title names several of them, and no item stands alone under it.
func pluralTitled(t []tok, pos []int, items []rng) bool {
	for k := max(0, items[0].a-3); k < items[len(items)-1].b; k++ {
		switch strings.TrimSuffix(t[pos[k]].lw, ".") {
		case "sens", "reps", "govs", "gens", "drs", "messrs":
			return true
		}
	}
	return false
}

// bareNounsBefore returns where the run of common nouns (no determiner,
// the last one plural) ending before the comma at position j starts,
// after "of" or a preposition; j when there is none.
func bareNounsBefore(t []tok, pos []int, j int) int {
	if j == 0 || t[pos[j-1]].tag != "NNS" {
		return j
	}
	s := j - 1
	for s > 0 && (t[pos[s-1]].tag == "NN" || t[pos[s-1]].tag == "NNS" || t[pos[s-1]].tag == "JJ") {
		s--
	}
	if s == 0 || t[pos[s-1]].tag != "IN" {
		return j
	}
	return s
}

func softStop(x tok) bool { return x.tag == "IN" && x.lw != "of" || x.tag == "TO" }

// findListsIn finds coordinated noun-phrase lists in the token positions
// pos (indices into sp.t), returning ranges of positions.
func findListsIn(sp *splitter, pos []int) []list {
	t := sp.t
	var out []list
	for p := 1; p+1 < len(pos); p++ {
		c := t[pos[p]]
		if c.lw != "and" && c.lw != "or" || inHyphenated(t, pos[p]) {
			continue // "rank-and-file" is one word
		}
		// right item: up to a finite verb, comma or another conjunction
		q := p + 1
		for q < len(pos) {
			x := t[pos[q]]
			if finite(x.tag) || x.Text == "," || x.tag == "CC" || x.tag == "WDT" || x.Text == ";" || x.Text == ")" || x.Text == "(" || verbAfterAdverbs(t, pos, q) >= 0 {
				break
			}
			q++
		}
		if q == p+1 || !npStart(t[pos[p+1]].tag) && t[pos[p+1]].tag != "NNP" || verbal(t[pos[p+1]].tag) {
			continue
		}
		if !hasNominal(t, pos[p+1:q]) || q < len(pos) && t[pos[q]].tag == "CC" || !npItem(t, pos[p+1:q]) {
			continue
		}
		v := q // the verb after the list, past adverbs of its own
		if k := verbAfterAdverbs(t, pos, q); k >= 0 {
			v = k
		}
		if c.lw == "or" && subjectOr(t, pos, v) {
			continue // "his account, or a related site, had been infiltrated" states neither
		}
		if p > 0 && t[pos[p-1]].Text == "," && appositivesThenVerb(t, pos, q) {
			continue // "..., and Senator Harry Reid, the majority leader, has promised": a new clause's subject
		}
		// a list no finite verb follows may begin after a preposition or
		// verb ("visited Paris, Rome and Berlin"); one that is a verb's
		// subject cannot ("... focused on Libya, Syria, and Afghanistan,
		// Biden and Ryan did engage")
		open := v == len(pos) || !finite(t[pos[v]].tag)
		items := []rng{{p + 1, q}}
		r := p - 1
		oxford := false
		if t[pos[r]].Text == "," {
			r--
			oxford = true
		}
		ok := true
		seriesWhole := false
		for r >= 0 {
			e := r + 1
			j := r
			for j >= 0 && t[pos[j]].Text != "," && !sp.hardStop(pos, j) && !finite(t[pos[j]].tag) && !introComma(t, pos, j) {
				j--
			}
			comma := j >= 0 && t[pos[j]].Text == ","
			if !open && !comma && len(items) > 1 && j >= 0 && t[pos[j]].tag == "CC" {
				break // "on Libya, Syria, and Afghanistan, Biden and Ryan did": the item ends another coordination
			}
			it := rng{j + 1, e}
			// "A, B, C and D" (no serial comma): C is an item, not the
			// leftmost, when the segment before it begins the same way and
			// no comma follows D ("His tweet, an hour and a half later, was")
			series := comma && len(items) == 1 && !oxford && j > 0 && (q == len(pos) || t[pos[q]].Text != ",") && sp.sameKind(pos, it, j-1, open)
			if !series && comma && len(items) == 1 && !oxford && j > 0 && (q == len(pos) || t[pos[q]].Text != ",") {
				if s := bareNounsBefore(t, pos, j); s < j && kindOf(t[pos[it.a]].tag) == kindNoun {
					// "a flurry of eye rolls, interjections and
					// accusations": bare plural nouns before the comma
					// are the series' first item, after a phrase the
					// series cannot be told apart from; kept whole
					items = append([]rng{{s, j}, it}, items...)
					seriesWhole = true
					break
				}
			}
			prep := false // "..., with A, B and C": the item after "with" is the leftmost
			for k := it.a; k < it.b-1; k++ {
				prep = prep || softStop(t[pos[k]])
			}
			if !comma || len(items) == 1 && !oxford && !series || prep {
				// leftmost item: after the last preposition
				for k := e - 1; k >= it.a; k-- {
					if inHyphenated(t, pos[k]) || t[pos[k]].Text == "-" {
						continue // "rank-and-file": inside one word
					}
					if t[pos[k]].tag == "DT" && k > it.a && (t[pos[k-1]].tag == "CD" || name(t[pos[k-1]].tag)) {
						it.a = k // "In February 2011 the Justice Department and ...": a determiner after a date or name opens the item
						break
					}
					if softStop(t[pos[k]]) || t[pos[k]].tag == "WRB" || t[pos[k]].tag == "WP" || sp.verbBeforeItem(pos, k) {
						if k == e-1 {
							break
						}
						it.a = k + 1
						if l := t[pos[k]].lw; l == "between" || l == "both" || l == "among" || l == "amongst" {
							ok = false
						}
						break
					}
				}
				comma = false
			}
			if it.a >= it.b || !nominal(t[pos[it.b-1]].tag) || quoteMarks[t[pos[it.b-1]].Text] || it.b-it.a > 12 {
				if len(items) == 1 {
					ok = false
				}
				break
			}
			if it.a > 0 {
				switch t[pos[it.a-1]].lw {
				case "between", "both", "among", "amongst":
					ok = false
				}
			}
			items = append([]rng{it}, items...)
			if !comma {
				break
			}
			r = j - 1
			if r < 0 || !sp.shortItem(pos, r, open) {
				break
			}
		}
		if !ok || len(items) < 2 || oxford && len(items) < 3 {
			continue
		}
		switch t[pos[items[0].a]].lw {
		case "both", "either", "neither":
			continue // "opposes both same-sex marriage and civil unions": a correlative is one phrase
		}
		if reciprocal(t, pos, items[0].a) {
			continue
		}
		if unparallelPP(t, pos, items) {
			continue // "out of touch and uncaring": a phrase and an adjective, no list
		}
		// "X and Y" after a clause with its own verb, followed by a verb,
		// is clause coordination: "A spills across borders and the two
		// sides remain at odds".
		if len(items) == 2 && v < len(pos) && finite(t[pos[v]].tag) {
			verbBefore := false
			for k := items[0].a - 1; k >= 0 && t[pos[k]].Text != ","; k-- {
				if clauseOpeners[t[pos[k]].lw] {
					break // "details about how Mr. Jackson and his wife used": the list is the embedded clause's subject
				}
				if finite(t[pos[k]].tag) {
					verbBefore = true
				}
			}
			if verbBefore {
				continue
			}
		}
		// "Malia and Sasha were coming": one item alone would not agree
		// with the verb
		whole := seriesWhole || pluralTitled(t, pos, items) || afterColon(t, pos, items[0]) || possessiveBack(t, pos, items) || namingList(t, pos, items[0]) || sp.dashEnclosed(pos, items[0], items[len(items)-1]) || gapped(t, pos, items) || sharedHead(t, pos, items) || sharedPossessum(t, pos, items) || afterCopula(t, pos, items) || sharedNoun(t, pos, items) || jointObject(t, pos, items) || timeItems(t, pos, items) || bareNumbers(t, pos, items) || oneReferent(t, pos, items) || negatedList(t, pos, items) || v < len(pos) && pluralVerbs[t[pos[v]].lw]
		if open {
			items[len(items)-1].b = sharedTailStart(t, pos, items)
		}
		if !whole {
			items[0].a = sharedPrefixEnd(t, pos, items)
		}
		out = append(out, list{a: items[0].a, b: items[len(items)-1].b, items: items, whole: whole})
		p = q - 1
	}
	return out
}

// verbBeforeItem reports whether the verb at position k ends the words
// before a list's first item ("has consistently opposed both marriage
// and ..."), not a participle modifying the item's noun ("the stalled
// pipeline project"): a verb after a determiner or adjective is a modifier.
func (sp *splitter) verbBeforeItem(pos []int, k int) bool {
	t := sp.t
	if !verbal(t[pos[k]].tag) {
		return false
	}
	if k == 0 {
		return true
	}
	switch t[pos[k-1]].tag {
	case "DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS":
		return false
	}
	return true
}

// clauseOpeners open an embedded clause: a finite verb before one is the
// outer clause's, not the verb of a clause a list after it coordinates with.
var clauseOpeners = map[string]bool{
	"how": true, "whether": true, "why": true, "where": true, "when": true, "what": true, "that": true, "if": true,
}

// sharedPossessum reports whether the last item ends in a possessive whose
// noun every item owns ("a post that criticized Malia and Sasha Obama's
// appearance"): the first item alone would name the owner, not the thing.
func sharedPossessum(t []tok, pos []int, items []rng) bool {
	last := items[len(items)-1]
	for k := last.a; k+1 < last.b; k++ {
		if t[pos[k]].tag == "POS" && nominal(t[pos[k+1]].tag) || t[pos[k]].tag == "POS" && t[pos[k+1]].tag == "JJ" {
			for _, it := range items[:len(items)-1] {
				for j := it.a; j < it.b; j++ {
					if t[pos[j]].tag == "POS" {
						return false // "Obama's and Romney's plans" each own theirs
					}
				}
			}
			return true
		}
	}
	return false
}

// sharedNoun reports whether the common noun that ends the last item (bare
// names or nouns and that noun, perhaps with a phrase after it) is the head
// of every item, the words before it its modifiers ("the D.C. or Chicago
// area", "the House and Senate committees", "a news, opinion and culture
// site"): every item but the last is such a modifier alone.
func sharedNoun(t []tok, pos []int, items []rng) bool {
	last := items[len(items)-1]
	n := last.b - 1
	for k := last.a + 1; k < last.b; k++ {
		if softStop(t[pos[k]]) {
			n = k - 1 // "Senate committees on Tuesday": the noun before the phrase after it
			break
		}
	}
	if n <= last.a || !strings.HasPrefix(t[pos[n]].tag, "NN") || strings.HasPrefix(t[pos[n]].tag, "NNP") {
		return false
	}
	common := t[pos[n-1]].tag == "NN" // "a news, opinion and culture site": the modifiers are nouns
	for k := last.a; k < n; k++ {
		if x := t[pos[k]].tag; !strings.HasPrefix(x, "NNP") && !(common && x == "NN") {
			return false // "the French capital" is a phrase of its own
		}
	}
	for _, it := range items[:len(items)-1] {
		for k := it.a; k < it.b; k++ {
			if x := t[pos[k]]; !strings.HasPrefix(x.tag, "NNP") && !(k == it.a && x.tag == "DT") && !(common && x.tag == "NN" && k == it.b-1) {
				return false
			}
		}
	}
	return true
}

// jointObject reports whether the list is the object of a preposition on
// a singular noun that has parties ("a letter to Sasha and Malia", "a
// meeting with Obama and Biden", "an inquiry by the F.B.I. and the
// prosecutors"): one thing with several, which one item alone would
// misdescribe as a thing of its own ("violence against forces and
// civilians" is against each).
func jointObject(t []tok, pos []int, items []rng) bool {
	k := items[0].a - 1
	if k < 1 {
		return false
	}
	switch t[pos[k]].lw {
	case "to", "with", "by":
		return t[pos[k-1]].tag == "NN"
	}
	return false
}

// unparallelPP reports whether the list's first item opens with a
// preposition and a later one does not ("as out of touch and uncaring"):
// the items are not alike, and the first may be part of an idiom.
func unparallelPP(t []tok, pos []int, items []rng) bool {
	if t[pos[items[0].a]].tag != "IN" {
		return false
	}
	for _, it := range items[1:] {
		if t[pos[it.a]].tag != "IN" {
			return true
		}
	}
	return false
}

// negatedList reports whether a list under a negation of its clause
// must stay whole: an "and" list ("you can't have 100 percent security and
// 100 percent privacy" denies having both, which neither item alone says),
// or a first item with a modifier of its own before a bare noun ("has not
// violated any IRS rules or regulations": "any regulations" would widen a
// denial the modifier may bound). Unnegated, an item without the shared
// modifier says less, and stays true ("violence against Pakistani forces
// and civilians"); negated, it says more. An "or" list of plain items under
// a negation denies each, and splits.
func negatedList(t []tok, pos []int, items []rng) bool {
	if !negatedBefore(t, pos, items[0].a) {
		return false
	}
	if last := items[len(items)-1].a - 1; last >= 0 && t[pos[last]].lw == "and" {
		return true
	}
	return modifiedThenBare(t, pos, items)
}

// negatedBefore reports whether the verb that governs the item at
// position k is negated: the nearest verb before k in its clause (back to
// a comma, semicolon or clause opener), with a negation among the three
// words before it or between it and k ("can't have", "have not violated",
// "never give up on", "did not attend").
func negatedBefore(t []tok, pos []int, k int) bool {
	v := -1
	for j := k - 1; j >= 0; j-- {
		x := t[pos[j]]
		if x.Text == "," || x.Text == ";" || clauseOpeners[x.lw] {
			break
		}
		if verbal(x.tag) {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	if c := coordinatedBase(t, pos, v); c >= 0 {
		return negatedBefore(t, pos, c) // "can't have X, and also then have Y and Z": the first verb's negation is the second's
	}
	for j := max(0, v-3); j < k; j++ {
		x := t[pos[j]]
		if negatesVerb(x.lw) || x.lw == "no" || strings.HasSuffix(x.lw, "n't") || strings.HasSuffix(x.lw, "n’t") {
			return true
		}
	}
	return false
}

// coordinatedBase returns the position of the conjunction before the base
// form at position v ("and also then have"), whose verb phrase shares the
// verb group before it, or -1.
func coordinatedBase(t []tok, pos []int, v int) int {
	if t[pos[v]].tag != "VB" && t[pos[v]].tag != "VBP" { // ("have" is tagged VBP whatever its place)
		return -1
	}
	j := v - 1
	for j >= 0 && linkAdverbs[t[pos[j]].lw] {
		j--
	}
	if j >= 0 && (t[pos[j]].lw == "and" || t[pos[j]].lw == "or") {
		if j > 0 && t[pos[j-1]].Text == "," {
			return j - 1
		}
		return j
	}
	return -1
}

// modifiedThenBare reports whether the list's first item is a noun with a
// modifier of its own (a name, noun or adjective before its head) and its
// last a bare common noun: "IRS rules or regulations".
func modifiedThenBare(t []tok, pos []int, items []rng) bool {
	first, last := items[0], items[len(items)-1]
	if last.b-last.a != 1 {
		return false
	}
	if x := t[pos[last.a]]; (x.tag != "NN" && x.tag != "NNS") || x.IsCapitalised() {
		return false
	}
	a := first.a
	for a < first.b && (t[pos[a]].tag == "DT" || t[pos[a]].tag == "PRP$") {
		a++
	}
	if first.b-a < 2 {
		return false
	}
	m := t[pos[a]].tag
	return m == "NNP" || m == "NN" || m == "JJ"
}

// afterCopula reports whether the list is the complement of a copula ("The
// companies in the program are Microsoft, Yahoo and Apple"): one item
// alone would say the subject is that item.
func afterCopula(t []tok, pos []int, items []rng) bool {
	k := items[0].a - 1
	if k < 0 {
		return false
	}
	switch t[pos[k]].lw {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// oneReferent reports whether two items describe one person or thing: a
// singular noun after "a" or "an", and a singular noun that has no
// determiner of its own ("a former security agent and 20-year veteran of
// the department", "a teacher and mother of three"): one referent, two
// descriptions, not two claims.
func oneReferent(t []tok, pos []int, items []rng) bool {
	if len(items) != 2 {
		return false
	}
	first, second := items[0], items[1]
	if d := t[pos[first.a]].lw; d != "a" && d != "an" {
		return false
	}
	if g := t[pos[second.a]].tag; g == "DT" || g == "PRP$" || g == "NNP" || g == "NNPS" || quantityWords[t[pos[second.a]].lw] {
		return false // "a less conservative record and less patience": an amount of another thing
	}
	return headTag(t, pos, first) == "NN" && headTag(t, pos, second) == "NN"
}

// quantityWords open a noun phrase of its own by measuring it.
var quantityWords = map[string]bool{"less": true, "more": true, "much": true, "little": true, "no": true, "some": true, "any": true, "other": true, "enough": true}

// headTag is the tag of the last noun of item it before any preposition
// ("veteran" in "20-year veteran of the department").
func headTag(t []tok, pos []int, it rng) string {
	head := ""
	for k := it.a; k < it.b; k++ {
		x := t[pos[k]]
		if x.tag == "IN" || x.tag == "TO" {
			break
		}
		if strings.HasPrefix(x.tag, "NN") {
			head = x.tag
		}
	}
	return head
}

// sharedTailStart returns where the last item of an open list of names
// ends when a preposition follows its name: the phrase after it bears on
// every item, as the words before the list do ("with Sharlto Copley, Elle
// Fanning and Lesley Manville in supporting roles": each in a supporting
// role). It is the last item's end otherwise.
func sharedTailStart(t []tok, pos []int, items []rng) int {
	last := items[len(items)-1]
	for _, it := range items[:len(items)-1] {
		for k := it.a; k < it.b; k++ {
			if g := t[pos[k]].tag; g != "NNP" && g != "NNPS" {
				return last.b
			}
		}
	}
	k := last.a
	for k < last.b && (t[pos[k]].tag == "NNP" || t[pos[k]].tag == "NNPS") {
		k++
	}
	if k == last.a || k >= last.b || t[pos[k]].tag != "IN" {
		return last.b
	}
	return k
}

// sharedPrefixEnd returns where the first item's own words start when its
// opening determiner is shared by a last item that has none of its own: a
// bare noun after "and" takes it ("several brothers and sisters": several
// sisters).
func sharedPrefixEnd(t []tok, pos []int, items []rng) int {
	first, last := items[0], items[len(items)-1]
	l := t[pos[last.a]]
	if !strings.HasPrefix(l.tag, "NN") {
		return first.a
	}
	if l.tag == "NNP" || l.tag == "NNPS" {
		return first.a // "the United States and Canada": a name takes no determiner
	}
	k := first.a
	for k < first.b-1 && (t[pos[k]].tag == "DT" || t[pos[k]].tag == "PDT" || t[pos[k]].tag == "PRP$" || subjectDeterminers[t[pos[k]].lw]) {
		k++
	}
	return k
}

// pluralVerbs agree only with a plural subject.
var pluralVerbs = map[string]bool{"are": true, "were": true, "have": true, "'re": true, "’re": true}

// sharedHead reports whether a bare last item is the object of the head the
// first item opens with ("the mayors of Boston and Chicago", "a frenzy of
// coverage and comment"): the head is shared, and "the mayors of Chicago"
// would say what the sentence does not, so the list stays whole.
func sharedHead(t []tok, pos []int, items []rng) bool {
	first, last := items[0], items[len(items)-1]
	if !strings.HasPrefix(t[pos[last.a]].tag, "NN") {
		return false
	}
	for k := first.b - 2; k > first.a; k-- {
		if t[pos[k]].lw == "of" {
			return true
		}
	}
	// "the Bureau of Alcohol, Tobacco, Firearms and Explosives": the list
	// goes on a name after "of" that the items walk did not take in
	if a := first.a; a >= 3 && t[pos[a-1]].Text == "," && t[pos[a-2]].IsCapitalised() && t[pos[a-3]].lw == "of" {
		return true
	}
	return false
}

// bareNumbers reports whether every item but the last is a bare number
// ("rose 5, 6 and 7 percent"): the numbers share the last item's unit, and
// "Prices rose 5, 6" says nothing.
func bareNumbers(t []tok, pos []int, items []rng) bool {
	for _, it := range items[:len(items)-1] {
		if it.b-it.a != 1 || t[pos[it.a]].tag != "CD" {
			return false
		}
	}
	return len(items) > 1
}

// timeItems reports whether every item names a time ("in April and May
// alone"): a span of time taken together.
func timeItems(t []tok, pos []int, items []rng) bool {
	for _, it := range items {
		timed := false
		for k := it.a; k < it.b; k++ {
			w := t[pos[k]]
			_, month := monthNames[w.lw]
			timed = timed || month || timeWords[w.lw] || w.IsNumeric() && len(w.Text) == 4
		}
		if !timed {
			return false
		}
	}
	return true
}

var monthNames = map[string]struct{}{
	"january": {}, "february": {}, "march": {}, "april": {}, "may": {}, "june": {}, "july": {},
	"august": {}, "september": {}, "october": {}, "november": {}, "december": {},
}

// gapped reports whether the last item, a noun phrase of its own, repeats
// the preposition that opens the first after its noun ("his master's from
// Princeton and his bachelor's from Hope"):
// the coordination is of whole phrases with the verb left out, not of the
// preposition's objects.
func gapped(t []tok, pos []int, items []rng) bool {
	first, last := items[0], items[len(items)-1]
	if first.a == 0 {
		return false
	}
	prep := t[pos[first.a-1]]
	if prep.tag != "IN" || prep.lw == "of" || first.a < 2 || !nominal(t[pos[first.a-2]].tag) {
		return false // the preposition must follow a noun, as in the last item
	}
	if o := t[pos[last.a]].tag; o != "PRP$" && o != "DT" {
		return false
	}
	for k := last.a + 1; k < last.b; k++ {
		if t[pos[k]].lw == prep.lw && nominal(t[pos[k-1]].tag) {
			return true
		}
	}
	return false
}

// shortItem reports whether the segment ending at position r (walking back
// to a comma or stopper) looks like a list item. In an open list (see
// findListsIn) a name or number may begin right after a preposition or a
// verb: the leftmost item of "has plants in Dayton, Akron and Toledo".
func (sp *splitter) shortItem(pos []int, r int, open bool) bool {
	n := 0
	for j := r; j >= 0; j-- {
		x := sp.t[pos[j]]
		if x.Text == "," {
			break
		}
		if j < r && (open && softStop(x) && nameOrNumber(sp.t[pos[j+1]].tag) || (open || sayVerbs[x.lw]) && finite(x.tag) && npStart(sp.t[pos[j+1]].tag)) {
			break // the leftmost item begins after its preposition or verb: "has plants in Dayton, Akron and Toledo", "visited Paris, Rome and Berlin", "bought bread, milk and cheese", "said profits, revenue and margins rose"
		}
		if finite(x.tag) {
			return false
		}
		if sp.hardStop(pos, j) {
			break
		}
		n++
	}
	return n > 0 && n <= 9 && (nominal(sp.t[pos[r]].tag) || sp.t[pos[r]].tag == "CD")
}

// npItem reports whether the tokens idx can be one noun phrase of a list:
// no determiner after a noun unless a preposition or possessive joins them
// ("veto the amendment" is a verb phrase the tagger took for a noun).
func npItem(t []tok, idx []int) bool {
	noun := false
	for _, i := range idx {
		x := t[i]
		switch {
		case x.tag == "IN" || x.tag == "POS" || x.tag == "TO":
			noun = false
		case (x.tag == "DT" || x.tag == "PRP$") && noun:
			return false
		case strings.HasPrefix(x.tag, "NN") && !quoteMarks[x.Text]:
			noun = true
		}
	}
	return true
}

// hasNominal reports whether idx holds a noun, a pronoun or a number (not
// a quotation mark the tagger took for a noun).
func hasNominal(t []tok, idx []int) bool {
	for _, i := range idx {
		if nominal(t[i].tag) && !quoteMarks[t[i].Text] {
			return true
		}
	}
	return false
}

// findLists finds the lists of the token range a..b of the sentence, as
// token ranges (used to keep list commas out of clause boundaries).
func findLists(t []tok, a, b int) []list {
	sp := &splitter{t: t}
	pos := span(nil, a, b)
	ls := findListsIn(sp, pos)
	for i := range ls {
		for k := range ls[i].items {
			ls[i].items[k] = rng{pos[ls[i].items[k].a], pos[ls[i].items[k].b-1] + 1}
		}
		ls[i].a, ls[i].b = ls[i].items[0].a, ls[i].items[len(ls[i].items)-1].b
	}
	return ls
}

// expandLists replaces each draft from index before on that holds a list
// with one draft per item: the words before the list, the item, and the
// words after it.
func (sp *splitter) expandLists(before int) {
	if sp.level >= levelNoLists {
		return
	}
	for pass := 0; pass < 3; pass++ {
		changed := false
		var next []draft
		for _, d := range sp.out[before:] {
			if i, ok := sp.adjPair(d.toks); ok {
				changed = true
				a := d
				a.toks = append(append([]int(nil), d.toks[:i+1]...), d.toks[i+3:]...)
				c := d
				c.toks = append(append([]int(nil), d.toks[:i]...), d.toks[i+2:]...)
				next = append(next, a, c)
				continue
			}
			ls := findListsIn(sp, d.toks)
			if len(ls) == 0 || len(sp.out)+len(next) > maxClaims*2 {
				next = append(next, d)
				continue
			}
			l := ls[0]
			if l.whole || sp.jointSubject(d.toks, l) || sp.quotedAt(d.toks, l.a) {
				next = append(next, d)
				continue
			}
			items := make([]draft, 0, len(l.items))
			whole := false
			for _, it := range l.items {
				nd := d
				nd.toks = append(append(append([]int(nil), d.toks[:l.a]...), d.toks[it.a:it.b]...), d.toks[l.b:]...)
				if d.linkAt != 0 && !contains(nd.toks, d.linkAt) {
					nd.link = ""
				}
				// each item's claim must read on its own, or the list stays
				whole = whole || !sp.readable(nd)
				items = append(items, nd)
			}
			if whole {
				next = append(next, d)
				continue
			}
			changed = true
			next = append(next, items...)
		}
		sp.out = append(sp.out[:before], next...)
		if !changed {
			return
		}
	}
}

// quotedAt reports whether position k of the draft positions pos lies
// inside a quotation the draft opens before it: a list there is the
// speaker's words ("for \"having the courage, conviction, and
// confidence\""), and a claim per item would quote what no one said.
func (sp *splitter) quotedAt(pos []int, k int) bool {
	open := false
	for _, i := range pos[:k] {
		switch sp.t[i].Text {
		case "“":
			open = true
		case "”":
			open = false
		case "\"":
			open = !open
		}
	}
	return open
}

func contains(idx []int, x int) bool {
	for _, i := range idx {
		if i == x {
			return true
		}
	}
	return false
}

// adjPair finds "JJ , JJ" inside a noun phrase of the draft positions pos
// and returns the position of the first adjective.
func (sp *splitter) adjPair(pos []int) (int, bool) {
	for k := 0; k+3 < len(pos); k++ {
		if sp.t[pos[k+1]].Text == "," && pos[k+1] == pos[k]+1 && pos[k+2] == pos[k+1]+1 && sp.adjComma(pos[k+1]) {
			return k, true
		}
	}
	return 0, false
}

// sameKind reports whether the segment of positions ending at r (back to a
// comma or stopper) is a short item that begins like item it: both with a
// proper noun, both with a determiner, or both with a common noun or
// adjective; and it holds no preposition (in an open list, but the one
// before a name or number, see shortItem).
func (sp *splitter) sameKind(pos []int, it rng, r int, open bool) bool {
	if r < 0 || !sp.shortItem(pos, r, open) {
		return false
	}
	for k := it.a; k < it.b; k++ {
		if softStop(sp.t[pos[k]]) {
			return false
		}
	}
	j := r
	for j > 0 && sp.t[pos[j-1]].Text != "," && !sp.hardStop(pos, j-1) && !finite(sp.t[pos[j-1]].tag) {
		j--
	}
	// the item proper begins after its last preposition
	for k := r; k > j; k-- {
		if softStop(sp.t[pos[k]]) {
			j = k + 1
			break
		}
	}
	// a name or a number right after the preposition the walk stopped on:
	// "rose by 5, 6 and 7 percent", "in Ohio, Iowa and Maine"
	if open && j < r && softStop(sp.t[pos[j]]) && nameOrNumber(sp.t[pos[j+1]].tag) {
		j++
	}
	return j <= r && kindOf(sp.t[pos[j]].tag) != 0 && kindOf(sp.t[pos[j]].tag) == kindOf(sp.t[pos[it.a]].tag)
}

// kindOf classes the first tag of a list item: 1 proper noun, 2
// determiner, 3 common noun or adjective, 4 number; 0 anything else.
func kindOf(tag string) int {
	switch tag {
	case "NNP", "NNPS":
		return kindName
	case "DT", "PRP$":
		return kindDeterminer
	case "NN", "NNS", "JJ", "JJS", "JJR", "VBG", "VBN":
		return kindNoun
	case "CD":
		return kindNumber
	}
	return 0
}

// nameOrNumber reports whether a tag opens a name or a number, the list
// items that most often follow a preposition ("in Ohio, Iowa and Maine",
// "by 5, 6 and 7 percent").
func nameOrNumber(tag string) bool { k := kindOf(tag); return k == kindName || k == kindNumber }

// The kinds of list item kindOf tells apart.
const (
	kindName = 1 + iota
	kindDeterminer
	kindNoun
	kindNumber
)

// reciprocal reports whether the phrase holding a list starting at pos[a]
// opens with "between", "among" or "both" ("relations between the
// government in Afghanistan and Pakistan"): its items relate to each other
// and make one claim, not one each. The scan stops at a comma or a finite
// verb (not one inside a hyphenated compound).
func reciprocal(t []tok, pos []int, a int) bool {
	for k := a - 1; k >= 0; k-- {
		x := t[pos[k]]
		hyphenated := k > 0 && t[pos[k-1]].Text == "-" // "Taliban-led"
		if x.Text == "," || finite(x.tag) && !hyphenated {
			return false
		}
		switch x.lw {
		case "between", "among", "amongst", "both":
			return true
		}
	}
	return false
}

// jointWords, after a coordinated subject, say that its members act
// together: "Canada, Mexico and the EU said they would retaliate" is not
// three claims of a country that says "they".
var jointWords = map[string]bool{
	"they": true, "their": true, "them": true, "themselves": true, "together": true,
	"jointly": true, "joint": true, "each": true, "both": true, "all": true, "agreed": true,
	"are": true, "were": true, "have": true, "'re": true, "’re": true, "'ve": true, "’ve": true,
}

// introComma reports whether the draft positions pos open with an
// introductory adjunct that ends at position j, its comma left out of the
// draft ("On Friday, Mr. Udall and Mr. Wyden" drafted as "On Friday Mr.
// Udall and Mr. Wyden"): no list item reaches back into it.
func introComma(t []tok, pos []int, j int) bool {
	if j+1 >= len(pos) || t[pos[0]].tag != "IN" && t[pos[0]].tag != "RB" {
		return false
	}
	for k := 0; k < j; k++ {
		if t[pos[k]].Text == "," || pos[k+1] != pos[k]+1 {
			return false // the adjunct is one unbroken phrase
		}
	}
	for i := pos[j] + 1; i < pos[j+1]; i++ {
		if t[i].Text == "," {
			return true
		}
	}
	return false
}

// jointSubject reports whether the list l of the draft positions pos is
// the subject of its clause (it opens the draft, perhaps after an
// introductory adjunct and its comma, and ends before its first finite
// verb) and the rest of the clause treats its members jointly (a plural
// verb or pronoun, "together", "each other", "a joint statement").
func (sp *splitter) jointSubject(pos []int, l list) bool {
	intro := l.a > 0 && pos[l.a] > 0 && sp.t[pos[l.a]-1].Text == "," && (sp.t[pos[0]].tag == "IN" || sp.t[pos[0]].tag == "RB")
	if l.a != 0 && !(l.a == 1 && sp.t[pos[0]].tag == "DT") && !intro {
		return false
	}
	v := -1
	for k := l.b; k < len(pos); k++ {
		if finite(sp.t[pos[k]].tag) {
			v = k
			break
		}
		if sp.t[pos[k]].Text == "," {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for k := v; k < len(pos); k++ {
		if jointWords[sp.t[pos[k]].lw] {
			return true
		}
	}
	return false
}
