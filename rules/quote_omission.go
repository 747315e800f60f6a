package rules

// omitsInside reports whether the shorter of two quotes, whose content
// stems are a run of the longer's, leaves out words from inside that run
// without marking the omission: its words (quoteWords, stop words
// included) fit the longer only in a window that also holds a content
// word the shorter lacks ("has been a race to the bottom" / "has been, in
// many cases, a race to the bottom"). Words the longer adds before or
// after the window are a choice of excerpt, and stop words it adds inside
// are a reading of punctuation ("that", "the"), so neither is a
// rewording. A lone word of the shorter's on the far side of an insertion
// is a coincidence, not a fit ("the lines of communication remain open" /
// "no further readout of the meeting, but lines of communication remain
// open"), and is set aside before fitting again.
func omitsInside(a, b string) bool {
	short, long := quoteWords(a), quoteWords(b)
	if len(short) > len(long) {
		short, long = long, short
	}
	for {
		start, end, ok := tightestWindow(short, long)
		if !ok {
			return false
		}
		runs, contentGap := fittedRuns(short, long[start:end])
		switch {
		case len(runs) == 1:
			return false
		case runs[0] < 2:
			short = short[runs[0]:]
		case runs[len(runs)-1] < 2:
			short = short[:len(short)-runs[len(runs)-1]]
		default:
			return contentGap
		}
	}
}

// fittedRuns walks window, which holds the stems of short in order with
// the first and last at its ends (see tightestWindow), and returns the
// lengths of the runs of short's words it holds without a word between
// them, and whether a word between two runs is a content word.
func fittedRuns(short, window []quoteWord) (runs []int, contentGap bool) {
	matched, adjacent := 0, false
	for _, w := range window {
		if matched < len(short) && w.stem == short[matched].stem {
			if adjacent {
				runs[len(runs)-1]++
			} else {
				runs = append(runs, 1)
			}
			matched, adjacent = matched+1, true
			continue
		}
		adjacent = false
		contentGap = contentGap || w.content
	}
	return runs, contentGap
}

// tightestWindow returns the shortest window long[start:end] (the first
// of that length) holding the stems of short in order, with the first
// and last of them at its ends; ok is false when long holds no such
// window or short is empty.
func tightestWindow(short, long []quoteWord) (start, end int, ok bool) {
	if len(short) == 0 {
		return 0, 0, false
	}
	best := len(long) + 1
	for s := range long {
		if long[s].stem != short[0].stem {
			continue
		}
		i, e := 0, s
		for ; e < len(long) && i < len(short); e++ {
			if long[e].stem == short[i].stem {
				i++
			}
		}
		if i == len(short) && e-s < best {
			start, end, best, ok = s, e, e-s, true
		}
	}
	return start, end, ok
}
