package facts

import "strconv"

// Date granularities.
const (
	GranYear     = "year"
	GranMonth    = "month"
	GranDay      = "day"
	GranRelative = "relative"
)

// Date is a point in time as written: "2021" (year), "August 2021" (month),
// "Aug. 31" (day, Year 0 because none was given), "in recent weeks"
// (relative, all fields zero). Text is s[Start:End].
type Date struct {
	Start, End  int
	Text        string
	Year        int
	Month       int
	Day         int
	Granularity string
}

// Dates returns the dates of s, sorted by Start and not overlapping.
func (c *Context) Dates(s string) []Date {
	_, dates := c.scan(s)
	return append([]Date(nil), dates...)
}

// DatesOf returns the dates of s given its tokens, which must be
// Tokenize(s): for callers that have tokenised s already.
func DatesOf(s string, toks []Token) []Date {
	return findDates(s, toks)
}

// HasCalendarCue reports whether toks hold a number or a capitalised month
// name, without which they hold no calendar date (year, month or day) and
// only relative dates can be found.
func HasCalendarCue(toks []Token) bool {
	for _, t := range toks {
		if t.IsNumeric() {
			return true
		}
		if t.IsCapitalised() {
			if _, ok := months[lower(t.Text)]; ok {
				return true
			}
		}
	}
	return false
}

func findDates(s string, toks []Token) []Date {
	var out []Date
	for i := 0; i < len(toks); {
		d, next, ok := dateAt(toks, i)
		if !ok {
			i++
			continue
		}
		d.Start, d.End = toks[i].Start, toks[next-1].End
		if d.Granularity == GranMonth || d.Granularity == GranDay {
			d.Start = toks[partOfMonth(toks, i)].Start // "mid May", "early March 2020"
		}
		if d.Granularity == GranRelative && i > 0 {
			switch lower(toks[i-1].Text) {
			case "in", "over", "during", "within", "since", "until":
				if len(out) == 0 || out[len(out)-1].End <= toks[i-1].Start {
					d.Start = toks[i-1].Start
				}
			}
		}
		d.Text = s[d.Start:d.End]
		out = append(out, d)
		i = next
	}
	return out
}

// dateAt tries to read a date starting at token i; next is the index after it.
func dateAt(toks []Token, i int) (d Date, next int, ok bool) {
	t := toks[i]
	lw := lower(t.Text)
	if m, isMonth := months[lw]; isMonth && t.IsCapitalised() {
		j := i + 1
		if len(lw) <= 4 && lw != "may" && lw != "june" && lw != "july" && j < len(toks) && toks[j].Text == "." && toks[j].Start == t.End {
			j++
		}
		if j < len(toks) {
			if day, ok := dayNumber(toks[j].Text); ok {
				d = Date{Month: m, Day: day, Granularity: GranDay}
				j++
				k := j
				if k < len(toks) && toks[k].Text == "," {
					k++
				}
				if k < len(toks) {
					if y, ok := yearNumber(toks[k].Text); ok {
						d.Year = y
						j = k + 1
					}
				}
				return d, j, true
			}
			k := j
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			if k < len(toks) {
				if y, ok := yearNumber(toks[k].Text); ok {
					return Date{Year: y, Month: m, Granularity: GranMonth}, k + 1, true
				}
			}
		}
		if i > 0 && (len(lw) > 3 || lw == "may" || lw == "aug" || lw == "oct" || lw == "nov" || lw == "dec" || lw == "jan" || lw == "feb") {
			prev := lower(toks[i-1].Text)
			if lw == "may" || lw == "march" {
				// the modal and the verb never follow these ("in May",
				// "mid-May"); "to March", "and May" may be them
				if partOfMonth(toks, i) != i || monthOnlyPrep[prev] {
					return Date{Month: m, Granularity: GranMonth}, j, true
				}
			} else if monthPrep[prev] {
				return Date{Month: m, Granularity: GranMonth}, j, true
			}
		}
		return d, 0, false
	}
	if t.IsNumeric() {
		if day, ok := dayNumber(t.Text); ok && i+1 < len(toks) {
			if m, ok := months[lower(toks[i+1].Text)]; ok && toks[i+1].IsCapitalised() {
				d = Date{Month: m, Day: day, Granularity: GranDay}
				j := i + 2
				if j < len(toks) && toks[j].Text == "." && len(toks[i+1].Text) <= 4 {
					j++
				}
				if j < len(toks) {
					if y, ok := yearNumber(toks[j].Text); ok {
						d.Year = y
						j++
					}
				}
				return d, j, true
			}
		}
		if y, ok := yearNumber(t.Text); ok && isYearUse(toks, i) {
			return Date{Year: y, Granularity: GranYear}, i + 1, true
		}
		if _, ok := parsePlain(t.Text); ok && i+2 < len(toks) && timeUnits[lower(toks[i+1].Text)] && lower(toks[i+2].Text) == "ago" {
			return Date{Granularity: GranRelative}, i + 3, true
		}
		return d, 0, false
	}
	if _, isNum := writtenNumbers[lw]; isNum && i+2 < len(toks) && timeUnits[lower(toks[i+1].Text)] && lower(toks[i+2].Text) == "ago" {
		return Date{Granularity: GranRelative}, i + 3, true
	}
	if relativeWords[lw] {
		return Date{Granularity: GranRelative}, i + 1, true
	}
	if weekdays[lw] && t.IsCapitalised() {
		st := i
		_ = st
		return Date{Granularity: GranRelative}, i + 1, true
	}
	// Qualified time units: "last week", "in recent weeks", "the past two
	// months", "earlier this year", "a week ago".
	if relativeQualifiers[lw] || lw == "a" || lw == "the" {
		j := i
		if lw == "the" || lw == "a" {
			j++
		}
		if lw == "earlier" || lw == "later" {
			if j+1 < len(toks) && lower(toks[j+1].Text) == "this" {
				j++
			}
		}
		qualified := false
		for j < len(toks) && j < i+4 {
			w := lower(toks[j].Text)
			if relativeQualifiers[w] {
				qualified = true
				j++
				continue
			}
			if _, isNum := writtenNumbers[w]; isNum || toks[j].IsNumeric() {
				j++
				continue
			}
			break
		}
		if j < len(toks) {
			w := lower(toks[j].Text)
			if timeUnits[w] || weekdays[w] {
				if j+1 < len(toks) && lower(toks[j+1].Text) == "ago" {
					return Date{Granularity: GranRelative}, j + 2, true
				}
				if qualified {
					return Date{Granularity: GranRelative}, j + 1, true
				}
			}
		}
	}
	return d, 0, false
}

// monthOnlyPrep are the words of monthPrep after which "May" and
// "March" are months, never the modal or the verb.
var monthOnlyPrep = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true, "by": true,
	"from": true, "last": true, "next": true, "this": true, "before": true, "after": true,
	"between": true, "through": true,
}

// partOfMonth returns the index of the word that puts the month name at i
// in a part of the month ("early", "late", "mid": "mid May", "mid-May"),
// or i when none does.
func partOfMonth(toks []Token, i int) int {
	j := i - 1
	if j > 0 && toks[j].Text == "-" && toks[j].Start == toks[j-1].End && toks[j].End == toks[i].Start {
		j--
	}
	if j >= 0 {
		switch lower(toks[j].Text) {
		case "early", "late", "mid":
			return j
		}
	}
	return i
}

// monthPrep are the words after which a bare month name is a date.
var monthPrep = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true,
	"during": true, "last": true, "next": true, "early": true, "late": true, "mid": true,
	"between": true, "and": true, "to": true, "through": true, "this": true, "before": true,
	"after": true, "or": true, "-": true,
}

// dayNumber reads "31" or "31st" as a day of the month.
func dayNumber(t string) (int, bool) {
	n := 0
	i := 0
	for ; i < len(t) && t[i] >= '0' && t[i] <= '9'; i++ {
		n = n*10 + int(t[i]-'0')
		if n > 31 {
			return 0, false
		}
	}
	if i == 0 || i > 2 || n < 1 {
		return 0, false
	}
	switch t[i:] {
	case "", "st", "nd", "rd", "th":
		return n, true
	}
	return 0, false
}

// yearNumber reads a plain four-digit year between 1000 and 2199.
func yearNumber(t string) (int, bool) {
	if len(t) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t)
	if err != nil || y < 1000 || y > 2199 {
		return 0, false
	}
	return y, true
}

// isYearUse decides whether the four-digit number at i is a year rather
// than a count: it is a count after a currency symbol, before a percent or
// scale word, or before a plural noun ("2000 people").
func isYearUse(toks []Token, i int) bool {
	if i > 0 {
		if _, cur := currencySymbols[toks[i-1].Text]; cur {
			return false
		}
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		ln := lower(n.Text)
		if n.Text == "%" || ln == "percent" || ln == "per" {
			return false
		}
		if _, sc := scaleWords[ln]; sc {
			return false
		}
		if irregularPlurals[ln] {
			return false
		}
		if n.IsWord() && !n.IsCapitalised() && len(ln) > 3 && ln[len(ln)-1] == 's' && !timeUnits[ln] && ln != "has" && ln != "was" && ln != "is" && ln != "as" && ln != "this" && ln != "thus" {
			return false
		}
	}
	return true
}

// irregularPlurals are plural nouns without a final s: "2000 people" is a
// count, and a number's unit ends after one as after any plural ("two
// million people", never "two million people lost coverage").
var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true, "personnel": true,
	"cattle": true, "sheep": true, "staff": true, "civilians": true,
}
