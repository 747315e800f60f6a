package atomic

import "strings"

// A semicolon series is a sentence whose parts after the first semicolon
// continue its first clause rather than start clauses of their own:
//
//	Obama directed agencies to share data; proposed new rules; ordered the
//	CDC to research gun violence; and took other steps.
//	Those actions include requiring agencies to hand over data; providing
//	officials with training; directing the CDC to research the causes.
//
// Split at the semicolons, each later part would lose its subject
// ("Ordered the CDC to research gun violence"); split at the commas inside
// the parts, a list within one item would multiply the others. Each part
// becomes one claim instead, whole: the first clause's subject and the
// part when the parts are verb phrases, or the first clause's words before
// its first item and the item when the parts are items of one list.

// seriesParts returns the top-level parts of a..b between semicolons, or
// nil when a..b is no semicolon series: at least two semicolons, and every
// part after the first opening without a subject of its own — a finite
// verb (a verb phrase of the first clause's subject) or the same kind of
// word as the other parts (items of one list). gerundParts finds the
// same series of gerunds with commas, in a clause.
func (sp *splitter) seriesParts(a, b int) []rng {
	var parts []rng
	st, depth := a, 0
	for i := a; i < b; i++ {
		depth = bracketDepth(depth, sp.t[i].Text)
		if depth == 0 && sp.t[i].Text == ";" {
			parts = append(parts, rng{st, i})
			st = i + 1
		}
	}
	parts = append(parts, rng{st, b})
	if len(parts) < 3 {
		return nil
	}
	kind := ""
	for _, p := range parts[1:] {
		k := sp.partKind(p)
		if k == "" && sp.tail(p) {
			continue // "and many more", "and took other steps" are judged below
		}
		if k == "" || kind != "" && k != kind {
			return nil
		}
		kind = k
	}
	if kind == "" {
		return nil
	}
	return parts
}

// partKind names the shape of a series part by its first word after an
// opening "and": "verb" for a finite verb or a past participle, "VBG" for
// a gerund, "" for anything else (a clause with its own subject, a noun
// phrase).
func (sp *splitter) partKind(p rng) string {
	i := sp.afterAnd(p)
	if i >= p.b {
		return ""
	}
	switch tag := sp.t[i].tag; {
	case finite(tag) && tag != "MD", tag == "VBN":
		return "verb" // a participle opening a part is a past tense the tagger misread ("; proposed new rules")
	case tag == "VBG":
		return "VBG"
	}
	return ""
}

// afterAnd returns the first token of p after an opening conjunction.
func (sp *splitter) afterAnd(p rng) int {
	i := p.a
	for i < p.b && (sp.t[i].tag == "CC" || sp.t[i].Text == ",") {
		i++
	}
	return i
}

// tail reports whether p is a closing part with nothing to claim: "and
// many more", "and others".
func (sp *splitter) tail(p rng) bool {
	words := 0
	for i := sp.afterAnd(p); i < p.b; i++ {
		if sp.t[i].IsWord() {
			words++
		}
	}
	return words <= 3 && !sp.hasFinite(p.a, p.b)
}

// series makes one claim of each part of a semicolon series (see
// seriesParts) and reports whether it did; it does nothing when a part's
// claim would not read as a sentence.
func (sp *splitter) series(parts []rng) bool {
	first := parts[0]
	kind := ""
	for _, p := range parts[1:] {
		if k := sp.partKind(p); k != "" {
			kind = k
			break
		}
	}
	// head: the words every part's claim opens with
	var head, firstItem rng
	switch kind {
	case "verb":
		v := first.a
		for v < first.b && !finite(sp.t[v].tag) {
			v++
		}
		if v == first.b || v == first.a {
			return false
		}
		head, firstItem = rng{first.a, v}, rng{v, first.b}
	default:
		s := -1
		for i := first.b - 1; i > first.a; i-- {
			if sp.t[i].tag == kind {
				s = i
				break
			}
		}
		if s < 0 {
			return false
		}
		head, firstItem = rng{first.a, s}, rng{s, first.b}
	}
	var drafts []draft
	add := func(item rng) {
		toks := span(span(nil, head.a, head.b), sp.afterAnd(item), item.b)
		a, b := sp.trim(sp.afterAnd(item), item.b)
		drafts = append(drafts, draft{toks: toks, focus: rng{a, b}})
	}
	add(firstItem)
	for _, p := range parts[1:] {
		if sp.partKind(p) == "" && sp.tail(p) {
			continue
		}
		add(p)
	}
	for _, d := range drafts {
		if !sp.readable(d) {
			return false
		}
	}
	sp.out = append(sp.out, drafts...)
	return true
}

// gerundParts returns the parts of a comma series of gerund items ("likely
// to include imposing new limits on imports, compelling agencies to share
// records and directing the CDC to study gun violence"): the first part up
// to the second item, then each item, split at the commas and the "and"
// before a gerund. It returns nil unless there are at least three items
// and the first part holds a gerund of its own (the first item).
func (sp *splitter) gerundParts(a, b int) []rng {
	var parts []rng
	st, depth := a, 0
	for i := a; i < b; i++ {
		depth = bracketDepth(depth, sp.t[i].Text)
		if depth > 0 || i == st || i+1 >= b {
			continue
		}
		next := i + 1
		if sp.t[i].Text == "," && sp.t[next].tag == "CC" && next+1 < b {
			next++
		}
		if (sp.t[i].Text == "," || sp.t[i].lw == "and") && gerund(sp.t[next]) {
			parts = append(parts, rng{st, i})
			st = i + 1
			i = next
		}
	}
	parts = append(parts, rng{st, b})
	if len(parts) < 3 {
		return nil
	}
	first := -1
	for i := parts[0].a + 1; i < parts[0].b; i++ {
		if sp.t[i].tag == "VBG" {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	return parts
}

// gerund reports whether t opens a gerund item: a gerund, or an -ing word
// the tagger took for an adjective or a noun ("compelling federal
// agencies"); never "including" or "according", which open no item.
func gerund(t tok) bool {
	if t.lw == "including" || t.lw == "according" || t.lw == "following" {
		return false
	}
	return t.tag == "VBG" || (t.tag == "JJ" || t.tag == "NN") && len(t.lw) > 5 && strings.HasSuffix(t.lw, "ing")
}
