package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/atomic"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/claimcheck/claimcheck/compare/synonyms"
	"github.com/kljensen/snowball/english"
)

// relate classifies two aligned claims: the divergences between their
// facts, and whether one refines the other when nothing diverges.
func relate(a, b *prepared, opt Options) (Relation, []Divergence) {
	var divs []Divergence
	refine := false
	add := func(d *Divergence, r bool) {
		if d != nil {
			divs = append(divs, *d)
		}
		refine = refine || r
	}
	add(numberDivergence(a.claim.Numbers, b.claim.Numbers, opt))
	// a date or entity differing between claims not worded alike but for
	// it refines at most (see wordedAlikeBut)
	alike := func(d *Divergence, refine bool) (*Divergence, bool) {
		if d != nil && !wordedAlikeBut(a, b, d.Values) {
			return nil, true
		}
		return d, refine
	}
	add(alike(dateDivergence(a.claim.Dates, b.claim.Dates)))
	add(alike(entityDivergence(a.claim.Entities, b.claim.Entities, unique(a) || unique(b))))
	same := sameWording(a, b)
	if a.neg != b.neg && !negativePredicates(a, b) && !prohibitionAgrees(a, b) && negatedShared(a, b) && !unasserted(a) && !unasserted(b) && !otherPersons(a, b) {
		divs = append(divs, Divergence{Kind: DivNegation, Values: []string{negValue(a), negValue(b)}})
	}
	if d := contrary(a, b); d != nil && !slices.ContainsFunc(divs, func(x Divergence) bool { return x.Kind == DivNegation }) {
		divs = append(divs, *d)
	}
	if certaintyDiverges(a.claim, b.claim) && (same || hedgeShared(a, b)) {
		divs = append(divs, Divergence{Kind: DivCertainty, Values: []string{certaintyValue(a), certaintyValue(b)}})
	}
	if sa, sb := a.claim.Attribution, b.claim.Attribution; same && sa.Kind == claims.AttrNamed && sb.Kind == claims.AttrNamed &&
		facts.PlausibleSource(sa.Source) && facts.PlausibleSource(sb.Source) && facts.DifferentSources(sa.Source, sb.Source) {
		divs = append(divs, Divergence{Kind: DivAttribution, Values: []string{sa.Source, sb.Source}})
	}
	if len(divs) > 0 {
		slices.SortStableFunc(divs, func(x, y Divergence) int { return strings.Compare(x.Kind, y.Kind) })
		return Diverge, divs
	}
	if refine {
		return Refine, []Divergence{}
	}
	return Agree, []Divergence{}
}

// numberDivergence compares the numbers of two claims. A number agrees with
// one on the other side when they differ by at most the tolerance (relative
// to the larger), widened for approximations, or when a bound ("more than
// 300") holds for the other value. It diverges when each side has a number
// the other does not match and the two may count the same thing (see
// unitsComparable); a number only one side has, or numbers of different
// things, refine.
func numberDivergence(a, b []claims.Number, opt Options) (*Divergence, bool) {
	if len(a) == 0 || len(b) == 0 {
		return nil, len(a)+len(b) > 0
	}
	unA := unmatchedNumbers(a, b, opt)
	unB := unmatchedNumbers(b, a, opt)
	for _, x := range unA {
		var y *claims.Number
		best := math.Inf(1)
		for i, n := range unB {
			if d := math.Abs(n.Value - x.Value); unitsComparable(x, n) && d < best {
				best, y = d, &unB[i]
			}
		}
		if y != nil {
			return &Divergence{Kind: DivNumber, Values: []string{x.Text, y.Text}}, false
		}
	}
	return nil, len(unA)+len(unB) > 0
}

// unitsComparable reports whether two numbers may count the same thing:
// one has no unit, their units share a word stem or a WordNet synset
// ("Afghans", "Afghan migrants"; "people", "persons"), or both count
// people ("residents", "Afghans"). "two blocks" and "seven rifles" count
// different things, so they can differ without diverging, and so do a
// count of people and a fraction without a unit ("6.8").
func unitsComparable(x, y claims.Number) bool {
	sx, sy := unitStems(x.Unit), unitStems(y.Unit)
	if len(sx) == 0 && len(sy) > 0 && countsPeople(sy) && x.Value != math.Trunc(x.Value) ||
		len(sy) == 0 && len(sx) > 0 && countsPeople(sx) && y.Value != math.Trunc(y.Value) {
		return false // "a magnitude 6.8 earthquake" / "thousands of residents": a fraction counts no one
	}
	if len(sx) == 0 || len(sy) == 0 {
		return true
	}
	if countsPeople(sx) && countsPeople(sy) {
		return true
	}
	for _, a := range sx {
		ea, oka := synonyms.Lookup(a)
		for _, b := range sy {
			if a == b {
				return true
			}
			if eb, okb := synonyms.Lookup(b); oka && okb && synonyms.Related(ea, eb) {
				return true
			}
		}
	}
	return false
}

// unitStems are the stems of a unit's words.
func unitStems(u string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(u)) {
		out = append(out, english.Stem(w, false))
	}
	return out
}

// peopleUnits are the stems of units that count people.
var peopleUnits = map[string]bool{
	"peopl": true, "person": true, "resid": true, "civilian": true, "migrant": true, "refuge": true,
	"worker": true, "soldier": true, "troop": true, "child": true, "children": true, "women": true,
	"men": true, "victim": true, "passeng": true, "student": true, "protest": true, "citizen": true,
	"immigr": true, "deporte": true, "member": true, "employe": true, "voter": true, "patient": true,
	"casualti": true, "death": true, "dead": true, "fatal": true, "famili": true, "individu": true,
	"adult": true, "inhabit": true, "hostag": true, "prison": true, "detaine": true, "fighter": true,
	"militant": true, "polic": true, "offic": true,
}

// countsPeople reports whether a unit, given by its word stems, counts
// people: its last word is a people noun or a demonym ("Afghans").
func countsPeople(stems []string) bool {
	last := stems[len(stems)-1]
	if peopleUnits[last] {
		return true
	}
	_, demonym := synonyms.Country(last)
	return demonym
}

func unmatchedNumbers(a, b []claims.Number, opt Options) []claims.Number {
	var out []claims.Number
	for _, x := range a {
		ok := false
		for _, y := range b {
			if numbersAgree(x, y, opt) {
				ok = true
				break
			}
		}
		if !ok {
			out = append(out, x)
		}
	}
	return out
}

// lowerBounds and upperBounds are approximations that bound a value.
var (
	lowerBounds = map[string]bool{"more than": true, "over": true, "at least": true, "above": true, "upwards of": true, "in excess of": true}
	upperBounds = map[string]bool{"less than": true, "under": true, "at most": true, "fewer than": true, "below": true, "up to": true}
)

func numbersAgree(x, y claims.Number, opt Options) bool {
	if x.Value == y.Value {
		return true
	}
	ax, ay := strings.ToLower(x.Approx), strings.ToLower(y.Approx)
	if (lowerBounds[ax] && y.Value >= x.Value) || (lowerBounds[ay] && x.Value >= y.Value) ||
		(upperBounds[ax] && y.Value <= x.Value) || (upperBounds[ay] && x.Value <= y.Value) {
		return true
	}
	tol := opt.NumberTolerance
	if (ax != "" || ay != "") && opt.ApproxTolerance > tol {
		tol = opt.ApproxTolerance
	}
	m := math.Max(math.Abs(x.Value), math.Abs(y.Value))
	return m > 0 && math.Abs(x.Value-y.Value)/m <= tol
}

// dateDivergence compares dates: two dates are compatible when every field
// both give is equal. Incompatible dates on both sides diverge; a finer
// compatible date, or a date only one side gives, refines.
func dateDivergence(a, b []claims.Date) (*Divergence, bool) {
	if d := relativeDivergence(a, b); d != nil {
		return d, false
	}
	a, b = absolute(a), absolute(b)
	if len(a) == 0 || len(b) == 0 {
		return nil, len(a)+len(b) > 0
	}
	refine := false
	var badA *claims.Date
	for i := range a {
		ok := false
		for _, y := range b {
			if datesCompatible(a[i], y) {
				ok = true
				refine = refine || known(a[i]) != known(y)
			}
		}
		if !ok && badA == nil {
			badA = &a[i]
		}
	}
	for _, y := range b {
		ok := false
		for _, x := range a {
			if datesCompatible(x, y) {
				ok = true
			}
		}
		if !ok {
			if badA != nil {
				return &Divergence{Kind: DivDate, Values: []string{badA.Text, y.Text}}, false
			}
			refine = true
		}
	}
	return nil, refine || badA != nil
}

// relativeDivergence compares the relative dates of two claims that have
// no absolute ones: two different weekdays ("on Monday" / "on Thursday")
// or two different periods of one kind ("last week" / "last month") for
// the same event diverge; a weekday and a period ("Monday" / "this week")
// may both hold and do not.
func relativeDivergence(a, b []claims.Date) *Divergence {
	if len(absolute(a)) > 0 || len(absolute(b)) > 0 {
		return nil
	}
	for _, x := range a {
		kx, vx := relativeValue(x.Text)
		if kx == "" {
			continue
		}
		for _, y := range b {
			if ky, vy := relativeValue(y.Text); ky == kx && vy != vx {
				if slices.ContainsFunc(b, func(z claims.Date) bool { _, v := relativeValue(z.Text); return v == vx }) {
					continue
				}
				return &Divergence{Kind: DivDate, Values: []string{x.Text, y.Text}}
			}
		}
	}
	return nil
}

// relativeValue classifies a relative date: ("weekday", "monday") for a
// day of the week, ("period", "last week") for a period before or after
// the time of writing, else "".
func relativeValue(text string) (kind, value string) {
	words := strings.Fields(strings.ToLower(text))
	for _, w := range words {
		if weekdays[strings.TrimSuffix(w, "'s")] {
			return "weekday", strings.TrimSuffix(w, "'s")
		}
	}
	if len(words) == 2 && (words[0] == "last" || words[0] == "next" || words[0] == "this") && periods[words[1]] {
		return "period", words[0] + " " + words[1]
	}
	return "", ""
}

var (
	weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
	periods  = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}
)

func absolute(ds []claims.Date) []claims.Date {
	var out []claims.Date
	for _, d := range ds {
		if d.Granularity != claims.GranRelative && (d.Year != 0 || d.Month != 0 || d.Day != 0) {
			out = append(out, d)
		}
	}
	return out
}

func datesCompatible(x, y claims.Date) bool {
	eq := func(p, q int) bool { return p == 0 || q == 0 || p == q }
	return eq(x.Year, y.Year) && eq(x.Month, y.Month) && eq(x.Day, y.Day)
}

func known(d claims.Date) int {
	n := 0
	for _, v := range []int{d.Year, d.Month, d.Day} {
		if v != 0 {
			n++
		}
	}
	return n
}

// actorKinds are the entity kinds that name who did something; places are
// settings and only refine ("Kabul" within "Afghanistan").
var actorKinds = map[string]bool{claims.EntPerson: true, claims.EntOrganisation: true, claims.EntGroup: true}

// entityDivergence: a different actor of the same kind on each side
// diverges, and so does a different place when the role is unique
// (uniqueRole: "the largest exporter" is Canada or Brazil, not both); when one side has entities the other lacks, and not the
// other way round, it refines. Two entities are one when their canonical
// names are equal or name the same actor (facts.SameName: "the TTP" and
// "the Pakistani Taliban"), so a variant of a name neither diverges nor
// refines.
func entityDivergence(a, b []claims.Entity, uniqueRole bool) (*Divergence, bool) {
	matchedA, matchedB := make([]bool, len(a)), make([]bool, len(b))
	for i, x := range a {
		for j, y := range b {
			if sameEntity(x, y) {
				matchedA[i], matchedB[j] = true, true
			}
		}
	}
	for i, x := range a {
		if !(actorKinds[x.Kind] || uniqueRole && x.Kind == claims.EntPlace) || matchedA[i] {
			continue
		}
		for j, y := range b {
			if y.Kind == x.Kind && !matchedB[j] {
				return &Divergence{Kind: DivEntity, Values: []string{x.Text, y.Text}}, false
			}
		}
	}
	return nil, slices.Contains(matchedA, false) != slices.Contains(matchedB, false)
}

// sameEntity reports whether two entities are one: equal canonical names,
// or, for entities of one kind, names of one actor (facts.SameName).
func sameEntity(x, y claims.Entity) bool {
	if normKey(x) == normKey(y) {
		return true
	}
	return (x.Kind == y.Kind || x.Kind == "" || y.Kind == "") && facts.SameName(entityName(x), entityName(y))
}

// entityName is an entity's canonical name as written, else its text.
func entityName(e claims.Entity) string {
	if e.Norm != "" {
		return e.Norm
	}
	return e.Text
}

func normKey(e claims.Entity) string {
	if e.Norm != "" {
		return strings.ToLower(e.Norm)
	}
	return strings.ToLower(e.Text)
}

func entityNorms(es []claims.Entity) map[string]bool {
	m := make(map[string]bool, len(es))
	for _, e := range es {
		m[normKey(e)] = true
	}
	return m
}

func negValue(p *prepared) string {
	if !p.neg {
		return "asserted"
	}
	for _, t := range p.toks {
		if t.Neg {
			return t.Surface
		}
	}
	return "negated"
}

// distancingCues are the stems of reporting cues that distance the writer
// from what they report ("accused", "alleged", "claimed", "insists"):
// a claim so reported is not stated as fact. Every other cue ("said",
// "according to", "confirmed", "tweeted", "admitted") passes a claim on
// with the certainty of a statement.
var distancingCues = map[string]bool{
	"accus": true, "alleg": true, "claim": true, "contend": true, "insist": true, "purport": true,
	"suggest": true, "specul": true, "rumor": true, "rumour": true, "suspect": true, "believ": true,
	"think": true, "fear": true, "maintain": true, "assert": true, "charg": true,
}

// uncertain reports whether a claim is hedged ("appeared to", "probably")
// or credited with a distancing cue (see distancingCues), rather than
// stated as fact or passed on as a statement.
func uncertain(c *claims.Claim) bool {
	if c.Hedged {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(c.Attribution.Cue)) {
		if distancingCues[english.Stem(w, false)] {
			return true
		}
	}
	return false
}

// certaintyDiverges reports whether one claim states as fact what the
// other hedges or credits with a distancing cue (see uncertain). A claim
// stated as fact has no hedge and no attribution at all: two attributed
// claims differ in their speech verbs ("said", "claimed"), not in how
// certain the writer is, so they never diverge on certainty.
func certaintyDiverges(a, b *claims.Claim) bool {
	ua, ub := uncertain(a), uncertain(b)
	if ua == ub {
		return false
	}
	certain := a
	if ua {
		certain = b
	}
	return certain.Attribution.Cue == "" && certain.Attribution.Source == ""
}

// hedgeShared reports whether the uncertain one of two claims (see
// uncertain) hedges what the other states as fact: the first content word
// after its first hedge ("appeared to endorse the project" -> endorse;
// "unclear whether AARP was opening up" -> AARP) is covered by the other
// claim, as negatedShared asks of a negation, and the other does not
// itself report speech (see reports). "The regulator could demand that
// Halvorsen sell plants before approving the acquisition" hedges a demand
// that "Shareholders will vote on the acquisition" never states. A claim
// uncertain without a hedge word (a distancing cue) hedges all of its
// words; one hedged only by the sentence around it ("Critics say the
// offer may have violated the code that says: ...") bears no hedge an
// editor could be shown.
func hedgeShared(a, b *prepared) bool {
	if uncertain(b.claim) {
		a, b = b, a
	}
	if reports(b) {
		return false
	}
	scope := a.toks
	if h := hedgeAt(a); h >= 0 {
		scope = a.toks[h+1:]
	} else if a.claim.Attribution.Cue == "" {
		return false // hedged by its context, not by its own words
	}
	for _, u := range scope {
		if !u.Content || atomic.IsHedge(u.Lower()) {
			continue
		}
		k, ok := slices.BinarySearch(a.content, u.ID)
		return ok && covered(u.ID, a.syn[k], b)
	}
	return false
}

// hedgeAt returns the index of a claim's first hedge word or distancing
// cue ("likely", "appeared", "whether", "accused"), or -1.
func hedgeAt(p *prepared) int {
	for i, t := range p.toks {
		if atomic.IsHedge(t.Lower()) || distancingCues[t.Stem()] {
			return i
		}
	}
	return -1
}

// reports reports whether a claim's own words report speech: an
// attribution cue ("A Republican involved with the project said it's
// airing in Miami", "Perry is on the attack, claiming that ...", "the
// group drafted a resolution condemning ..."). Such a claim passes on what
// someone said; it does not state it as fact.
func reports(p *prepared) bool {
	for _, t := range p.toks {
		if attrib.IsCue(t.Lower()) {
			return true
		}
	}
	return false
}

// negatedShared reports whether what the negated one of two claims
// denies is stated by the other: the first content word after its
// negation cue ("did not serve" -> serve) is covered by the other claim.
// "I can't help but think" and "I think" do not diverge on negation: the
// "not" denies "help", which the other claim never asserts. A claim
// negated without a cue word (a lexical negator such as "denied") passes.
func negatedShared(a, b *prepared) bool {
	if b.neg {
		a, b = b, a
	}
	for i, t := range a.toks {
		if !t.Neg {
			continue
		}
		for _, u := range a.toks[i+1:] {
			if !u.Content || u.Neg {
				continue
			}
			k, ok := slices.BinarySearch(a.content, u.ID)
			if !ok {
				break
			}
			return covered(u.ID, a.syn[k], b)
		}
		return true
	}
	return true
}

// otherPersons reports whether two claims open with personal pronouns of
// different persons ("He's cool" / "I'm not that cool"): a speaker denying
// of himself what is said of another contradicts no one.
func otherPersons(a, b *prepared) bool {
	pa, pb := openingPronoun(a), openingPronoun(b)
	return pa != "" && pb != "" && pa != pb
}

// openingPronoun returns the personal pronoun a claim opens with, lower
// case and without a contraction ("I'm" is "i"), or "".
func openingPronoun(p *prepared) string {
	if len(p.toks) == 0 {
		return ""
	}
	w := p.toks[0].Lower()
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	if personalPronouns[w] {
		return w
	}
	return ""
}

// personalPronouns are the subject pronouns openingPronoun tells apart.
var personalPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true}

// unasserted reports whether a claim states a condition, an obligation or
// a speculation rather than a fact ("if Steele decides not to run", "when
// they should be creating jobs", "many have speculated that the White
// House offered the job"): its polarity asserts nothing, so it never
// diverges on negation.
func unasserted(p *prepared) bool {
	for _, t := range p.toks {
		if conditionWords[t.Lower()] || speculationStems[t.Stem()] {
			return true
		}
	}
	return false
}

// conditionWords open a condition; speculationStems are the stems of
// verbs and nouns of speculation.
var (
	conditionWords   = map[string]bool{"if": true, "unless": true, "whether": true, "should": true, "ought": true}
	speculationStems = map[string]bool{"specul": true, "rumor": true, "rumour": true, "wonder": true, "guess": true}
)

// lexicalNegators are verbs that make a claim negated by their meaning
// (the claims package counts them as negators).
var lexicalNegators = map[string]bool{"deni": true, "refus": true}

// negativePredicates reports whether the polarity mismatch of two claims
// comes only from a negative-meaning verb on the negated side ("refusing
// to comply"), with no negation word ("not", "never") on it, while the
// other side has a WordNet-related verb of its own ("resisted",
// "declined"): both then say the same negative thing.
func negativePredicates(a, b *prepared) bool {
	if a.neg == b.neg {
		return false
	}
	if b.neg {
		a, b = b, a
	}
	for _, t := range a.toks {
		if t.Neg {
			return false
		}
	}
	for i, id := range a.content {
		if !lexicalNegators[stemOf(a, id)] {
			continue
		}
		for j, y := range b.content {
			if y != id && synonyms.Related(*a.syn[i], *b.syn[j]) {
				return true
			}
		}
	}
	return false
}

// prohibitiveStems are the stems of verbs that state a negative as an act:
// to block, ban or reject something is to say it shall not happen.
var prohibitiveStems = map[string]bool{
	"block": true, "ban": true, "bar": true, "prevent": true, "stop": true, "halt": true, "forbid": true,
	"prohibit": true, "oppos": true, "reject": true, "veto": true, "refus": true, "deni": true,
	"resist": true, "declin": true, "boycott": true, "withhold": true,
}

// prohibitionAgrees reports whether the polarity mismatch of two claims is
// one negative said two ways: the side without a negation blocks, bans or
// rejects ("vowing to block all Democratic-backed legislation until the
// tax cuts pass"), the negated side says it shall not be ("No Legislation
// Until After Tax Cut Extension"), and the negated side names no such act
// itself, whose negation would undo it ("did not reject the appeal", "are
// not refusing the demands").
func prohibitionAgrees(a, b *prepared) bool {
	if a.neg == b.neg {
		return false
	}
	if b.neg {
		a, b = b, a // a is the negated side
	}
	has := func(p *prepared) bool {
		for _, t := range p.toks {
			if prohibitiveStems[t.Stem()] {
				return true
			}
		}
		return false
	}
	return has(b) && !has(a)
}

// stemOf returns the stem of a content id of p.
func stemOf(p *prepared, id uint32) string {
	for _, t := range p.toks {
		if t.ID == id {
			return t.Stem()
		}
	}
	return ""
}

// certaintyValue names how a claim is put: its source and cue, its hedge
// word ("likely", "appeared"), or "stated".
func certaintyValue(p *prepared) string {
	c := p.claim
	switch {
	case c.Attribution.Cue != "" && c.Attribution.Source != "":
		return c.Attribution.Source + " " + c.Attribution.Cue
	case c.Attribution.Cue != "":
		return c.Attribution.Cue
	case c.Attribution.Source != "":
		return c.Attribution.Source
	case c.Hedged:
		if h := hedgeAt(p); h >= 0 {
			return p.toks[h].Lower()
		}
		return "hedged"
	}
	return "stated"
}
