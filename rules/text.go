package rules

import (
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/clipperhouse/uax29/v2/words"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/worddiff"
)

// foldPunct maps typographic quotes, apostrophes and dashes to ASCII and
// non-breaking spaces to spaces.
var foldPunct = strings.NewReplacer(
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u2032", "'",
	"\u2013", "-", "\u2014", "-", "\u2212", "-",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ",
	"\u2026", "...",
)

// normQuote normalises quoted text for verbatim comparison: typographic
// punctuation folded to ASCII, lowercased, white space collapsed, and
// punctuation at either end trimmed (a quote may end in a comma in one
// source and a period in another).
func normQuote(s string) string {
	s = normSpace(strings.ToLower(foldPunct.Replace(s)))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// fragments splits a normalised quote at ellipses ("...", "[...]"), which
// mark omissions; each fragment must appear in the source, in order.
func fragments(norm string) []string {
	norm = strings.ReplaceAll(norm, "[...]", "...")
	var out []string
	for _, f := range strings.Split(norm, "...") {
		f = strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// bareWords returns a normalised quote's words alone, one space apart:
// punctuation is where two sources transcribing one speech differ without
// changing a word ("if you help me win this race, you may" / "race you
// may"), so quotes of different sources are compared without it. An
// apostrophe or hyphen inside a word stays.
func bareWords(norm string) string {
	var b strings.Builder
	rs := []rune(norm)
	space := true
	for i, r := range rs {
		inner := (r == '\'' || r == '-') && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || inner {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// bareFragments is fragments with each fragment's bare words (see
// bareWords).
func bareFragments(norm string) []string {
	var out []string
	for _, f := range fragments(norm) {
		if w := bareWords(f); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// wordsInOrder is containsInOrder over bare words (see bareWords): each
// fragment matches whole words only.
func wordsInOrder(bare string, frags []string) bool {
	if len(frags) == 0 {
		return false
	}
	s := " " + bare + " "
	for _, f := range frags {
		i := strings.Index(s, " "+f+" ")
		if i < 0 {
			return false
		}
		s = s[i+len(f)+1:]
	}
	return true
}

// containsInOrder reports whether every fragment occurs in s, each after the
// previous one. No fragments never matches.
func containsInOrder(s string, frags []string) bool {
	if len(frags) == 0 {
		return false
	}
	for _, f := range frags {
		i := strings.Index(s, f)
		if i < 0 {
			return false
		}
		s = s[i+len(f):]
	}
	return true
}

// tokens splits s into UAX #29 word segments, white space included, so the
// tokens concatenate back to s.
func tokens(s string) []string {
	var out []string
	it := words.FromString(s)
	for it.Next() {
		out = append(out, it.Value())
	}
	return out
}

// contentWords returns the lowercased tokens of s that contain a letter or
// digit, with typographic punctuation folded first.
func contentWords(s string) []string {
	var out []string
	for _, t := range tokens(strings.ToLower(foldPunct.Replace(s))) {
		if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, t)
		}
	}
	return out
}

// wordDiff returns the word-level diff from a to b (worddiff.Diff over
// UAX #29 segments, white space included, so each run's text is the
// input's own), adjacent runs of the same op merged.
func wordDiff(a, b string) []compare.DiffOp {
	var out []compare.DiffOp
	for _, r := range worddiff.Diff(tokens(a), tokens(b)) {
		text := strings.Join(r.Tokens, "")
		if n := len(out); n > 0 && out[n-1].Op == r.Op {
			out[n-1].Text += text
			continue
		}
		out = append(out, compare.DiffOp{Op: r.Op, Text: text})
	}
	return coalesce(out)
}

// coalesce folds white space that separates two changes into the changes, so
// "[-Nearly-] [-300,000-]" reads "[-Nearly 300,000-]": the deleted and the
// inserted runs around it are gathered into one delete and one insert.
func coalesce(ops []compare.DiffOp) []compare.DiffOp {
	var out []compare.DiffOp
	i := 0
	for i < len(ops) {
		if ops[i].Op == "equal" {
			out = append(out, ops[i])
			i++
			continue
		}
		// A change run: non-equal ops and whitespace-only equal ops between them.
		var del, ins strings.Builder
		j := i
		for j < len(ops) {
			o := ops[j]
			if o.Op == "equal" {
				if strings.TrimSpace(o.Text) != "" || j+1 >= len(ops) || ops[j+1].Op == "equal" {
					break
				}
				del.WriteString(o.Text)
				ins.WriteString(o.Text)
			} else if o.Op == "delete" {
				del.WriteString(o.Text)
			} else {
				ins.WriteString(o.Text)
			}
			j++
		}
		if del.Len() > 0 && strings.TrimSpace(del.String()) != "" || ins.Len() == 0 {
			out = append(out, compare.DiffOp{Op: "delete", Text: del.String()})
		}
		if ins.Len() > 0 && strings.TrimSpace(ins.String()) != "" {
			out = append(out, compare.DiffOp{Op: "insert", Text: ins.String()})
		}
		i = j
	}
	return out
}

// inlineDiff renders a diff in git's word-diff style: [-deleted-]{+inserted+}.
func inlineDiff(ops []compare.DiffOp) string {
	var b strings.Builder
	for _, o := range ops {
		switch o.Op {
		case "delete":
			b.WriteString("[-" + o.Text + "-]")
		case "insert":
			b.WriteString("{+" + o.Text + "+}")
		default:
			b.WriteString(o.Text)
		}
	}
	return normSpace(b.String())
}

// wordSimilarity is 1 - word edit distance / longer length over the content
// words of a and b: 1 for the same words, 0 for nothing in common.
func wordSimilarity(a, b string) float64 {
	c := worddiff.NewCoder()
	ra, rb := c.Encode(contentWords(a)), c.Encode(contentWords(b))
	n := max(len(ra), len(rb))
	if n == 0 {
		return 0
	}
	d := levenshtein.ComputeDistance(string(ra), string(rb))
	return 1 - float64(d)/float64(n)
}

// speakerStop are words ignored when comparing speakers.
var speakerStop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "mr": true, "ms": true, "mrs": true, "dr": true}

// sameSpeaker reports whether two speaker names refer to the same speaker:
// the content words of the shorter are all among those of the longer
// ("Sharif" and "Prime Minister Shehbaz Sharif"). Empty names never match.
func sameSpeaker(a, b string) bool {
	wa, wb := speakerWords(a), speakerWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	for _, w := range wa {
		if !set[w] {
			return false
		}
	}
	return true
}

func speakerWords(s string) []string {
	var out []string
	for _, w := range contentWords(s) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if !speakerStop[w] && w != "" {
			out = append(out, w)
		}
	}
	return out
}

// excerpt shortens s to at most n runes, adding an ellipsis when cut.
func excerpt(s string, n int) string {
	s = normSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
