package facts

import (
	"strconv"
	"strings"
)

// Number is a quantity as written: "nearly 300,000 Afghans" has Value
// 300000, Approx "nearly" and Unit "Afghans"; "$3bn" has Value 3e9 and Unit
// "dollars". Start..End covers the approximation, the number and the unit;
// Text is s[Start:End]. Years, days of dates and ordinals are never Numbers.
type Number struct {
	Start, End int
	Text       string
	Value      float64
	Approx     string
	Unit       string
}

// Numbers returns the quantities of s, sorted by Start and not overlapping.
func (c *Context) Numbers(s string) []Number {
	toks, dates := c.scan(s)
	return findNumbers(s, toks, dates)
}

// ageWords before a number make it an age: "aged 16", "ages 5 to 12".
var ageWords = map[string]bool{"aged": true, "age": true, "ages": true}

// ageUnit is the unit of a number read as an age.
const ageUnit = "years of age"

// ageGoesOn reports whether the number at token first follows an age
// across "and", "or" or "to" ("aged 16 and 13", "ages 5 to 12").
func ageGoesOn(out []Number, toks []Token, first int) bool {
	if len(out) == 0 || first < 2 || out[len(out)-1].Unit != ageUnit || out[len(out)-1].End != toks[first-2].End {
		return false
	}
	switch lower(toks[first-1].Text) {
	case "and", "or", "to":
		return true
	}
	return false
}

func findNumbers(s string, toks []Token, dates []Date) []Number {
	var out []Number
	di := 0
	lastEnd := 0
	for i := 0; i < len(toks); {
		for di < len(dates) && dates[di].End <= toks[i].Start {
			di++
		}
		if di < len(dates) && dates[di].Start <= toks[i].Start {
			i++
			continue
		}
		n, first, next, ok := numberAt(s, toks, i)
		if !ok {
			i++
			continue
		}
		if di < len(dates) && dates[di].Start < toks[next-1].End {
			next = i + 1 // do not run into a following date
			for next < len(toks) && toks[next].End <= dates[di].Start && next < i+1 {
				next++
			}
		}
		start := toks[first].Start
		// approximation words before the number
		if a, k := approxBefore(toks, first); a != "" && toks[k].Start >= lastEnd {
			n.Approx = a
			start = toks[k].Start
		}
		end := toks[next-1].End
		if n.Unit == "" && first > 0 && (ageWords[lower(toks[first-1].Text)] || ageGoesOn(out, toks, first)) {
			n.Unit = ageUnit // "aged 16 and 13": ages, never a count of the noun after them
		}
		if n.Unit == "" {
			if u, ue, ok := unitAfter(s, toks, next, dates, di); ok {
				n.Unit = u
				end = ue
			}
		}
		n.Start, n.End, n.Text = start, end, s[start:end]
		out = append(out, n)
		lastEnd = end
		for next < len(toks) && toks[next].Start < end {
			next++
		}
		i = next
	}
	return out
}

// numberAt reads a number at token i. first is the token where the number
// proper starts (a currency symbol), next the index after it.
func numberAt(s string, toks []Token, i int) (n Number, first, next int, ok bool) {
	first = i
	t := toks[i]
	if cur, isCur := currencySymbols[t.Text]; isCur && i+1 < len(toks) && toks[i+1].IsNumeric() {
		v, j, ok := numericAt(toks, i+1)
		if !ok {
			return n, 0, 0, false
		}
		n.Value, n.Unit = v, cur
		return n, i, j, true
	}
	if t.Text == "US" && i+2 < len(toks) && toks[i+1].Text == "$" && toks[i+2].IsNumeric() {
		v, j, ok := numericAt(toks, i+2)
		if !ok {
			return n, 0, 0, false
		}
		n.Value, n.Unit = v, "dollars"
		return n, i, j, true
	}
	if t.IsNumeric() {
		if _, isYear := yearNumber(t.Text); isYear && isYearUse(toks, i) {
			return n, 0, 0, false
		}
		v, j, ok := numericAt(toks, i)
		if !ok {
			return n, 0, 0, false
		}
		n.Value = v
		return n, i, j, true
	}
	lw := lower(t.Text)
	// "tens of thousands", "hundreds of thousands"
	if (lw == "tens" || lw == "hundreds") && i+2 < len(toks) && lower(toks[i+1].Text) == "of" && lower(toks[i+2].Text) == "thousands" {
		n.Value, n.Approx = vagueQuantities[lw+" of thousands"], lw+" of thousands"
		return n, i, i + 3, true
	}
	if v, isVague := vagueQuantities[lw]; isVague && i+1 < len(toks) && lower(toks[i+1].Text) == "of" {
		n.Value, n.Approx = v, lw
		return n, i, i + 1, true
	}
	if lw == "a" && i+1 < len(toks) {
		nx := lower(toks[i+1].Text)
		if nx == "dozen" || nx == "hundred" || nx == "thousand" || nx == "million" || nx == "billion" {
			v, j := writtenAt(toks, i+1)
			return Number{Value: v}, i, j, true
		}
	}
	if _, isWord := writtenNumbers[lw]; isWord {
		v, j := writtenAt(toks, i)
		if lw == "one" && j == i+1 {
			// A bare "one" is a determiner or pronoun far more often than
			// a statistic: "one official said", "one of them", "One major
			// point". "one million" is still a number.
			return n, 0, 0, false
		}
		return Number{Value: v}, i, j, true
	}
	return n, 0, 0, false
}

// numericAt reads a digit token with an optional attached or following scale.
func numericAt(toks []Token, i int) (float64, int, bool) {
	t := toks[i].Text
	digits := t
	scale := 1.0
	k := 0
	for k < len(t) && (t[k] >= '0' && t[k] <= '9' || t[k] == ',' || t[k] == '.') {
		k++
	}
	if k < len(t) {
		suf := strings.ToLower(t[k:])
		sc, ok := scaleWords[suf]
		if !ok {
			return 0, 0, false // ordinals ("21st") and codes ("F16") are not counts
		}
		digits, scale = t[:k], sc
	}
	v, ok := parsePlain(digits)
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if scale == 1 && j < len(toks) {
		if sc, ok := scaleWords[lower(toks[j].Text)]; ok && len(toks[j].Text) > 2 {
			scale = sc
			j++
		}
	}
	return v * scale, j, true
}

// parsePlain parses "300,000" or "1.2".
func parsePlain(d string) (float64, bool) {
	if d == "" {
		return 0, false
	}
	d = strings.ReplaceAll(d, ",", "")
	v, err := strconv.ParseFloat(d, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// writtenAt reads a run of written number words: "three", "twenty-five",
// "two hundred", "a dozen", "1.2 billion" is handled by numericAt.
func writtenAt(toks []Token, i int) (float64, int) {
	total, cur := 0.0, 0.0
	j := i
	for j < len(toks) {
		w := lower(toks[j].Text)
		v, ok := writtenNumbers[w]
		if !ok {
			if w == "-" && j+1 < len(toks) && toks[j].Start == toks[j-1].End {
				if _, ok2 := writtenNumbers[lower(toks[j+1].Text)]; ok2 && toks[j+1].Start == toks[j].End {
					j++
					continue
				}
			}
			if w == "and" && j+1 < len(toks) && j > i && lower(toks[j-1].Text) == "hundred" {
				if _, ok2 := writtenNumbers[lower(toks[j+1].Text)]; ok2 {
					j++
					continue
				}
			}
			break
		}
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v >= 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * v
			cur = 0
		default:
			cur += v
		}
		j++
	}
	return total + cur, j
}

// approxBefore returns the approximation phrase ending just before token i
// and the index of its first token.
func approxBefore(toks []Token, i int) (string, int) {
	for _, p := range approxPhrases {
		k := i - len(p)
		if k < 0 {
			continue
		}
		match := true
		for m, w := range p {
			if lower(toks[k+m].Text) != w {
				match = false
				break
			}
		}
		if match {
			if len(p) == 2 && (p[0] == "just" || p[0] == "well") {
				return p[1], k
			}
			return strings.Join(p, " "), k
		}
	}
	return "", i
}

// unitAfter reads the unit after a number ending before token i: a percent
// sign, a currency word, or the head noun phrase ("border crossings").
func unitAfter(s string, toks []Token, i int, dates []Date, di int) (string, int, bool) {
	if i >= len(toks) {
		return "", 0, false
	}
	limit := len(s)
	for ; di < len(dates); di++ {
		if dates[di].Start >= toks[i].Start {
			limit = dates[di].Start
			break
		}
	}
	t := toks[i]
	lt := lower(t.Text)
	if t.Text == "%" {
		return "%", t.End, true
	}
	if lt == "percent" || lt == "pc" {
		return "%", t.End, true
	}
	if lt == "per" && i+1 < len(toks) && lower(toks[i+1].Text) == "cent" {
		return "%", toks[i+1].End, true
	}
	if lt == "of" && i > 0 {
		if _, vague := vagueQuantities[lower(toks[i-1].Text)]; vague || lower(toks[i-1].Text) == "thousands" {
			i++
		}
	}
	var kept []Token
	for j := i; j < len(toks) && j < i+5 && toks[j].End <= limit; j++ {
		tj := toks[j]
		lw := lower(tj.Text)
		if tj.Text == "-" && len(kept) > 0 && j+1 < len(toks) && tj.Start == toks[j-1].End && toks[j+1].Start == tj.End && toks[j+1].IsWord() {
			kept = append(kept, tj)
			continue
		}
		if !tj.IsWord() || unitStop[lw] {
			break
		}
		if strings.HasSuffix(lw, "ing") && len(lw) > 5 && !(len(kept) > 0 && kept[len(kept)-1].Text == "-") {
			break
		}
		if len(kept) > 0 && strings.HasSuffix(lw, "ed") && kept[len(kept)-1].Text != "-" {
			break // "people died"
		}
		kept = append(kept, tj)
		if currencyWords[lw] {
			break
		}
		if _, isWritten := writtenNumbers[lw]; isWritten {
			return "", 0, false
		}
	}
	// drop leading adjectives, never the last word
	for len(kept) > 1 && (unitAdjectives[lower(kept[0].Text)] || (strings.HasSuffix(kept[0].Text, "ed") && kept[1].Text != "-")) {
		kept = kept[1:]
	}
	// trailing hyphen is not part of a unit
	for len(kept) > 0 && kept[len(kept)-1].Text == "-" {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return "", 0, false
	}
	// a unit ends at its head noun: stop after the first plural or after
	// three words
	if len(kept) > 3 {
		kept = kept[:3]
	}
	for k, tk := range kept {
		lk := lower(tk.Text)
		plural := len(lk) > 3 && strings.HasSuffix(lk, "s") && !strings.HasSuffix(lk, "ss") || irregularPlurals[lk]
		if k < len(kept)-1 && plural && kept[k+1].Text != "-" {
			kept = kept[:k+1]
			break
		}
	}
	last := kept[len(kept)-1]
	return s[kept[0].Start:last.End], last.End, true
}
