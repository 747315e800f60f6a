package rules

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/kljensen/snowball/english"
)

var quoteMismatch = &Rule{
	ID:      "quote-mismatch",
	Summary: "The same quote is worded differently or given to different speakers",
	Doc: `A quote is verbatim or it is not a quote. Comparing sources, this rule
reports a direct quote that another source gives in different words (word
similarity at least min-similarity, but not the same words) or gives to a
different speaker. In draft mode every direct quote of the draft must appear
verbatim in a source (quotation marks, dashes, case and white space
normalised; "..." marks an omission) with the same speaker; a quote that does
not is reported with the nearest source quote and the word diff.`,
	Bad:     `a.txt: "We will respond with full force," Naqvi said.  b.txt: "We will respond with force," Naqvi said.`,
	Good:    `a.txt: "We will respond with full force," Naqvi said.  b.txt: "We will respond with full force," Naqvi said.`,
	Default: Warning,
	Options: []Option{
		{Name: "min-similarity", Kind: KindFloat, Default: 0.6, Doc: "word similarity (0-1) above which two different quotes count as the same quote reworded"},
	},
	Run: func(p *Pass) {
		if p.Draft != nil {
			checkDraftQuotes(p)
			return
		}
		minSim := p.Float("min-similarity")
		t := prepareQuotes(p.Docs)
		scratch := newEditScratch(len(t.words))
		for _, c := range t.closest(t.pairs()) {
			if f, ok := t.compare(p, c.a, c.b, minSim, scratch); ok {
				p.Report(f)
			}
		}
	},
}

// quoteRef names one quote: its document's index in Pass.Docs and its index
// in that document's Quotes.
type quoteRef struct{ doc, quote int }

// maxQuotePosting: a word used in more direct quotes than this is too common
// to propose a pair on its own.
const maxQuotePosting = 64

// mayMatch is a cheap necessary condition for compare to report, on
// the sorted distinct word ids of two quotes: a quote held in another shares all of its
// words, and a rewording (edit similarity >= 0.6 against a window of the
// longer, see windowReaches) at least 0.6 of the shorter's; two words of slack cover words cut at the ends of a substring
// match and repeated words.
func mayMatch(a, b []int32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	need := 0.6*float64(len(a)) - 2 // a rewording of a's words in a window of b (see windowReaches)
	return float64(sharedCount(a, b)) >= need
}

// quotePair names two prepared quotes by their index in quoteTable.quotes.
type quotePair struct{ a, b int }

// pairs returns the pairs of prepared quotes from different documents
// that share at least one word used in at most maxQuotePosting quotes and
// pass mayMatch, in
// the order of a nested loop over documents and quotes. Two quotes that
// reword each other (word similarity >= min-similarity) or where one holds
// the other share most of their words, so the inverted index loses none of
// them in practice and keeps the work near-linear in the number of quotes.
func (t *quoteTable) pairs() []quotePair {
	index := make([][]int32, len(t.words))
	for i := range t.quotes {
		for _, w := range t.quotes[i].set {
			index[w] = append(index[w], int32(i))
		}
	}
	var out []quotePair
	mark := make([]int32, len(t.quotes)) // mark[ib] == ia+1: ib is a candidate of ia
	var ids []int
	for ia := range t.quotes {
		qa := &t.quotes[ia]
		ids = ids[:0]
		for _, w := range qa.set {
			post := index[w]
			if len(post) > maxQuotePosting {
				continue
			}
			for _, ib := range post {
				if int(ib) > ia && t.quotes[ib].ref.doc != qa.ref.doc && mark[ib] != int32(ia+1) {
					mark[ib] = int32(ia + 1)
					if mayMatch(qa.set, t.quotes[ib].set) {
						ids = append(ids, int(ib))
					}
				}
			}
		}
		sort.Ints(ids)
		for _, ib := range ids {
			out = append(out, quotePair{ia, ib})
		}
	}
	// quotes are in document order, so sorting by (a.doc, b.doc, a.quote,
	// b.quote) reproduces the nested loop's order.
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		xa, xb, ya, yb := t.quotes[x.a].ref, t.quotes[x.b].ref, t.quotes[y.a].ref, t.quotes[y.b].ref
		if xa.doc != ya.doc {
			return xa.doc < ya.doc
		}
		if xb.doc != yb.doc {
			return xb.doc < yb.doc
		}
		if xa.quote != ya.quote {
			return xa.quote < ya.quote
		}
		return xb.quote < yb.quote
	})
	return out
}

// compare returns the finding on quote ib when it rewords quote ia or
// gives the same words to a different speaker. Similar words from two
// different named speakers ("they are on the wrong side of history," Vicente
// said / "these guys are on the wrong side of history," Tvert said) are two
// quotes, not one reworded.
func (t *quoteTable) compare(p *Pass, ia, ib int, minSim float64, scratch *editScratch) (Finding, bool) {
	qa, qb := &t.quotes[ia], &t.quotes[ib]
	da, db := p.Docs[qa.ref.doc], p.Docs[qb.ref.doc]
	a, b := qa.q, qb.q
	rel := func() []Related {
		return []Related{{Doc: da.ID, Path: da.Path, Span: a.Span, Message: fmt.Sprintf("%s quotes: %s", docName(p, da.ID), excerpt(a.Text, 80))}}
	}
	if wordsInOrder(qa.bare, qb.bareFrags) || wordsInOrder(qb.bare, qa.bareFrags) {
		if a.Kind != claims.QuoteDirect || b.Kind != claims.QuoteDirect {
			return Finding{}, false // a partial quote's speaker is the sentence's, not a reliable one
		}
		sa, sb := speakerOf(a), speakerOf(b)
		if facts.PlausibleSource(sa) && facts.PlausibleSource(sb) && facts.DifferentSources(sa, sb) {
			return Finding{Doc: db.ID, Path: db.Path, Span: b.Span, Content: b.Text + "\x00speaker",
				Message: fmt.Sprintf("quote %q is given to %q here but to %q in %s", excerpt(b.Text, 50), normSpace(sb), normSpace(sa), docName(p, da.ID)),
				Related: rel()}, true
		}
		return Finding{}, false
	}
	if sa, sb := speakerOf(a), speakerOf(b); facts.PlausibleSource(sa) && facts.PlausibleSource(sb) && facts.DifferentSources(sa, sb) {
		return Finding{}, false // two people saying much the same, not one quote reworded
	}
	pa, pb, ok := t.rewords(ia, ib, minSim, scratch)
	if !ok {
		return Finding{}, false
	}
	diff := wordDiff(pa, pb) // the sentences both quote
	related := rel()
	related[0].Span = partSpan(da, a, pa)
	return Finding{Doc: db.ID, Path: db.Path, Span: partSpan(db, b, pb), Content: b.Text + "\x00wording",
		Message: fmt.Sprintf("quote is worded differently in %s: %s", docName(p, da.ID), inlineDiff(diff)),
		Related: related, Diff: diff}, true
}

// partSpan is the span in d's source of part, the sentences of quote q
// that differ (the quote's own span, marks included, when part is all of
// it): found verbatim, or by its first and last words, inside the
// quote's own span; the quote's whole span when it is not (its text was
// joined across paragraphs there). Invariant: the result lies inside
// q.Span.
func partSpan(d *claims.Document, q *claims.Quote, part string) claims.Span {
	part = strings.TrimSpace(part)
	if part == strings.TrimSpace(q.Text) || d.File == nil || part == "" || q.Span.Start < 0 || q.Span.End > len(d.File.Src) || q.Span.Start >= q.Span.End {
		return q.Span
	}
	src := string(d.File.Src[q.Span.Start:q.Span.End])
	if i := strings.Index(src, part); i >= 0 {
		return claims.Span{Start: q.Span.Start + i, End: q.Span.Start + i + len(part)}
	}
	head, tail := affixes(part, 24)
	i := strings.Index(src, head)
	if i < 0 {
		return q.Span
	}
	j := strings.LastIndex(src, tail)
	if j < i+len(head) {
		return q.Span
	}
	return claims.Span{Start: q.Span.Start + i, End: q.Span.Start + j + len(tail)}
}

// affixes returns the first and the last n bytes of s (all of s when it
// is shorter), cut at rune boundaries.
func affixes(s string, n int) (string, string) {
	if len(s) <= n {
		return s, s
	}
	h := n
	for h > 0 && !utf8.RuneStart(s[h]) {
		h--
	}
	t := len(s) - n
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	return s[:h], s[t:]
}

// rewords reports whether quotes ia and ib, neither holding the other,
// are the same quote in other words once the sentences only one of them
// quotes are set aside (trimmedPair), and returns the parts of their texts
// that differ: the parts compared, or, for a quote that marks omissions,
// the sentences around the fragments that changed.
func (t *quoteTable) rewords(ia, ib int, minSim float64, scratch *editScratch) (string, string, bool) {
	ta, tb := t.trimmedPair(ia, ib, minSim, scratch)
	if (ta != &t.quotes[ia] || tb != &t.quotes[ib]) && (wordsInOrder(ta.bare, tb.bareFrags) || wordsInOrder(tb.bare, ta.bareFrags)) {
		return "", "", false // one holds the other but for sentences only one quotes
	}
	if len(ta.frags) > 1 || len(tb.frags) > 1 {
		return t.rewordedAroundOmissions(ta, tb, minSim, scratch)
	}
	return ta.text, tb.text, t.reworded(ta, tb, minSim, scratch)
}

// reworded reports whether quotes a and b are the same quote in other
// words: their window similarity (windowReaches) is at least minSim, yet
// the stems of their content words (contentStems), in order, are neither
// the same nor, for the shorter, a run of the longer's — such quotes differ
// only in punctuation, function words and inflection ("I'm a Christian" /
// "that I'm a Christian"; "in the pews" / "in the pew"), not in words an
// editor must settle.
func (t *quoteTable) reworded(a, b *preparedQuote, minSim float64, scratch *editScratch) bool {
	if !scratch.windowReaches(a.words, b.words, minSim) {
		return false
	}
	sa, sb := t.stemsOf(a), t.stemsOf(b)
	if slices.Equal(sa, sb) {
		return false
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if namesOnlyShared(a.text, b.text) {
		return false // a name or two in common ("Chick-fil-A Appreciation Day"): two quotes
	}
	if containsRun(sa, sb) {
		return omitsInside(a.text, b.text)
	}
	if cutElsewhere(sa, sb) {
		return false
	}
	return !spellingOnly(a.text, b.text)
}

// namesOnlyShared reports whether every content word two quotes share is
// a name, capitalised in both: a short quote holding the name a long one
// mentions ("Chick-fil-A Appreciation Day" / "... proudly posted their
// photos of Chick-fil-a") is another quote, not the same one reworded.
func namesOnlyShared(a, b string) bool {
	ca, cb := wordCases(a), wordCases(b)
	shared := 0
	for stem, upperA := range ca {
		upperB, ok := cb[stem]
		if !ok {
			continue
		}
		if !upperA || !upperB {
			return false
		}
		shared++
	}
	return shared > 0
}

// wordCases maps the stem of each content word of s (see quoteWords) to
// whether every use of it is capitalised.
func wordCases(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:!?\"'“”‘’()[]—-")
		if w == "" {
			continue
		}
		upper := unicode.IsUpper([]rune(w)[0]) // the first word too: its case may be a name's
		for _, qw := range quoteWords(w) {
			if !qw.content {
				continue
			}
			if prev, ok := out[qw.stem]; ok {
				out[qw.stem] = prev && upper
			} else {
				out[qw.stem] = upper
			}
		}
	}
	return out
}

// cutElsewhere reports whether the shorter quote's content stems, all but
// its first or its last, are a run of the longer's that the longer goes
// on from by at least two stems on that side, and the stem left over is
// not the longer's at all: one outlet cut its excerpt a word before or
// after the other's ("not putting people back to work" / "God wants to
// see us help ourselves by putting people back to work"), which is a
// choice of excerpt, not a rewording. A last word changed where the
// longer quote ends too ("the risk is high" / "the risk is great"), and
// a word added inside ("will only accept the deal"), are still
// rewordings.
func cutElsewhere(short, long []int32) bool {
	n := len(short)
	if n < 4 {
		return false
	}
	if i := runAt(short[1:], long); i >= 2 && !slices.Contains(long, short[0]) {
		return true
	}
	if i := runAt(short[:n-1], long); i >= 0 && len(long)-(i+n-1) >= 2 && !slices.Contains(long, short[n-1]) {
		return true
	}
	return false
}

// heldOrOverhanging reports whether a fragment's content stems are a run
// of the other quote's, or overhang one of its ends: the other quote
// begins inside the fragment (a suffix of frag, at least half of it, is
// how long begins) or ends inside it (a prefix of frag is how long ends).
// Two outlets that cut one sentence at different words ("However, we would
// be remiss … if we did not challenge" / "We would be remiss in our duty
// ... if we did not challenge") quote the same words where they overlap.
func heldOrOverhanging(frag, long []int32) bool {
	if containsRun(frag, long) {
		return true
	}
	need := max(1, (len(frag)+1)/2)
	for k := need; k < len(frag) && k <= len(long); k++ {
		if slices.Equal(frag[len(frag)-k:], long[:k]) || slices.Equal(frag[:k], long[len(long)-k:]) {
			return true
		}
	}
	return false
}

// runAt returns where short first occurs as a run of long, or -1.
func runAt(short, long []int32) int {
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(short, long[i:i+len(short)]) {
			return i
		}
	}
	return -1
}

// rewordedAroundOmissions is reworded for quotes of which one marks
// omissions ("I don't believe that's what we're here to do ... We're not
// here to serve the earth"): each fragment between ellipses is compared on
// its own with the other quote, since the words left out would count as
// edits against the whole. The pair is reworded when every fragment of at
// least minWindowWords words fits a run of the other quote at minSim and
// the content stems of one of them are not a run of the other's; a
// fragment the other quote does not hold means the two quote different
// parts of the speech, not one part in other words. The parts returned
// are, on each side, the shortest run of whole sentences (quoteUnits)
// holding the changed fragments, so a finding points at what differs.
func (t *quoteTable) rewordedAroundOmissions(a, b *preparedQuote, minSim float64, scratch *editScratch) (string, string, bool) {
	short, long := a, b
	if len(b.frags) > len(a.frags) {
		short, long = b, a
	}
	longStems := t.stemsOf(long)
	compared := 0
	var changed [][]int32 // the word ids of the fragments that changed
	for _, f := range short.frags {
		words := t.words.ids(contentWords(f))
		if len(words) < minWindowWords {
			continue
		}
		if !scratch.windowReaches(words, long.words, minSim) {
			return "", "", false
		}
		compared++
		if !heldOrOverhanging(t.stems.ids(contentStems(f)), longStems) {
			changed = append(changed, words)
		}
	}
	if compared == 0 || len(changed) == 0 {
		return "", "", false
	}
	ps, pl := t.fittedPart(short, changed, minSim, scratch), t.fittedPart(long, changed, minSim, scratch)
	if short == a {
		return ps, pl, true
	}
	return pl, ps, true
}

// fittedPart returns the text of q from the first to the last of the
// shortest runs of its whole units (quoteUnits) that each fragment of
// frags (word ids) fits at minSim; q's whole text when one fits none.
func (t *quoteTable) fittedPart(q *preparedQuote, frags [][]int32, minSim float64, scratch *editScratch) string {
	us := quoteUnits(q.text)
	ids := make([][]int32, len(us))
	for i, u := range us {
		ids[i] = t.words.ids(contentWords(q.text[u.start:u.end]))
	}
	start, end := len(q.text), 0
	for _, f := range frags {
		s, e, ok := fittingUnits(us, ids, f, minSim, scratch)
		if !ok {
			return q.text
		}
		start, end = min(start, s), max(end, e)
	}
	return q.text[start:end]
}

// fittingUnits returns the byte range of the shortest run of units (the
// first of that length) whose words frag fits at minSim.
func fittingUnits(us []quoteUnit, ids [][]int32, frag []int32, minSim float64, scratch *editScratch) (int, int, bool) {
	for n := 1; n <= len(us); n++ {
		for i := 0; i+n <= len(us); i++ {
			words := slices.Concat(ids[i : i+n]...)
			if len(words) == 0 {
				continue
			}
			if scratch.fitSimilarity(frag, words) >= minSim {
				return us[i].start, us[i+n-1].end, true
			}
		}
	}
	return 0, 0, false
}

// checkDraftQuotes reports each direct quote of the draft that no source
// gives verbatim with the same speaker.
func checkDraftQuotes(p *Pass) {
	draft := p.Draft.Doc
	var sources []*claims.Document
	for _, d := range p.Docs {
		if d != draft && d.ID != draft.ID {
			sources = append(sources, d)
		}
	}
	for i := range draft.Quotes {
		q := &draft.Quotes[i]
		if q.Kind != claims.QuoteDirect {
			continue
		}
		if f, bad := verifyDraftQuote(p, q, sources); bad {
			f.Doc, f.Path, f.Span = draft.ID, draft.Path, q.Span
			p.Report(f)
		}
	}
}

// verifyDraftQuote checks one draft quote against the sources and returns
// the finding to report and true when it fails.
func verifyDraftQuote(p *Pass, q *claims.Quote, sources []*claims.Document) (Finding, bool) {
	frags := fragments(normQuote(q.Text))
	if len(frags) == 0 {
		return Finding{}, false
	}
	speaker := speakerOf(q)
	var wrongSpeaker []Related
	var wrongNames []string
	textFound := false
	var best struct {
		doc *claims.Document
		q   *claims.Quote
		sim float64
	}
	for _, s := range sources {
		for j := range s.Quotes {
			sq := &s.Quotes[j]
			if !containsInOrder(normQuote(sq.Text), frags) {
				if sim := wordSimilarity(q.Text, sq.Text); sim > best.sim {
					best.doc, best.q, best.sim = s, sq, sim
				}
				continue
			}
			textFound = true
			ss := speakerOf(sq)
			if speaker == "" || sameSpeaker(speaker, ss) {
				return Finding{}, false
			}
			who := normSpace(ss)
			if who == "" {
				who = "no one"
			}
			wrongNames = appendUnique(wrongNames, fmt.Sprintf("%q", who))
			wrongSpeaker = append(wrongSpeaker, Related{Doc: s.ID, Path: s.Path, Span: sq.Span, Message: fmt.Sprintf("%s gives it to %s", docName(p, s.ID), who)})
		}
	}
	if textFound {
		return Finding{Content: q.Text + "\x00speaker", Related: wrongSpeaker,
			Message: fmt.Sprintf("quote %q is given to %q here but the sources give it to %s", excerpt(q.Text, 50), normSpace(speaker), strings.Join(wrongNames, ", "))}, true
	}
	// The words may be in a source without being detected as a quote.
	for _, s := range sources {
		if s.File != nil && containsInOrder(normQuote(string(s.File.Src)), frags) {
			return Finding{}, false
		}
	}
	if best.q != nil && best.sim >= p.Float("min-similarity") {
		diff := wordDiff(best.q.Text, q.Text)
		return Finding{Content: q.Text + "\x00wording", Diff: diff,
			Related: []Related{{Doc: best.doc.ID, Path: best.doc.Path, Span: best.q.Span, Message: fmt.Sprintf("%s quotes: %s", docName(p, best.doc.ID), excerpt(best.q.Text, 80))}},
			Message: fmt.Sprintf("quote does not match %s verbatim: %s", docName(p, best.doc.ID), inlineDiff(diff))}, true
	}
	return Finding{Content: q.Text + "\x00missing",
		Message: fmt.Sprintf("quote %q does not appear in any source", excerpt(q.Text, 60))}, true
}

var unusedSuppression = &Rule{
	ID:      "unused-suppression",
	Summary: "An inline suppression comment suppresses nothing",
	Doc: `A claimcheck-disable or claimcheck-disable-next-line comment that no
longer matches any finding hides nothing but will hide the next real problem.
The driver reports it so it can be removed. Suppression comments:
<!-- claimcheck-disable RULE... --> and <!-- claimcheck-enable RULE... -->
around a region, <!-- claimcheck-disable-next-line RULE... --> for the next
non-blank line (Markdown and HTML); in plain text the same directives in
square brackets on a line of their own: [claimcheck-disable RULE...]. With
no rule IDs a directive applies to every rule.`,
	Bad:     "<!-- claimcheck-disable-next-line quote-unattributed -->\nA paragraph with no quotes.",
	Good:    "A paragraph with no quotes.",
	Default: Info,
}

var unusedBaseline = &Rule{
	ID:      "unused-baseline",
	Summary: "A baseline entry matches no finding",
	Doc: `A baseline (--baseline FILE, written with --write-baseline) lists
accepted findings by fingerprint. An entry that matches no current finding was
fixed or removed; the driver reports it so the baseline can be rewritten.`,
	Bad:     `a baseline listing a quote-unattributed finding for a quote since deleted`,
	Good:    `the baseline rewritten with --write-baseline`,
	Default: Info,
}

// contentStems are the Snowball stems of the words of s that are not stop
// words, with contractions cut ("he's" is "he"), title abbreviations
// spelled out ("Sen." is "senator"), number words written as digits
// ("one-in-three" is "1 in 3") and the writer's bracketed insertions
// ("these (local) supervisors", "[Democrats]") and interjections ("Oh,
// not a theology", "uh") left out: none of them is a change to what the
// speaker said. A stop word that changes what is said
// (a negation, a degree, a quantifier, a condition: see meaningWords) is
// kept, and a negative contraction is its verb and "not" ("don't" is "do
// not", "won't" is "will not"), so "do not" and "don't" compare equal
// while "something very important" and "something important" do not.
//
// contractions, negativeContractions, titleAbbreviations, meaningWords
// and editorialBrackets support it.
func contentStems(s string) []string {
	var out []string
	for _, w := range quoteWords(s) {
		if w.content {
			out = append(out, w.stem)
		}
	}
	return out
}

// quoteWord is one word of a quote as quoteWords reads it: its Snowball
// stem, and whether it is a content word (not a stop word, or a stop word
// in meaningWords).
type quoteWord struct {
	stem    string
	content bool
}

// quoteWords are the words of s in order, stop words included, read as
// contentStems reads them (contractions cut or spelled out, title
// abbreviations spelled out, number words as digits, bracketed insertions
// and interjections left out); contentStems is the stems of those that
// are content words.
func quoteWords(s string) []quoteWord {
	var out []quoteWord
	keep := func(w string) {
		if w != "" && !interjections[w] {
			out = append(out, quoteWord{english.Stem(w, false), !english.IsStopWord(w) || meaningWords[w]})
		}
	}
	for _, w := range contentWords(editorialBrackets.ReplaceAllString(s, " ")) {
		w = strings.Trim(w, "'")
		if base, ok := strings.CutSuffix(w, "n't"); ok {
			if full, ok := negativeContractions[base]; ok {
				base = full
			}
			keep(base)
			keep("not")
			continue
		}
		if w == "cannot" {
			keep("can")
			keep("not")
			continue
		}
		for _, suffix := range contractions {
			w = strings.TrimSuffix(w, suffix)
		}
		if full, ok := titleAbbreviations[w]; ok {
			w = full
		}
		if digits, ok := numberWords[w]; ok {
			w = digits // "a one-in-three chance" is "a 1 in 3 chance"
		}
		keep(undotted(w))
	}
	return out
}

// interjections are the sounds a reporter may leave out of a quote
// without changing what was said.
// undotted writes an initialism without its dots ("f.b.i" -> "fbi"), as
// house styles differ on them; any other word is returned as it is.
func undotted(w string) string {
	if !strings.Contains(w, ".") {
		return w
	}
	for i, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if utf8.RuneCountInString(part) != 1 && !(i == 0 && part == "") {
			return w
		}
	}
	return strings.ReplaceAll(w, ".", "")
}

var interjections = map[string]bool{"oh": true, "uh": true, "um": true, "ah": true, "er": true, "erm": true, "hmm": true}

// meaningWords are the stop words a quote cannot drop or change without
// changing what was said: a negation, a degree, a quantifier, a condition,
// a conjunction ("James Bond and the president" is not "James Bond, the
// president"; "and" is not "or").
var meaningWords = map[string]bool{
	"not": true, "no": true, "nor": true, "very": true, "only": true, "all": true, "more": true, "most": true,
	"too": true, "few": true, "against": true, "both": true, "some": true, "any": true, "each": true,
	"again": true, "before": true, "after": true, "because": true, "if": true, "until": true,
	"and": true, "or": true, "but": true,
}

var (
	contractions         = []string{"'s", "'re", "'ve", "'ll", "'d", "'m"}
	negativeContractions = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}
	numberWords          = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1000000"}
	titleAbbreviations   = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president", "lt": "lieutenant", "sec": "secretary"}
	editorialBrackets    = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)
)
