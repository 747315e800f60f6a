package main

import (
	"os"
	"path/filepath"
	"testing"

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
