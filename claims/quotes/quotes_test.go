package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestScan holds hand-written news passages (paragraphs separated by a
// blank line) with the quotes expected in each.
func TestScan(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []got
	}{
		{"straight, speaker after", `"We will not allow our soil to be used against anyone," Zabihullah Mujahid said.`,
			[]got{{"We will not allow our soil to be used against anyone,", "direct", "Zabihullah Mujahid", "said", "named", ""}}},
		{"name, then an appositive with an object, then the cue", `“We are ready,” Jim Manley, a Republican trying to unseat the senator, said.`,
			[]got{{"We are ready,", "direct", "Jim Manley", "said", "named", ""}}},
		{"curly, inverted with appositive", `“The border will reopen on Monday,” said Hugh Hill, a doctor at the clinic.`,
			[]got{{"The border will reopen on Monday,", "direct", "Hugh Hill, a doctor at the clinic", "said", "named", ""}}},
		{"appositive before, colon", `Shehbaz Sharif, Pakistan's prime minister, said: “Terrorism is our common enemy.”`,
			[]got{{"Terrorism is our common enemy.", "direct", "Shehbaz Sharif, Pakistan's prime minister", "said", "named", ""}}},
		{"colon after a name", `Sharif: “We will not bow to pressure.”`,
			[]got{{"We will not bow to pressure.", "direct", "Sharif", ":", "named", ""}}},
		{"according to a named statement", `“Talks will resume next week,” according to a statement from the Foreign Ministry.`,
			[]got{{"Talks will resume next week,", "direct", "the Foreign Ministry", "according to", "named", ""}}}, // who the statement is from
		{"a statement from a named lawyer", `"We are disappointed," said the statement from Grimm's attorney, William McGinley.`,
			[]got{{"We are disappointed,", "direct", "Grimm's attorney, William McGinley", "said", "named", ""}}},
		// a participle's speaker is the sentence's subject, past an opening adjunct
		{"a time before the subject of a participle", "Ten minutes later, Ben Rhodes, a deputy adviser, wrote back, saying, “We need to resolve this.”",
			[]got{{"We need to resolve this.", "direct", "Ben Rhodes, a deputy adviser", "wrote", "named", ""}}},
		{"a place before the subject of a participle", "At the rally, Senator Maria Lopez spoke last, saying, “We will win this seat.”",
			[]got{{"We will win this seat.", "direct", "Senator Maria Lopez", "saying", "named", ""}}},
		// a quotation with no frame of its own goes on in the voice of the
		// quote that closed in the sentence before, whatever other cue
		// that sentence holds
		{"the voice goes on past another cue", "“We could lose,” he said in an interview first posted online by The Hill. “We’ve got work to do.”",
			[]got{{"We could lose,", "direct", "he", "said", "pronoun", ""}, {"We’ve got work to do.", "direct", "he", "said", "pronoun", ""}}},
		// a free relative in the sentence before ("denying what some have
		// said") is a thing talked about, not the frame of the next quote;
		// a participle's subject is the sentence's, past an opening quote
		{"free relative before the quote", "“I don't question his faith,” Santorum told the host, denying what some have said was a signal. “I believe he is a Christian.”",
			[]got{{"I don't question his faith,", "direct", "Santorum", "told", "named", ""}, {"I believe he is a Christian.", "direct", "Santorum", "told", "named", ""}}},
		// the subject of a clause that is another verb's content ("suggesting
		// that they believe") says nothing, so the next quote is the speaker's
		{"complement clause before the quote", "“I was talking about the radical environmentalists,” Santorum said, suggesting that they believe man should protect the earth. “I think that is a phony ideal.”",
			[]got{{"I was talking about the radical environmentalists,", "direct", "Santorum", "said", "named", ""}, {"I think that is a phony ideal.", "direct", "Santorum", "said", "named", ""}}},
		{"a document's recipient is not its speaker", "“She has committed no crime,” the letter addressed to Chairman Darrell Issa reads.",
			[]got{{"She has committed no crime,", "direct", "the letter addressed to Chairman Darrell Issa", "reads", "named", ""}}},
		{"an anonymity relative clause describes the speaker", "“We will fight,” officials who asked not to be named said.",
			[]got{{"We will fight,", "direct", "officials", "said", "anonymous", ""}}},
		{"free relative, whatever", "“Nothing has changed,” Ms. Lee told reporters, dismissing whatever critics have said about the plan. “The border is open.”",
			[]got{{"Nothing has changed,", "direct", "Ms. Lee", "told", "named", ""}, {"The border is open.", "direct", "Ms. Lee", "told", "named", ""}}},
		{"free relative with the quote inside it", `Comey described what he called "extreme carelessness" in the handling of the emails.`,
			[]got{{"extreme carelessness", "partial", "Comey", "described", "named", ""}}},
		// a closing mark lost before the frame: the frame stays outside
		{"lost closing mark before the frame", "“We have such a broad membership, Mr. Rother said. “I’m sure some will not be happy.”",
			[]got{{"We have such a broad membership", "direct", "Mr. Rother", "said", "named", ""}, {"I’m sure some will not be happy.", "direct", "Mr. Rother", "said", "named", ""}}},
		{"lost closing mark before an inverted frame", "“The talks are over, said the envoy. “We leave tomorrow.”",
			[]got{{"The talks are over", "direct", "the envoy", "said", "named", ""}, {"We leave tomorrow.", "direct", "the envoy", "said", "named", ""}}},
		{"lost closing mark before a pronoun frame", "Ms. Lee spoke on Monday.\n\n“The vote is on Tuesday, she added. “Be there.”",
			[]got{{"The vote is on Tuesday", "direct", "she", "added", "pronoun", "Ms. Lee"}, {"Be there.", "direct", "she", "added", "pronoun", "Ms. Lee"}}},
		{"lost closing mark after a list, no frame", "“We spoke to Smith, Jones and Brown. “They agreed.”",
			[]got{{"We spoke to Smith, Jones and Brown.", "direct", "", "", "none", ""}, {"They agreed.", "direct", "", "", "none", ""}}},
		{"a cue after to", `Biden was quick to retort: "With all due respect, that is a bunch of malarkey."`,
			[]got{{"With all due respect, that is a bunch of malarkey.", "direct", "Biden", "retort", "named", ""}}},
		{"a cue after and", `Grimm stormed back, leaned into him and said, "Let me be clear to you."`,
			[]got{{"Let me be clear to you.", "direct", "Grimm", "said", "named", ""}}},
		{"shot back", `Ryan shot back, in reference to the stimulus: "It was a mistake."`,
			[]got{{"It was a mistake.", "direct", "Ryan", "shot back", "named", ""}}},
		{"as someone put it", `As Sen. Rand Paul, R-Ky., put it, "Libya has to have been one of the hottest of hot spots."`,
			[]got{{"Libya has to have been one of the hottest of hot spots.", "direct", "Sen. Rand Paul, R-Ky.", "put it", "named", ""}}},
		{"puts it, after the quote", `"It is a mess," as the mayor puts it.`,
			[]got{{"It is a mess,", "direct", "the mayor", "puts it", "named", ""}}},
		{"a description, then the name", `"We are ready," said the lawyer, William McGinley.`,
			[]got{{"We are ready,", "direct", "the lawyer, William McGinley", "said", "named", ""}}},
		{"according to the summaries", `"Talks covered trade and security," according to the summaries.`,
			[]got{{"Talks covered trade and security,", "direct", "the summaries", "according to", "vague", ""}}},
		{"vague officials", `“The crossing is closed until further notice,” officials said.`,
			[]got{{"The crossing is closed until further notice,", "direct", "officials", "said", "anonymous", ""}}},
		{"nationality is not a body", `“Kabul has been warned,” Pakistani officials said on Tuesday.`,
			[]got{{"Kabul has been warned,", "direct", "Pakistani officials", "said", "anonymous", ""}}},
		{"officials with a body", `“Kabul has been warned,” officials at the Foreign Ministry said.`,
			[]got{{"Kabul has been warned,", "direct", "officials at the Foreign Ministry", "said", "anonymous", ""}}},
		{"sources", `“The meeting was tense and ended early,” sources said.`,
			[]got{{"The meeting was tense and ended early,", "direct", "sources", "said", "anonymous", ""}}},
		{"a statement with no issuer", `“The border remains open to traders,” a statement said.`,
			[]got{{"The border remains open to traders,", "direct", "a statement", "said", "vague", ""}}},
		{"in a statement", `“We condemn the attack in the strongest terms,” the ministry said in a statement.`,
			[]got{{"We condemn the attack in the strongest terms,", "direct", "the ministry", "said", "named", ""}}},
		{"told reporters, title", `“The operation will continue,” Gen. Asim Munir told reporters in Rawalpindi.`,
			[]got{{"The operation will continue,", "direct", "Gen. Asim Munir", "told", "named", ""}}},
		{"said comma before", `Khawaja Asif said, “Our patience with Kabul has run out.”`,
			[]got{{"Our patience with Kabul has run out.", "direct", "Khawaja Asif", "said", "named", ""}}},
		{"asked, then said colon", `Asked about the strikes, Mujahid said: “We reserve the right to respond.”`,
			[]got{{"We reserve the right to respond.", "direct", "Mujahid", "said", "named", ""}}},
		{"interrupted quote", `“We will talk,” Mujahid said, “but not under threat.”`,
			[]got{
				{"We will talk,", "direct", "Mujahid", "said", "named", ""},
				{"but not under threat.", "direct", "Mujahid", "said", "named", ""},
			}},
		{"pronoun resolved to the person named before", `Ebrahim Raisi arrived in Islamabad on Monday. “Our ties are historic,” he said.`,
			[]got{{"Our ties are historic,", "direct", "he", "said", "pronoun", "Ebrahim Raisi"}}},
		{"pronoun resolved to the last speaker", `“We want peace,” Shehbaz Sharif said after meeting Ebrahim Raisi. “But we will defend our borders,” he added.`,
			[]got{
				{"We want peace,", "direct", "Shehbaz Sharif", "said", "named", ""},
				{"But we will defend our borders,", "direct", "he", "added", "pronoun", "Shehbaz Sharif"},
			}},
		{"a definite subject stands for the person named before it", `Gov. Mark Ellison said on Monday that he would not resign. The governor also spoke about his wife, Ana Ruiz, an aide to Senator Maria Lopez. “I am protecting my family,” he said.`,
			[]got{{"I am protecting my family,", "direct", "he", "said", "pronoun", "Gov. Mark Ellison"}}},
		{"the names in a sentence that opens with a name are candidates", `Gov. Mark Ellison met Senator Tom Reyes on Monday. Senator Reyes spoke about the budget. “We will pass it,” he said.`,
			[]got{{"We will pass it,", "direct", "he", "said", "pronoun", "Senator Reyes"}}},
		{"it for an organisation", `The Foreign Ministry issued a rebuttal on Friday. “These claims are baseless,” it said.`,
			[]got{{"These claims are baseless,", "direct", "it", "said", "pronoun", "Foreign Ministry"}}},
		{"attribution in the previous sentence", `Mujahid told reporters in Kabul that the raids must end. “Pakistan must respect our sovereignty.”`,
			[]got{{"Pakistan must respect our sovereignty.", "direct", "Mujahid", "told", "named", ""}}},
		{"attribution in the next sentence", `“Pakistan must respect our sovereignty.” That message came from Kabul, his aides said.`,
			[]got{{"Pakistan must respect our sovereignty.", "direct", "his aides", "said", "anonymous", ""}}},
		{"multi-paragraph quote", "“We have lost everything,” said Amina Bibi, a farmer.\n\n“The water came at night. We had no warning.\n\n“Now we live in a tent,” she said.",
			[]got{
				{"We have lost everything,", "direct", "Amina Bibi, a farmer", "said", "named", ""},
				{"The water came at night. We had no warning. Now we live in a tent,", "direct", "she", "said", "pronoun", "Amina Bibi"},
			}},
		{"multi-paragraph straight quote", "Dar said: \"The talks were frank.\n\n\"We agreed to meet again in March.\"",
			[]got{{"The talks were frank. We agreed to meet again in March.", "direct", "Dar", "said", "named", ""}}},
		{"quoted transcript, one turn per paragraph", "Partial transcript as follows:\n\n\"WALLACE: Why would Trump do that?\n\n\"PENCE: Well, look, this is serious business.\n\n\"WALLACE: Will she be there?",
			[]got{
				{"Why would Trump do that?", "direct", "WALLACE", ":", "named", ""},
				{"Well, look, this is serious business.", "direct", "PENCE", ":", "named", ""},
				{"Will she be there?", "direct", "WALLACE", ":", "named", ""},
			}},
		{"previous paragraph ends with a colon", "Mujahid said in a post on X:\n\n“Our forces responded to the attack on our border posts.”",
			[]got{{"Our forces responded to the attack on our border posts.", "direct", "Mujahid", "said", "named", ""}}},
		{"paragraph of quote after a speaker", "“We are ready for talks,” Sharif said.\n\n“Our army is ready too.”",
			[]got{
				{"We are ready for talks,", "direct", "Sharif", "said", "named", ""},
				{"Our army is ready too.", "direct", "Sharif", "said", "named", ""},
			}},
		{"nested single quotes", `“He told me, ‘Go home,’ and then he left,” the witness said.`,
			[]got{{"He told me, ‘Go home,’ and then he left,", "direct", "the witness", "said", "vague", ""}}},
		{"guillemets", `«We will not give in to threats», the minister said.`,
			[]got{{"We will not give in to threats", "direct", "the minister", "said", "named", ""}}},
		{"low-nine and high quotes", `„The talks have failed completely“, the spokesman said.`,
			[]got{{"The talks have failed completely", "direct", "the spokesman", "said", "named", ""}}},
		{"two apostrophes as a double mark", `''We will not negotiate under fire,'' Mr. Dar said.`,
			[]got{{"We will not negotiate under fire,", "direct", "Mr. Dar", "said", "named", ""}}},
		{"apostrophes are not quotes", `The Taliban's return in the '90s was no rock 'n' roll affair, and the officials' records show it.`,
			nil},
		{"apostrophe before a partial quote", `Sharif said Pakistan's patience "has limits" after the Taliban's refusal.`,
			[]got{{"has limits", "partial", "Sharif", "said", "named", ""}}},
		{"scare quote", `The so-called "peace plan" was signed on Friday.`, nil},
		{"title", `She appeared on “Meet the Press” on Sunday.`, nil},
		{"long title", `The documentary “Make America Great Again Forever” opened in May.`, nil},
		{"partial quote with called", `Mujahid called the strikes “a violation of our sovereignty” and promised a response.`,
			[]got{{"a violation of our sovereignty", "partial", "Mujahid", "called", "named", ""}}},
		{"short partial quote with a cue", `Pakistan has accused Afghanistan of providing “safe haven” to militants.`,
			[]got{{"safe haven", "partial", "Pakistan", "accused", "named", ""}}},
		{"people familiar with the matter", `The crossing will reopen “probably within days,” people familiar with the matter said.`,
			[]got{{"probably within days,", "partial", "people familiar with the matter", "said", "anonymous", ""}}},
		{"dash signature", `“Pakistan cannot carry this burden alone.” — Asif Durrani`,
			[]got{{"Pakistan cannot carry this burden alone.", "direct", "Asif Durrani", "—", "named", ""}}},
		{"transcript label", `MUJAHID: Our message is simple: “Respect our borders and we will respect yours.”`,
			[]got{{"Respect our borders and we will respect yours.", "direct", "MUJAHID", ":", "named", ""}}},
		{"unattributed quote", `Refugees crowded the crossing. “There is no food here and no shelter for the children.”`,
			[]got{{"There is no food here and no shelter for the children.", "direct", "", "", "none", ""}}},
		{"relative clause before the cue", `“The talks are over,” Ishaq Dar, who leads the delegation, said.`,
			[]got{{"The talks are over,", "direct", "Ishaq Dar", "said", "named", ""}}}, {"pronoun resolved to the person who spoke, not the first named", `The argument that confounded Justice Kennedy also drew the ire of Justice Antonin Scalia, who said he was whipsawed. “You don’t have discretion,” he said.`,
			[]got{{"You don’t have discretion,", "direct", "he", "said", "pronoun", "Justice Antonin Scalia"}}},
		{"pronoun resolved to the subject when no one spoke", `Senator Ted Cruz met Governor Rick Perry in Austin. “We agree on the border,” he said.`,
			[]got{{"We agree on the border,", "direct", "he", "said", "pronoun", "Senator Ted Cruz"}}},
		{"a title after a body names a person", "Human Rights Campaign President Chad Griffin praised the ruling.\n\nHe added, “These families finally have access to benefits.”",
			[]got{{"These families finally have access to benefits.", "direct", "He", "added", "pronoun", "Human Rights Campaign President Chad Griffin"}}},
		{"the most mentioned person of the sentence before", "Glenn Beck spoke last. Beck drew cheers.\n\nIf last year's speech, delivered by radio host Rush Limbaugh, was about Obama, Beck's was about purity. “It is not enough,” he declared.",
			[]got{{"It is not enough,", "direct", "he", "declared", "pronoun", "Beck"}}},
		{"the subject of the sentence before over a more mentioned name", "Wal-Mart Stores faces the suit. Wal-Mart denies it. Wal-Mart has 1.5 million workers.\n\nChief Justice John Roberts also offered his doubts, suggesting that acts at Wal-Mart are no worse than anywhere else.\n\n“Is it true?” he asked.",
			[]got{{"Is it true?", "direct", "he", "asked", "pronoun", "Chief Justice John Roberts"}}},
		{"a sentence opening with the same pronoun continues its chain", "Rep. Bruce Braley spoke to lawyers in Texas.\n\nBraley says he would want to serve on the committee. He said Sen. Chuck Grassley, though, would likely become its chairman.\n\n“You may have someone with my background,” he said.",
			[]got{{"You may have someone with my background,", "direct", "he", "said", "pronoun", "Braley"}}},
		{"the owner of a remark is its speaker, without the possessive", `Critics seized on Gov. Lynn Walsh's offhand remark about "lazy voters" at a dinner.`,
			[]got{{"lazy voters", "partial", "Gov. Lynn Walsh", "remark", "named", ""}}},
		{"the owner of a remark is not the next pronoun's speaker; the main clause's subject is", `When Mr. Dole went after Mr. Hart’s infamous remark about the "silent majority," Mr. Kemp reminded the senator of his own slips. “Words do not always come out right,” he said with a grin.`,
			[]got{{"silent majority,", "partial", "Mr. Hart", "remark", "named", ""}, {"Words do not always come out right,", "direct", "he", "said", "pronoun", "Mr. Kemp"}}},
		{"after an opening clause its subject follows the comma", "As Senator Ruth Ames took the stage, Governor Paul Diaz left the hall.\n\n“We have nothing to add,” he said.",
			[]got{{"We have nothing to add,", "direct", "he", "said", "pronoun", "Governor Paul Diaz"}}},
		{"a possessive after a verb owns a thing, not the action", "Mayor Tom Reyes questioned Chief Ann Cole's budget on Monday.\n\n“The numbers are wrong,” he said.",
			[]got{{"The numbers are wrong,", "direct", "he", "said", "pronoun", "Mayor Tom Reyes"}}},
		{"the owner of a comment keeps his title", `The senator's latest comments on "the border crisis" drew fire.`,
			[]got{{"the border crisis", "partial", "The senator", "comments", "named", ""}}},
		{"a cue form after a determiner is the speaker's noun", `"Such talks are fully consistent with the law," the report read.`,
			[]got{{"Such talks are fully consistent with the law,", "direct", "the report", "read", "named", ""}}},
		{"the second sentence after the attribution keeps its speaker", `"We reviewed every contact," the memo said. "None of them broke a rule."`,
			[]got{{"We reviewed every contact,", "direct", "the memo", "said", "named", ""}, {"None of them broke a rule.", "direct", "the memo", "said", "named", ""}}},
		{"a participle's subject after an opening clause", "General Mark Ortiz read the draft.\n\nBut when the final draft was sent to General Ortiz, he shrugged, saying “I would rather not use this.”",
			[]got{{"I would rather not use this.", "partial", "he", "saying", "pronoun", "General Ortiz"}}},
		{"a participle's subject after an opening conjunction", "Senator Jane Holt left the room, saying “We are done here.”\n\nAnd Holt shook her head, saying “No more questions.”",
			[]got{{"We are done here.", "partial", "Senator Jane Holt", "saying", "named", ""}, {"No more questions.", "partial", "Holt", "saying", "named", ""}}},
		{"a title is no quote", `The speech drew a column headlined "Why The Mayor Is Wrong About Parking." It also drew an article titled "Parking Wars."`,
			nil},
		{"a possessive makes a cue a noun", `Mary Cheney concluded her Facebook post: “Please like and share if you agree.”`,
			[]got{{"Please like and share if you agree.", "direct", "Mary Cheney", "concluded", "named", ""}}},
		{"an opening adjunct before a speech noun is no one", `In brief remarks after the meeting, Mr. Obama disputed the claim, saying that “the deal makes sense.”`,
			[]got{{"the deal makes sense.", "partial", "Mr. Obama", "disputed", "named", ""}}},
		{"a possessive before a speaker is kept", `Her spokesman said: “The senator will vote no.”`,
			[]got{{"The senator will vote no.", "direct", "Her spokesman", "said", "named", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := Scan(paras(tt.in))
			if diff := cmp.Diff(tt.want, summarise(qs)); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestScanWarnings covers marks that cannot be paired: the scanner
// recovers and warns.
func TestScanWarnings(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		wantQuotes int
		wantWarn   string
	}{
		{"unclosed", "“We will fight on, the commander said. Troops moved north.", 1, "not closed"},
		{"stray closer", "The deal collapsed.” Officials blamed Kabul.", 0, "without an opening"},
		{"straight closes curly", `“The deal is off for now," a source said.`, 1, "straight closing mark"},
		{"mismatched guillemet", `«The deal is off for now” a source said.`, 1, "mismatched"},
		{"missing closer before next quote", "“We will talk. “We will not surrender,” Mujahid said.", 2, "not closed before"},
		{"unclosed across paragraphs", "“We will fight on, the commander said.\n\nTroops moved north.", 1, "not closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, ws := Scan(paras(tt.in))
			if len(qs) != tt.wantQuotes {
				t.Errorf("got %d quotes %v, want %d", len(qs), summarise(qs), tt.wantQuotes)
			}
			found := false
			for _, w := range ws {
				found = found || strings.Contains(w.Message, tt.wantWarn)
			}
			if !found {
				t.Errorf("warnings %v lack %q", ws, tt.wantWarn)
			}
		})
	}
}

// TestSeeds checks the acceptance case: exactly three quotes in the seeds,
// each vague, with the source phrase after "according to" as the speaker.
func TestSeeds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var all []got
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		qs, _ := Scan(paras(string(b)))
		for _, g := range summarise(qs) {
			g.Text = "" // long; the speakers identify them
			all = append(all, g)
		}
	}
	want := []got{
		{"", "direct", "the provided summary of their meeting", "according to", "vague", ""},
		{"", "direct", "the summaries", "according to", "vague", ""},
		{"", "direct", "the summaries", "according to", "vague", ""},
	}
	if diff := cmp.Diff(want, all); diff != "" {
		t.Errorf("seed quotes mismatch (-want +got):\n%s", diff)
	}
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name               string
		in                 string
		para               int
		sentence           string // the sentence to attribute, found in paragraph para
		speaker, cue, kind string
		antecedent         string
	}{
		{"accused", "Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny.", 0,
			"Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny.", "Pakistan", "accused", "named", ""},
		{"trailing officials said", "Violence has surged since the takeover, officials said.", 0,
			"Violence has surged since the takeover, officials said.", "officials", "said", "anonymous", ""},
		{"according to at the start", "According to the summaries, nearly 300,000 Afghans have left Pakistan.", 0,
			"According to the summaries, nearly 300,000 Afghans have left Pakistan.", "the summaries", "according to", "vague", ""},
		{"no attribution", "The crossing reopened on Monday.", 0, "The crossing reopened on Monday.", "", "", "none", ""},
		{"pronoun", "Ishaq Dar met the envoys in Doha.\n\nHe said the talks would continue in March.", 1,
			"He said the talks would continue in March.", "He", "said", "pronoun", "Ishaq Dar"},
		{"a name the words are about is no antecedent", "Donald Trump spoke in Las Vegas on Monday.\n\nOf Obama, he said the economy was weak.", 1,
			"Of Obama, he said the economy was weak.", "he", "said", "pronoun", "Donald Trump"},
		{"cue inside a quote is ignored", `The report, titled "What officials said", was released on Monday.`, 0,
			`The report, titled "What officials said", was released on Monday.`, "", "", "none", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := paras(tt.in)
			i := strings.Index(ps[tt.para].Text, tt.sentence)
			if i < 0 {
				t.Fatalf("sentence not in paragraph %d", tt.para)
			}
			a := Attribute(ps, tt.para, Range{i, i + len(tt.sentence)})
			sp := ""
			if a.Speaker != nil {
				sp = a.Speaker.Text
			}
			if sp != tt.speaker || a.Cue != tt.cue || a.Kind != tt.kind || a.Antecedent != tt.antecedent {
				t.Errorf("Attribute = %q %q %q %q, want %q %q %q %q", sp, a.Cue, a.Kind, a.Antecedent, tt.speaker, tt.cue, tt.kind, tt.antecedent)
			}
		})
	}
	if a := Attribute(nil, 3, Range{0, 10}); a.Kind != "none" || a.Speaker != nil {
		t.Errorf("out of range: %+v", a)
	}
}
