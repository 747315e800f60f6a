package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/atomic"
)

func init() {
	Register(Suite{Name: "propsegment", Run: runPropSegment})
}

// PropSegmentResult holds the figures of the PropSegmEnt evaluation:
// precision and recall macro-averaged over sentences.
type PropSegmentResult struct {
	Sentences          int
	Precision, Recall  float64
	F1                 float64
	PredPerSentence    float64
	GoldPerSentence    float64
	PerSentenceReports []string
}

type psToken struct {
	Text   string `json:"text"`
	Offset int    `json:"character_offset_of_token_in_sentence"`
}

type psSentence struct {
	Text   string    `json:"sentence_text"`
	Tokens []psToken `json:"tokens"`
}

type psCluster struct {
	ClusterID string `json:"cluster_id"`
	Documents []struct {
		DocumentID string       `json:"document_id"`
		Sentences  []psSentence `json:"sentences"`
	} `json:"documents"`
}

type psProps struct {
	SentenceID struct {
		ClusterID  string `json:"cluster_id"`
		DocumentID string `json:"document_id"`
		Index      int    `json:"sentence_index"`
	} `json:"sentence_id"`
	Responses []struct {
		Propositions []struct {
			Tokens []int `json:"token_indices"`
		} `json:"propositions"`
		Reference bool `json:"is_reference_response"`
	} `json:"segmentation_responses"`
}

// PropSegment scores atomic.Split on the PropSegmEnt dev split in dir:
// predicted and gold propositions of a sentence are matched one to one when
// the Jaccard similarity of their token sets is at least 0.8.
func PropSegment(dir string) (*PropSegmentResult, error) {
	var clusters []psCluster
	if err := readJSON(filepath.Join(dir, "document_clusters.dev.json"), &clusters); err != nil {
		return nil, err
	}
	var props []psProps
	if err := readJSON(filepath.Join(dir, "propositions.dev.json"), &props); err != nil {
		return nil, err
	}
	type key struct {
		c, d string
		i    int
	}
	sents := map[key]psSentence{}
	for _, c := range clusters {
		for _, d := range c.Documents {
			for i, s := range d.Sentences {
				sents[key{c.ClusterID, d.DocumentID, i}] = s
			}
		}
	}
	res := &PropSegmentResult{}
	var sumP, sumR float64
	var nPred, nGold int
	for _, p := range props {
		s, ok := sents[key{p.SentenceID.ClusterID, p.SentenceID.DocumentID, p.SentenceID.Index}]
		if !ok || s.Text == "" {
			continue // news clusters carry no text
		}
		var gold [][]int
		found := false
		for _, r := range p.Responses {
			if r.Reference {
				found = true
				for _, pr := range r.Propositions {
					gold = append(gold, pr.Tokens)
				}
			}
		}
		if !found || len(gold) == 0 {
			continue
		}
		claims := atomic.Split(s.Text)
		tokRanges := tokenByteRanges(s)
		var pred [][]int
		for _, c := range claims {
			pred = append(pred, tokensOf(c.Parts, tokRanges))
		}
		m := matchJaccard(pred, gold, 0.8)
		prec := 0.0
		if len(pred) > 0 {
			prec = float64(m) / float64(len(pred))
		}
		sumP += prec
		sumR += float64(m) / float64(len(gold))
		nPred += len(pred)
		nGold += len(gold)
		res.Sentences++
		var sb strings.Builder
		fmt.Fprintf(&sb, "S: %s\n   matched %d of %d predicted, %d gold\n", s.Text, m, len(pred), len(gold))
		for _, c := range claims {
			fmt.Fprintf(&sb, "   P: %s\n", c.Text)
		}
		for _, g := range gold {
			fmt.Fprintf(&sb, "   G: %s\n", joinTokens(s, g))
		}
		res.PerSentenceReports = append(res.PerSentenceReports, sb.String())
	}
	if res.Sentences == 0 {
		return res, nil
	}
	n := float64(res.Sentences)
	res.Precision, res.Recall = sumP/n, sumR/n
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	res.PredPerSentence = float64(nPred) / n
	res.GoldPerSentence = float64(nGold) / n
	return res, nil
}

func runPropSegment(root string, w io.Writer) error {
	dir := filepath.Join(root, "propsegment")
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "skipped: %s not found\n", dir)
		return nil
	}
	r, err := PropSegment(dir)
	if err != nil {
		return err
	}
	if os.Getenv("PROPSEGMENT_VERBOSE") != "" {
		for _, s := range r.PerSentenceReports {
			fmt.Fprint(w, s)
		}
	}
	fmt.Fprintf(w, "sentences %d  precision %.3f  recall %.3f  F1 %.3f  (Jaccard >= 0.8, macro over sentences)\n",
		r.Sentences, r.Precision, r.Recall, r.F1)
	fmt.Fprintf(w, "claims per sentence: predicted %.2f, gold %.2f\n", r.PredPerSentence, r.GoldPerSentence)
	fmt.Fprintf(w, "(set PROPSEGMENT_VERBOSE=1 for predicted vs gold claims per sentence)\n")
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// tokenByteRanges converts the tokens' code-point offsets to byte ranges of
// the sentence text.
func tokenByteRanges(s psSentence) [][2]int {
	// byte offset of each code point
	cp := make([]int, 0, len(s.Text)+1)
	for i := range s.Text {
		cp = append(cp, i)
	}
	cp = append(cp, len(s.Text))
	out := make([][2]int, len(s.Tokens))
	for i, t := range s.Tokens {
		st := min(max(t.Offset, 0), len(cp)-1)
		en := min(st+utf8.RuneCountInString(t.Text), len(cp)-1)
		out[i] = [2]int{cp[st], cp[en]}
	}
	return out
}

// tokensOf returns the indices of the tokens that overlap any part.
func tokensOf(parts []atomic.Range, toks [][2]int) []int {
	var out []int
	for i, t := range toks {
		for _, p := range parts {
			if p.Start < t[1] && t[0] < p.End {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// matchJaccard counts a greedy one-to-one matching of predicted to gold
// token sets, best pairs first, among pairs with Jaccard >= min.
func matchJaccard(pred, gold [][]int, minJ float64) int {
	type pair struct {
		p, g int
		j    float64
	}
	var pairs []pair
	for i, p := range pred {
		for k, g := range gold {
			if j := jaccard(p, g); j >= minJ {
				pairs = append(pairs, pair{i, k, j})
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].j != pairs[b].j {
			return pairs[a].j > pairs[b].j
		}
		if pairs[a].p != pairs[b].p {
			return pairs[a].p < pairs[b].p
		}
		return pairs[a].g < pairs[b].g
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	m := 0
	for _, p := range pairs {
		if usedP[p.p] || usedG[p.g] {
			continue
		}
		usedP[p.p], usedG[p.g] = true, true
		m++
	}
	return m
}

func jaccard(a, b []int) float64 {
	set := map[int]bool{}
	for _, x := range a {
		set[x] = true
	}
	inter := 0
	union := len(set)
	seenB := map[int]bool{}
	for _, x := range b {
		if seenB[x] {
			continue
		}
		seenB[x] = true
		if set[x] {
			inter++
		} else {
			union++
		}
	}
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func joinTokens(s psSentence, idx []int) string {
	var parts []string
	for _, i := range idx {
		if i >= 0 && i < len(s.Tokens) {
			parts = append(parts, s.Tokens[i].Text)
		}
	}
	return strings.Join(parts, " ")
}
