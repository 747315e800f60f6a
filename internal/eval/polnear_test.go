package eval

import (
	"flag"
	"path/filepath"
	"testing"
)

var polnearDump = flag.String("polnear.dump", "", "write PolNeAR disagreements of this split (train or dev) to the test log")

// polnearDir returns the PolNeAR split folder or skips the test.
func polnearDir(t testing.TB, split string) string {
	t.Helper()
	return needData(t, filepath.Join("polnear", split))
}

// TestPolnearDev asserts the acceptance targets of issue 4 on PolNeAR dev.
func TestPolnearDev(t *testing.T) {
	arts, err := loadPolnear(polnearDir(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	var misses []polnearMiss
	s := scorePolnear(arts, &misses)
	t.Logf("dev: P %.3f R %.3f F1 %.3f speaker %.3f none %.3f (gold %d, sourced %d, predicted %d)",
		s.Precision(), s.Recall(), s.F1(), s.SpeakerAccuracy(), s.NoneShare(), s.Gold, s.GoldSourced, s.Predicted)
	if *polnearDump == "dev" {
		for _, m := range misses {
			t.Logf("%s | %s | gold: %q | got: %q", m.What, m.Article, m.Gold, m.Predicted)
		}
	}
	if s.Gold < 500 {
		t.Fatalf("only %d gold quotes read; the loader is broken", s.Gold)
	}
	if s.F1() < 0.95 {
		t.Errorf("quote detection F1 %.3f < 0.95", s.F1())
	}
	if s.SpeakerAccuracy() < 0.80 {
		t.Errorf("speaker accuracy %.3f < 0.80", s.SpeakerAccuracy())
	}
	if s.NoneShare() > 0.05 {
		t.Errorf("share of sourced quotes reported none %.3f > 0.05", s.NoneShare())
	}
}

// TestPolnearTrainDump prints the disagreements on train with
// -polnear.dump=train (for tuning); otherwise it only checks loading.
func TestPolnearTrainDump(t *testing.T) {
	arts, err := loadPolnear(polnearDir(t, "train"))
	if err != nil {
		t.Fatal(err)
	}
	if *polnearDump != "train" {
		if len(arts) < 800 {
			t.Fatalf("read %d train articles, want 840", len(arts))
		}
		return
	}
	var misses []polnearMiss
	s := scorePolnear(arts, &misses)
	for _, m := range misses {
		t.Logf("%s | %s | gold: %q | got: %q", m.What, m.Article, m.Gold, m.Predicted)
	}
	t.Logf("train: P %.3f R %.3f F1 %.3f speaker %.3f none %.3f", s.Precision(), s.Recall(), s.F1(), s.SpeakerAccuracy(), s.NoneShare())
}
