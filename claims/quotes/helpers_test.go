package quotes

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/segment"
)

// paras splits s at blank lines and segments each paragraph with the
// project's sentence segmenter.
func paras(s string) []Paragraph {
	var out []Paragraph
	for _, blk := range strings.Split(s, "\n\n") {
		if strings.TrimSpace(blk) == "" {
			continue
		}
		p := Paragraph{Text: blk}
		for _, r := range segment.Split(blk) {
			p.Sentences = append(p.Sentences, Range{r.Start, r.End})
		}
		out = append(out, p)
	}
	return out
}

// got is the comparable summary of a Quote.
type got struct {
	Text, Kind, Speaker, Cue, Attr, Ante string
}

func summarise(qs []Quote) []got {
	var out []got
	for _, q := range qs {
		g := got{Text: q.Text, Kind: q.Kind, Cue: q.Cue, Attr: q.Attribution, Ante: q.Antecedent}
		if q.Speaker != nil {
			g.Speaker = q.Speaker.Text
		}
		out = append(out, g)
	}
	return out
}
