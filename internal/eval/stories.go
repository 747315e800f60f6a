package eval

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare/stories"
)

// The stories suite measures how `check --stories auto` groups a feed of
// unrelated articles: every ECB+ article of a split is grouped in one run,
// and the story clusters are scored against the gold sub-topics (an event:
// topic 1's ecb half is Tara Reid entering rehab, its ecbplus half Lindsay
// Lohan) and, for reference, the gold topics.
//
// Purity is the share of articles in the gold class most common in their
// cluster (a cluster mixing two events lowers it); inverse purity, reported
// as recall, is the share of articles in the cluster most common in their
// gold class (an event split over clusters lowers it). F is their harmonic
// mean.
func init() {
	Register(Suite{Name: "stories", Run: runStories})
}

// ECBSplit names the ECB+ topics of one split, the one used since Cybulska
// and Vossen (2015) and Barhom et al. (2019): train 1–35 less dev, dev 2 5
// 12 18 21 23 34 35, test 36–45.
type ECBSplit string

// The splits of ECBSplit, and All for every topic.
const (
	SplitTrain ECBSplit = "train"
	SplitDev   ECBSplit = "dev"
	SplitTest  ECBSplit = "test"
	SplitAll   ECBSplit = "all"
)

var ecbDevTopics = map[int]bool{2: true, 5: true, 12: true, 18: true, 21: true, 23: true, 34: true, 35: true}

// In reports whether topic belongs to the split.
func (s ECBSplit) In(topic string) bool {
	t, _ := strconv.Atoi(topic)
	switch s {
	case SplitTrain:
		return t <= 35 && !ecbDevTopics[t]
	case SplitDev:
		return ecbDevTopics[t]
	case SplitTest:
		return t >= 36
	}
	return true
}

// StoryFeed is the articles of one split as a feed: their profiles and
// their gold topic and sub-topic ("1", "1+"), in the corpus's name order.
type StoryFeed struct {
	Profiles  []stories.Profile
	Topics    []string
	Subtopics []string
}

// LoadStoryFeeds reads every ECB+ article under dir once and returns the
// feed of each split asked for.
func LoadStoryFeeds(dir string, splits ...ECBSplit) (map[ECBSplit]*StoryFeed, error) {
	topics, err := loadECB(dir)
	if err != nil {
		return nil, err
	}
	out := map[ECBSplit]*StoryFeed{}
	for _, s := range splits {
		out[s] = &StoryFeed{}
	}
	var pr stories.Profiler
	for _, t := range topics {
		for _, d := range t.Docs {
			text, _ := d.render()
			doc, err := ingest.Parse(d.Name+".txt", []byte(text))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Name, err)
			}
			p := pr.Profile(doc)
			sub := t.Name
			if d.Plus {
				sub += "+"
			}
			for _, s := range splits {
				if s.In(t.Name) {
					f := out[s]
					f.Profiles = append(f.Profiles, p)
					f.Topics = append(f.Topics, t.Name)
					f.Subtopics = append(f.Subtopics, sub)
				}
			}
		}
	}
	return out, nil
}

// ClusterScore is purity and inverse purity of a clustering against gold
// classes.
type ClusterScore struct {
	Items, Clusters, Classes int
	Purity, Recall           float64 // recall is inverse purity
}

// F is the harmonic mean of purity and inverse purity.
func (s ClusterScore) F() float64 {
	if s.Purity+s.Recall == 0 {
		return 0
	}
	return 2 * s.Purity * s.Recall / (s.Purity + s.Recall)
}

// ScoreClusters scores stories against gold, one class label per item.
func ScoreClusters(st []stories.Story, gold []string) ClusterScore {
	cluster := make([]int, len(gold))
	for k, s := range st {
		for _, i := range s.Docs {
			cluster[i] = k
		}
	}
	// overlap[k][g] = items of cluster k in class g
	overlap := map[int]map[string]int{}
	byClass := map[string]map[int]int{}
	for i, g := range gold {
		k := cluster[i]
		if overlap[k] == nil {
			overlap[k] = map[string]int{}
		}
		if byClass[g] == nil {
			byClass[g] = map[int]int{}
		}
		overlap[k][g]++
		byClass[g][k]++
	}
	pur, inv := 0, 0
	for _, m := range overlap {
		best := 0
		for _, c := range m {
			best = max(best, c)
		}
		pur += best
	}
	for _, m := range byClass {
		best := 0
		for _, c := range m {
			best = max(best, c)
		}
		inv += best
	}
	n := float64(len(gold))
	return ClusterScore{Items: len(gold), Clusters: len(st), Classes: len(byClass), Purity: float64(pur) / n, Recall: float64(inv) / n}
}

// StoryScores groups the feed with opt and scores it at the sub-topic and
// the topic level.
func StoryScores(f *StoryFeed, opt stories.Options) (sub, topic ClusterScore) {
	st := stories.Group(f.Profiles, opt)
	return ScoreClusters(st, f.Subtopics), ScoreClusters(st, f.Topics)
}

func runStories(root string, w io.Writer) error {
	dir := ECBDir(root)
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "stories: skipped (%s not found)\n", dir)
		return nil
	}
	splits := []ECBSplit{SplitTrain, SplitDev, SplitTest, SplitAll}
	feeds, err := LoadStoryFeeds(dir, splits...)
	if err != nil {
		return err
	}
	opt := stories.DefaultOptions()
	fmt.Fprintf(w, "stories: ECB+ articles of each split grouped as one feed (threshold %.3g, attach %.3g, entity weight %.3g, IDF power %.3g; learned on train by storytrain)\n", opt.Threshold, opt.AttachThreshold, opt.EntityWeight, opt.IDFPower)
	for _, s := range splits {
		sub, top := StoryScores(feeds[s], opt)
		fmt.Fprintf(w, "  %-5s %4d articles, %3d stories for %2d sub-topics: purity %.3f recall %.3f F %.3f; topics (%d): purity %.3f recall %.3f\n",
			s, sub.Items, sub.Clusters, sub.Classes, sub.Purity, sub.Recall, sub.F(), top.Classes, top.Purity, top.Recall)
	}
	annotated, other, err := BASILFeeds(StoriesDir(root))
	if err != nil {
		fmt.Fprintf(w, "  benchmark stories: skipped (%v)\n", err)
		return nil
	}
	for _, f := range []struct {
		name string
		feed *StoryFeed
	}{
		{"the 50 benchmark stories (three outlets each, one beat)", Join(annotated, other)},
		{"all of ECB+ and the 50 benchmark stories", Join(feeds[SplitAll], annotated, other)},
	} {
		sub, _ := StoryScores(f.feed, opt)
		fmt.Fprintf(w, "  %s: %d articles, %d stories for %d: purity %.3f recall %.3f F %.3f\n",
			f.name, sub.Items, sub.Clusters, sub.Classes, sub.Purity, sub.Recall, sub.F())
	}
	return nil
}
