package ingest

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/attrib"
)

//go:embed chrome.txt
var chromeData string

// chromeLine matches a whole line of page debris (see chrome.txt). It is
// compiled on first use: its bounded repetitions make it the costliest
// expression of the program to compile, and commands that read no article
// (rules, explain) should not pay for it at start.
var chromeLine = sync.OnceValue(func() *regexp.Regexp { return compileChrome(chromeData) })

func compileChrome(data string) *regexp.Regexp {
	var alts []string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		alts = append(alts, "(?:"+l+")")
	}
	return regexp.MustCompile(`(?i)^(?:` + strings.Join(alts, "|") + `)$`)
}

// takeawayHeading names a list of summary points.
var takeawayHeading = regexp.MustCompile(`(?i)^(key takeaways?|takeaways|key points|at a glance|highlights|in brief|the big picture|what we know|what to know|tl;?dr|summary|in short)[:.]?$`)

// bylineLine is an explicit byline.
var bylineLine = regexp.MustCompile(`^(?:[Bb]y|BY) [\p{Lu}]`)

// isChrome reports whether a block's text is page debris.
func isChrome(text string) bool {
	t := strings.TrimSpace(text)
	if utf8.RuneCountInString(t) > 160 {
		return false
	}
	return chromeLine().MatchString(t)
}

// layout gives every block its final kind and role: page chrome, the
// headline and its repeats, byline, dek, headings, takeaway lists and the
// body. Invariant: only paragraph, list-item, blockquote, headline and dek
// blocks have a role, and only they yield claims.
func layout(doc *claims.Document) {
	headline := -1
	for i := range doc.Blocks {
		if isChrome(doc.Blocks[i].Text) {
			doc.Blocks[i].Kind = claims.KindChrome
		}
	}
	doc.Blocks = splitDatelines(doc.Blocks)
	bs := doc.Blocks
	// The headline: an explicit one (Markdown h1, HTML h1), or else the first
	// block of a text file when it reads like a title.
	for i := range bs {
		if bs[i].Kind == claims.KindHeadline {
			headline = i
			break
		}
	}
	if headline < 0 && doc.Format == "txt" {
		for i := range bs {
			if bs[i].Kind == claims.KindChrome {
				continue
			}
			if bs[i].Kind == claims.KindParagraph && looksLikeTitle(bs[i].Text) {
				bs[i].Kind = claims.KindHeadline
				headline = i
			}
			break
		}
	}
	title := ""
	if headline >= 0 {
		title = norm(bs[headline].Text)
	} else if doc.Title != "" {
		title = norm(doc.Title)
	}
	for i := range bs {
		if i != headline && title != "" && norm(bs[i].Text) == title {
			bs[i].Kind = claims.KindChrome // the headline repeated by the page template
		}
	}
	// Bylines: "By ..." lines, and short name-like lines next to chrome.
	for i := range bs {
		if bs[i].Kind != claims.KindParagraph {
			continue
		}
		t := strings.TrimSpace(bs[i].Text)
		if bylineLine.MatchString(t) && wordCount(t) <= 12 {
			bs[i].Kind = claims.KindByline
			continue
		}
		if looksLikeName(t) && (neighbourIs(bs, i, -1, claims.KindChrome) || neighbourIs(bs, i, 1, claims.KindChrome)) {
			bs[i].Kind = claims.KindByline
		}
	}
	// The dek: the paragraph right after the headline when page furniture
	// (byline, chrome) separates it from the body.
	if headline >= 0 && headline+1 < len(bs) && bs[headline+1].Kind == claims.KindParagraph {
		next := headline + 2
		if next < len(bs) && (bs[next].Kind == claims.KindChrome || bs[next].Kind == claims.KindByline) && wordCount(bs[headline+1].Text) <= 60 {
			bs[headline+1].Kind = claims.KindDek
		}
	}
	// Headings: short lines without final punctuation between paragraphs.
	for i := range bs {
		if bs[i].Kind == claims.KindParagraph && i != headline && looksLikeHeading(bs[i].Text) {
			bs[i].Kind = claims.KindHeading
		}
	}
	// Roles.
	inTakeaways := false
	for i := range bs {
		b := &bs[i]
		switch b.Kind {
		case claims.KindHeading:
			inTakeaways = takeawayHeading.MatchString(strings.TrimSpace(b.Text))
		case claims.KindHeadline:
			b.Role = claims.RoleHeadline
		case claims.KindDek:
			b.Role = claims.RoleDek
		case claims.KindListItem:
			if inTakeaways {
				b.Role = claims.RoleTakeaway
			} else {
				b.Role = claims.RoleBody
			}
		case claims.KindParagraph, claims.KindBlockquote:
			inTakeaways = false
			b.Role = claims.RoleBody
		}
	}
}

func neighbourIs(bs []claims.Block, i, dir int, kind claims.BlockKind) bool {
	j := i + dir
	return j >= 0 && j < len(bs) && bs[j].Kind == kind
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func wordCount(s string) int { return len(strings.Fields(s)) }

// looksLikeTitle: at most 25 words, not ending with a period (a title may
// end with ? or !), or title-cased.
func looksLikeTitle(s string) bool {
	n := wordCount(s)
	if n == 0 || n > 25 {
		return false
	}
	return !strings.HasSuffix(strings.TrimSpace(s), ".") || titleCased(s)
}

// looksLikeHeading: at most 8 words and no sentence punctuation at the end.
func looksLikeHeading(s string) bool {
	t := strings.TrimSpace(s)
	n := wordCount(t)
	if n == 0 || n > 8 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == ':' && leadsInSpeech(t) {
		return false // "The senator said:": the next paragraph is what was said
	}
	return !strings.ContainsRune(".!?,;\"”’)", r)
}

// leadsInSpeech reports whether a line ending in a colon introduces what
// someone said: its last word before the colon is a cue ("said:",
// "wrote:", "saying:") or "following" ("said the following:").
func leadsInSpeech(t string) bool {
	ws := strings.Fields(strings.TrimSuffix(t, ":"))
	if len(ws) < 2 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return attrib.IsCue(last) || last == "following"
}

// looksLikeName: two to four capitalised words and nothing else, as in a
// byline ("Geeta Pillai", "Trim Correspondents").
func looksLikeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' }) >= 0 {
			return false
		}
	}
	return true
}

func titleCased(s string) bool {
	ws := strings.Fields(s)
	up := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			up++
		}
	}
	return len(ws) >= 3 && up*4 >= len(ws)*3
}
