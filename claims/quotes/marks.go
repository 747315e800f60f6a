package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// part is the piece of a quote inside one paragraph: the opening mark at
// open (or the reopening mark of a continued paragraph), the content
// [cstart, cend), and close just past the closing mark (or the trimmed end
// of the paragraph when the quote goes on or was never closed).
type part struct {
	para, open, cstart, cend, close int
}

// rawQuote is an outermost quotation before classification.
type rawQuote struct {
	parts  []part
	closed bool
}

// mark is an opening quotation mark on the pairing stack.
type mark struct {
	para   int
	off    int
	ch     rune
	double bool
}

// scanner pairs quotation marks across paragraphs.
type scanner struct {
	paras []Paragraph
	out   []rawQuote
	warns []Warning
	stack []mark
	cur   *rawQuote // the outermost quote being read, nil when none
	para  int
}

// elisions are words that follow an apostrophe at the start of a word
// ('em, 'til, rock 'n' roll) and mark it as not a quotation mark.
var elisions = map[string]bool{
	"n": true, "em": true, "til": true, "tis": true, "twas": true, "cause": true, "bout": true,
	"round": true, "cept": true, "im": true, "er": true, "ol": true, "nuff": true, "ya": true,
	"s": true, "t": true, "d": true, "ll": true, "re": true, "ve": true, "m": true, "un": true,
}

// pairMarks finds the outermost quotations of paras.
func pairMarks(paras []Paragraph) ([]rawQuote, []Warning) {
	s := &scanner{paras: paras}
	for p := range paras {
		s.para = p
		s.scanPara()
	}
	return s.out, s.warns
}

func (s *scanner) warn(off int, msg string) {
	s.warns = append(s.warns, Warning{Pos: Pos{s.para, off}, Message: msg})
}

// warnMark warns at an opening mark, which may lie in an earlier paragraph.
func (s *scanner) warnMark(m mark, msg string) {
	s.warns = append(s.warns, Warning{Pos: Pos{m.para, m.off}, Message: msg})
}

func (s *scanner) scanPara() {
	text := s.paras[s.para].Text
	i := 0
	if s.cur != nil { // a quote continued from the previous paragraph
		i = skipSpace(text, 0)
		_, w := utf8.DecodeRuneInString(text[i:])
		if strings.HasPrefix(text[i:], "''") {
			w = 2
		}
		s.cur.parts = append(s.cur.parts, part{para: s.para, open: i, cstart: i + w})
		i += w
	}
	for i < len(text) {
		c := text[i]
		if c != '"' && c != '\'' && c < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isQuoteRune(r) {
			i += w
			continue
		}
		if r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			r, w = '"', 2 // two apostrophes stand for a double mark ('' in NYT copy)
		}
		if r == '"' && i > 0 && text[i-1] == '=' {
			// a markup attribute value (pic="" id="1"): skip to its end
			if j := strings.IndexByte(text[i+1:], '"'); j >= 0 {
				i += j + 2
				continue
			}
		}
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 {
			p = ' '
		}
		n, _ := utf8.DecodeRuneInString(text[i+w:])
		if i+w >= len(text) {
			n = ' '
		}
		lf := !unicode.IsSpace(n) && (unicode.IsSpace(p) || isOpenPunct(p) || isQuoteRune(p))
		rf := !unicode.IsSpace(p) && (unicode.IsSpace(n) || isClosePunct(n) || isQuoteRune(n))
		s.mark(text, i, w, r, lf, rf)
		i += w
	}
	s.endPara(text)
}

// mark handles one quotation mark at text[i:i+w] with its flanking.
func (s *scanner) mark(text string, i, w int, r rune, lf, rf bool) {
	d := s.innermostDouble()
	switch r {
	case '"':
		if k := s.innermostStraight(); k >= 0 {
			s.closeAt(k, i, w)
		} else if d >= 0 && rf && !lf {
			s.warn(i, "straight closing mark after a curly opening mark")
			s.closeAt(d, i, w)
		} else if d < 0 && rf && !lf {
			s.warn(i, "closing quotation mark without an opening mark")
		} else {
			s.openDouble(text, i, w, r)
		}
	case '“', '‟':
		if d >= 0 && s.stack[d].ch == '„' {
			s.closeAt(d, i, w)
		} else if d >= 0 && rf && !lf {
			s.warn(i, "opening quotation mark used to close")
			s.closeAt(d, i, w)
		} else {
			s.openDouble(text, i, w, r)
		}
	case '„':
		s.openDouble(text, i, w, r)
	case '”':
		if d >= 0 {
			if o := s.stack[d].ch; o != '“' && o != '„' && o != '‟' && o != '”' {
				s.warn(i, "mismatched quotation marks: "+string(o)+" closed by ”")
			}
			s.closeAt(d, i, w)
		} else if lf && !rf {
			s.openDouble(text, i, w, r)
		} else {
			s.warn(i, "closing quotation mark without an opening mark")
		}
	case '«':
		if d >= 0 && s.stack[d].ch == '»' {
			s.closeAt(d, i, w)
		} else {
			s.openDouble(text, i, w, r)
		}
	case '»':
		if d >= 0 {
			if o := s.stack[d].ch; o != '«' {
				s.warn(i, "mismatched quotation marks: "+string(o)+" closed by »")
			}
			s.closeAt(d, i, w)
		} else if lf && !rf {
			s.openDouble(text, i, w, r)
		} else {
			s.warn(i, "closing quotation mark without an opening mark")
		}
	case '‘', '‚', '‹':
		if s.topSingle() && rf && !lf {
			s.closeAt(len(s.stack)-1, i, w)
		} else if lf && !elided(text[i+w:]) {
			s.push(i, w, r, false)
		}
	case '’', '›':
		if s.topSingle() && rf {
			s.closeAt(len(s.stack)-1, i, w)
		}
	case '\'':
		if s.topSingle() && rf {
			s.closeAt(len(s.stack)-1, i, w)
		} else if lf && !elided(text[i+w:]) {
			s.push(i, w, r, false)
		}
	}
}

// openDouble pushes a double opening mark. An opening mark right after the
// end of a sentence inside an open quote of the same style means the quote
// before it lost its closing mark: it is closed there with a warning.
func (s *scanner) openDouble(text string, i, w int, r rune) {
	if len(s.stack) == 1 && s.stack[0].double && s.stack[0].ch == r {
		before := strings.TrimRight(text[:i], " \t\n")
		cur := s.cur.parts[len(s.cur.parts)-1]
		if before != "" && strings.ContainsAny(before[len(before)-1:], ".!?") && cur.para == s.para && cur.cstart < len(before) {
			s.warnMark(s.stack[0], "quotation not closed before the next quotation")
			end := len(before)
			if c := trailingFrameComma(text[cur.cstart:end]); c > 0 {
				end = cur.cstart + c // `"We have such a broad membership, Mr. Rother said. "I'm sure`: the frame is outside
			}
			s.finish(end, end, false)
		}
	}
	s.push(i, w, r, true)
}

// trailingFrameComma returns the offset of the comma before a speech frame
// that ends content, the words a lost closing mark should have shut out
// (", Mr. Rother said.", ", said Mr. Rother."), or -1: two to six words
// after the comma, the first a capitalised word, a pronoun or "said", and
// a cue word first or last.
func trailingFrameComma(content string) int {
	c := strings.LastIndex(content, ",")
	if c <= 0 {
		return -1
	}
	ws := strings.Fields(strings.TrimRight(content[c+1:], ".!? \t"))
	if len(ws) < 2 || len(ws) > 6 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) && !isPronounWord(ws[0]) && ws[0] != "said" {
		return -1
	}
	if !cueWords[strings.ToLower(ws[0])] && !cueWords[strings.ToLower(ws[len(ws)-1])] {
		return -1
	}
	return c
}

func (s *scanner) push(i, w int, r rune, double bool) {
	if len(s.stack) == 0 {
		s.cur = &rawQuote{parts: []part{{para: s.para, open: i, cstart: i + w}}}
	}
	s.stack = append(s.stack, mark{para: s.para, off: i, ch: r, double: double})
}

// closeAt closes the mark at stack index k with the mark at text[i:i+w].
// Marks above k are dropped: single ones silently (they were apostrophes),
// double ones with a warning.
func (s *scanner) closeAt(k, i, w int) {
	for j := len(s.stack) - 1; j > k; j-- {
		if s.stack[j].double {
			s.warnMark(s.stack[j], "inner quotation mark not closed")
		}
	}
	s.stack = s.stack[:k]
	if k == 0 {
		s.finish(i, i+w, true)
	}
}

// finish ends the current outermost quote in this paragraph.
func (s *scanner) finish(cend, close int, closed bool) {
	if s.cur == nil {
		return
	}
	last := &s.cur.parts[len(s.cur.parts)-1]
	last.cend, last.close = max(cend, last.cstart), max(close, last.cstart)
	s.cur.closed = closed
	s.out = append(s.out, *s.cur)
	s.cur = nil
	s.stack = s.stack[:0]
}

// endPara handles marks left open at the end of a paragraph: single quotes
// are dropped; an open double quote continues when the next paragraph opens
// with a quotation mark (and ends here, silently, when that paragraph is a
// new transcript turn), and is otherwise closed here with a warning.
func (s *scanner) endPara(text string) {
	if s.cur == nil {
		s.stack = s.stack[:0]
		return
	}
	if !s.stack[0].double {
		s.cur, s.stack = nil, s.stack[:0]
		return
	}
	for j := len(s.stack) - 1; j > 0; j-- {
		if s.stack[j].double {
			s.warnMark(s.stack[j], "inner quotation mark not closed")
		}
	}
	s.stack = s.stack[:1]
	end := len(strings.TrimRight(text, " \t\n\r"))
	if s.para+1 < len(s.paras) && quotedLabel(s.paras[s.para+1].Text) {
		// The next paragraph is a new turn of a quoted transcript
		// ("WALLACE: ..."), which by convention leaves each turn open.
		s.finish(end, end, true)
		return
	}
	if s.para+1 < len(s.paras) && opensWithQuote(s.paras[s.para+1].Text) {
		last := &s.cur.parts[len(s.cur.parts)-1]
		last.cend, last.close = max(end, last.cstart), max(end, last.cstart)
		return
	}
	s.warnMark(s.stack[0], "quotation mark not closed")
	s.finish(end, end, false)
}

func (s *scanner) innermostDouble() int {
	for j := len(s.stack) - 1; j >= 0; j-- {
		if s.stack[j].double {
			return j
		}
	}
	return -1
}

func (s *scanner) innermostStraight() int {
	for j := len(s.stack) - 1; j >= 0; j-- {
		if s.stack[j].ch == '"' {
			return j
		}
	}
	return -1
}

func (s *scanner) topSingle() bool { return len(s.stack) > 0 && !s.stack[len(s.stack)-1].double }

// opensWithQuote reports whether text starts (after spaces) with a double
// opening mark: the reopening mark of a continued quotation.
func opensWithQuote(text string) bool {
	rest := text[skipSpace(text, 0):]
	if strings.HasPrefix(rest, "''") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch r {
	case '"', '“', '„', '«', '»', '‟':
		return true
	}
	return false
}

// elided reports whether the text after an apostrophe-like mark makes it an
// elision: a digit ('90s) or a clipped word ('em, 'til, 'n').
func elided(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsDigit(r) {
		return true
	}
	j := 0
	for j < len(rest) {
		r2, w := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsLetter(r2) {
			break
		}
		j += w
	}
	return j > 0 && elisions[rest[:j]]
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '…':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return false
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}
