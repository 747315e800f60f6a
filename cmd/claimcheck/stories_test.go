package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/config"
)

func TestStoriesMode(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("A.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	auto, one := &config.Config{Stories: config.StoriesAuto}, &config.Config{Stories: config.StoriesOne}
	for _, tc := range []struct {
		name  string
		flag  string
		cfg   *config.Config
		paths []string
		n     int
		draft bool
		want  string // "" for an error
	}{
		{"files are one story", "", &config.Config{}, []string{file, file}, 60, false, "one"},
		{"a directory of 50 is one story", "", &config.Config{}, []string{dir}, 50, false, "one"},
		{"a directory of 51 is grouped", "", &config.Config{}, []string{dir}, 51, false, "auto"},
		{"a directory among files counts", "", &config.Config{}, []string{file, dir}, 51, false, "auto"},
		{"stdin is not a directory", "", &config.Config{}, []string{"-"}, 51, false, "one"},
		{"the config's key", "", auto, []string{file}, 2, false, "auto"},
		{"the flag over the config", "one", auto, []string{dir}, 100, false, "one"},
		{"the flag", "auto", one, []string{file}, 2, false, "auto"},
		{"a draft is one story", "", auto, []string{dir}, 100, true, "one"},
		{"auto with a draft", "auto", &config.Config{}, []string{dir}, 100, true, ""},
		{"a bad value", "many", &config.Config{}, []string{dir}, 2, false, ""},
	} {
		got, err := storiesMode(tc.flag, tc.cfg, tc.paths, tc.n, tc.draft)
		if tc.want == "" {
			if _, ok := err.(*troubleError); !ok {
				t.Errorf("%s: storiesMode = %q, %v; want a troubleError", tc.name, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: storiesMode = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}

// TestStoryProfilesAsRead: a feed profiled as it is read, each article
// then held as its source alone until its story is analysed, gives the
// report of a feed loaded whole, byte for byte, in every format.
func TestStoryProfilesAsRead(t *testing.T) {
	dir := "../../testdata/seeds"
	cfg := &config.Config{}
	for _, format := range []string{"json", "table", "markdown", "sarif", "html"} {
		var outs [2]string
		for i, asRead := range []bool{false, true} {
			var sp *storyProfiles
			opt := ingest.Options{}
			if asRead {
				sp = &storyProfiles{}
				opt.Loaded = sp.add
			}
			docs, err := ingest.LoadWith([]string{dir}, nil, opt)
			if err != nil {
				t.Fatal(err)
			}
			if asRead && docs[0].Blocks != nil {
				t.Fatalf("an article profiled as read still holds its blocks")
			}
			var buf bytes.Buffer
			r := &storyRun{e: &env{}, format: format, cfg: cfg, compare: compare.DefaultOptions(), w: &buf}
			_, rendered, err := r.run(docs, sp, func(int) func() { return nil }, func(int) func() { return nil })
			if err != nil {
				t.Fatal(err)
			}
			outs[i] = buf.String() + string(rendered)
		}
		if outs[0] != outs[1] || outs[0] == "" {
			t.Errorf("%s: profiled as read, the report differs (%d bytes vs %d)", format, len(outs[1]), len(outs[0]))
		}
	}
}
