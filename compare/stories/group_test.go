package stories

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// feed is a made-up day of news: three events, each covered by two or
// three outlets in their own words, and one article like no other. Want is
// the story of each article, by event letter.
var feed = []struct {
	event string
	text  []string
}{
	{"quake", []string{
		"Strong earthquake shakes northern Chile",
		"A magnitude 6.8 earthquake struck off the coast of northern Chile on Tuesday, shaking buildings in Iquique and Arica and forcing thousands of residents to flee to higher ground.",
		"Chile's emergency office ONEMI lifted a tsunami warning two hours later. Officials said at least three people were injured in Iquique.",
	}},
	{"quake", []string{
		"Chile quake injures three, tsunami alert lifted",
		"Residents of Iquique spent the night outdoors after a 6.8-magnitude earthquake hit northern Chile, the country's emergency office ONEMI said.",
		"The tsunami warning for the coast near Arica and Iquique was lifted after waves failed to materialise. Three people were hurt by falling debris.",
	}},
	{"quake", []string{
		"Northern Chile earthquake: what we know",
		"The earthquake, measured at magnitude 6.8 by the US Geological Survey, was centred 60 km off Iquique in northern Chile.",
		"ONEMI ordered the evacuation of the coast between Arica and Iquique and later lifted its tsunami warning.",
	}},
	{"merger", []string{
		"Halvorsen Foods agrees to buy Brightwater Dairy for $2.1 billion",
		"Halvorsen Foods said on Monday it would acquire Brightwater Dairy in a deal valued at $2.1 billion, creating the largest dairy group in Scandinavia.",
		"Halvorsen shareholders will vote on the Brightwater acquisition in March; regulators in Norway and Denmark must approve the merger.",
	}},
	{"merger", []string{
		"Brightwater Dairy to be acquired by Halvorsen",
		"Brightwater Dairy's board backed a $2.1 billion takeover offer from Halvorsen Foods, the companies announced, and the merger would close by the summer.",
		"Analysts said Norway's competition regulator could demand that Halvorsen sell some Brightwater plants before approving the acquisition.",
	}},
	{"final", []string{
		"Rovers beat United 2-1 to win the cup final",
		"Kelechi Obi scored twice as Rovers came from behind to beat United 2-1 in the cup final at Hampden Park on Saturday.",
		"United had led through a penalty from Marco Sala before Obi equalised with a header and won the final in stoppage time.",
	}},
	{"final", []string{
		"Obi double hands Rovers the cup",
		"Two goals from striker Kelechi Obi, the second deep in stoppage time, gave Rovers a 2-1 win over United in the cup final at Hampden Park.",
		"Marco Sala's penalty had put United ahead. Rovers manager Ian Firth said Obi had won the final on his own.",
	}},
	{"bees", []string{
		"Wild bee numbers fall in farm study",
		"A ten-year survey of 400 meadows found that wild bee species declined fastest near fields treated with neonicotinoid pesticides, researchers wrote in the journal Ecology Letters.",
	}},
}

func TestGroup(t *testing.T) {
	want := [][]int{{0, 1, 2}, {3, 4}, {5, 6}, {7}}
	var ps []Profile
	for _, a := range feed {
		ps = append(ps, ProfileOfText(a.text...))
	}
	got := docsOf(Group(ps, DefaultOptions()))
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("Group = %v, want %v", got, want)
	}
}

// TestGroupOrder checks that a shuffled feed gives the same stories, as
// sets of articles.
func TestGroupOrder(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 5 {
		perm := r.Perm(len(feed))
		var ps []Profile
		for _, i := range perm {
			ps = append(ps, ProfileOfText(feed[i].text...))
		}
		var got []string
		for _, s := range Group(ps, DefaultOptions()) {
			var evs []string
			for _, d := range s.Docs {
				evs = append(evs, fmt.Sprint(perm[d]))
			}
			slices.Sort(evs)
			got = append(got, fmt.Sprint(evs))
		}
		slices.Sort(got)
		want := []string{"[0 1 2]", "[3 4]", "[5 6]", "[7]"}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: stories %v, want %v", perm, got, want)
		}
	}
}

func TestGroupEdges(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   [][]string
		want [][]int
	}{
		{"none", nil, nil},
		{"one article", [][]string{{"Rovers win the cup."}}, [][]int{{0}}},
		{"empty articles stay apart", [][]string{{""}, {""}}, [][]int{{0}, {1}}},
		{"identical articles", [][]string{{"Halvorsen Foods buys Brightwater Dairy."}, {"Halvorsen Foods buys Brightwater Dairy."}}, [][]int{{0, 1}}},
	} {
		var ps []Profile
		for _, a := range tc.in {
			ps = append(ps, ProfileOfText(a...))
		}
		st := Group(ps, DefaultOptions())
		if got := docsOf(st); !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("%s: Group = %v, want %v", tc.name, got, tc.want)
		}
		for i, s := range st {
			if s.ID != fmt.Sprintf("s%d", i+1) {
				t.Errorf("%s: story %d has ID %q", tc.name, i, s.ID)
			}
		}
	}
}

func TestProfileOfText(t *testing.T) {
	p := ProfileOfText("The Rovers won; the Rovers celebrated.", "Rovers")
	if !slices.IsSortedFunc(p.Terms, func(a, b Term) int { return cmp.Compare(a.ID, b.ID) }) {
		t.Fatalf("terms not sorted: %v", p.Terms)
	}
	var rovers, entity int32
	for _, term := range p.Terms {
		if term.ID == hash("w", "rover") {
			rovers = term.Count
		}
		if term.Entity {
			entity += term.Count
		}
		if term.ID == hash("w", "the") {
			t.Errorf("stop word 'the' kept")
		}
	}
	if rovers != 3 {
		t.Errorf("stem rover counted %d times, want 3", rovers)
	}
	if entity == 0 {
		t.Errorf("no entity terms for Rovers")
	}
}

func docsOf(st []Story) [][]int {
	var out [][]int
	for _, s := range st {
		out = append(out, s.Docs)
	}
	return out
}

// TestTopK checks that the neighbours kept do not depend on the order
// they are offered in, ties going to the lower article index.
func TestTopK(t *testing.T) {
	var offers []neighbour
	for i := range 3 * neighbours {
		offers = append(offers, neighbour{float64(i%7) / 10, i})
	}
	kept := func(order []int) []int {
		var k topK
		for _, i := range order {
			k.offer(offers[i].sim, offers[i].doc)
		}
		var docs []int
		for _, nb := range k.items {
			docs = append(docs, nb.doc)
		}
		slices.Sort(docs)
		return docs
	}
	r := rand.New(rand.NewSource(2))
	want := kept(r.Perm(len(offers)))
	if len(want) != neighbours {
		t.Fatalf("kept %d neighbours, want %d", len(want), neighbours)
	}
	for _, d := range want {
		if offers[d].sim < 0.4 {
			t.Errorf("kept doc %d of similarity %v: a higher one was dropped", d, offers[d].sim)
		}
	}
	for range 5 {
		if got := kept(r.Perm(len(offers))); !slices.Equal(got, want) {
			t.Errorf("kept %v, want %v", got, want)
		}
	}
}

// TestAttach checks that an article agglomeration leaves alone (threshold
// 0.2) joins the story of its most similar article when that similarity
// reaches the attach threshold, and only then.
func TestAttach(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int
		edges  []edge
		attach float64
		want   [][]int
	}{
		{"a lone article joins its best match's story", 4,
			[]edge{{0, 1, .5}, {0, 2, .5}, {1, 2, .5}, {0, 3, .3}}, .16, [][]int{{0, 1, 2, 3}}},
		{"under the attach threshold it stays alone", 4,
			[]edge{{0, 1, .5}, {0, 2, .5}, {1, 2, .5}, {0, 3, .1}}, .16, [][]int{{0, 1, 2}, {3}}},
		{"attach 0 never attaches", 4,
			[]edge{{0, 1, .5}, {0, 2, .5}, {1, 2, .5}, {0, 3, .3}}, 0, [][]int{{0, 1, 2}, {3}}},
		{"the most similar article decides, not the larger story", 6,
			[]edge{{0, 1, .5}, {0, 2, .5}, {1, 2, .5}, {4, 5, .5}, {0, 3, .3}, {3, 4, .35}}, .16, [][]int{{0, 1, 2}, {3, 4, 5}}},
		{"two lone articles do not attach to each other", 4,
			[]edge{{0, 1, .5}, {2, 3, .18}}, .16, [][]int{{0, 1}, {2}, {3}}},
		{"of equal matches the lower article wins", 5,
			[]edge{{0, 1, .5}, {2, 3, .5}, {1, 4, .3}, {2, 4, .3}}, .16, [][]int{{0, 1, 4}, {2, 3}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newClusters(tc.n, tc.edges)
			c.agglomerate(.2)
			if tc.attach > 0 {
				c.attach(tc.edges, tc.attach)
			}
			if got := docsOf(c.stories()); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Fatalf("stories = %v, want %v", got, tc.want)
			}
		})
	}
}
