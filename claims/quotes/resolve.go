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
	group  bool // a plural name of people: "Republicans", "Democrats"
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
		titled, named, date := false, false, false
		for x, t := range ts[a:k] {
			l := withoutPossessive(t.lower)
			if orgWords[l] {
				r.org = true
			}
			if titles[l] {
				titled = true
				// "Human Rights Campaign President Chad Griffin": a
				// title followed by a name names a person, whatever body
				// precedes it
				named = named || a+x+1 < k && !orgWords[ts[a+x+1].lower]
			}
			if dateWords[l] {
				date = true // a date, not a person
			}
		}
		if a > 0 && ts[a-1].lower == "the" {
			r.org = true
		}
		if named && !date {
			r.org = false
		}
		r.person = !r.org && !date && (k-a >= 2 || titled)
		r.org = r.org && !date // "on Wednesday": a date is neither, so "They argued" is not Wednesday
		last := withoutPossessive(ts[k-1].lower)
		r.group = !r.org && !r.person && !date && k-a == 1 && strings.HasSuffix(last, "s") && groupWords[last]
		out = append(out, r)
	}
	return out
}

// groupWords are the capitalised plural names of people a "they" may
// stand for: "Republicans welcomed the release. They also said ...".
var groupWords = set("republicans democrats conservatives liberals progressives independents americans senators lawmakers officials")

// resolve finds the name a pronoun speaker stands for: for he, she and I the
// last named person who spoke in the same paragraph, else a person named in
// the nearest sentence before the pronoun that does not itself open with
// it (the one who speaks there, else its subject, else the person the
// article mentions most), else the last named person who spoke in the two
// paragraphs before; for they, we and it the nearest organisation named
// before it. It returns "" when nothing fits.
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
			if (pro == "he" || pro == "she") && (d.opensWith(p, runs[j].a, pro) || d.opensWithRole(p, runs[j].a)) {
				// "He said Grassley would ...": the sentence continues a
				// chain of the same pronoun, whose person comes earlier;
				// "The congressman also expressed concern about ... his
				// wife, Huma Abedin": the subject is a person named
				// earlier, and the names after it are not the pronoun's
				j = k - 1
				continue
			}
			pick, salience := -1, 0
			for x := k; x <= j; x++ {
				r := runs[x]
				if d.possessed(p, r) {
					continue // "Mr. Romney's remark": the owner of a thing, not an actor
				}
				if d.topicOf(p, r) {
					continue // "Of Obama, he said": whom the words are about
				}
				if person && (r.person || d.surname(p, r) > 0) || (!person && (r.org || r.group && pro == "they")) {
					if d.speaks(p, r) || d.opens(p, r) {
						pick = x
						break
					}
					if n := d.surname(p, r); pick < 0 || n > salience {
						pick, salience = x, n
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

// possessed reports whether a name run is a possessive after a word of
// its clause ("went after Mr. Romney's remark"): the owner of a thing
// the sentence is about. A possessive opening a clause may stand for a
// noun left out and be its subject ("..., Beck's stood out").
func (d *doc) possessed(p int, r nameRun) bool {
	ts := d.tk(p)
	return isPossessive(ts[r.b-1].lower) && r.a > 0 && ts[r.a-1].kind == tWord
}

// topicOf reports whether name run r of paragraph p is the object of a
// preposition that says what is spoken about: "Of Obama, he said" (the
// preposition opening the sentence, and so the run) or "asked about
// Romney, he said".
func (d *doc) topicOf(p int, r nameRun) bool {
	ts := d.tk(p)
	if topicPrepositions[ts[r.a].lower] {
		return true // capitalised, the preposition opened the sentence and the run
	}
	return r.a > 0 && (ts[r.a-1].lower == "about" || ts[r.a-1].lower == "regarding")
}

// topicPrepositions introduce what something is said about when they open
// the sentence ("Of Obama, he said"); inside one, "the ire of Justice
// Scalia" names an actor.
var topicPrepositions = set("of about regarding on")

// subordinators open a clause that comes before the sentence's subject.
var subordinators = set("when as after while although though if because since before once until whereas")

// surname returns how often the last word of a name run occurs in the
// document as a capitalised word outside quotes, when that word is the
// surname of a person named in full somewhere in it ("Glenn Beck", then
// "Beck"), and 0 otherwise. Among the persons named in the sentence
// before a pronoun, the most mentioned is the one the article is about
// and the likeliest referent ("... delivered by radio host Rush Limbaugh
// ..., Beck's stood out", then "he declared"); a lone surname counts as
// a person.
func (d *doc) surname(p int, r nameRun) int {
	if r.org {
		return 0
	}
	if d.surnames == nil {
		d.surnames = map[string]int{}
		full := map[string]bool{}
		for q := range d.paras {
			for _, x := range d.nameRuns(q, len(d.paras[q].Text)) {
				if x.person {
					full[withoutPossessive(d.tk(q)[x.b-1].lower)] = true
				}
			}
		}
		for q := range d.paras {
			for _, t := range d.tk(q) {
				if t.kind == tWord && t.cap && !t.inQuote {
					if w := withoutPossessive(t.lower); full[w] {
						d.surnames[w]++
					}
				}
			}
		}
	}
	return d.surnames[withoutPossessive(d.tk(p)[r.b-1].lower)]
}

// withoutPossessive is s without a final possessive "'s" or "’s".
func withoutPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// opensWith reports whether the sentence holding token at of paragraph p
// opens with the word w (perhaps after "But", "And" or "Then").
func (d *doc) opensWith(p, at int, w string) bool {
	k := d.sentenceOpener(p, at)
	return k <= at && k < len(d.tk(p)) && d.tk(p)[k].lower == w
}

// sentenceOpener returns the first word of the sentence holding token at
// of paragraph p, past an opening "But", "And" or "Then" (the paragraph's
// length when none follows).
func (d *doc) sentenceOpener(p, at int) int {
	ts := d.tk(p)
	_, sr := d.sentence(p, ts[at].start)
	k := d.tokAt(p, sr.Start)
	for k < len(ts) && (ts[k].kind != tWord || ts[k].lower == "but" || ts[k].lower == "and" || ts[k].lower == "then") {
		k++
	}
	return k
}

// opensWithRole reports whether the sentence holding token at opens with
// a definite description of a person ("The congressman", "the former
// governor"; perhaps after "But", "And" or "Then"): a person named before,
// who is the sentence's subject.
func (d *doc) opensWithRole(p, at int) bool {
	ts := d.tk(p)
	k := d.sentenceOpener(p, at)
	if k >= len(ts) || ts[k].lower != "the" {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+3 && ts[j].kind == tWord && !ts[j].cap; j++ {
		if personRoles[ts[j].lower] {
			return true
		}
	}
	return false
}

// personRoles are the head nouns of definite descriptions of one person
// named earlier in an article.
var personRoles = set("congressman congresswoman senator governor president mayor lawmaker candidate nominee chairman chairwoman secretary justice judge lawyer attorney prosecutor representative commissioner director speaker minister ambassador spokesman spokeswoman aide adviser advisor actor actress singer author officer")

// opens reports whether a name run opens its sentence (perhaps after
// "But", "And" or "Then"): the sentence's subject ("Chief Justice John
// Roberts also offered his doubts ..., suggesting that any acts at
// Wal-Mart ...").
//
// After an opening subordinate clause the subject is the first word
// after its comma ("When Mr. Biden went after Mr. Romney's remark, Mr.
// Ryan reminded the vice president ...": Mr. Ryan).
func (d *doc) opens(p int, r nameRun) bool {
	ts := d.tk(p)
	_, sr := d.sentence(p, ts[r.a].start)
	k := d.tokAt(p, sr.Start)
	for k < r.a && (ts[k].kind != tWord || ts[k].lower == "but" || ts[k].lower == "and" || ts[k].lower == "then") {
		k++
	}
	if k < r.a && subordinators[ts[k].lower] {
		end := k
		for end < len(ts) && ts[end].start < sr.End {
			end++
		}
		k = pastOpeningClause(ts, k, end)
	}
	return k == r.a
}

// pastOpeningClause returns the first word after the comma that closes
// the subordinate clause opening at token k ("When Mr. Biden went after
// the remark about the "47 percent," Mr. Ryan reminded him": Mr.), past
// a closing quotation mark; hi when no word follows one before token hi.
func pastOpeningClause(ts []token, k, hi int) int {
	for k < hi && ts[k].lower != "," {
		k++
	}
	for k < hi && ts[k].kind != tWord {
		k++ // the comma and a closing quotation mark
	}
	return k
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
	return withoutPossessive(d.paras[p].Text[ts[r.a].start:ts[r.b-1].end])
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
