package report

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
)

// Group classes, in the order every format lists them.
const (
	classDiverge = iota // cross-source groups that diverge
	classAgree          // cross-source groups that agree or refine
	classWithin         // groups inside one article (a summary and its body)
)

// groupClass says where g stands in every report: cross-source divergences
// first, then cross-source agreements and refinements, then groups that
// stay inside one article.
func groupClass(g compare.Group) int {
	if !crossSource(g) {
		return classWithin
	}
	if g.Relation == compare.Diverge {
		return classDiverge
	}
	return classAgree
}

// crossSource reports whether g's claims come from two or more documents.
func crossSource(g compare.Group) bool {
	for _, c := range g.Claims[min(1, len(g.Claims)):] {
		if c.Doc != g.Claims[0].Doc {
			return true
		}
	}
	return false
}

// orderedGroups returns the groups of res in report order: by groupClass,
// and within a class in compare's order (the position of the first claim).
// The result is a new slice; res is not changed.
func orderedGroups(res *compare.Result) []compare.Group {
	if res == nil {
		return nil
	}
	gs := slices.Clone(res.Groups)
	slices.SortStableFunc(gs, func(a, b compare.Group) int { return groupClass(a) - groupClass(b) })
	return gs
}

// orderedFindings returns the findings in the order the HTML findings panel
// lists them: cross-source divergences (claim-diverges) first, then by
// severity, most severe first, each keeping rules.Run's order.
func orderedFindings(fs []rules.Finding) []int {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	rank := func(f rules.Finding) int {
		if f.Rule == "claim-diverges" {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		fa, fb := fs[a], fs[b]
		if r := rank(fa) - rank(fb); r != 0 {
			return r
		}
		return int(fb.Severity) - int(fa.Severity)
	})
	return idx
}

// distinctExcerpts shortens each text to about n code points so that two
// different texts never show the same excerpt: an excerpt that would repeat
// another's keeps its head and its end ("head … end"), and the whole text
// when that still repeats.
func distinctExcerpts(texts []string, n int) []string {
	out := make([]string, len(texts))
	seen := map[string]string{} // excerpt -> first text that produced it
	clash := map[string]bool{}
	for _, t := range texts {
		e := shorten(t, n)
		if first, ok := seen[e]; ok && first != t {
			clash[e] = true
		} else if !ok {
			seen[e] = t
		}
	}
	for i, t := range texts {
		e := shorten(t, n)
		if clash[e] {
			e = headTail(t, n)
		}
		out[i] = e
	}
	// A head-and-end excerpt that still repeats another text's shows whole.
	count := map[string]map[string]bool{}
	for i, e := range out {
		if count[e] == nil {
			count[e] = map[string]bool{}
		}
		count[e][texts[i]] = true
	}
	for i, e := range out {
		if len(count[e]) > 1 {
			out[i] = texts[i]
		}
	}
	return out
}

// headTail keeps the first and last parts of s, about n code points in all.
func headTail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n+n/2 {
		return s
	}
	head, tail := n/2, n/2
	return strings.TrimSpace(string(r[:head])) + " … " + strings.TrimSpace(string(r[len(r)-tail:]))
}
