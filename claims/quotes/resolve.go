package quotes

import "strings"

// mention is a named speaker seen earlier in the document.
type mention struct {
	text      string
	para, off int
	person    bool
}

// nameRun is a run of capitalised words in a paragraph.
type nameRun struct {
	a, b   int // token range
	person bool
	org    bool
}

// nameRuns returns the runs of capitalised words of para ending before off:
// "Shehbaz Sharif", "Sen. Ted Cruz", "the Foreign Ministry" (org).
func (d *doc) nameRuns(para, off int) []nameRun {
	ts := d.tk(para)
	var out []nameRun
	for k := 0; k < len(ts) && ts[k].end <= off; {
		t := ts[k]
		if t.kind != tWord || !t.cap || t.inQuote || (notNames[t.lower] && !titles[t.lower]) || isPronounWord(t.lower) {
			k++
			continue
		}
		a := k
		for k < len(ts) && ts[k].kind == tWord && ts[k].cap && !ts[k].inQuote && ts[k].end <= off {
			k++
		}
		r := nameRun{a: a, b: k}
		titled := false
		for _, x := range ts[a:k] {
			l := strings.TrimSuffix(strings.TrimSuffix(x.lower, "'s"), "’s")
			if orgWords[l] {
				r.org = true
			}
			if titles[l] {
				titled = true
			}
			if dateWords[l] {
				r.org = true // a date, not a person
			}
		}
		if a > 0 && ts[a-1].lower == "the" {
			r.org = true
		}
		r.person = !r.org && (k-a >= 2 || titled)
		out = append(out, r)
	}
	return out
}

// resolve finds the name a pronoun speaker stands for: for he, she and I the
// last named person who spoke in the same paragraph, else the first person
// named in the nearest sentence before the pronoun (the subject), else the
// last named person who spoke in the two paragraphs before; for they, we and
// it the nearest organisation named before it. It returns "" when nothing
// fits.
func (d *doc) resolve(sp *Speaker, hist []mention) string {
	pro := strings.ToLower(sp.Text)
	person := pro == "he" || pro == "she" || pro == "i"
	for i := len(hist) - 1; i >= 0; i-- {
		h := hist[i]
		if h.para == sp.Para && h.off < sp.Start && h.person == person {
			return h.text
		}
		if h.para < sp.Para {
			break
		}
	}
	for p := sp.Para; p >= 0 && p >= sp.Para-3; p-- {
		off := len(d.paras[p].Text)
		if p == sp.Para {
			off = sp.Start
		}
		runs := d.nameRuns(p, off)
		// nearest sentence first; within it the first fitting run
		for j := len(runs) - 1; j >= 0; {
			si, _ := d.sentence(p, d.tk(p)[runs[j].a].start)
			k := j
			for k > 0 {
				sk, _ := d.sentence(p, d.tk(p)[runs[k-1].a].start)
				if sk != si {
					break
				}
				k--
			}
			pick := -1
			for x := k; x <= j; x++ {
				r := runs[x]
				if (person && r.person) || (!person && r.org) {
					if pick < 0 {
						pick = x
					}
					if d.speaks(p, r) {
						pick = x
						break
					}
				}
			}
			if pick >= 0 {
				return d.fullName(p, runs[pick])
			}
			j = k - 1
		}
		for i := len(hist) - 1; i >= 0; i-- {
			if h := hist[i]; h.para == p-1 && h.person == person {
				return h.text
			}
		}
	}
	return ""
}

// speaks reports whether a name run is the subject of a speech cue: the
// cue follows it, perhaps after "who" and auxiliaries ("Justice Antonin
// Scalia who said he was whipsawed", "Sharif has also said"). Such a run
// is the one a later "he said" most likely continues, though another
// person is named first in the sentence ("This argument that confounded
// Justice Kennedy also drew the ire of Justice Antonin Scalia, who said").
func (d *doc) speaks(p int, r nameRun) bool {
	ts := d.tk(p)
	for k := r.b; k < len(ts) && k <= r.b+4; k++ {
		t := ts[k]
		switch {
		case cueWords[t.lower]:
			return true
		case t.lower == "," || t.lower == "who" || aux[t.lower]:
		default:
			return false
		}
	}
	return false
}

// fullName returns the text of a name run, without a leading "the" and
// possessive ending.
func (d *doc) fullName(p int, r nameRun) string {
	ts := d.tk(p)
	s := d.paras[p].Text[ts[r.a].start:ts[r.b-1].end]
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return s
}

// isPersonName reports whether a named speaker reads like a person: no
// organisation word and not starting with "the".
func isPersonName(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || ws[0] == "the" {
		return false
	}
	for _, w := range ws {
		if orgWords[strings.Trim(w, ",.()")] {
			return false
		}
	}
	return true
}
