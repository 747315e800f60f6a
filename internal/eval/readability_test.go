package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReadabilityFixture measures two articles written for this test: a
// headline counts whole, a fragment of a quotation does not read.
func TestReadabilityFixture(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "s1")
	if err := os.MkdirAll(story, 0o755); err != nil {
		t.Fatal(err)
	}
	a := "Senate Passes Budget, Averting Shutdown\n\nThe Senate passed the budget on Friday. The vote was 62 to 38.\n"
	b := "Budget Vote in the Senate\n\nThe council approved the budget and rejected a proposal to raise fares.\n\nAnd not on a trivial matter.\n"
	for name, text := range map[string]string{"a.txt": a, "b.txt": b} {
		if err := os.WriteFile(filepath.Join(story, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := Readability(dir)
	if err != nil {
		t.Fatal(err)
	}
	// a: headline, 2 sentences; b: headline, 2 claims, 1 fragment
	if r.Articles != 2 || r.Claims != 7 || r.Readable != 6 {
		t.Errorf("articles %d claims %d readable %d, want 2, 7, 6; unreadable %q", r.Articles, r.Claims, r.Readable, r.Unreadable)
	}
	if len(r.Unreadable) != 1 || r.Reasons["no finite verb"] != 1 {
		t.Errorf("unreadable %q reasons %v, want the one fragment without a verb", r.Unreadable, r.Reasons)
	}
}

// TestReadabilityDev checks the figure on the 50 dev stories: at least
// 0.92 of the claims read as sentences (issue 11 aims at 0.97).
func TestReadabilityDev(t *testing.T) {
	dir := needData(t, filepath.Join("stories", "basil-dev"))
	r, err := Readability(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("claims %d readable %.3f reasons %v", r.Claims, r.Share(), r.Reasons)
	if r.Articles != 150 {
		t.Errorf("read %d articles, want 150", r.Articles)
	}
	if r.Share() < 0.92 {
		t.Errorf("readable share %.3f, want >= 0.92", r.Share())
	}
}
