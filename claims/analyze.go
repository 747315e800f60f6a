package claims

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/atomic"
	"github.com/claimcheck/claimcheck/claims/attrib"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/claims/facts"
	"github.com/claimcheck/claimcheck/claims/quotes"
	"github.com/claimcheck/claimcheck/claims/segment"
)

// Options tune analysis. The zero value uses the built-in vague-source
// lexicon.
type Options struct {
	// Lexicon grades attribution sources; nil means attrib.Default().
	Lexicon *attrib.Lexicon
	// Done, when set, is called after each document AnalyzeAll finishes
	// (from the worker goroutines; it must be safe for concurrent use).
	Done func()
}

func (o Options) classify(source string) AttributionKind {
	if strings.TrimSpace(source) == "" {
		return AttrNone
	}
	if o.Lexicon != nil {
		return AttributionKind(o.Lexicon.Classify(source))
	}
	return AttributionKind(attrib.Classify(source))
}

func (o Options) lexicon() *attrib.Lexicon {
	if o.Lexicon != nil {
		return o.Lexicon
	}
	return defaultLexicon
}

var defaultLexicon = attrib.Default()

// Analyze fills doc.Sentences, doc.Quotes and doc.Claims from doc.Blocks.
// Only blocks with a role (headline, dek, body, takeaway) are read. It is
// deterministic and safe to run on different documents concurrently.
func Analyze(doc *Document, opt Options) {
	doc.Sentences, doc.Quotes, doc.Claims, doc.Sourcing = nil, nil, nil, nil
	var paras []quotes.Paragraph
	var paraBlock []int // paragraph index -> block index
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		if b.Role == "" {
			continue
		}
		p := quotes.Paragraph{Text: b.Text}
		for _, r := range blockSentences(b) {
			doc.Sentences = append(doc.Sentences, Sentence{
				Index: len(doc.Sentences), Block: bi, Paragraph: len(paras),
				Start: r.Start, End: r.End, Text: b.Text[r.Start:r.End], Span: b.SrcSpan(r.Start, r.End),
			})
			p.Sentences = append(p.Sentences, quotes.Range{Start: r.Start, End: r.End})
		}
		paras = append(paras, p)
		paraBlock = append(paraBlock, bi)
	}
	doc.Quotes = convertQuotes(doc, paras, paraBlock, opt)
	res := quotes.NewAttributor(paras)
	ctx := facts.NewContext()
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		b := &doc.Blocks[s.Block]
		headline := b.Role == RoleHeadline || b.Role == RoleDek
		cs := sentenceClaims(s.Text, headline, ctx, opt)
		text := s.Text
		if inQuotedReport(doc.Quotes, s.Span) {
			text = unquoted(text) // the report's own sourcing is read as the article's
		}
		found := outsideQuotes(doc.Quotes, opt.lexicon().Find(text), func(a, b2 int) Span { return b.SrcSpan(s.Start+a, s.Start+b2) })
		if hasReportedly(found) && (opt.lexicon().NamesReport(text) || si > 0 && opt.lexicon().NamesReport(doc.Sentences[si-1].Text)) {
			found = withoutReportedly(found) // the report is named: "The New York Times is reporting. ... reportedly posted"
		}
		attachFound(cs, found)
		for _, f := range found {
			doc.Sourcing = append(doc.Sourcing, Attribution{Source: f.Text, SourceSpan: b.SrcSpan(s.Start+f.Start, s.Start+f.End), Cue: f.Cue, Kind: AttributionKind(f.Kind)})
		}
		for _, c := range cs {
			question := !headline && !quoting(b.Text) && asks(s.Text, c.Span)
			c.ID = fmt.Sprintf("%s.c%d", doc.ID, len(doc.Claims)+1)
			c.Doc = doc.ID
			c.Role = b.Role
			c.Sentence = si
			c.Span = b.SrcSpan(s.Start+c.Span.Start, s.Start+c.Span.End)
			shift := func(sp Span) Span { return b.SrcSpan(s.Start+sp.Start, s.Start+sp.End) }
			for i := range c.Numbers {
				c.Numbers[i].Span = shift(c.Numbers[i].Span)
			}
			for i := range c.Dates {
				c.Dates[i].Span = shift(c.Dates[i].Span)
			}
			for i := range c.Entities {
				c.Entities[i].Span = shift(c.Entities[i].Span)
			}
			if c.Attribution.Kind != AttrNone {
				resolveSource(res, s, &c.Attribution, opt.classify)
				c.Attribution.SourceSpan = shift(c.Attribution.SourceSpan)
			}
			q := enclosingQuote(doc.Quotes, c.Span)
			if question && q == nil && c.Attribution.Kind == AttrNone {
				continue // the writer's own question states nothing to check
			}
			if sq := quoteHolding(doc.Quotes, c.Attribution.SourceSpan); q == nil && sq != nil && sq.Speaker != nil && c.Attribution.Kind != AttrNone && !quotedReport(sq) {
				// a source inside a quote is the quoted speaker's words
				// ("They added that “multiple senior officials have stated that
				// ...”"): the claim is the speaker's
				c.Attribution = quoteAttribution(sq)
			}
			if q != nil {
				c.Role = RoleQuote
				if q.Speaker != nil && !(quotedReport(q) && saysOutright(c.Attribution)) {
					// (a quoted report's own sources stay its claims': "Politico
					// reports: “A Republican involved with the project said ...”")
					c.Attribution = quoteAttribution(q)
				}
			}
			doc.Claims = append(doc.Claims, c)
		}
	}
	resolveDefinite(doc, opt)
}

// quoteAttribution is the attribution of a quote's claims: its speaker,
// a pronoun resolved to the name it stands for. q.Speaker is not nil.
func quoteAttribution(q *Quote) Attribution {
	a := Attribution{Source: q.Speaker.Text, SourceSpan: q.Speaker.Span, Cue: q.Cue, Kind: q.Attribution}
	if q.Attribution == AttrPronoun && q.Antecedent != "" {
		a.Kind = AttrNamed
		a.Source = q.Antecedent
	}
	return a
}

// blockSentences splits a block into sentences; a headline is one sentence
// whatever its dots ("N.C. Congressman Apologizes ..."), so its claim is the
// whole headline.
func blockSentences(b *Block) []segment.Range {
	if b.Role == RoleHeadline {
		if s, e := trimRange(b.Text); s < e {
			return []segment.Range{{Start: s, End: e}}
		}
		return nil
	}
	return segment.Split(b.Text)
}

// trimRange returns the range of text without surrounding white space.
func trimRange(text string) (int, int) {
	s := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	e := len(strings.TrimRight(text, " \t\r\n"))
	return s, max(s, e)
}

// resolveSource gives a pronoun source the name it stands for (the same
// resolution quotes use), making it named, or vague or anonymous when
// classify grades the name so (a group: "Republicans"); an unresolved
// pronoun stays a pronoun. A named source is recorded for later pronouns. at.SourceSpan is
// still relative to sentence s.
func resolveSource(res *quotes.Attributor, s *Sentence, at *Attribution, classify func(string) AttributionKind) {
	off := s.Start + at.SourceSpan.Start
	switch at.Kind {
	case AttrPronoun:
		if name := res.Resolve(s.Paragraph, off, at.Source); name != "" {
			at.Source, at.Kind = name, AttrNamed
			if k := classify(name); k == AttrVague || k == AttrAnonymous {
				at.Kind = k // "They" standing for "Republicans" is a group: vague
			}
		}
	case AttrNamed:
		res.Spoke(s.Paragraph, off, at.Source)
	}
}

// claimSpan is where a claim of sentence stands: its focus when it has one
// (a series item), else from its first part to its last.
func claimSpan(a atomic.Claim) Span {
	if a.Focus.End > a.Focus.Start {
		return Span{a.Focus.Start, a.Focus.End}
	}
	return Span{a.Parts[0].Start, a.Parts[len(a.Parts)-1].End}
}

// letterRuns counts the runs of letters or digits in s.
func letterRuns(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// sentenceClaims decomposes one sentence and attaches the facts that fall
// inside each claim's parts; a headline's or dek's sentence is one claim,
// whole (atomic.Whole). Spans are offsets into sentence.
func sentenceClaims(sentence string, headline bool, ctx *facts.Context, opt Options) []Claim {
	var parts []atomic.Claim
	if headline {
		parts = atomic.Whole(sentence)
	} else {
		parts = atomic.Split(sentence)
	}
	nums := ctx.Numbers(sentence)
	dates := ctx.Dates(sentence)
	ents := ctx.Entities(sentence)
	out := make([]Claim, 0, len(parts))
	for _, a := range parts {
		if len(a.Parts) == 0 || !headline && letterRuns(a.Text) < 2 {
			continue // one word ("Hard.", "Why?", "Ms.") states nothing to check
		}
		inside := func(start, end int) bool {
			for _, p := range a.Parts {
				if start >= p.Start && end <= p.End {
					return true
				}
			}
			return false
		}
		c := Claim{
			Text:     a.Text,
			Span:     claimSpan(a),
			Negated:  a.Negated,
			Hedged:   a.Hedged,
			Numbers:  []Number{},
			Dates:    []Date{},
			Entities: []Entity{},
		}
		for _, n := range nums {
			if inside(n.Start, n.End) {
				c.Numbers = append(c.Numbers, Number{Text: n.Text, Span: Span{n.Start, n.End}, Value: n.Value, Approx: n.Approx, Unit: n.Unit})
			}
		}
		for _, d := range dates {
			if inside(d.Start, d.End) {
				c.Dates = append(c.Dates, Date{Text: d.Text, Span: Span{d.Start, d.End}, Year: d.Year, Month: d.Month, Day: d.Day, Granularity: d.Granularity})
			}
		}
		for _, e := range ents {
			if inside(e.Start, e.End) {
				c.Entities = append(c.Entities, Entity{Text: e.Text, Span: Span{e.Start, e.End}, Kind: e.Kind, Norm: e.Norm})
			}
		}
		src := a.Attribution.Source
		src.Start = afterOpener(sentence, src.Start, src.End)
		src.End = beforeTime(sentence, src.Start, src.End)
		c.Attribution = Attribution{Kind: AttrNone}
		if src.End > src.Start {
			text := sentence[src.Start:src.End]
			c.Attribution = Attribution{Source: text, SourceSpan: Span{src.Start, src.End}, Cue: a.Attribution.Cue, Kind: opt.classify(text)}
			if c.Attribution.Kind.Unidentified() && attrib.NamedBefore(sentence[:src.Start]) {
				c.Attribution.Kind = AttrNamed // "Robert Gibbs, a political adviser to the president, said"
			}
			if notASource(sentence, src.Start, src.End, a.Attribution.Cue) {
				c.Attribution = Attribution{Kind: AttrNone}
			}
		}
		out = append(out, c)
	}
	return out
}

// afterOpener returns where the source sentence[start:end] begins without
// an opening quotation mark and a conjunction that open its sentence ("But
// a White House official said": the official).
func afterOpener(sentence string, start, end int) int {
	for _, q := range []string{"“", "\"", "‘"} {
		if strings.HasPrefix(sentence[start:end], q) && end-start > len(q) {
			start += len(q) // an opening quotation mark is the quote's, not the source's
			break
		}
	}
	for _, w := range []string{"But ", "And ", "So ", "Yet ", "Still, ", "But, "} {
		if strings.HasPrefix(sentence[start:end], w) && end-start > len(w) {
			return start + len(w)
		}
	}
	return start
}

// timeWords end a source phrase without being part of it: "Mr. Obama on
// Wednesday emphatically disputed ..., saying that": the source is Mr.
// Obama.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "yesterday": true, "today": true, "tonight": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "week": true,
}

// beforeTime returns where the source sentence[start:end] ends without a
// time after it ("on Wednesday", "on Friday night", "last week",
// "yesterday"), leaving at least one word.
func beforeTime(sentence string, start, end int) int {
	type word struct {
		lower string
		end   int
	}
	var ws []word
	for i := start; i < end; {
		for i < end && sentence[i] == ' ' {
			i++
		}
		j := i
		for j < end && sentence[j] != ' ' {
			j++
		}
		if j > i {
			ws = append(ws, word{strings.ToLower(strings.Trim(sentence[i:j], ",.")), j})
		}
		i = j
	}
	n := len(ws)
	for n > 1 && timeWords[ws[n-1].lower] {
		n--
		for n > 1 && (ws[n-1].lower == "on" || ws[n-1].lower == "last" || ws[n-1].lower == "this" || timeWords[ws[n-1].lower]) {
			n--
		}
	}
	if n == len(ws) {
		return end
	}
	return ws[n-1].end
}

// asks reports whether the claim at sp of sentence is a question: a
// question mark follows it, perhaps after a closing quotation mark or
// parenthesis ("Is the photo of him real?"). Analyze drops such a claim
// when it is the writer's own, with no one said to ask it and outside
// any quote: it states nothing to check. A question with its asker ("Who
// will pay, the senator asked") or inside a quote ("'What is this? A
// circus?' he said") reports who asked what, and stays a claim; so does
// any question in a paragraph that quotes (see quoting: a question there
// may be part of a quote that spans sentences: "we need a big tent. Can
// we get a bigger tent?").
func asks(sentence string, sp Span) bool {
	return strings.HasPrefix(strings.TrimLeft(sentence[sp.End:], " \t\"'”’»)"), "?")
}

// quoting reports whether text holds a quotation mark.
func quoting(text string) bool { return strings.ContainsAny(text, "\"“”«»") }

// FromText makes one claim of a whole sentence, with its facts, negation,
// hedging and attribution, as `claimcheck pairs` and the evaluations need:
// the text stays whole, and the flags are those of its atomic claims (negated
// or hedged when any of them is).
func FromText(text string) *Claim {
	c := &Claim{Text: text, Span: Span{0, len(text)}, Role: RoleBody, Attribution: Attribution{Kind: AttrNone}}
	ctx := facts.NewContext()
	parts := sentenceClaims(text, false, ctx, Options{})
	// The whole text's facts, not only those inside some atomic claim's parts.
	for _, n := range ctx.Numbers(text) {
		c.Numbers = append(c.Numbers, Number{Text: n.Text, Span: Span{n.Start, n.End}, Value: n.Value, Approx: n.Approx, Unit: n.Unit})
	}
	for _, d := range ctx.Dates(text) {
		c.Dates = append(c.Dates, Date{Text: d.Text, Span: Span{d.Start, d.End}, Year: d.Year, Month: d.Month, Day: d.Day, Granularity: d.Granularity})
	}
	for _, e := range ctx.Entities(text) {
		c.Entities = append(c.Entities, Entity{Text: e.Text, Span: Span{e.Start, e.End}, Kind: e.Kind, Norm: e.Norm})
	}
	for _, p := range parts {
		c.Negated = c.Negated || p.Negated
		c.Hedged = c.Hedged || p.Hedged
		if c.Attribution.Kind == AttrNone && p.Attribution.Kind != AttrNone {
			c.Attribution = p.Attribution
		}
	}
	return c
}

// enclosingQuote returns the direct quote whose content holds span, if any.
func enclosingQuote(qs []Quote, span Span) *Quote {
	for i := range qs {
		if qs[i].Kind == QuoteDirect && qs[i].Span.Contains(span) {
			return &qs[i]
		}
	}
	return nil
}

// quoteHolding returns the quote, direct or partial, whose span contains
// span, or nil.
func quoteHolding(qs []Quote, span Span) *Quote {
	for i := range qs {
		if qs[i].Span.Contains(span) {
			return &qs[i]
		}
	}
	return nil
}

// convertQuotes scans the role-bearing paragraphs for quotes and maps them
// to the original file.
func convertQuotes(doc *Document, paras []quotes.Paragraph, paraBlock []int, opt Options) []Quote {
	qs, _ := quotes.Scan(paras)
	out := make([]Quote, 0, len(qs))
	for _, q := range qs {
		ob := &doc.Blocks[paraBlock[q.Open.Para]]
		cb := &doc.Blocks[paraBlock[q.Close.Para]]
		start := ob.SrcSpan(q.Open.Off, q.Open.Off).Start
		end := cb.SrcSpan(q.Close.Off, q.Close.Off).End
		if q.Close.Off > 0 {
			end = cb.SrcSpan(q.Close.Off-1, q.Close.Off).End
		}
		cq := Quote{Text: q.Text, Span: Span{start, max(start, end)}, Kind: QuoteKind(q.Kind), Cue: q.Cue,
			Attribution: AttributionKind(q.Attribution), Antecedent: q.Antecedent}
		if q.Speaker != nil {
			sb := &doc.Blocks[paraBlock[q.Speaker.Para]]
			cq.Speaker = &Speaker{Text: q.Speaker.Text, Span: sb.SrcSpan(q.Speaker.Start, q.Speaker.End)}
			if cq.Attribution != AttrPronoun {
				cq.Attribution = opt.classify(q.Speaker.Text)
				if cq.Attribution.Unidentified() && attrib.NamedBefore(paras[q.Speaker.Para].Text[:q.Speaker.Start]) {
					cq.Attribution = AttrNamed // "Kevin Rennie, a former state lawmaker,"
				}
			}
		}
		cq.Sentence = sentenceAt(doc, paraBlock[q.Open.Para], q.Open.Off)
		out = append(out, cq)
	}
	return out
}

func sentenceAt(doc *Document, block, off int) int {
	for i, s := range doc.Sentences {
		if s.Block == block && off >= s.Start && off < max(s.End, s.Start+1) {
			return i
		}
	}
	for i, s := range doc.Sentences {
		if s.Block == block {
			return i
		}
	}
	return 0
}

// AnalyzeAll analyzes docs concurrently on all available cores. The result
// is the same as analyzing them one by one, in any order. A panic while
// analyzing a document is raised again in the caller's goroutine (as a
// *crash.Panic) once every worker has stopped.
func AnalyzeAll(docs []*Document, opt Options) {
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	next := make(chan *Document)
	var wg sync.WaitGroup
	var c crash.Catcher // a panic in a worker is raised again here, after all finish
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range next {
				c.Do(func() {
					Analyze(d, opt)
					if opt.Done != nil {
						opt.Done()
					}
				})
			}
		}()
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
	c.Repanic()
}
