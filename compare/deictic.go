package compare

import "slices"

// minExplicit is the fewest content words a claim with a demonstrative
// phrase must state for resolves to align it: an actor and what it did.
const minExplicit = 2

// resolves reports whether the claim o states everything the claim a
// states explicitly, where a points back at something it does not name
// ("The Taliban have resisted these efforts"): leaving out the nouns of
// a's demonstrative phrases (prepared.deictic), a keeps at least
// minExplicit content words, no more than o has, and o states every one
// of them, exactly or through a WordNet synset of its own; a names an
// actor (a person, organisation or group) and o names every entity a
// names. Such a claim says no more than its explicit words, so the claim
// that states them all about the same actor is a reading of it ("The
// Taliban are refusing to comply with Pakistan's demands"); without a
// named actor, a few shared words say too little.
func resolves(a, o *prepared) bool {
	if len(a.deictic) == 0 || !namesActor(a) {
		return false
	}
	explicit := 0
	for _, id := range a.content {
		if _, found := slices.BinarySearch(a.deictic, id); !found {
			explicit++
		}
	}
	if explicit < minExplicit || explicit > len(o.content) || coverageSkipping(a, o, a.deictic) < 1 {
		return false
	}
	names := entityNorms(o.claim.Entities)
	for _, e := range a.claim.Entities {
		if !names[normKey(e)] {
			return false
		}
	}
	return true
}

// namesActor reports whether a claim names a person, organisation or group.
func namesActor(p *prepared) bool {
	for _, e := range p.claim.Entities {
		if actorKinds[e.Kind] {
			return true
		}
	}
	return false
}

// deicticCandidates adds to cands (sorted, unique) the candidate partners
// of the claims resolves may align: such a claim states little, so the
// partners that could state it are found through its weightiest explicit
// word, exactly or through any WordNet synset of its own (the main index
// keys a word by its first sense only). Posting lists longer than
// maxPosting are skipped, as in candidates, so the work stays bounded by
// such claims × their word's senses × maxPosting. The result is sorted
// and unique.
func deicticCandidates(items []item, cands []candidatePair, maxPosting int) []candidatePair {
	type probe struct {
		item int
		keys []uint64
	}
	var probes []probe
	want := map[uint64]bool{} // keys some probe looks for: a stem id, or 1<<32|synset
	for i, it := range items {
		p := it.p
		if len(p.deictic) == 0 || !namesActor(p) {
			continue
		}
		best := -1
		for w, id := range p.content {
			if _, found := slices.BinarySearch(p.deictic, id); found {
				continue
			}
			if best < 0 || p.idf[w] > p.idf[best] {
				best = w
			}
		}
		if best < 0 {
			continue
		}
		pr := probe{item: i, keys: []uint64{uint64(p.content[best])}}
		for _, s := range p.syn[best].Own {
			pr.keys = append(pr.keys, 1<<32|uint64(s))
		}
		for _, k := range pr.keys {
			want[k] = true
		}
		probes = append(probes, pr)
	}
	if len(probes) == 0 {
		return cands
	}
	post := map[uint64][]int32{}
	for j, it := range items {
		for w, id := range it.p.content {
			if want[uint64(id)] {
				post[uint64(id)] = append(post[uint64(id)], int32(j))
			}
			for _, s := range it.p.syn[w].Own {
				if k := 1<<32 | uint64(s); want[k] {
					post[k] = append(post[k], int32(j))
				}
			}
		}
	}
	var set pairSet
	for _, c := range cands {
		set.add(c.i, c.j)
	}
	for _, pr := range probes {
		for _, key := range pr.keys {
			pl := post[key]
			if len(pl) > maxPosting {
				continue
			}
			for _, j := range pl {
				if int(j) != pr.item && comparable(items[pr.item], items[j]) {
					set.add(pr.item, int(j))
				}
			}
		}
	}
	return set.sorted()
}
