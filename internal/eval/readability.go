package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/atomic"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

func init() {
	Register(Suite{Name: "readability", Run: runReadability})
}

// ReadabilityResult holds the readability figure of the claims of a set of
// articles: the share of claims that read as a sentence (atomic.Readable),
// a headline's or dek's claim counting as read when it is its whole line.
type ReadabilityResult struct {
	Articles, Sentences, Claims int
	Readable                    int
	Reasons                     map[string]int // unreadable claims by reason
	Unreadable                  []string       // "path: claim  (reason)"
}

// Share returns the readable share of the claims.
func (r *ReadabilityResult) Share() float64 {
	if r.Claims == 0 {
		return 0
	}
	return float64(r.Readable) / float64(r.Claims)
}

// Readability analyzes every .txt article under dir (one folder per story)
// as claimcheck does and measures its claims with atomic.Readable.
func Readability(dir string) (*ReadabilityResult, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	docs, err := ingest.Load(paths, nil)
	if err != nil {
		return nil, err
	}
	claims.AnalyzeAll(docs, claims.Options{})
	res := &ReadabilityResult{Reasons: map[string]int{}}
	for _, d := range docs {
		res.Articles++
		res.Sentences += len(d.Sentences)
		for _, c := range d.Claims {
			res.Claims++
			reason := atomic.Readable(c.Text)
			if reason != "" && (c.Role == claims.RoleHeadline || c.Role == claims.RoleDek) && wholeSentence(d, c) {
				reason = "" // a headline is read whole, in headline style
			}
			if reason == "" {
				res.Readable++
				continue
			}
			res.Reasons[reason]++
			res.Unreadable = append(res.Unreadable, fmt.Sprintf("%s: %s  (%s)", d.Path, c.Text, reason))
		}
	}
	return res, nil
}

// wholeSentence reports whether claim c is the whole of its sentence,
// up to final punctuation and quotation marks.
func wholeSentence(d *claims.Document, c claims.Claim) bool {
	s := d.Sentences[c.Sentence].Text
	trim := func(x string) string { return strings.Trim(x, " .!?\"“”'‘’\n") }
	return trim(s) == trim(c.Text)
}

func runReadability(root string, w io.Writer) error {
	dir := filepath.Join(root, "stories", "basil-dev")
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "skipped: %s not found\n", dir)
		return nil
	}
	r, err := Readability(dir)
	if err != nil {
		return err
	}
	if os.Getenv("READABILITY_VERBOSE") != "" {
		for _, u := range r.Unreadable {
			fmt.Fprintln(w, u)
		}
	}
	fmt.Fprintf(w, "articles %d  sentences %d  claims %d (%.2f per sentence)\n", r.Articles, r.Sentences, r.Claims, float64(r.Claims)/float64(max(1, r.Sentences)))
	fmt.Fprintf(w, "readable %d of %d = %.3f  (subject before a finite verb, no dangling fragment; headlines whole)\n", r.Readable, r.Claims, r.Share())
	reasons := make([]string, 0, len(r.Reasons))
	for k := range r.Reasons {
		reasons = append(reasons, k)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if r.Reasons[reasons[i]] != r.Reasons[reasons[j]] {
			return r.Reasons[reasons[i]] > r.Reasons[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	for _, k := range reasons {
		fmt.Fprintf(w, "  %4d  %s\n", r.Reasons[k], k)
	}
	fmt.Fprintf(w, "(set READABILITY_VERBOSE=1 for the unreadable claims)\n")
	return nil
}
