package attrib

import "testing"

// TestFind is pattern 5 of issue 11 in reported speech: anonymous and vague
// sources found in plain sentences, named ones left alone. want is the
// source text and grade of each finding, in order; "" for none.
func TestFind(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "text|kind"
	}{
		{"Republican officials dismissed the criticism on Sunday.", []string{"Republican officials|anonymous"}},
		{"The cost of the plan, senior officials estimated, would be about $400 million.", []string{"senior officials|anonymous"}},
		{"The mayor would meet the protesters again next week, the official added.", []string{"the official|anonymous"}},
		{"An aide to the Senate Finance Committee, who spoke on condition of anonymity, said the vote would slip.",
			[]string{"An aide to the Senate Finance Committee, who spoke on condition of anonymity|anonymous"}},
		{"Some blame the governor for the delays.", []string{"Some|vague"}},
		{"He also rejected reports that the president refused his request for a meeting.", []string{"rejected reports|vague"}},
		{"Citing an article that said the normally chatty Schumer would not comment, Republicans pounced.", []string{"an article|vague"}},
		{"Citing an article in The New York Times, Republicans pounced.", nil}, // an identified document
		{"The local authorities have also come under criticism for how they handled the protests.", []string{"come under criticism|vague"}},
		{"The administration faced some criticism for involving children in the program.", []string{"faced some criticism|vague"}},
		{"The plan came under criticism from Republicans on Monday.", nil}, // the critics are named
		{"That caused other Republicans to warn that the party risked a backlash.", []string{"other Republicans|vague"}},
		{"The ruling led some lawmakers to argue that the law was dead.", []string{"some lawmakers|vague"}},
		{"The chairman asked some lawmakers to vote on Friday.", nil}, // no content
		{"Democrats point to modest decreases in funding in recent years.", []string{"Democrats|vague"}},
		{"Some grumbled that the campaign had ousted the one leader willing to listen.", []string{"Some|vague"}},
		{"Many voters also perceived the congressman as ignoring the district.", []string{"Many voters|vague"}},
		{"Some in the party have begun protesting that his record is to the left of the leader's.", []string{"Some in the party|vague"}},
		// a group that acts on something (acts.txt) is the claim's actor, not its source
		{"State lawmakers announced a deal Monday on a package of gun measures.", nil},
		{"Other Republicans quickly criticized the senator.", nil},
		{"Prominent Democrats are calling for the governor to veto the bill.", nil},
		{"Conservative Republicans in the House pleaded Friday for a delay in the voting.", nil},
		{"But Republicans oppose the president's jobs plan.", nil},
		{"Aide to GOP lawmaker apologizes for Facebook post", nil},
		// ... unless it states content: a that-clause, a characterization in quotation marks
		{"Some Republicans announced that they would vote against the bill.", []string{"Some Republicans|vague"}},
		{"He settled into a corner booth as residents explained the problems that need to be rectified.", nil}, // the object's relative clause
		{"Residents explained why the plant had closed.", []string{"Residents|vague"}},
		{"Some conservatives oppose any form of legal status as “amnesty.”", []string{"Some conservatives|vague"}},
		{"Aides to Mr. Romney declined to say on Tuesday whether he would call on the delegates.", nil},
		{"Lewis said some demonstrators, many of them tea party activists, yelled a racial epithet.", nil},
		{"Supporters of Mr. McCarthy, who traveled home for the weekend, said Friday that he had the votes.",
			[]string{"Supporters of Mr. McCarthy, who traveled home for the weekend|vague"}},
		{"Privately, many Democrats were not pleased with the timing.", []string{"many Democrats|vague"}},
		{"Critics worry that the deal leaves out smaller farms.", []string{"Critics|vague"}},
		{"The senator reportedly met donors in Miami.", []string{"reportedly|vague"}},
		{"The state is considered a toss-up this year.", []string{"is considered|vague"}},
		{"Last spring the measure was proposed by some Republicans.", []string{"some Republicans|vague"}},
		{"The talks will resume on Monday, according to people familiar with the negotiations.", []string{"people familiar with the negotiations|anonymous"}},
		// a relative clause makes its subject a source only when it carries
		// what is held
		{"Aides to House conservatives who oppose the leadership's plan gathered in his office on Thursday.", nil},
		{"Officials who oppose the plan met on Monday.", nil},
		{"Aides to House conservatives who say the plan is dead met on Thursday.", []string{"Aides to House conservatives|anonymous"}},
		// an aside on how the source spoke, between it and its verb
		{"Two officials, speaking on the condition of anonymity, told reporters that the review was done.",
			[]string{"Two officials, speaking on the condition of anonymity|anonymous"}},
		{"Officials in the department, speaking on condition of anonymity, said the review was done.",
			[]string{"Officials in the department, speaking on condition of anonymity|anonymous"}},
		// "been" before a passive marker, and what a group calls something
		{"The seat had widely been considered safe for Republicans.", []string{"been considered|vague"}},
		{"The dam has long been thought to be unsafe.", []string{"been thought to|vague"}},
		{"The bill includes what critics call a giveaway to insurers.", []string{"critics|vague"}},
		// a conjunction opening the sentence is not part of the source
		{"But senior administration officials said the talks would resume.", []string{"senior administration officials|anonymous"}},
		{"And some Democrats warned that the bill would fail.", []string{"some Democrats|vague"}},
		// a finite passive of judging tells what was done to someone, not a source
		{"Other executives who support the law are not similarly criticized by conservatives.", nil},
		{"Ms. Davis recalled being criticized by a reporter for the outfit she wore.", nil},
		{"The plan, criticized by conservatives as a giveaway, passed the House.", []string{"conservatives|vague"}},
		{"The law is seen by many as a failure.", []string{"many|vague"}},
		// believing in someone is trust, not a claim
		{"Members of the caucus want a leader that they believe in.", nil},
		{"Many members believe the leader will lose.", []string{"Many members|vague"}},
		// a relative clause set off by commas between the source and its verb
		{"Federal officials, who asked not to be identified because the inquiry is continuing, said the charges would come within weeks.",
			[]string{"Federal officials, who asked not to be identified because the inquiry is continuing|anonymous"}},
		{"Two diplomats, who spoke on the condition of anonymity, said the talks had stalled.",
			[]string{"Two diplomats, who spoke on the condition of anonymity|anonymous"}},
		// "briefed on" qualifies the source; "made clear" reports a position
		{"People briefed on the talks said one option was a delay until spring.", []string{"People briefed on the talks|anonymous"}},
		{"Several sources tell Reuters that the merger is off.", []string{"Several sources|anonymous"}},
		{"The governor was not proposing new fees, an aide later made clear.", []string{"an aide|anonymous"}},
		{"Senate aides earlier said the vote would slip to Friday.", []string{"Senate aides|anonymous"}},
		// a capitalised first word that is an adjective names no one
		{"Seasoned political observers have questioned the timing of the vote.", []string{"Seasoned political observers|vague"}},
		{"Law enforcement agencies have long said that the drug crosses the border.", []string{"Law enforcement agencies|vague"}},
		// where a group is does not say who it is
		{"Political observers in Arizona cautioned that the governor is deliberate.", []string{"Political observers in Arizona|vague"}},
		{"Some officers along Colorado's borders said that they had seen no increase.", []string{"Some officers along Colorado's borders|vague"}},
		// a quantifier makes any plural an unnamed group
		{"Some sheriffs have complained about the new law.", []string{"Some sheriffs|vague"}},
		{"Several Republican senators questioned the nominee's record.", []string{"Several Republican senators|vague"}},
		{"A growing number of Republicans are suggesting the party should fold.", []string{"A growing number of Republicans|vague"}},
		// a group speaking in a relative clause, wherever it stands
		{"He sided with a group of Republicans who say the party will have to yield.", []string{"a group of Republicans|vague"}},
		{"Mr. Holder met with people who told him that the police had lied.", []string{"people|vague"}},
		{"Social Security reformers who say the program is too generous welcomed the move.", []string{"Social Security reformers|vague"}},
		{"It angered gun owners who have already expressed fear that he will abuse that power.", []string{"gun owners|vague"}},
		{"The president was joined by four children who wrote to the White House about gun violence.", nil}, // what they did, not what they hold
		{"Doctors who detect such a condition typically recommend surgery.", nil},
		// a noun that modifies the head at a clause boundary belongs to it
		{"AARP has not changed its position, labor officials told HuffPost.", []string{"labor officials|anonymous"}},
		{"But fact-checkers and news analysts alike have disputed the figure.", []string{"news analysts|vague"}},
		{"He rejected what some have said was a signal to the base.", []string{"some|vague"}},
		{"The plan goes beyond what most advocates were hoping for.", nil},
		{"It was filed after court records indicated a guilty plea.", nil},
		{"The plan covers how many of the country's estimated 11 million immigrants can stay.", nil},
		// a named leader's followers are not the leader
		{"But Mr. Obama's allies see a rare opening for new gun rules.", []string{"Obama's allies|vague"}},
		// an adverb inside a passive marker
		{"Clinton, who is already regarded as the front-runner, testified on Wednesday.", []string{"is already regarded as|vague"}},
		// named sources and non-sources
		{"Ms. Lauten, a former aide who describes herself as a conservative, resigned.", nil},
		{"Analysts at Goldman Sachs in New York said the deal would close.", nil},
		{"Many companies in Texas raised wages this year.", nil}, // an act, not speech
		{"Mayor Linda Ortiz, who took office in January, said the budget was balanced.", nil},
		{"The aide made a clear case for the bill.", nil},
		{"Police said the driver was arrested at the scene.", nil},
		{"The White House said the president would sign the bill.", nil},
		{"Robert Gibbs, a political adviser to the president, criticized the ads.", nil},
		{"Many people were killed in the blast.", nil},
		{"Many states currently ban guns in schools.", nil}, // "states" is a noun here
		{"The Senate, led by Democrats, passed the bill.", nil},
		{"The bill was signed by all 42 Senate Republicans.", nil},
		{"“We will not back down,” the minister said.", nil},
	}
	for _, tt := range tests {
		got := Find(tt.sentence)
		var gs []string
		for _, f := range got {
			if tt.sentence[f.Start:f.End] != f.Text {
				t.Errorf("Find(%q): span %d:%d is not %q", tt.sentence, f.Start, f.End, f.Text)
			}
			gs = append(gs, f.Text+"|"+f.Kind)
		}
		if len(gs) != len(tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.sentence, gs, tt.want)
			continue
		}
		for i := range gs {
			if gs[i] != tt.want[i] {
				t.Errorf("Find(%q) = %q, want %q", tt.sentence, gs, tt.want)
				break
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Critics said it failed.", "“a,” officials said", "according to", "by", "\xff said the aide"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range Find(s) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text || !IsUnidentified(x.Kind) {
				t.Fatalf("bad finding %+v", x)
			}
		}
	})
}
