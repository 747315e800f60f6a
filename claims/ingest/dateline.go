package ingest

import (
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// datelinePrefix matches a wire-style dateline opening a paragraph: a place
// in capitals, optionally a region and an agency in brackets, then a dash
// ("ISLAMABAD (Reuters) — ", "KABUL, Afghanistan (AP) -- ").
var datelinePrefix = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, [\p{Lu}][\p{L} .]{1,30})?(?: \([\p{L} .&]{2,30}\))? ?(?:—|–|--|-) ?`)

// dateOnly matches a line that is only a date, perhaps with a time: the
// dateline of a scraped page ("November 21, 2026", "Nov. 21, 2026 10:30 AM").
// One ^ leads both forms, so a paragraph is rejected at its first bytes
// instead of being scanned whole.
var dateOnly = regexp.MustCompile(`(?i)^(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?|\d{4}-\d{2}-\d{2})$`)

// splitDatelines marks date-only lines as datelines and cuts a wire dateline
// off the paragraph it opens, into a block of its own, so it never becomes
// part of a claim.
func splitDatelines(bs []claims.Block) []claims.Block {
	out := make([]claims.Block, 0, len(bs))
	for _, b := range bs {
		if b.Kind != claims.KindParagraph {
			out = append(out, b)
			continue
		}
		if dateOnly.MatchString(strings.TrimSpace(b.Text)) {
			b.Kind = claims.KindDateline
			out = append(out, b)
			continue
		}
		m := datelinePrefix.FindStringIndex(b.Text)
		if m == nil || m[1] >= len(b.Text) || !strings.ContainsAny(b.Text[:m[1]], "—–-") || upperWords(b.Text[:m[1]]) == 0 {
			out = append(out, b)
			continue
		}
		d := sliceBlock(b, 0, m[1])
		d.Kind = claims.KindDateline
		out = append(out, d, sliceBlock(b, m[1], len(b.Text)))
	}
	return out
}

// upperWords counts the words of s written wholly in capitals with at least
// two letters: a dateline's place name has one ("KABUL"), a sentence that
// merely opens with a capital and a dash does not.
func upperWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		letters := 0
		upper := true
		for _, r := range w {
			switch {
			case r >= 'a' && r <= 'z':
				upper = false
			case r >= 'A' && r <= 'Z':
				letters++
			}
		}
		if upper && letters >= 2 {
			n++
		}
	}
	return n
}

// sliceBlock returns the part [start, end) of b's text as a block of the
// same kind, with its pieces cut to match. Invariant: the result's pieces
// still map every byte of its text to the original file.
func sliceBlock(b claims.Block, start, end int) claims.Block {
	out := claims.Block{Kind: b.Kind, Role: b.Role, Text: b.Text[start:end]}
	for _, p := range b.Pieces {
		ps, pe := p.TextOff, p.TextOff+p.Len
		if pe <= start || ps >= end {
			continue
		}
		q := p
		if p.Len == p.SrcLen { // verbatim: cut exactly
			cs, ce := max(ps, start), min(pe, end)
			q = claims.Piece{TextOff: cs - start, Len: ce - cs, SrcOff: p.SrcOff + cs - ps, SrcLen: ce - cs}
		} else { // a decoded entity is kept whole
			q.TextOff = max(ps, start) - start
		}
		out.Pieces = append(out.Pieces, q)
	}
	out.Span = b.SrcSpan(start, end)
	return out
}
