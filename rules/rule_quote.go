package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

var quoteUnattributed = &Rule{
	ID:      "quote-unattributed",
	Summary: "A direct quote has no speaker",
	Doc: `A direct quote must say who said it. This rule reports every direct
quote (a quoted utterance, not a few scare-quoted words) for which no speaker,
named, vague or pronoun, was found in its sentence or the next.`,
	Bad:     `"We will not back down."`,
	Good:    `"We will not back down," the interior minister, Mohsin Naqvi, said.`,
	Default: Warning,
	Run: func(p *Pass) {
		for _, d := range p.Targets() {
			for i := range d.Quotes {
				q := &d.Quotes[i]
				if q.Kind == claims.QuoteDirect && q.Attribution == claims.AttrNone {
					p.Reportf(d, q.Span, q.Text, "direct quote %q has no speaker; say who said it", excerpt(q.Text, 60))
				}
			}
		}
	},
}

var attributionVague = &Rule{
	ID:      "attribution-vague",
	Summary: "A quote or claim is attributed only vaguely or anonymously",
	Doc: `A source the reader cannot identify is barely better than none: a
vague one ("critics say", "according to reports", "some Republicans
believe") names no one in particular, an anonymous one ("a senior
administration official said", "people familiar with the talks") is someone
the reader is asked to trust unseen. This rule reports quotes whose speaker
is vague or anonymous (once per mention of the speaker: the quotes that go
on from it are its words too), and claims, in reported speech as well as around
quotes, attributed to such a source that are not already reported as part
of a quote. A pronoun ("he said") whose person or body is named nearby is
that source, and a named body or office ("the White House", "police", "a
spokesman for the ministry") is a named source. The vague-source lexicon can
be extended or trimmed in the configuration (vague: add/remove).`,
	Bad:     `"The talks failed," according to sources.`,
	Good:    `"The talks failed," said Asim Iftikhar, a Foreign Office spokesman.`,
	Default: Warning,
	Run: func(p *Pass) {
		for _, d := range p.Targets() {
			var reported []claims.Span
			speakers := map[claims.Span]bool{} // the speaker mentions reported
			for i := range d.Quotes {
				q := &d.Quotes[i]
				if !q.Attribution.Unidentified() || q.Kind == claims.QuotePartial {
					continue // a few quoted words: the sentence's own source is reported below
				}
				reported = append(reported, q.Span)
				if q.Speaker != nil && q.Speaker.Span != (claims.Span{}) {
					if speakers[q.Speaker.Span] {
						continue // the quote goes on from one already reported: one source, one finding
					}
					speakers[q.Speaker.Span] = true
				}
				p.Reportf(d, q.Span, q.Text, "quote %q is attributed %s%s; name who said it", excerpt(q.Text, 50), howVague(q.Attribution), vagueWho(speakerOf(q)))
			}
			seen := map[claims.Span]bool{}
		claims:
			for i := range d.Claims {
				c := &d.Claims[i]
				if !c.Attribution.Kind.Unidentified() {
					continue
				}
				for _, s := range reported {
					if s.Overlaps(c.Span) || (c.Attribution.SourceSpan != claims.Span{} && s.Overlaps(c.Attribution.SourceSpan)) {
						continue claims
					}
				}
				if ss := c.Attribution.SourceSpan; ss != (claims.Span{}) {
					if seen[ss] {
						continue
					}
					seen[ss] = true
				}
				p.Reportf(d, c.Span, c.Text, "claim is attributed %s%s; name the source", howVague(c.Attribution.Kind), vagueSource(c.Attribution))
			}
			// Sources in reported speech that no reported claim carries.
		sources:
			for _, a := range d.Sourcing {
				if seen[a.SourceSpan] {
					continue
				}
				for i := range d.Quotes {
					if sp := d.Quotes[i].Speaker; sp != nil && sp.Span.Overlaps(a.SourceSpan) {
						continue sources // the quote's grade stands
					}
				}
				for _, s := range reported {
					if s.Overlaps(a.SourceSpan) {
						continue sources
					}
				}
				for ss := range seen {
					if ss.Overlaps(a.SourceSpan) {
						continue sources
					}
				}
				if !ownWords(a) && insideNamedClaim(d, a.SourceSpan) {
					continue sources // "Zimmer said another official had threatened": what Zimmer said of the official
				}
				if describesNamedSource(d, a.SourceSpan) {
					continue sources // "King, ... a longtime critic of the proposals, said": King said it
				}
				seen[a.SourceSpan] = true
				p.Reportf(d, a.SourceSpan, a.Source, "claim is attributed %s%s; name the source", howVague(a.Kind), vagueSource(a))
			}
		}
	},
}

// insideNamedClaim reports whether sp lies in what a named source is said
// to have said: inside the span of a claim credited to a named source
// and not in that source's own words. A group there is what the claim is
// about ("Dawn Zimmer said another senior administration official had
// threatened to withhold aid"), and the claim has its source.
func insideNamedClaim(d *claims.Document, sp claims.Span) bool {
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Attribution.Kind == claims.AttrNamed && c.Span.Start <= sp.Start && sp.End <= c.Span.End && !c.Attribution.SourceSpan.Overlaps(sp) {
			return true
		}
	}
	return false
}

// describesNamedSource reports whether sp lies inside the source of a
// claim credited to a named source: a description of that source ("King,
// a Republican of New York and a longtime critic of proposals to change
// the immigration system, said"), not another one.
func describesNamedSource(d *claims.Document, sp claims.Span) bool {
	for i := range d.Claims {
		a := &d.Claims[i].Attribution
		if a.Kind != claims.AttrNamed || sp.End > a.SourceSpan.End {
			continue
		}
		if n := namePrefix(a.Source); n > 0 && a.SourceSpan.Start+n <= sp.Start {
			return true
		}
	}
	return false
}

// namePrefix returns the length of the name and comma a source opens with
// ("King, ", "Sen. Rand Paul, "), or 0 when it opens with no name and
// comma.
func namePrefix(source string) int {
	name, _, ok := strings.Cut(source, ",")
	if !ok || name == "" {
		return 0
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0
		}
	}
	return len(name) + 1
}

// ownWords reports whether a source found in reported speech is one by
// its own words: a marker ("reportedly") or a subject of saying ("a top
// official with the group said"), a source wherever it stands, not a
// group a claim is about.
func ownWords(a claims.Attribution) bool {
	return a.Cue == strings.ToLower(a.Source) || sayingCues[a.Cue]
}

// sayingCues are the cues of saying outright.
var sayingCues = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "stated": true, "confirmed": true, "acknowledged": true, "according to": true, "citing": true,
}

// howVague says how a source falls short: "only vaguely" or "to an
// anonymous source".
func howVague(k claims.AttributionKind) string {
	if k == claims.AttrAnonymous {
		return "anonymously"
	}
	return "only vaguely"
}

// vagueWho renders `, to "the summaries"` for a vague source, or "".
// vagueSource is vagueWho for a claim's attribution; a marker that
// passes a claim on without a source ("reportedly", "came under
// criticism", "is widely believed") is quoted as the words that do so, not
// as someone it is attributed to.
func vagueSource(a claims.Attribution) string {
	if src := normSpace(a.Source); src != "" && strings.EqualFold(src, normSpace(a.Cue)) {
		return fmt.Sprintf(" (%q, with no one named)", src)
	}
	return vagueWho(a.Source)
}

func vagueWho(source string) string {
	if source = normSpace(source); source != "" {
		return fmt.Sprintf(", to %q", source)
	}
	return ""
}
