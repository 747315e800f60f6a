package rules

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

var figureUnsourced = &Rule{
	ID:      "figure-unsourced",
	Summary: "A statistic has no source in its sentence or paragraph",
	Doc: `Counts, sums of money and percentages need a source the reader can
check. This rule reports a number with a unit (not a bare number, and never a
year) whose claim carries no attribution and whose paragraph attributes
nothing either. A figure inside an attributed quote counts as sourced (if the
attribution is vague, attribution-vague reports that). Small counts ("three
border crossings") are not statistics: plain counts below min-value are
ignored; money and percentages always count.`,
	Bad:     `Nearly 300,000 Afghans have left Pakistan in recent weeks.`,
	Good:    `Nearly 300,000 Afghans have left Pakistan in recent weeks, according to the UN refugee agency.`,
	Default: Warning,
	Options: []Option{
		{Name: "min-value", Kind: KindFloat, Default: 100.0, Doc: "smallest plain count treated as a statistic"},
	},
	Run: func(p *Pass) {
		minValue := p.Float("min-value")
		for _, d := range p.Targets() {
			sourced := sourcedBlocks(d)
			seen := map[claims.Span]bool{}
			for i := range d.Claims {
				c := &d.Claims[i]
				if attributed(c.Attribution.Kind) {
					continue
				}
				if b := blockOf(d, c); b >= 0 && sourced[b] {
					continue
				}
				for _, n := range c.Numbers {
					if !isStatistic(n, minValue) {
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

// sourcedBlocks returns the blocks of doc that attribute something: a claim
// or a quote with any attribution.
func sourcedBlocks(doc *claims.Document) map[int]bool {
	out := map[int]bool{}
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
	return out
}

// figureText is the number as written with its unit when the unit is not
// already part of the text.
func figureText(n claims.Number) string {
	if strings.ContainsAny(n.Text, "%$€£¥₹") {
		return n.Text // the sign is the unit
	}
	if n.Unit != "" && !strings.Contains(strings.ToLower(n.Text), strings.ToLower(n.Unit)) {
		return n.Text + " " + n.Unit
	}
	return n.Text
}

// currencyWords are units that make a number a sum of money.
var currencyWords = []string{
	"dollar", "euro", "pound", "sterling", "rupee", "afghani", "yuan", "renminbi", "yen",
	"franc", "rouble", "ruble", "lira", "dinar", "dirham", "riyal", "rial", "peso", "real",
	"rand", "naira", "shilling", "won", "taka", "usd", "eur", "gbp", "pkr", "inr",
}

// isStatistic reports whether n is a count, a sum of money or a percentage
// worth sourcing: it has a unit (or a currency or percent sign) and, for a
// plain count, a value of at least minValue.
func isStatistic(n claims.Number, minValue float64) bool {
	unit := strings.ToLower(n.Unit)
	text := strings.ToLower(n.Text)
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
