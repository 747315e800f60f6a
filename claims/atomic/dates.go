package atomic

import "github.com/claimcheck/claimcheck/claims/facts"

// datePreps introduce a date adjunct: "premiered on May 28, 2014".
var datePreps = map[string]bool{"on": true, "in": true, "since": true, "during": true, "by": true, "until": true}

// splitDates gives a calendar-date adjunct its own claim when a claim also
// says something else: "The film premiered on May 28, 2014 in Hollywood" ->
// "The film premiered in Hollywood" + "The film premiered on May 28, 2014".
// Relative dates ("in recent weeks") are left in place.
func (sp *splitter) splitDates() {
	if !facts.HasCalendarCue(sp.ft) {
		return
	}
	var dates []facts.Date
	for _, d := range sp.out {
		if len(d.toks) > 6 {
			dates = facts.DatesOf(sp.s, sp.ft)
			break
		}
	}
	if len(dates) == 0 {
		return
	}
	n := len(sp.out)
	for di := 0; di < n && len(sp.out) < maxClaims; di++ {
		d := sp.out[di]
		for _, dt := range dates {
			if dt.Granularity == facts.GranRelative {
				continue
			}
			// the positions of the preposition and the date in d
			p, e := -1, -1
			for k, i := range d.toks {
				if sp.t[i].Start == dt.Start && k > 0 && datePreps[sp.t[d.toks[k-1]].lw] && d.toks[k-1] == i-1 {
					p = k - 1
				}
				if p >= 0 && sp.t[i].End <= dt.End {
					e = k + 1
				}
			}
			if p < 0 || e <= p+1 {
				continue
			}
			v := -1
			for k, i := range d.toks {
				if verbal(sp.t[i].tag) {
					v = k
					break
				}
			}
			if v < 0 || len(d.toks)-(e-p) < 3 {
				continue
			}
			nominalised := false // "the Taliban's takeover of Kabul in August 2021"
			for k := v + 1; k < p; k++ {
				if w := sp.t[d.toks[k]]; w.tag == "POS" || w.lw == "of" {
					nominalised = true
				}
			}
			if nominalised {
				continue
			}
			rest := append(append([]int(nil), d.toks[:p]...), d.toks[e:]...)
			var dated []int
			if p < v {
				dated = d.toks
			} else {
				ve := v + 1
				for ve < p && (verbal(sp.t[d.toks[ve]].tag) || sp.t[d.toks[ve]].tag == "RB" || sp.t[d.toks[ve]].tag == "RP") {
					ve++
				}
				if ve == p && e == len(d.toks) {
					continue // nothing but the date follows the verb
				}
				dated = append(append([]int(nil), d.toks[:ve]...), d.toks[p:e]...)
			}
			sp.out[di].toks = rest
			sp.out = append(sp.out, draft{toks: dated, attr: d.attr, negate: d.negate})
			break
		}
	}
}
