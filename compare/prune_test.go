package compare

import (
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/agnivade/levenshtein"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// TestMayParaphraseBounds checks that mayParaphrase never rejects a pair
// whose paraphrase probability reaches the threshold, on every pair of
// claims of the seeds and of three dev stories (when ../shared/eval is
// present), weighed as Compare weighs them, and that it rejects most
// pairs (else it would save nothing).
func TestMayParaphraseBounds(t *testing.T) {
	sets := [][]string{{filepath.Join("..", "testdata", "seeds")}}
	stories, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "stories", "basil-dev", "*"))
	for i := 0; i < len(stories) && i < 3; i++ {
		sets = append(sets, []string{stories[i] + "/fox.txt", stories[i] + "/hpo.txt", stories[i] + "/nyt.txt"})
	}
	opt := DefaultOptions()
	for _, paths := range sets {
		docs, err := ingest.Load(paths, nil)
		if err != nil {
			t.Fatal(err)
		}
		claims.AnalyzeAll(docs, claims.Options{})
		var ps []*prepared
		for _, d := range docs {
			for i := range d.Claims {
				ps = append(ps, prepare(&d.Claims[i]))
			}
		}
		col := collectionOf(ps)
		for i := range ps {
			ps[i] = col.in(ps[i])
		}
		n, rejected := 0, 0
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				n++
				if mayParaphrase(a, b, opt.Threshold) {
					continue
				}
				rejected++
				if _, para := scores(a, b); para >= opt.Threshold {
					t.Errorf("%s: mayParaphrase rejects %q / %q, paraphrase probability %v >= %v", paths[0], a.claim.Text, b.claim.Text, para, opt.Threshold)
				}
			}
		}
		t.Logf("%s: %d of %d pairs rejected", paths[0], rejected, n)
		if rejected < n/2 {
			t.Errorf("%s: mayParaphrase rejects %d of %d pairs, want most", paths[0], rejected, n)
		}
	}
}

// TestRuneDistance checks runeDistance against the levenshtein package on
// the runes of random id sequences, some ids colliding in runeOf.
func TestRuneDistance(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	ids := []uint32{1, 2, 3, 7, 1 + (0x10FFFF - 0x800 - 0x100)} // the last shares 1's rune
	seq := func() []uint32 {
		out := make([]uint32, rng.Intn(12))
		for i := range out {
			out[i] = ids[rng.Intn(len(ids))]
		}
		return out
	}
	runes := func(x []uint32) string {
		var rs []rune
		for _, id := range x {
			rs = append(rs, runeOf(id))
		}
		return string(rs)
	}
	s := &scratch{}
	for range 20000 {
		a, b := seq(), seq()
		if got, want := runeDistance(a, b, s), levenshtein.ComputeDistance(runes(a), runes(b)); got != want {
			t.Fatalf("runeDistance(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}
