package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain", "Pakistan opened crossings. The Taliban objected.",
			[]string{"Pakistan opened crossings.", "The Taliban objected."}},
		{"country abbreviation", "The U.S. State Department said on Monday it was concerned. Talks resume today.",
			[]string{"The U.S. State Department said on Monday it was concerned.", "Talks resume today."}},
		{"title", "Dr. Hugh Hill treated the wounded. Gen. Asim Munir visited.",
			[]string{"Dr. Hugh Hill treated the wounded.", "Gen. Asim Munir visited."}},
		{"plural title", "Republican Sens. Scott Brown and Dean Heller are vulnerable. Reps. Lynch and Markey are running.",
			[]string{"Republican Sens. Scott Brown and Dean Heller are vulnerable.", "Reps. Lynch and Markey are running."}},
		{"state abbreviation before a quotation", "“They are not secret,” he said in San Jose, Calif. “These programs are legal.”",
			[]string{"“They are not secret,” he said in San Jose, Calif.", "“These programs are legal.”"}},
		{"state abbreviation inside a sentence", "He spoke in Roanoke, Va. on Monday.",
			[]string{"He spoke in Roanoke, Va. on Monday."}},
		{"web domain", "“It is dishonest,” Bozell told FoxNews.com. “But it is telling.”",
			[]string{"“It is dishonest,” Bozell told FoxNews.com.", "“But it is telling.”"}},
		{"month", "The deadline is Jan. 31 for all migrants. It was extended.",
			[]string{"The deadline is Jan. 31 for all migrants.", "It was extended."}},
		{"number abbreviation", "He lives at No. 10 Downing Street. She does not.",
			[]string{"He lives at No. 10 Downing Street.", "She does not."}},
		{"initial", "George W. Bush spoke in Texas. Crowds cheered.",
			[]string{"George W. Bush spoke in Texas.", "Crowds cheered."}},
		{"decimal", "Inflation rose 3.5 percent in May. Prices fell later.",
			[]string{"Inflation rose 3.5 percent in May.", "Prices fell later."}},
		{"ellipsis mid", "He paused... then he left the room. Nobody followed.",
			[]string{"He paused... then he left the room.", "Nobody followed."}},
		{"quote then attribution", `"We will not comply," he said. "Never."`,
			[]string{`"We will not comply," he said.`, `"Never."`}},
		{"curly quote ends sentence", "“The border is closed.” Officials confirmed it later.",
			[]string{"“The border is closed.”", "Officials confirmed it later."}},
		{"headline without punctuation", "Taliban-Pakistan Tensions Rise as Afghanistan Resists Islamabad's Influence",
			[]string{"Taliban-Pakistan Tensions Rise as Afghanistan Resists Islamabad's Influence"}},
		{"question and exclamation", "Who pays? Nobody knows! The bill is due.",
			[]string{"Who pays?", "Nobody knows!", "The bill is due."}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range Split(tt.in) {
				got = append(got, tt.in[r.Start:r.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B.", `"Hi," he said. "No."`, "U.S. x", "…", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, r := range Split(s) {
			if r.Start < prev || r.End <= r.Start || r.End > len(s) {
				t.Fatalf("bad range %+v after %d in %q", r, prev, s)
			}
			prev = r.End
		}
	})
}
