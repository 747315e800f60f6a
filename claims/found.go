package claims

import "github.com/claimcheck/claimcheck/claims/attrib"

// attachFound credits the claims of one sentence (spans relative to it)
// with the vague and anonymous sources attrib.Find saw in the sentence, so
// that reported speech ("officials said", "critics worry") and vague
// markers ("reportedly", "is seen as") are graded like quote speakers. A
// source already carried by a claim is left alone; otherwise it goes to the
// unattributed claims whose span holds its words, or, when none does, to the
// sentence's first unattributed claim. A source inside a speaker's
// description ("AARP, the lobby that has been seen as an opponent of cuts,
// said") is the speaker's, and also the source of the unattributed claim
// that holds it ("AARP is the lobby that has been seen as ..."). Claims with a source keep it, and a
// claim made of the source's own words ("Critics spoke on Friday" from
// "Critics, who spoke on Friday, said") is what the source is, not what it
// says. A criticism credited to no one ("drew criticism for") is a
// sourcing finding of its sentence, not the source of its claims.
func attachFound(cs []Claim, found []attrib.Found) {
	for _, f := range found {
		if f.Criticism() {
			continue // "Perry has faced criticism for ...": the criticism is credited to no one, but no claim here is the critics' (it stays in doc.Sourcing)
		}
		fs := Span{f.Start, f.End}
		taken, holder := false, false
		for i := range cs {
			if a := cs[i].Attribution; a.Kind != AttrNone && a.SourceSpan.Overlaps(fs) {
				taken = true
			}
			holder = holder || cs[i].Attribution.Kind == AttrNone && cs[i].Span.Contains(fs) && cs[i].Span != fs
		}
		if taken && !holder {
			continue
		}
		at := Attribution{Source: f.Text, SourceSpan: fs, Cue: f.Cue, Kind: AttributionKind(f.Kind)}
		hit := false
		for i := range cs {
			if cs[i].Attribution.Kind == AttrNone && cs[i].Span.Overlaps(fs) && !fs.Contains(cs[i].Span) {
				cs[i].Attribution, hit = at, true
			}
		}
		if hit {
			continue
		}
		for i := range cs {
			if cs[i].Attribution.Kind == AttrNone && !fs.Contains(cs[i].Span) {
				cs[i].Attribution = at
				break
			}
		}
	}
}
