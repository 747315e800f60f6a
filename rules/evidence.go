package rules

import "strings"

// evidenced reports whether text gives the figures it holds an origin a
// reader can check that no claim's attribution carries: a measurement
// that shows something ("The latest Fox News poll of likely voters showed
// Romney at 46 percent", "census data found"), or a participle of citing
// after the one who cites ("Ryan ..., mentioning the $831 billion
// stimulus", "comments from Mark Zandi projecting ... 1.6 million jobs").
//
// A measurement is a word of evidenceNouns that ends a run of non-space
// characters, then at most four words of word characters, apostrophes
// and hyphens, each after white space, then a word of evidenceVerbs at
// the start of the next run; or "based on", at most two such words and a
// word of evidenceNouns ("based on a study"). Words are maximal runs of ASCII letters,
// digits and underscores, compared without ASCII case. It is one pass
// over text, with no allocation.
func evidenced(text string) bool {
	var runs [6]string // the last runs of non-space characters, newest last
	n := 0
	for rest := text; rest != ""; {
		i := strings.IndexFunc(rest, func(r rune) bool { return !isASCIISpace(r) })
		if i < 0 {
			break
		}
		rest = rest[i:]
		j := strings.IndexFunc(rest, isASCIISpace)
		if j < 0 {
			j = len(rest)
		}
		run := rest[:j]
		rest = rest[j:]
		if citesInside(run) {
			return true
		}
		copy(runs[:], runs[1:])
		runs[len(runs)-1] = run
		if n < len(runs) {
			n++
		}
		if startsWithWord(run, evidenceVerbs) && measurementBefore(runs[len(runs)-n:len(runs)-1]) {
			return true
		}
		if startsWithWord(run, evidenceNouns) && basedOnBefore(runs[len(runs)-n:len(runs)-1]) {
			return true
		}
	}
	return false
}

// measurementBefore reports whether the runs before a verb (oldest first)
// end in a measurement's noun followed by at most four plain words.
func measurementBefore(before []string) bool {
	for k := len(before) - 1; k >= 0 && len(before)-1-k <= 4; k-- {
		if endsWithWord(before[k], evidenceNouns) {
			return true
		}
		if !plainWord(before[k]) {
			return false
		}
	}
	return false
}

// basedOnBefore reports whether the runs before a measurement's noun
// (oldest first) end in "based on" and at most two plain words: "The
// $6,400 figure is based on a study".
func basedOnBefore(before []string) bool {
	for k := len(before) - 1; k >= 1 && len(before)-1-k <= 2; k-- {
		if strings.EqualFold(before[k], "on") && endsWithWord(before[k-1], basedWord) {
			return true
		}
		if !plainWord(before[k]) {
			return false
		}
	}
	return false
}

var basedWord = wordSet("based")

// evidenceNouns name what measures; evidenceVerbs what it does with a
// figure; citingWords cite on their own.
var (
	evidenceNouns = wordSet("poll polls polling survey surveys study studies report reports data analysis analyses estimate estimates census figures records filing filings audit document documents emails e-mails slides papers review")
	evidenceVerbs = wordSet("show shows showed shown found finds suggest suggests suggested indicate indicates indicated estimate estimated put puts revealed reveals detailed details listed lists")
	citingWords   = wordSet("mentioning citing cited projecting estimating predicting noting")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// citesInside reports whether run holds a whole word of citingWords.
func citesInside(run string) bool {
	for i := 0; i < len(run); {
		if !isWordByte(run[i]) {
			i++
			continue
		}
		j := i
		for j < len(run) && isWordByte(run[j]) {
			j++
		}
		if inSet(run[i:j], citingWords) {
			return true
		}
		i = j
	}
	return false
}

// startsWithWord reports whether run begins with a whole word of set.
func startsWithWord(run string, set map[string]bool) bool {
	j := 0
	for j < len(run) && isWordByte(run[j]) {
		j++
	}
	return j > 0 && inSet(run[:j], set)
}

// endsWithWord reports whether run ends with a whole word of set; the
// hyphen of "e-mails" belongs to the word.
func endsWithWord(run string, set map[string]bool) bool {
	i := len(run)
	for i > 0 && isWordByte(run[i-1]) {
		i--
	}
	if i == len(run) {
		return false
	}
	if inSet(run[i:], set) {
		return true
	}
	// "e-mail(s)": a word of set that holds a hyphen
	if i >= 2 && run[i-1] == '-' {
		k := i - 1
		for k > 0 && isWordByte(run[k-1]) {
			k--
		}
		return k < i-1 && inSet(run[k:], set)
	}
	return false
}

// plainWord reports whether run is only word characters, apostrophes and
// hyphens.
func plainWord(run string) bool {
	for _, r := range run {
		if !(r < 128 && isWordByte(byte(r)) || r == '\'' || r == '’' || r == '-') {
			return false
		}
	}
	return run != ""
}

func inSet(word string, set map[string]bool) bool {
	if len(word) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(word)])]
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}
