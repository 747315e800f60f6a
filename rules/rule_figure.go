package rules

import (
	"regexp"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

var figureUnsourced = &Rule{
	ID:      "figure-unsourced",
	Summary: "A statistic has no source in its sentence or paragraph",
	Doc: `Counts, sums of money and percentages need a source the reader can
check. This rule reports a number with a unit (not a bare number, and never a
year, nor a year read as a count: "2017 levels") whose claim carries no
attribution and whose paragraph attributes nothing either (a poll or data
that "showed" or "found", someone "citing" or "mentioning" a figure, count as
attributing). The size of the
policy being reported is the news, not a statistic: a figure that sizes a
tariff, tax, duty, fee, cap, cut, spending measure or the like ("a 25 percent
tariff", "a tariff of 10 percent", "raise the cap to $106,800", "$60 billion
in infrastructure spending") is not reported, nor are the terms of a legal
action ("charged with funneling more than $10,000", "ordered to pay $88,000",
"pleaded guilty to ... buying a $43,000 watch") or an election's result ("56
percent of the vote", "won by 36 percentage points", "won in 2012 with 58
percent", "a 242-190 seat advantage"): they are on the public record. A
figure "based on a study" (or data, a poll, an analysis) has its origin. Documents that showed something source the paragraph after them
that lists it. The figure is
shown once, as written. A figure inside an attributed quote counts as sourced (if the
attribution is vague, attribution-vague reports that). Small counts ("three
border crossings") are not statistics: plain counts below min-value are
ignored; money and percentages always count. An order of magnitude in words
("millions of unemployed Americans", "hundreds of thousands of people",
"millions of dollars") was measured by no one and is not a statistic.`,
	Bad:     `Nearly 300,000 Afghans have left Pakistan in recent weeks.`,
	Good:    `Nearly 300,000 Afghans have left Pakistan in recent weeks, according to the UN refugee agency.`,
	Default: Warning,
	Options: []Option{
		{Name: "min-value", Kind: KindFloat, Default: 100.0, Doc: "smallest plain count treated as a statistic"},
	},
	Run: func(p *Pass) {
		minValue := p.Float("min-value")
		for _, d := range p.Targets() {
			sourced, shows := sourcedBlocks(d)
			seen := map[claims.Span]bool{}
			for i := range d.Claims {
				c := &d.Claims[i]
				if attributed(c.Attribution.Kind) {
					continue
				}
				if b := blockOf(d, c); b >= 0 && (sourced[b] || b > 0 && shows[b-1] && d.Blocks[b-1].Role == claims.RoleBody) {
					continue // (a paragraph that lists what the documents before it showed)
				}
				for _, n := range c.Numbers {
					if !isStatistic(n, minValue) || yearLike(n) || (d.File != nil && (policyParameter(d.File.Src, n.Span) || caseParameter(d, n.Span) || electionResult(d, n.Span))) {
						continue
					}
					span := n.Span
					if span == (claims.Span{}) {
						span = c.Span
					}
					if q := insideQuote(d, span); q != nil && attributed(q.Attribution) {
						continue
					}
					if seen[span] {
						continue
					}
					seen[span] = true
					p.Reportf(d, span, c.Text+"\x00"+n.Text, "figure %q has no source in its sentence or paragraph; say where it comes from", excerpt(figureText(n), 60))
				}
			}
		}
	},
}

// sourcedBlocks returns the blocks of doc that attribute something (a
// claim or a quote with any attribution, or words that give figures an
// origin) and, of those, the ones with such words (see evidenced).
func sourcedBlocks(doc *claims.Document) (sourced, shows map[int]bool) {
	out, shows := map[int]bool{}, map[int]bool{}
	for i := range doc.Blocks {
		if evidenced(doc.Blocks[i].Text) {
			out[i], shows[i] = true, true
		}
	}
	for i := range doc.Claims {
		if c := &doc.Claims[i]; attributed(c.Attribution.Kind) {
			if b := blockOf(doc, c); b >= 0 {
				out[b] = true
			}
		}
	}
	for i := range doc.Quotes {
		if q := &doc.Quotes[i]; attributed(q.Attribution) {
			if b := quoteBlock(doc, q); b >= 0 {
				out[b] = true
			}
		}
	}
	return out, shows
}

// figureText is the number as written with its unit when the unit is not
// already part of the text: "25 percent" stays "25 percent", never
// "25 percent %".
func figureText(n claims.Number) string {
	if strings.ContainsAny(n.Text, "%$€£¥₹") {
		return n.Text // the sign is the unit
	}
	if n.Unit == "%" {
		return n.Text // written as a word: "percent", "per cent", "pc"
	}
	if n.Unit != "" && !strings.Contains(strings.ToLower(n.Text), strings.ToLower(n.Unit)) {
		return n.Text + " " + n.Unit
	}
	return n.Text
}

// yearLike reports whether n is a year the number reader took for a count:
// "2017 levels", "1990 figures" (a whole number from 1900 to 2100 written
// without separators, with a unit that names a time's state).
func yearLike(n claims.Number) bool {
	if n.Value != float64(int(n.Value)) || n.Value < 1900 || n.Value > 2100 || strings.ContainsAny(n.Text, ",.$%") {
		return false
	}
	switch strings.ToLower(n.Unit) {
	case "level", "levels", "figures", "figure", "prices", "rates", "standards", "standard", "law", "election", "elections", "season", "census":
		return true
	}
	return false
}

// policyWords name the instruments whose size is a parameter of the policy
// being reported, not a measurement someone made: "a 25 percent tariff",
// "tariffs of 25 percent", "a $4 billion cut".
// measureWords name what a spending measure spends; "$X in W" sizes it.
var measureWords = map[string]bool{"spending": true, "funding": true, "aid": true, "loans": true, "grants": true}

var policyWords = map[string]bool{
	"tariff": true, "tariffs": true, "tax": true, "taxes": true, "duty": true, "duties": true, "levy": true,
	"levies": true, "surcharge": true, "surcharges": true, "fee": true, "fees": true, "fine": true, "fines": true,
	"penalty": true, "penalties": true, "toll": true, "tolls": true, "cap": true, "ceiling": true, "threshold": true,
	"limit": true, "subsidy": true, "subsidies": true, "credit": true, "credits": true, "deduction": true,
	"exemption": true, "cut": true, "cuts": true, "hike": true, "hikes": true, "raise": true, "quota": true,
	"quotas": true, "wage": true, "bond": true, "bail": true, "stimulus": true, "package": true,
}

// policyParameter reports whether the figure at span of src sizes a policy
// instrument: a policy word right after it ("25 percent tariff"), one right
// before it with "of" or "at" ("a tariff of 25 percent"), or a setting verb
// and its instrument before "to" or "by" ("raise the cap to $106,800").
// "Fees rose by 40%" is a measurement and stays a statistic.
func policyParameter(src []byte, span claims.Span) bool {
	if span.End > len(src) || span.Start < 0 || span.Start >= span.End {
		return false
	}
	after := strings.Fields(strings.ToLower(strings.Map(wordRune, string(src[span.End:min(len(src), span.End+40)]))))
	if len(after) > 0 && policyWords[after[0]] || len(after) > 1 && (after[0] == "import" || after[0] == "income" || after[0] == "payroll" || after[0] == "sales") && policyWords[after[1]] {
		return true
	}
	if len(after) > 1 && after[0] == "in" {
		// "$60 billion in infrastructure spending", "$1 trillion in spending
		// cuts": the measure's size
		for _, w := range after[1:min(len(after), 4)] {
			if policyWords[w] || measureWords[w] {
				return true
			}
		}
	}
	before := strings.Fields(strings.ToLower(strings.Map(wordRune, string(src[max(0, span.Start-60):span.Start]))))
	if len(before) == 0 {
		return false
	}
	n := len(before)
	switch before[n-1] {
	case "of", "at":
		// "a tariff of 25 percent", "duties at 10 percent"
		return n >= 2 && policyWords[before[n-2]]
	case "to", "by":
		// "raise the cap to $106,800": a setting verb, then the instrument
		for i := n - 2; i >= 0 && i >= n-6; i-- {
			if settingVerbs[before[i]] {
				for _, w := range before[i+1 : n-1] {
					if policyWords[w] {
						return true
					}
				}
				return false
			}
		}
	}
	return false
}

// caseWords name a legal action whose figures are its terms: the amount a
// charge, plea, order or settlement names ("was charged with funneling more
// than $10,000", "pleaded guilty to spending $750,000", "ordered to pay
// $88,000", "court papers released by prosecutors ... how he used the
// $750,000") is on the court's record, the news itself, not a statistic.
var caseWords = regexp.MustCompile(`(?i)\b(?:charged|charges?|pleaded|pleads|plea|indicted|indictment|accused|convicted|sentenced|fined|ordered|sued|lawsuit|settlement|settled|prosecutors?)\b`)

// caseParameter reports whether a legal action's word (see caseWords)
// stands before the figure at span in its sentence (within 400 bytes):
// "pleaded guilty ... to using campaign funds to purchase ... a $43,000
// Rolex watch".
func caseParameter(d *claims.Document, span claims.Span) bool {
	if span.Start <= 0 || span.Start > len(d.File.Src) {
		return false
	}
	return caseWords.MatchString(sentenceBefore(d, span, 400))
}

// electionResult reports whether the figure at span is an election's
// result, on the public record: a share "of the vote" or one a winner
// won "with" ("won the general election in 2012 with 58 percent"), a
// margin "won ... by", "carried ... by" or "percentage points" after
// winning, or a seat split ("a 242-190 seat advantage").
func electionResult(d *claims.Document, span claims.Span) bool {
	src := d.File.Src
	if span.Start <= 0 || span.End > len(src) || span.Start >= span.End {
		return false
	}
	after := strings.ToLower(string(src[span.End:min(len(src), span.End+30)]))
	if strings.HasPrefix(strings.TrimLeft(after, " "), "of the vote") || strings.HasPrefix(after, "-") && len(after) > 1 && after[1] >= '0' && after[1] <= '9' {
		return true
	}
	before := strings.ToLower(sentenceBefore(d, span, 60))
	if n := len(before); n > 0 && before[n-1] == '-' {
		return true // the second figure of "242-190"
	}
	end := strings.TrimRight(before, " ")
	if strings.HasSuffix(end, " with") && percentOf(src, span) {
		return electionMargin.MatchString(strings.ToLower(sentenceBefore(d, span, 200)))
	}
	return electionMargin.MatchString(before) && strings.HasSuffix(end, " by")
}

// percentOf reports whether the figure at span is a percentage.
func percentOf(src []byte, span claims.Span) bool {
	f := strings.ToLower(string(src[span.Start:span.End]))
	return strings.Contains(f, "%") || strings.Contains(f, "percent")
}

// sentenceBefore returns the text of d's source in the width bytes before
// span, from the start of span's sentence at most (as the segmenter found
// it, so "Mr." ends none; by the last ".", "!", "?" or line break when
// span lies in no sentence).
func sentenceBefore(d *claims.Document, span claims.Span, width int) string {
	src := d.File.Src
	start := max(0, span.Start-width)
	ss := d.Sentences
	if i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > span.Start }); i < len(ss) && ss[i].Span.Start <= span.Start {
		return string(src[max(start, ss[i].Span.Start):span.Start])
	}
	before := string(src[start:span.Start])
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return before
}

// electionMargin finds a verb of winning before a margin.
var electionMargin = regexp.MustCompile(`\b(?:won|wins|win|carried|carries|lost|beat|defeated|leads|led)\b`)

// settingVerbs set the size of a policy instrument ("raise the cap to",
// "cut the tax by"); "fees rose by 40%" measures, it does not set.
var settingVerbs = map[string]bool{
	"raise": true, "raises": true, "raised": true, "raising": true, "lower": true, "lowers": true,
	"lowered": true, "lowering": true, "set": true, "sets": true, "setting": true, "cut": true, "cuts": true,
	"cutting": true, "lift": true, "lifts": true, "lifted": true, "lifting": true, "double": true,
	"doubled": true, "doubling": true, "impose": true, "imposed": true, "imposes": true, "imposing": true,
	"reduce": true, "reduced": true, "reduces": true, "reducing": true, "hike": true, "hiked": true,
}

// wordRune keeps letters, digits and spaces and turns other marks into spaces.
func wordRune(r rune) rune {
	if r == '-' || r == '\n' || r == ',' || r == '.' || r == ';' || r == ':' {
		return ' '
	}
	return r
}

// currencyWords are units that make a number a sum of money.
var currencyWords = []string{
	"dollar", "euro", "pound", "sterling", "rupee", "afghani", "yuan", "renminbi", "yen",
	"franc", "rouble", "ruble", "lira", "dinar", "dirham", "riyal", "rial", "peso", "real",
	"rand", "naira", "shilling", "won", "taka", "usd", "eur", "gbp", "pkr", "inr",
}

// vagueMagnitude reports whether a figure's text (lower case) gives only
// an order of magnitude, in words without a digit or a number word before
// them: "millions of unemployed Americans", "hundreds of thousands of
// people", "millions of dollars". No one measured such a figure, so there
// is no origin to ask for; "two million people" and "$3 million" are
// counts and stay statistics.
func vagueMagnitude(text string) bool {
	if strings.ContainsAny(text, "0123456789") {
		return false
	}
	f := strings.Fields(text)
	for len(f) > 0 && approxWords[f[0]] {
		f = f[1:]
	}
	return len(f) > 1 && pluralMagnitudes[f[0]] && f[1] == "of"
}

// pluralMagnitudes are the plural number words that open a vague
// magnitude ("tens of thousands").
var pluralMagnitudes = map[string]bool{
	"dozens": true, "scores": true, "tens": true, "hundreds": true, "thousands": true,
	"millions": true, "billions": true, "trillions": true,
}

// approxWords may come before a vague magnitude ("many millions of",
// "several hundreds of").
var approxWords = map[string]bool{"many": true, "several": true, "some": true, "literally": true}

// isStatistic reports whether n is a count, a sum of money or a percentage
// worth sourcing: it has a unit (or a currency or percent sign) and, for a
// plain count, a value of at least minValue.
func isStatistic(n claims.Number, minValue float64) bool {
	unit := strings.ToLower(n.Unit)
	text := strings.ToLower(n.Text)
	if vagueMagnitude(text) {
		return false
	}
	if strings.ContainsAny(text, "%$€£¥₹") || strings.Contains(unit, "%") ||
		strings.HasPrefix(unit, "percent") || strings.HasPrefix(unit, "per cent") || strings.HasPrefix(unit, "percentage") {
		return true
	}
	if unit == "" {
		return false
	}
	for _, w := range strings.Fields(unit) {
		for _, c := range currencyWords {
			if w == c || w == c+"s" {
				return true
			}
		}
	}
	return n.Value >= minValue
}
