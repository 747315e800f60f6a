package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

func init() {
	Register(Suite{Name: "sick", Run: runSICK})
}

// JudgedPair is a SICK pair with its entailment judgment.
type JudgedPair struct {
	ID       string
	A, B     string
	Judgment string // ENTAILMENT, CONTRADICTION or NEUTRAL
}

// ReadSICK reads SICK TSV: `pair_ID sentence_A sentence_B relatedness judgment`.
func ReadSICK(path string) ([]JudgedPair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []JudgedPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(fs) < 5 || fs[0] == "pair_ID" {
			continue
		}
		out = append(out, JudgedPair{ID: fs[0], A: fs[1], B: fs[2], Judgment: fs[4]})
	}
	return out, sc.Err()
}

// NegationDetected reports whether a scored pair diverges by negation.
func NegationDetected(p compare.Pair) bool {
	return p.Relation == compare.Diverge && slices.ContainsFunc(p.Divergences, func(d compare.Divergence) bool { return d.Kind == compare.DivNegation })
}

// SICKNegation returns precision and recall of negation divergence
// against CONTRADICTION (pairs scored on the collection of all their
// sentences, as a labelled file should be).
func SICKNegation(ps []JudgedPair) (precision, recall float64, tp, fp, fn int) {
	opt := Options()
	as, bs, col := pairClaims(len(ps), func(i int) (string, string) { return ps[i].A, ps[i].B })
	for i, p := range ps {
		got := NegationDetected(col.ScorePair(as[i], bs[i], opt))
		want := p.Judgment == "CONTRADICTION"
		switch {
		case got && want:
			tp++
		case got:
			fp++
		case want:
			fn++
		}
	}
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		recall = float64(tp) / float64(tp+fn)
	}
	return precision, recall, tp, fp, fn
}

func runSICK(root string, w io.Writer) error {
	ps, err := ReadSICK(filepath.Join(root, "sick", "train.tsv"))
	if os.IsNotExist(err) {
		fmt.Fprintln(w, "skipped: sick/train.tsv not found")
		return nil
	}
	if err != nil {
		return err
	}
	p, r, tp, fp, fn := SICKNegation(ps)
	fmt.Fprintf(w, "pairs: %d\nnegation divergence vs CONTRADICTION: precision %.3f recall %.3f (tp %d fp %d fn %d)\n", len(ps), p, r, tp, fp, fn)
	return nil
}
