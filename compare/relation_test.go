package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/google/go-cmp/cmp"
)

func num(text string, v float64, approx string) claims.Number {
	return claims.Number{Text: text, Value: v, Approx: approx}
}

func ent(text, kind, norm string) claims.Entity {
	return claims.Entity{Text: text, Kind: kind, Norm: norm}
}

func TestRelate(t *testing.T) {
	base := "Pakistan deported Afghan migrants from the country in recent weeks"
	named := func(src, cue string) claims.Attribution {
		return claims.Attribution{Source: src, Cue: cue, Kind: claims.AttrNamed}
	}
	cases := []struct {
		name  string
		a, b  claims.Claim
		rel   Relation
		kinds []Divergence
	}{
		{"same facts agree",
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			Agree, nil},
		{"approximations within tolerance agree",
			claims.Claim{Text: base, Numbers: []claims.Number{num("nearly 300,000", 300000, "nearly")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("about 290,000", 290000, "about")}},
			Agree, nil},
		{"exact numbers beyond tolerance diverge",
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("200,000", 200000, "")}},
			Diverge, []Divergence{{DivNumber, []string{"300,000", "200,000"}}}},
		{"6% apart diverge when exact",
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("282,000", 282000, "")}},
			Diverge, []Divergence{{DivNumber, []string{"300,000", "282,000"}}}},
		{"6% apart agree when approximate",
			claims.Claim{Text: base, Numbers: []claims.Number{num("about 300,000", 300000, "about")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("282,000", 282000, "")}},
			Agree, nil},
		{"a lower bound holds",
			claims.Claim{Text: base, Numbers: []claims.Number{num("more than 250,000", 250000, "more than")}},
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			Agree, nil},
		{"numbers of different things refine",
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "two other rifles", Value: 2, Unit: "rifles"}}},
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "two blocks", Value: 2, Unit: "blocks"}, {Text: "seven grenades", Value: 7, Unit: "grenades"}}},
			Refine, nil},
		{"a fraction without a unit counts no people",
			claims.Claim{Text: "A magnitude 6.8 earthquake forced residents to flee", Numbers: []claims.Number{num("6.8", 6.8, "")}},
			claims.Claim{Text: "A magnitude earthquake forced thousands of residents to flee", Numbers: []claims.Number{{Text: "thousands of residents", Value: 1000, Approx: "thousands", Unit: "residents"}}},
			Refine, nil},
		{"counts of people diverge across nouns",
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "300,000 people", Value: 300000, Unit: "people"}}},
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "200,000 Afghans", Value: 200000, Unit: "Afghans"}}},
			Diverge, []Divergence{{DivNumber, []string{"300,000 people", "200,000 Afghans"}}}},
		{"units sharing a word diverge",
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "two AK-47 rifles", Value: 2, Unit: "AK-47 rifles"}}},
			claims.Claim{Text: base, Numbers: []claims.Number{{Text: "seven rifles", Value: 7, Unit: "rifles"}}},
			Diverge, []Divergence{{DivNumber, []string{"two AK-47 rifles", "seven rifles"}}}},
		{"a number one side adds refines",
			claims.Claim{Text: base},
			claims.Claim{Text: base, Numbers: []claims.Number{num("300,000", 300000, "")}},
			Refine, nil},
		{"year vs month refines",
			claims.Claim{Text: base, Dates: []claims.Date{{Text: "2021", Year: 2021, Granularity: claims.GranYear}}},
			claims.Claim{Text: base, Dates: []claims.Date{{Text: "August 2021", Year: 2021, Month: 8, Granularity: claims.GranMonth}}},
			Refine, nil},
		{"different years diverge",
			claims.Claim{Text: base, Dates: []claims.Date{{Text: "2021", Year: 2021, Granularity: claims.GranYear}}},
			claims.Claim{Text: base, Dates: []claims.Date{{Text: "2022", Year: 2022, Granularity: claims.GranYear}}},
			Diverge, []Divergence{{DivDate, []string{"2021", "2022"}}}},
		{"different actor diverges",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan"), ent("the TTP", claims.EntGroup, "Tehreek-e-Taliban Pakistan")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan"), ent("ISIS-K", claims.EntGroup, "Islamic State Khorasan")}},
			Diverge, []Divergence{{DivEntity, []string{"the TTP", "ISIS-K"}}}},
		{"same actor by acronym agrees",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("TTP", claims.EntGroup, "Tehreek-e-Taliban Pakistan")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Tehreek-e-Taliban Pakistan", claims.EntGroup, "Tehreek-e-Taliban Pakistan")}},
			Agree, nil},
		{"same actor by another name agrees",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("TTP", claims.EntGroup, "Tehreek-e-Taliban Pakistan")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistani Taliban", claims.EntGroup, "Pakistani Taliban")}},
			Agree, nil},
		{"another country's branch diverges",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Afghan Taliban", claims.EntGroup, "Afghan Taliban")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistani Taliban", claims.EntGroup, "Pakistani Taliban")}},
			Diverge, []Divergence{{DivEntity, []string{"Afghan Taliban", "Pakistani Taliban"}}}},
		{"a place does not stand in for a group named after it",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan"), ent("Pakistani Taliban", claims.EntGroup, "Pakistani Taliban")}},
			Refine, nil},
		{"an added place refines",
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan")}},
			claims.Claim{Text: base, Entities: []claims.Entity{ent("Pakistan", claims.EntPlace, "Pakistan"), ent("Kabul", claims.EntPlace, "Kabul")}},
			Refine, nil},
		{"negation diverges",
			claims.Claim{Text: "The Taliban provide safe haven to militants"},
			claims.Claim{Text: "The Taliban do not provide safe haven to militants", Negated: true},
			Diverge, []Divergence{{DivNegation, []string{"asserted", "not"}}}},
		{"attributed vs stated diverges in certainty",
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("Pakistan", "accused")},
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: claims.Attribution{Kind: claims.AttrNone}},
			Diverge, []Divergence{{DivCertainty, []string{"Pakistan accused", "stated"}}}},
		{"hedged vs stated diverges in certainty",
			claims.Claim{Text: "Afghanistan reportedly provides safe haven to militants", Hedged: true},
			claims.Claim{Text: "Afghanistan provides safe haven to militants"},
			Diverge, []Divergence{{DivCertainty, []string{"reportedly", "stated"}}}},
		{"different named sources diverge in attribution",
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("Pakistan", "said")},
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("the United Nations", "said")},
			Diverge, []Divergence{{DivAttribution, []string{"Pakistan", "the United Nations"}}}},
		{"a mis-extracted speaker span raises no attribution divergence",
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("on Twitter and", "said")},
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("Read AMD) today", "said")},
			Agree, nil},
		{"the same source, longer, agrees",
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("Pakistan", "said")},
			claims.Claim{Text: "Afghanistan provides safe haven to militants", Attribution: named("Pakistan's foreign ministry", "said")},
			Agree, nil},
		{"a neutral report keeps the certainty of a statement",
			claims.Claim{Text: "Violence against security forces has surged", Attribution: claims.Attribution{Source: "the summaries", Cue: "according to", Kind: claims.AttrVague}},
			claims.Claim{Text: "Violence against security forces has surged", Attribution: claims.Attribution{Kind: claims.AttrNone}},
			Agree, nil},
		{"a confirmation or a tweet keeps the certainty of a statement",
			claims.Claim{Text: "Esther Williams died in her sleep", Attribution: named("her agent, Harlan Boll", "confirmed")},
			claims.Claim{Text: "Esther Williams died in her sleep", Attribution: named("MGM", "tweeted")},
			Diverge, []Divergence{{DivAttribution, []string{"her agent, Harlan Boll", "MGM"}}}},
		{"two descriptions identify no one: no attribution divergence",
			claims.Claim{Text: "Esther Williams died in her sleep", Attribution: named("her agent", "confirmed")},
			claims.Claim{Text: "Esther Williams died in her sleep", Attribution: named("the studio", "tweeted")},
			Agree, nil},
		{"two speech verbs of attributed claims are not a certainty divergence",
			claims.Claim{Text: "The senator misspoke about his service", Attribution: named("Mr. Blumenthal", "claimed")},
			claims.Claim{Text: "The senator misspoke about his service", Attribution: named("Blumenthal", "said")},
			Agree, nil},
		{"a description and a name of one speaker: no attribution divergence",
			claims.Claim{Text: "He will end the war on religion", Attribution: named("the Texas governor", "said")},
			claims.Claim{Text: "He will end the war on religion", Attribution: named("Mr. Perry", "said")},
			Agree, nil},
		{"an allegation is not a statement",
			claims.Claim{Text: "The defendant used a handgun", Attribution: named("prosecutors", "alleged")},
			claims.Claim{Text: "The defendant used a handgun"},
			Diverge, []Divergence{{DivCertainty, []string{"prosecutors alleged", "stated"}}}},
		{"refusing and resisting say the same negative thing",
			claims.Claim{Text: "The Taliban are refusing the demands", Negated: true},
			claims.Claim{Text: "The Taliban resisted the demands"},
			Agree, nil},
		{"refusing with a negation word still diverges",
			claims.Claim{Text: "The Taliban are not refusing the demands", Negated: true},
			claims.Claim{Text: "The Taliban resisted the demands"},
			Diverge, []Divergence{{DivNegation, []string{"not", "asserted"}}}},
		{"a different speech verb is not a divergence",
			claims.Claim{Text: "The tariffs take effect on Friday", Attribution: named("the White House", "said")},
			claims.Claim{Text: "The tariffs take effect on Friday", Attribution: named("the White House", "announced")},
			Agree, nil},
		{"two names of one body are one source",
			claims.Claim{Text: "The bloc will retaliate against the tariffs", Attribution: named("the European Union", "said")},
			claims.Claim{Text: "The bloc will retaliate against the tariffs", Attribution: named("the EU", "said")},
			Agree, nil},
		{"a not that denies another verb is no negation divergence",
			claims.Claim{Text: "I can't help but think those remarks are over the line", Negated: true},
			claims.Claim{Text: "I think those remarks are over the line"},
			Agree, nil},
		{"a speaker denying of himself what is said of another is no negation divergence",
			claims.Claim{Text: "He's cool"},
			claims.Claim{Text: "I'm not that cool", Negated: true},
			Agree, nil},
		{"the same person denied diverges",
			claims.Claim{Text: "He served in Vietnam"},
			claims.Claim{Text: "He did not serve in Vietnam", Negated: true},
			Diverge, []Divergence{{DivNegation, []string{"asserted", "not"}}}},
		{"a not on the shared verb diverges",
			claims.Claim{Text: "The senator did not serve in Vietnam", Negated: true},
			claims.Claim{Text: "The senator served in Vietnam"},
			Diverge, []Divergence{{DivNegation, []string{"not", "asserted"}}}},
		{"150 and 400 for one crowd diverge",
			claims.Claim{Text: "About 150 protesters gathered outside the embassy", Numbers: []claims.Number{{Text: "About 150", Value: 150, Approx: "about", Unit: "protesters"}}},
			claims.Claim{Text: "About 400 protesters gathered outside the embassy", Numbers: []claims.Number{{Text: "About 400", Value: 400, Approx: "about", Unit: "protesters"}}},
			Diverge, []Divergence{{DivNumber, []string{"About 150", "About 400"}}}},
		{"a hedge against a plain statement of the same words is a certainty divergence",
			claims.Claim{Text: "The president appeared to endorse the project", Hedged: true},
			claims.Claim{Text: "The president endorsed the project"},
			Diverge, []Divergence{{DivCertainty, []string{"appeared", "stated"}}}},
		// certainty: one states as fact what the other hedges, in other words too
		{"a question left open against the fact stated diverges in certainty",
			claims.Claim{Text: "The statements left unclear whether the union was open to new concessions on pensions", Hedged: true},
			claims.Claim{Text: "Union Open to Pension Cuts"},
			Diverge, []Divergence{{DivCertainty, []string{"whether", "stated"}}}},
		{"a likely action against the action taken diverges in certainty",
			claims.Claim{Text: "Actions the governor could take on his own are likely to include directing the health agency to study overdoses", Hedged: true},
			claims.Claim{Text: "On Wednesday the governor ordered the health agency to study overdoses"},
			Diverge, []Divergence{{DivCertainty, []string{"could", "stated"}}}},
		{"a hedge on words the other never states is no certainty divergence",
			claims.Claim{Text: "The mayor is broadcasting an ad that seems to contrast the old plan with the new one, vows to end the strike", Hedged: true},
			claims.Claim{Text: "The mayor is running an ad that vows to end the strike"},
			Agree, nil},
		{"a claim that itself reports speech states nothing as fact",
			claims.Claim{Text: "The ad, reportedly to air in Miami, is costing the group $1 million", Hedged: true},
			claims.Claim{Text: "A Republican involved with the project said the ad is airing in Miami"},
			Agree, nil},
		{"a claim hedged only by its sentence's frame is no certainty divergence from other words",
			claims.Claim{Text: "The offer violated the part of the code on promises of employment", Hedged: true},
			claims.Claim{Text: "Federal law makes it a crime to promise employment in return for political activity"},
			Agree, nil},
		{"a condition asserts nothing: no negation divergence",
			claims.Claim{Text: "If Steele does not run again the party will pick a new chairman", Negated: true},
			claims.Claim{Text: "Steele will run again for chairman"},
			Agree, nil},
		{"a speculation asserts nothing: no negation divergence",
			claims.Claim{Text: "Many have speculated that the White House offered him the job"},
			claims.Claim{Text: "The White House never offered him the job", Negated: true},
			Agree, nil},
		// a negation said as an act: to block, ban or reject is to say it shall not be
		{"blocking legislation and no legislation say one negative",
			claims.Claim{Text: "Senate Republicans vowed to block all legislation until the tax cuts pass"},
			claims.Claim{Text: "No legislation until the tax cuts pass", Negated: true},
			Agree, nil},
		{"rejecting and not accepting say one negative",
			claims.Claim{Text: "The court rejected the appeal on Tuesday"},
			claims.Claim{Text: "The court did not accept the appeal on Tuesday", Negated: true},
			Agree, nil},
		{"a ban and not allowed say one negative",
			claims.Claim{Text: "The council banned protests in the main square"},
			claims.Claim{Text: "Protests will not be allowed in the main square", Negated: true},
			Agree, nil},
		{"opposing and not supporting say one negative",
			claims.Claim{Text: "The senator opposed the nomination of the judge"},
			claims.Claim{Text: "The senator did not support the nomination of the judge", Negated: true},
			Agree, nil},
		{"not rejecting what the other rejected diverges",
			claims.Claim{Text: "The court rejected the appeal on Tuesday"},
			claims.Claim{Text: "The court did not reject the appeal on Tuesday", Negated: true},
			Diverge, []Divergence{{DivNegation, []string{"asserted", "not"}}}},
		{"refusing against an unrelated verb diverges",
			claims.Claim{Text: "The Taliban are refusing the demands", Negated: true},
			claims.Claim{Text: "The Taliban met the demands"},
			Diverge, []Divergence{{DivNegation, []string{"negated", "asserted"}}}},
	}
	opt := DefaultOptions()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rel, divs := relate(prepare(&c.a), prepare(&c.b), opt)
			if rel != c.rel {
				t.Errorf("relation = %s, want %s (divergences %v)", rel, c.rel, divs)
			}
			want := c.kinds
			if want == nil {
				want = []Divergence{}
			}
			if diff := cmp.Diff(want, divs); diff != "" {
				t.Errorf("divergences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScorePairAlignsParaphrase(t *testing.T) {
	opt := DefaultOptions()
	cases := []struct {
		a, b    string
		aligned bool
	}{
		{"Pakistan expelled nearly 300,000 Afghan migrants in recent weeks.",
			"Nearly 300,000 Afghan migrants were deported by Pakistan in recent weeks.", true},
		{"Pakistan expelled nearly 300,000 Afghan migrants in recent weeks.",
			"The two leaders signed eight cooperation agreements.", false},
		{"", "The two leaders signed eight cooperation agreements.", false},
	}
	for _, c := range cases {
		p := ScorePair(&claims.Claim{Text: c.a}, &claims.Claim{Text: c.b}, opt)
		if p.Aligned != c.aligned || p.Score < 0 || p.Score > 1 {
			t.Errorf("ScorePair(%q, %q) = %.3f aligned %v, want aligned %v", c.a, c.b, p.Score, p.Aligned, c.aligned)
		}
		if (p.Relation == Unrelated) == p.Aligned {
			t.Errorf("relation %s inconsistent with aligned %v", p.Relation, p.Aligned)
		}
	}
}

func TestWordDiff(t *testing.T) {
	a := prepare(&claims.Claim{Text: "The Taliban took Afghanistan in 2021."})
	b := prepare(&claims.Claim{Text: "The Taliban took Kabul in August 2021."})
	want := []DiffOp{
		{"equal", "The Taliban took"}, {"delete", "Afghanistan"}, {"insert", "Kabul"},
		{"equal", "in"}, {"insert", "August"}, {"equal", "2021"},
	}
	if diff := cmp.Diff(want, wordDiff(a, b)); diff != "" {
		t.Errorf("wordDiff (-want +got):\n%s", diff)
	}
}

func TestGroupItems(t *testing.T) {
	// nodes: doc, sentence, rank (the content order that breaks ties).
	three := []groupNode{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {1, 3, 3}}
	for _, tc := range []struct {
		name  string
		nodes []groupNode
		edges []edge
		want  []cluster
	}{
		{"complete linkage: 0-1 and 1-2 align, 0-2 does not, so 2 is not chained in",
			three, []edge{{0, 1, 0, 0.9}, {1, 2, 1, 0.8}},
			[]cluster{{nodes: []int{0, 1}, pairs: []int{0}}}},
		{"every two of different documents aligned: one group of three",
			three, []edge{{0, 1, 0, 0.9}, {1, 2, 1, 0.8}, {0, 2, 2, 0.7}},
			[]cluster{{nodes: []int{0, 1, 2}, pairs: []int{0, 1, 2}}}},
		{"two claims of one document need no edge between them",
			three, []edge{{0, 1, 0, 0.9}, {0, 3, 1, 0.8}},
			[]cluster{{nodes: []int{0, 1, 3}, pairs: []int{0, 1}}}},
		{"one claim per sentence: 1 and 2 share a sentence, the stronger edge wins",
			[]groupNode{{0, 0, 0}, {1, 1, 1}, {1, 1, 2}}, []edge{{0, 1, 0, 0.7}, {0, 2, 1, 0.8}},
			[]cluster{{nodes: []int{0, 2}, pairs: []int{1}}}},
		{"equal strengths: the edge whose items rank first wins, whatever the item order",
			[]groupNode{{0, 0, 2}, {1, 1, 0}, {2, 2, 1}}, []edge{{0, 1, 0, 0.8}, {1, 2, 1, 0.8}},
			[]cluster{{nodes: []int{1, 2}, pairs: []int{1}}}},
	} {
		got := groupItems(tc.nodes, tc.edges, nil)
		if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(cluster{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestMutualBest(t *testing.T) {
	// items 0 (doc 0); 1, 2 (doc 1); 3 (doc 2)
	items := []item{{doc: 0}, {doc: 1}, {doc: 1}, {doc: 2}}
	for _, tc := range []struct {
		name  string
		edges []edge
		want  []int // pair indexes kept
	}{
		{"the weaker of two partners in one document is dropped", []edge{{0, 1, 0, 0.9}, {0, 2, 1, 0.6}}, []int{0}},
		{"a partner within the margin of the best is kept (headline and body)", []edge{{0, 1, 0, 0.9}, {0, 2, 1, 0.85}}, []int{0, 1}},
		{"best partners in different documents are both kept", []edge{{0, 1, 0, 0.9}, {0, 3, 1, 0.5}}, []int{0, 1}},
		{"the other side's best decides too", []edge{{0, 1, 0, 0.6}, {1, 3, 1, 0.95}, {0, 2, 2, 0.55}}, []int{0, 1, 2}},
	} {
		var got []int
		for _, e := range mutualBest(tc.edges, items) {
			got = append(got, e.pair)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // lower-case forms
	}{
		{"Pakistan's forces don't “resist” 300,000 can't", []string{"pakistan", "forces", "do", "not", "resist", "300,000", "can", "not"}},
		// Case folding lengthens Ⱥ (2 bytes) to ⱥ (3): cuts are made on the
		// surface form, never with offsets from the lowered copy.
		{"The ȺȺȺ's troops", []string{"the", "ⱥⱥⱥ", "troops"}},
		{"ȺȺȺN'T", []string{"ⱥⱥⱥ", "not"}},
		{"WON'T", []string{"will", "not"}},
		{"İİİ's", []string{strings.ToLower("İİİ")}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.in) {
			got = append(got, tk.Lower())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzScorePair(f *testing.F) {
	f.Add("Nearly 300,000 Afghans left.", "About 290,000 Afghans were deported.")
	f.Add("", "\xff\xfe")
	f.Fuzz(func(t *testing.T, a, b string) {
		p := ScorePair(&claims.Claim{Text: a}, &claims.Claim{Text: b}, DefaultOptions())
		if p.Score < 0 || p.Score > 1 {
			t.Fatalf("score %v out of range", p.Score)
		}
	})
}
