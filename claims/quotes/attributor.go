package quotes

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// Attributor finds the sources of reported claims in one document and
// resolves their pronoun speakers by the same rules as quotes' (resolve).
// Build it once per document; Attribute and Resolve are then cheap per
// sentence. Call Spoke for each named source in document order so that a
// later "he said" goes to the last person who spoke in the paragraph.
type Attributor struct {
	d    *doc
	hist []mention
}

// NewAttributor prepares paras for Attribute. Words inside quotation marks
// never serve as cues or speakers.
func NewAttributor(paras []Paragraph) *Attributor {
	d := newDoc(paras)
	raws, _ := pairMarks(paras)
	for _, rq := range raws {
		for _, p := range rq.parts {
			d.markQuoted(p.para, p.open, p.close)
		}
	}
	return &Attributor{d: d}
}

// Attribute returns the source of the reported claim in sentence r of
// paragraph para: the first cue outside quotation marks that has a speaker
// ("Pakistan has accused Afghanistan of ..." -> Pakistan, "accused";
// "..., officials said." -> officials, "said"; "According to the summaries,
// ..." -> the summaries). Kind is attrib.None with a nil Speaker when the
// sentence has no attribution; a pronoun speaker is resolved to the nearest
// fitting name before it. A range outside the paragraph gives None.
func (a *Attributor) Attribute(para int, r Range) Attribution {
	if para < 0 || para >= len(a.d.paras) {
		return Attribution{Kind: attrib.None}
	}
	n := len(a.d.paras[para].Text)
	r.Start, r.End = max(0, min(r.Start, n)), max(0, min(r.End, n))
	if r.End <= r.Start {
		return Attribution{Kind: attrib.None}
	}
	sp, cue := a.d.searchWindow(a.d.sentWindow(para, r), false)
	kind := speakerKind(sp)
	if kind == attrib.None {
		return Attribution{Kind: attrib.None}
	}
	out := Attribution{Speaker: sp, Cue: cue, Kind: kind}
	if out.Kind == attrib.Pronoun {
		out.Antecedent = a.d.resolve(sp, a.hist)
	}
	return out
}

// Resolve returns the name the pronoun at byte off of paragraph para stands
// for (he, she and I: a person; they, we and it: an organisation), or ""
// when nothing fits or the position is outside the document.
func (a *Attributor) Resolve(para, off int, pronoun string) string {
	if para < 0 || para >= len(a.d.paras) || off < 0 || off > len(a.d.paras[para].Text) || !isPronounWord(strings.ToLower(pronoun)) {
		return ""
	}
	return a.d.resolve(&Speaker{Para: para, Start: off, End: off + len(pronoun), Text: pronoun}, a.hist)
}

// Spoke records that the named source text spoke at byte off of paragraph
// para. Calls must come in document order.
func (a *Attributor) Spoke(para, off int, text string) {
	if para < 0 || para >= len(a.d.paras) {
		return
	}
	a.hist = append(a.hist, mention{text: nameOnly(text), para: para, off: off, person: isPersonName(text)})
}

// Attribute is NewAttributor(paras).Attribute(para, r), for a single use.
func Attribute(paras []Paragraph, para int, r Range) Attribution {
	return NewAttributor(paras).Attribute(para, r)
}

// speakerKind grades the speaker phrase sp found before a cue, or gives
// attrib.None when there is none or it holds no words of its own (a subject
// that is only "according to)"): a quote or claim has a Speaker exactly when
// its kind is not None.
func speakerKind(sp *Speaker) string {
	if sp == nil {
		return attrib.None
	}
	return attrib.Classify(sp.Text)
}
