package main

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims/atomic"
	"github.com/claimcheck/claimcheck/claims/crash"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/compare/synonyms"
)

// warmUp loads the embedded models (sentence segmenter, tagger and, when
// comparing, the synonym table) concurrently while inputs are read; each
// otherwise loads on first use, one after the other. wait blocks until all
// are loaded.
func warmUp(comparing bool) (wait func()) {
	loads := []func(){segment.Preload, atomic.Preload}
	if comparing {
		loads = append(loads, func() { _ = synonyms.Err() })
	}
	var wg sync.WaitGroup
	var c crash.Catcher
	for _, load := range loads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Do(load)
		}()
	}
	return func() {
		wg.Wait()
		c.Repanic()
	}
}
