package atomic

import "github.com/claimcheck/claimcheck/claims/facts"

// datePreps introduce a date adjunct: "premiered on May 28, 2014".
var datePreps = map[string]bool{"on": true, "in": true, "since": true, "during": true, "by": true, "until": true}

// eventNouns name events that carry their own date: "the attacks on
// Sept. 11", "the election in 2008".
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "election": true, "elections": true, "meeting": true,
	"vote": true, "speech": true, "summit": true, "takeover": true, "visit": true, "strike": true,
	"strikes": true, "bombing": true, "bombings": true, "shooting": true, "crash": true,
	"storm": true, "announcement": true, "ruling": true, "decision": true, "talks": true,
	"hearing": true, "debate": true, "interview": true, "primary": true, "referendum": true,
	"invasion": true, "war": true, "coup": true, "tragedy": true, "protest": true, "protests": true,
	"rally": true, "march": true, "conference": true, "ceremony": true, "trial": true, "raid": true,
}

// splitDates gives a calendar-date adjunct its own claim when a claim also
// says something else: "The film premiered on May 28, 2014 in Hollywood" ->
// "The film premiered in Hollywood" + "The film premiered on May 28, 2014".
// Relative dates ("in recent weeks") are left in place, and so is a date
// after the verb's object: the dated part would need the object to read.
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
			if e+1 < len(d.toks) && (sp.t[d.toks[e]].lw == "and" || sp.t[d.toks[e]].lw == "or") && (sp.t[d.toks[e+1]].IsNumeric() || isMonthName(sp.t[d.toks[e+1]].lw)) {
				continue // "In December 2009 and February 2011, ...": one of coordinated dates, which stay together
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
				if w := sp.t[d.toks[k]]; w.tag == "WRB" || w.tag == "WDT" || w.tag == "WP" || subordinators[w.lw] {
					nominalised = true // "met in Doha, where the talks began in 2019": the date is the inner clause's
				}
			}
			if nominalised {
				continue
			}
			// "in response to the attacks on Sept. 11, 2001": after an event
			// noun the date dates the event, not the verb; keep it in place
			if p > 0 && d.toks[p-1] == d.toks[p]-1 && eventNouns[sp.t[d.toks[p-1]].lw] {
				continue
			}
			rest := append(append([]int(nil), d.toks[:p]...), d.toks[e:]...)
			if p < v && p > 0 {
				continue // a date inside an opening adjunct ("Only in Congress since 2010, Labrador would"): without it the adjunct says another thing
			}
			dated, ok := d.toks, true // "In 2011, the council approved the budget": the whole is the dated claim
			if p > v {
				dated, ok = sp.datedPart(d.toks, v, p, e)
			}
			if !ok {
				continue
			}
			nd := draft{toks: dated, attr: d.attr, negate: d.negate}
			rd := d
			rd.toks = rest
			if !d.paren && (!sp.readable(rd) || !sp.readable(nd)) {
				continue // each part must read on its own
			}
			sp.out[di].toks = rest
			sp.out = append(sp.out, nd)
			break
		}
	}
}

// datedPart returns the dated claim of draft toks whose date phrase p..e
// follows its verb v: the words up to the verb's group and the date; ok is
// false when the verb needs what follows it to say what the sentence does.
func (sp *splitter) datedPart(toks []int, v, p, e int) (dated []int, ok bool) {
	ve := v + 1
	for ve < p && (verbal(sp.t[toks[ve]].tag) || sp.t[toks[ve]].tag == "RB" || sp.t[toks[ve]].tag == "RP") {
		ve++
	}
	switch {
	case ve == p && e == len(toks):
		return nil, false // nothing but the date follows the verb
	case ve < p && beForms[sp.t[toks[ve-1]].lw]:
		return nil, false // "was in the news in January": what follows a copula is its predicate
	case ve < p && (npStart(sp.t[toks[ve]].tag) || complementStart(sp.t[toks[ve]])):
		return nil, false // "inspired a march in Washington in September", "fell to 3% in March", "is expected to take place in May": without what follows it the verb does not say what the sentence does
	case ve == p && e < len(toks) && complementStart(sp.t[toks[e]]):
		return nil, false // "decided in 2014 to run": the verb needs what follows the date
	}
	return append(append([]int(nil), toks[:ve]...), toks[p:e]...), true
}

// complementStart reports whether a word opens a verb's infinitive or
// clausal complement ("to run", "that he would run"): a verb cut off from
// it ("She decided in 2014") does not say what the sentence does.
func complementStart(w tok) bool { return w.tag == "TO" || w.lw == "that" && w.tag == "IN" }
