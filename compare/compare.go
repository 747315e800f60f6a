package compare

import (
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/crash"
)

// Compare aligns the claims of docs and groups them. Candidate pairs come
// from the inverted index (never all pairs); they are scored by a worker
// pool and merged in a fixed order, so the result is deterministic. Word
// weights are reweighed by the Collection of all the claims compared, so
// the names a whole story shares weigh little. A candidate pair of two
// articles aligns when the alignment model learned on annotated stories
// says they state one fact (see alignModel; never for a pair vetoFree
// rules out), or, for an engine without one, when it is a paraphrase
// (Options.Threshold); any candidate pair aligns when one side is a summary
// claim (headline, dek, takeaway) contained in the other (see contains),
// when one side points back with a demonstrative phrase and the other
// states all its explicit words about the same actor (see resolves), or,
// if Options.GroupThreshold is set, when its graded Score reaches it. A
// claim with a bare pronoun subject and fewer than three content words
// ("This has led to tensions") does not align as a paraphrase here (see
// minPronounContent) unless the other claim is the same words (see
// sameWords), though `pairs` still scores it; nor does a pair
// whose claims share a frame but not its arguments (see sameArguments).
// Aligned pairs are kept only between mutual best partners (mutualBest)
// and grouped by complete linkage (groupItems), so a group never chains
// claims that do not align with each other.
func Compare(docs []*claims.Document, opt Options) *Result {
	return compare(docs, opt, func(c *claims.Claim) *prepared { return prepareWith(c, opt.Semantic) })
}

// Compare is the package-level Compare with the Scorer's options, sharing
// its cache of prepared claims (so rules that score pairs after Compare
// prepare no claim twice).
func (s *Scorer) Compare(docs []*claims.Document) *Result {
	return compare(docs, s.opt, s.prepared)
}

// stage is what a comparison scores: the prepared claims of every
// document (items, in canonical document order, with their references and
// content ranks) and the candidate pairs among them.
type stage struct {
	items []item
	refs  []ClaimRef
	ranks []int
	cands []candidatePair
}

// prepareStage prepares the claims of docs (with prep, then reweighed by
// their Collection) and proposes the candidate pairs, filling opt's unset
// limits with the defaults.
func prepareStage(docs []*claims.Document, opt *Options, prep func(*claims.Claim) *prepared) *stage {
	if opt.Candidates <= 0 {
		opt.Candidates = DefaultOptions().Candidates
	}
	if opt.MaxPosting <= 0 {
		opt.MaxPosting = DefaultOptions().MaxPosting
	}
	if opt.MaxShare <= 0 {
		opt.MaxShare = DefaultOptions().MaxShare
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	st := &stage{}
	for _, di := range canonicalDocs(docs) {
		d := docs[di]
		for ci := range d.Claims {
			c := &d.Claims[ci]
			st.items = append(st.items, item{doc: di, pos: ci, anchor: isAnchor(c.Role)})
			r := ref(c)
			if r.Doc == "" {
				r.Doc = d.ID
			}
			st.refs = append(st.refs, r)
		}
	}
	items := st.items
	parallel(len(items), opt.Workers, func(i int) {
		items[i].p = prep(&docs[items[i].doc].Claims[items[i].pos])
	})
	ps := make([]*prepared, len(items))
	for i := range items {
		ps[i] = items[i].p
	}
	col := collectionOf(ps)
	parallel(len(items), opt.Workers, func(i int) {
		items[i].p = col.in(items[i].p)
	})
	st.ranks = rankItems(items, docs)
	maxPosting := min(opt.MaxPosting, max(2, int(opt.MaxShare*float64(len(items)))))
	st.cands = deicticCandidates(items, candidates(items, opt.Candidates, maxPosting), maxPosting)
	return st
}

func compare(docs []*claims.Document, opt Options, prep func(*claims.Claim) *prepared) *Result {
	st := prepareStage(docs, &opt, prep)
	items, refs, ranks, cands, workers := st.items, st.refs, st.ranks, st.cands, opt.Workers
	pairs := make([]*Pair, len(cands)) // nil for a pair that does not align
	strength := make([]float64, len(cands))
	parallel(len(cands), workers, func(k int) {
		c := cands[k]
		a, b := items[c.i].p, items[c.j].p
		summary := items[c.i].anchor && contains(a, b) || items[c.j].anchor && contains(b, a) || resolves(a, b) || resolves(b, a)
		am := opt.alignModelFor(semanticOf(a, b))
		cross := items[c.i].doc != items[c.j].doc
		learned, fact := false, 0.0 // the alignment model's decision and probability
		if am != nil && cross && !weakPair(a, b) {
			fact = am.probability(a, b, items[c.i].anchor || items[c.j].anchor)
			learned = fact >= am.threshold && !otherPlaces(a, b) // vetoFree, the cheap half first
		}
		if am != nil && cross && !learned && !summary && opt.GroupThreshold <= 0 {
			return // the model decides pairs of two articles
		}
		if !summary && !learned && opt.GroupThreshold <= 0 && (weakPair(a, b) || !mayParaphrase(a, b, opt.Threshold)) {
			return // cannot align: rejected before the sequence features
		}
		grade, para := scores(a, b)
		rough := opt.GroupThreshold > 0 && grade >= opt.GroupThreshold
		paraphrase := para >= opt.Threshold && !weakPair(a, b) && sameArguments(a, b) && (am == nil || !cross)
		if !paraphrase && !rough && !summary && !learned { // cheap reject before relations and diff
			return
		}
		p := finish(a, b, grade, true, opt)
		p.A, p.B = refs[c.i], refs[c.j]
		switch {
		case learned && !summary:
			strength[k] = fact
		case paraphrase:
			strength[k] = para
		default:
			// aligned as a summary or as roughly equivalent: the graded
			// score says how close, the paraphrase model does not
			strength[k] = max(para, grade, fact)
		}
		pairs[k] = &p
	})
	var edges []edge
	for k, p := range pairs {
		if p != nil && p.Aligned {
			edges = append(edges, edge{cands[k].i, cands[k].j, k, strength[k]})
		}
	}
	res := &Result{Groups: []Group{}, Single: []ClaimRef{}}
	multi := make([]bool, len(items))   // in a group spanning two or more documents
	sentence := make([]int, len(items)) // a number per (document, sentence)
	sentID := map[[2]int]int{}
	for i, it := range items {
		key := [2]int{it.doc, docs[it.doc].Claims[it.pos].Sentence}
		if _, ok := sentID[key]; !ok {
			sentID[key] = len(sentID)
		}
		sentence[i] = sentID[key]
	}
	edges = mutualBest(edges, items)
	nodes := make([]groupNode, len(items))
	for i, it := range items {
		nodes[i] = groupNode{doc: it.doc, sentence: sentence[i], rank: ranks[i]}
	}
	for _, members := range groupItems(nodes, edges, twinsOf(items)) {
		// Every edge joins two documents or an anchor and its own body
		// (see comparable), so a one-document group pairs a summary
		// claim with its body.
		docsSeen := map[int]bool{}
		for _, m := range members.nodes {
			docsSeen[items[m].doc] = true
		}
		g := Group{Divergences: []Divergence{}}
		for _, m := range members.nodes {
			multi[m] = multi[m] || len(docsSeen) >= 2
			g.Claims = append(g.Claims, refs[m])
		}
		for _, k := range members.pairs {
			g.Pairs = append(g.Pairs, *pairs[k])
		}
		summarise(&g)
		if g.Relation == Refine && len(docsSeen) >= 2 && sourcesAgree(members.nodes, items, opt) {
			g.Relation = Agree
		}
		res.Groups = append(res.Groups, g)
	}
	for i := range items {
		if !multi[i] {
			res.Single = append(res.Single, refs[i])
		}
	}
	// Members are in item order, so groups sort by their first claim.
	for i := range res.Groups {
		res.Groups[i].ID = "g" + itoa(i+1)
	}
	return res
}

// parallel runs f(0..n-1) on w goroutines; each index is run exactly once.
// A panic in f is raised again in the caller's goroutine (as a *crash.Panic).
func parallel(n, w int, f func(int)) {
	if w <= 1 || n < 64 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var c crash.Catcher // a worker's panic is raised again here, after all finish
	chunk := (n + w - 1) / w
	for s := 0; s < n; s += chunk {
		e := min(n, s+chunk)
		wg.Add(1)
		go func(s, e int) {
			defer wg.Done()
			for i := s; i < e; i++ {
				c.Do(func() { f(i) })
			}
		}(s, e)
	}
	wg.Wait()
	c.Repanic()
}

// summarise sets a group's relation and divergences from its pairs:
// diverge if any pair diverges, else refine if any refines, else agree;
// divergences are the de-duplicated union sorted by kind then values.
// Compare then lets a refining group of several documents agree when its
// sources do (see sourcesAgree).
func summarise(g *Group) {
	g.Relation = Agree
	seen := map[string]bool{}
	for _, p := range g.Pairs {
		switch {
		case p.Relation == Diverge:
			g.Relation = Diverge
		case p.Relation == Refine && g.Relation == Agree:
			g.Relation = Refine
		}
		for _, d := range p.Divergences {
			key := d.Kind + "\x00" + strings.Join(d.Values, "\x00")
			if !seen[key] {
				seen[key] = true
				g.Divergences = append(g.Divergences, d)
			}
		}
	}
	slices.SortStableFunc(g.Divergences, func(x, y Divergence) int {
		if c := strings.Compare(x.Kind, y.Kind); c != 0 {
			return c
		}
		return slices.Compare(x.Values, y.Values)
	})
}
