package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare/stories"
)

// StoriesDir is the story benchmark's folder under the evaluation root.
func StoriesDir(root string) string { return filepath.Join(root, "stories") }

// BASILFeeds reads the articles of the story benchmark (dir is its folder,
// ../shared/eval/stories: basil-dev/STORY/*.txt, three outlets on one
// event) as two story-grouping feeds: the stories with a gold file
// (gold/STORY.json) and the others. Each story folder is one gold topic
// and sub-topic. Unlike ECB+, whose sub-topics pair two events of one kind
// (two stars entering rehab), these are many small stories on one beat
// (US politics), so they test that grouping keeps three-article stories
// apart and whole.
func BASILFeeds(dir string) (annotated, other *StoryFeed, err error) {
	dirs, err := filepath.Glob(filepath.Join(dir, "basil-dev", "*"))
	if err != nil || len(dirs) == 0 {
		return nil, nil, fmt.Errorf("%s: no stories (basil-dev/*)", dir)
	}
	slices.Sort(dirs)
	annotated, other = &StoryFeed{}, &StoryFeed{}
	var pr stories.Profiler
	for _, s := range dirs {
		name := filepath.Base(s)
		f := other
		if _, err := os.Stat(filepath.Join(dir, "gold", name+".json")); err == nil {
			f = annotated
		}
		paths, _ := filepath.Glob(filepath.Join(s, "*.txt"))
		slices.Sort(paths)
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				return nil, nil, err
			}
			doc, err := ingest.Parse(filepath.Base(p), text)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", p, err)
			}
			f.Profiles = append(f.Profiles, pr.Profile(doc))
			f.Topics = append(f.Topics, name)
			f.Subtopics = append(f.Subtopics, name)
		}
	}
	return annotated, other, nil
}

// Join returns one feed holding the articles of every feed given, in order.
func Join(feeds ...*StoryFeed) *StoryFeed {
	out := &StoryFeed{}
	for _, f := range feeds {
		out.Profiles = append(out.Profiles, f.Profiles...)
		out.Topics = append(out.Topics, f.Topics...)
		out.Subtopics = append(out.Subtopics, f.Subtopics...)
	}
	return out
}
