package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// bulletPrefixes start a list item in plain text (after leading spaces).
var bulletPrefixes = []string{"• ", "· ", "- ", "* ", "– ", "— ", "▪ ", "◦ ", "‣ "}

// parseText reads plain text: every non-blank line is a block, except that a
// hard-wrapped paragraph (a long line that does not end a sentence, followed
// by a line that is not a bullet) is joined with the next line. Block text is
// the source bytes with line breaks turned into spaces, so it maps to the
// source one byte for one byte.
func parseText(doc *claims.Document) {
	src := string(doc.File.Src)
	type line struct{ start, end int } // trimmed content
	var lines []line
	for off := 0; off < len(src); {
		nl := strings.IndexByte(src[off:], '\n')
		end := len(src)
		next := len(src)
		if nl >= 0 {
			end, next = off+nl, off+nl+1
		}
		s, e := trimSpan(src, off, end)
		lines = append(lines, line{s, e})
		off = next
	}
	blank := func(i int) bool { return i < 0 || i >= len(lines) || lines[i].start == lines[i].end }
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.start == l.end {
			continue
		}
		first := i
		kind := claims.KindParagraph
		start := l.start
		if p := bulletPrefix(src[l.start:l.end]); p > 0 {
			kind = claims.KindListItem
			start = l.start + p
			start, _ = trimSpan(src, start, l.end)
		}
		end := l.end
		for kind == claims.KindParagraph && i+1 < len(lines) && wraps(src[l.start:l.end]) {
			n := lines[i+1]
			if n.start == n.end || bulletPrefix(src[n.start:n.end]) > 0 {
				break
			}
			i++
			l = n
			end = n.end
		}
		if start >= end {
			continue
		}
		text := flatten(src[start:end])
		if kind == claims.KindParagraph && i == first && blank(i-1) && blank(i+1) && titleLine(text) {
			switch len(doc.Blocks) {
			case 0:
				kind = claims.KindHeadline
			case 1:
				if doc.Blocks[0].Kind == claims.KindHeadline {
					kind = claims.KindDek
				}
			}
		}
		doc.Blocks = append(doc.Blocks, claims.Block{
			Kind:   kind,
			Text:   text,
			Pieces: []claims.Piece{{TextOff: 0, Len: len(text), SrcOff: start, SrcLen: end - start}},
			Span:   claims.Span{Start: start, End: end},
		})
	}
}

// titleLine reports whether a line standing alone between blank lines reads
// as a plain-text headline or dek: at most 25 words, no final punctuation
// (a headline states, it does not end a sentence), and not page furniture —
// a byline, a bare name, a date, a dateline in capitals or a chrome line.
// The first such line of a file is its headline and a second one right
// after it its dek.
func titleLine(line string) bool {
	t := strings.TrimSpace(line)
	if n := wordCount(t); n == 0 || n > 25 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?,;:…", r) || unicode.IsDigit(r) && dateOnly.MatchString(t) {
		return false
	}
	return !bylineLine.MatchString(t) && !looksLikeName(t) && !dateOnly.MatchString(t) && !isChrome(t) && strings.ToUpper(t) != t
}

// wraps reports whether a line looks hard-wrapped: long, and not ending a
// sentence.
func wraps(line string) bool {
	if utf8.RuneCountInString(line) < 60 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?:\"”’')]…", r)
}

// flatten replaces line breaks and tabs with spaces, keeping byte lengths.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

func bulletPrefix(line string) int {
	for _, p := range bulletPrefixes {
		if strings.HasPrefix(line, p) {
			return len(p)
		}
	}
	// "1. " or "1) " numbered items
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return i + 2
	}
	return 0
}

func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, w := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return start, end
}
