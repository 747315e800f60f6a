package attrib

// NamesReport reports whether sentence credits a report to a named source,
// as l's lexicon grades the name: a name before a form of "report" ("The
// New York Times is reporting", "The Times reports", "The Wall Street
// Journal first reported") or after "according to" ("according to The
// Hill"). A "reportedly" in that sentence or the next one is that report's,
// not an unnamed one.
func (l *Lexicon) NamesReport(sentence string) bool {
	ts := spanTokens(sentence)
	named := func(a, b int) bool {
		return a < b && ts[a].cap && l.Classify(sentence[ts[a].start:ts[b-1].end]) == Named
	}
	for i, t := range ts {
		if t.quoted || t.punct {
			continue
		}
		switch {
		case reportForms[t.lower]:
			e := i
			for e > 0 && reportAux[ts[e-1].lower] {
				e--
			}
			a := e
			for a > 0 && (ts[a-1].cap || a-1 > 0 && ts[a-1].lower == "the") && !ts[a-1].punct {
				a--
			}
			if named(a, e) {
				return true
			}
		case t.lower == "according" && i+2 < len(ts) && ts[i+1].lower == "to":
			b := i + 2
			if ts[b].lower == "the" {
				b++
			}
			for b < len(ts) && ts[b].cap && !ts[b].punct {
				b++
			}
			if named(i+2, b) {
				return true
			}
		}
	}
	return false
}

// reportForms are the forms of "report" that credit a report to the name
// before them.
var reportForms = map[string]bool{"report": true, "reports": true, "reported": true, "reporting": true}

// reportAux may stand between a name and its report: "is reporting", "first
// reported", "has reported".
var reportAux = map[string]bool{"is": true, "was": true, "has": true, "had": true, "first": true, "also": true, "earlier": true}
