package atomic

import (
	"slices"
	"strings"
	"testing"
)

// TestClaimUnits checks that every claim of a sentence is a sentence made
// of the sentence's own words, split only where each part stands on its
// own (issue 11, pattern 2). The sentences are written for this test in
// the style of wire copy; want is the exact list of claim texts.
func TestClaimUnits(t *testing.T) {
	tests := []struct {
		pattern, in string
		want        []string
	}{
		// a verb phrase after "and also then" is coordinated like one after
		// "and": no claim without a subject
		{"coordination", "The company will close two plants, and also then cut 500 jobs.",
			[]string{"The company will close two plants", "The company will cut 500 jobs"}},
		{"list", "You can't have full security, and also then have full privacy and zero inconvenience.", // the negation of the first verb is the second's
			[]string{"You can't have full security, and also then have full privacy and zero inconvenience"}},
		{"coordination", "The government was not consulted on the ad and did not approve it.", // a verb group of its own splits
			[]string{"The government was not consulted on the ad", "The government did not approve it"}},
		{"coordination", "The agency cannot close the office and move the staff.", // a base form shares the negated group
			[]string{"The agency cannot close the office and move the staff"}},
		// a tell verb with an object and no clause reports nothing; a long
		// hearer ends at ", that"
		{"frame", "Ryan first told a story about Romney caring for a family, a story prepared to push back against his critics.",
			[]string{"Ryan first told a story about Romney caring for a family, a story prepared to push back against his critics"}},
		{"frame", "The official told two of the committee's most outspoken critics, Senators Ana Ruiz and Tom Reyes, that the agency had briefed Congress.",
			[]string{"The agency had briefed Congress"}},
		// a quoted title after a colon is no clause of its own
		{"quote", "The scholars gave him a reading assignment: “The Compendium of the Social Doctrine of the Church,” which was published by the Vatican.",
			[]string{"The scholars gave him a reading assignment: “The Compendium of the Social Doctrine of the Church,” which was published by the Vatican"}},
		// no list of a prepositional phrase and an adjective; coordinated
		// dates stay together, and a determiner after a date opens a new item
		{"list", "Critics painted him as out of touch and uncaring.",
			[]string{"Critics painted him as out of touch and uncaring"}},
		{"date", "In December 2009 and February 2011, the agency sent the document to Congress.",
			[]string{"In December 2009 and February 2011, the agency sent the document to Congress"}},
		// a past verb after "and" in a present-tense content is the speaker's
		{"frame", "He said the plan is sound and praised the mayor.",
			[]string{"He praised the mayor", "The plan is sound"}},
		{"frame", "She said the economy is growing and unemployment fell in May.", // a clause of its own is the content's
			[]string{"The economy is growing", "Unemployment fell in May"}},
		// a participle after a negated modal takes neither the modal nor the
		// negation: the past for a past-form modal, else the present
		{"tense", "Durbin would not detail the changes, deferring to the majority leader.",
			[]string{"Durbin would not detail the changes", "Durbin was deferring to the majority leader"}},
		{"tense", "The senator will not vote for the bill, citing its cost.",
			[]string{"The senator will not vote for the bill", "The senator is citing its cost"}},
		{"participle", "He cannot know every article, given the number of appearances he makes.", // "given" is a preposition here
			[]string{"He cannot know every article, given the number of appearances he makes"}},
		// two relative clauses of one antecedent are a claim each
		{"relative", "The bill was written by Senator Lopez, who chairs the committee and who faces re-election in November.",
			[]string{"The bill was written by Senator Lopez", "Senator Lopez chairs the committee", "Senator Lopez faces re-election in November"}},
		// a time clause right after a relative clause is the relative clause's
		{"relative", "The mayor thanked the volunteers, who worked through the night when the river flooded.",
			[]string{"The mayor thanked the volunteers", "The volunteers worked through the night when the river flooded"}},
		// under a negation an "and" list denies the pair, and a dropped
		// modifier would widen the denial: both stay whole; an "or" list of
		// plain items denies each
		{"list", "You can't have 100 percent security and 100 percent privacy.",
			[]string{"You can't have 100 percent security and 100 percent privacy"}},
		{"list", "The mayor did not attend the hearing and the vote.",
			[]string{"The mayor did not attend the hearing and the vote"}},
		{"list", "I have not violated any IRS rules or regulations.",
			[]string{"I have not violated any IRS rules or regulations"}},
		{"list", "The agency never released the emails or the memos.",
			[]string{"The agency never released the emails", "The agency never released the memos"}},
		{"list", "Violence against Pakistani security forces and civilians has surged.", // unnegated, an item without the modifier says less
			[]string{"Violence against Pakistani security forces has surged", "Violence against civilians has surged"}},
		// a possessive ends its claim; a comment on the saying is no claim;
		// an opening adjunct is not the accuser
		{"embedded", "His voting record is to the left of Mr. Cantor’s.",
			[]string{"His voting record is to the left of Mr. Cantor’s"}},
		{"remark", "They are trying to make this election, as I said earlier, about anything other than the economy.",
			[]string{"They are trying to make this election about anything other than the economy"}},
		// an "and" inside a subordinate clause whose main clause still waits
		// for its verb joins that clause's words, not two claims
		{"coordination", "A bill that would cut income taxes and spending programs will face a vote on Friday.",
			[]string{"A bill that would cut income taxes and spending programs will face a vote on Friday"}},
		{"coordination", "The mills as we all know in Ohio and Pennsylvania have fundamentally changed.", // "Pennsylvania have fundamentally changed" had been a claim
			[]string{"The mills as we all know in Ohio and Pennsylvania have fundamentally changed"}},
		{"coordination", "The union said that the talks failed and the strike would go ahead.", // the main clause has its verb: two claims
			[]string{"The talks failed", "The strike would go ahead"}},
		// a noun followed by a that-clause with its own subject starts no clause
		{"coordination", "The agency rejected complaints by farmers and ranchers in Iowa that they were never consulted.",
			[]string{"The agency rejected complaints by farmers and ranchers in Iowa that they were never consulted"}},
		// a verb right after "or" is coordinated with the sentence's, so no clause starts before it
		{"coordination", "Lawmakers said they were not told of programs to collect phone data and email records or were briefed too late.",
			[]string{"They were not told of programs to collect phone data and email records or were briefed too late"}},
		// a straight quotation mark that opens a quotation is no speaker's
		// closing mark: the frame follows the quotation
		{"quote", `He claimed the drug can prevent infection during a "routine procedure," as he argued against the ban.`,
			[]string{`The drug can prevent infection during a "routine procedure," as he argued against the ban`}},
		{"quote", `The plan is "dead on arrival," Smith said.`,
			[]string{`The plan is "dead on arrival"`}},
		{"quote", `The aide "kept talking," and the officer urged him to be quiet.`, // the comma inside the marks, as written
			[]string{`The aide "kept talking," and the officer urged him to be quiet`}},
		// lists: an item's claim must read on its own, and a list that does
		// not split cleanly stays whole
		{"list", "The tariffs would hit imports from Canada, Mexico and the European Union.",
			[]string{"The tariffs would hit imports from Canada", "The tariffs would hit imports from Mexico", "The tariffs would hit imports from the European Union"}},
		{"list", "Canada, Mexico and the European Union said they would retaliate.", // a list of speakers is the frame's source, not three claims
			[]string{"They would retaliate"}},
		{"list", "Between 150 and 400 protesters gathered outside the courthouse on Monday.", // a range, not two crowds
			[]string{"Between 150 and 400 protesters gathered outside the courthouse on Monday"}},
		{"list", "Companies that buy steel and aluminum from abroad were fretting about costs.",
			[]string{"Companies that buy steel and aluminum from abroad were fretting about costs"}},
		{"list", `The senator called the remarks "unacceptable" and "inaccurate."`,
			[]string{`The senator called the remarks "unacceptable" and "inaccurate"`}},
		{"list", "The governor is expected to sign the bill and veto the amendment.", // "veto the amendment" is no noun phrase
			[]string{"The governor is expected to sign the bill and veto the amendment"}},
		{"list", "Apple and Google reported record profits on Tuesday.",
			[]string{"Apple reported record profits on Tuesday", "Google reported record profits on Tuesday"}},
		{"list", "Officials criticized Malia and Sasha Obama's appearance at the ceremony.", // the possessive's noun is both girls'
			[]string{"Officials criticized Malia and Sasha Obama's appearance at the ceremony"}},
		{"list", "The companies in the program are Microsoft, Yahoo and Apple.", // the complement of "are": "are Apple" would be false
			[]string{"The companies in the program are Microsoft, Yahoo and Apple"}},
		{"list", "The bill passed the House and Senate committees on Tuesday.", // "committees" is the head of both names
			[]string{"The bill passed the House and Senate committees on Tuesday"}},
		{"list", "They launched a news, opinion and culture site on Monday.", // nouns modifying one head
			[]string{"They launched a news, opinion and culture site on Monday"}},
		{"list", "Romney said he opposes both same-sex marriage and civil unions.", // a correlative is one phrase
			[]string{"He opposes both same-sex marriage and civil unions"}},
		{"list", "Court papers describe how Mr. Jackson and Ms. Smith spent the money.", // the embedded clause's subjects, not two clauses
			[]string{"Court papers describe how Mr. Jackson spent the money", "Court papers describe how Ms. Smith spent the money"}},
		{"list", "The NRA commended Hutchinson and his team for their work.", // "his" points back at the first item
			[]string{"The NRA commended Hutchinson and his team for their work"}},
		{"list", "The resolution did not go over well with Tea Party groups and their supporters.",
			[]string{"The resolution did not go over well with Tea Party groups and their supporters"}},
		{"list", "Mr. Romney has consistently opposed both marriage and civil unions that resemble marriage.", // no verb phrase after "and"
			[]string{"Mr. Romney has consistently opposed both marriage and civil unions that resemble marriage"}},
		{"list", "She bought bread, milk and cheese.", // a series of common nouns after the verb, no serial comma
			[]string{"She bought bread", "She bought milk", "She bought cheese"}},
		{"list", "Officials said profits, revenue and margins rose.",
			[]string{"Profits rose", "Revenue rose", "Margins rose"}},
		{"list", "In a letter to Sasha and Malia, Ms. Davis recalled her own youth.", // one letter to both
			[]string{"In a letter to Sasha and Malia, Ms. Davis recalled her own youth"}},
		{"relative", "They worked at the Port Authority of New York and New Jersey, which operates the bridge.", // the whole name is the antecedent
			[]string{"They worked at the Port Authority of New York and New Jersey", "The Port Authority of New York and New Jersey operates the bridge"}},
		// coordination: verb phrases take the subject and the auxiliaries
		// they share; a verb phrase that may belong to an embedded clause,
		// and a correlative, stay whole
		{"coordination", "I've been spat at, pushed and threatened before.", // the passive's auxiliaries go with each participle
			[]string{"I've been spat at", "I've been pushed", "I've been threatened before"}},
		{"coordination", "The mayor was elected in 2010 and resigned in 2014.", // a past tense of its own
			[]string{"The mayor was elected in 2010", "The mayor resigned in 2014"}},
		{"coordination", "We are disappointed by the decision, but hardly surprised.",
			[]string{"We are disappointed by the decision", "We are hardly surprised"}},
		// subjects: a verb phrase belongs to the subject it follows, never to one
		// across a relative clause or a conjunction
		{"subject", "Hutchinson called up Mark Mattioli, whose son, James, was killed in December.",
			[]string{"Hutchinson called up Mark Mattioli, whose son, James, was killed in December"}},
		{"subject", "The mayor praised the officer, whose quick action saved two lives, and thanked the firefighters.",
			[]string{"The mayor praised the officer, whose quick action saved two lives", "The mayor thanked the firefighters"}},
		{"subject", "Obama wants checks for gun buyers, and Senator Harry Reid, the majority leader, has promised a vote.",
			[]string{"Obama wants checks for gun buyers", "Senator Harry Reid is the majority leader", "Senator Harry Reid has promised a vote"}},
		{"subject", "The council approved the budget, and the mayor, a Democrat, signed it on Friday.",
			[]string{"The council approved the budget", "The mayor signed it on Friday"}},
		// gerund series: one claim per item, with the words before the first
		{"series", "Actions the president could take are likely to include imposing new limits on imports, compelling agencies to share records and directing the CDC to study gun violence.",
			[]string{"Actions the president could take are likely to include imposing new limits on imports", "Actions the president could take are likely to include compelling agencies to share records", "Actions the president could take are likely to include directing the CDC to study gun violence"}},
		{"subject", "Two deliverymen hired a lawyer to complain that the restaurant had paid them less, did not pay overtime and paid them in cash.",
			[]string{"Two deliverymen hired a lawyer to complain that the restaurant had paid them less, did not pay overtime and paid them in cash"}},
		// appositives: a noun phrase after an opening prepositional phrase is
		// the clause's subject, not an appositive renaming the preposition's
		// object; a gapped list stays whole
		{"appositive", "Over the years, its philanthropic wing, WinShape, has donated millions of dollars.",
			[]string{"Over the years, its philanthropic wing, WinShape, has donated millions of dollars"}},
		{"appositive", "In one of the biggest upsets in congressional history, the House majority leader, Eric Cantor, was defeated on Tuesday.",
			[]string{"In one of the biggest upsets in congressional history, the House majority leader, Eric Cantor, was defeated on Tuesday"}},
		{"appositive", "Brat received his doctorate from American University, his master's from Princeton and his bachelor's from Hope College.",
			[]string{"Brat received his doctorate from American University, his master's from Princeton and his bachelor's from Hope College"}},
		// shared words: a bare noun after "and" takes the first item's
		// determiner; a head both items are the object of, or a span of
		// time, keeps the list whole
		{"list", "The plan was supported by the mayors of Boston and Chicago.",
			[]string{"The plan was supported by the mayors of Boston and Chicago"}},
		{"list", "Several brothers and sisters accompanied him.",
			[]string{"Several brothers accompanied him", "Several sisters accompanied him"}},
		{"list", "A frenzy of coverage and comment followed on blogs.",
			[]string{"A frenzy of coverage and comment followed on blogs"}},
		{"list", "Cantor spent more than $1 million in April and May alone.",
			[]string{"Cantor spent more than $1 million in April and May alone"}},
		{"list", "Malia and Sasha were coming up a little short.",
			[]string{"Malia and Sasha were coming up a little short"}}, // a plural verb: one item alone would not agree
		{"subject", "Republicans oppose the plan, which includes state aid to avoid layoffs of teachers, police officers and firefighters, because of its cost.",
			[]string{"Republicans oppose the plan because of its cost", "The plan includes state aid to avoid layoffs of teachers, police officers and firefighters"}},
		// a "when" or "where" clause says when or where of what comes before,
		// and its date is its own
		{"subject", "She attended a state dinner for Queen Elizabeth II when Mr. Reagan was president.", // the time clause also stands alone
			[]string{"She attended a state dinner for Queen Elizabeth II when Mr. Reagan was president", "Mr. Reagan was president"}},
		{"subject", "They met in Doha, where the talks began in 2019.",
			[]string{"They met in Doha, where the talks began in 2019"}},
		{"list", "Byron Jones, the acting director of the Bureau of Alcohol, Tobacco, Firearms and Explosives, will lead the task force.",
			[]string{"Byron Jones will lead the task force", "Byron Jones is the acting director of the Bureau of Alcohol, Tobacco, Firearms and Explosives"}},
		// remarks set off by commas: the verb after one is the noun's before it;
		// a disjunctive subject states neither of its items
		{"remark", "There was no sign the story, or the speculation about who sent the photo, was fading.",
			[]string{"There was no sign the story, or the speculation about who sent the photo, was fading"}},
		{"remark", "He alluded to a sketch in which the comedian Jon Stewart, a longtime friend, had joked about the photo.",
			[]string{"He alluded to a sketch in which the comedian Jon Stewart had joked about the photo", "The comedian Jon Stewart is a longtime friend"}},
		{"remark", "The mayor thinks his Twitter account, or a related photo-sharing site, had been infiltrated by a hacker.",
			[]string{"The mayor thinks his Twitter account, or a related photo-sharing site, had been infiltrated by a hacker"}},
		{"remark", "This is also known as vaginal intercourse or vaginal sex.",
			[]string{"This is also known as vaginal intercourse", "This is also known as vaginal sex"}},
		// a bare speech frame is the frame of a quote, not a claim
		{"frame", "He added.", nil},
		{"frame", "Obama said on Friday.", nil},
		{"frame", "The report said nothing.", []string{"The report said nothing"}},
		{"frame", "Apple reported record profits on Tuesday.", []string{"Apple reported record profits on Tuesday"}},
		{"frame", "Mr. Lopez said no.", []string{"Mr. Lopez said no"}},
		// semicolon series: each part is one claim with the words the parts
		// share, and no list inside a part multiplies the others
		{"series", "Obama on Wednesday directed agencies to share records; proposed new rules for gun sales; and ordered a study of gun violence.",
			[]string{"Obama on Wednesday directed agencies to share records", "Obama on Wednesday proposed new rules for gun sales", "Obama on Wednesday ordered a study of gun violence"}},
		{"series", "The actions include requiring agencies to share data; providing police, first responders and teachers with training; directing the CDC to study gun violence; and many more.",
			[]string{"The actions include requiring agencies to share data", "The actions include providing police, first responders and teachers with training", "The actions include directing the CDC to study gun violence"}},
		{"series", "The mayor resigned; the council met; the vote was delayed.",
			[]string{"The mayor resigned", "The council met", "The vote was delayed"}},
		// brackets: a remark that is a clause reads alone
		{"bracket", "The poll puts Trump at 17 percent (Mitt Romney leads the pack at 21 percent).",
			[]string{"The poll puts Trump at 17 percent", "Mitt Romney leads the pack at 21 percent"}},
		{"bracket", "The vote was delayed again (the chamber lacked a quorum).",
			[]string{"The vote was delayed again", "The chamber lacked a quorum"}},
		// quotation marks: a claim that opens with a quotation closing inside
		// it keeps its opening mark
		{"quote", "“Excessive subjectivity” may be a policy that violates the law, the judge wrote.",
			[]string{"“Excessive subjectivity” may be a policy that violates the law"}},
		{"quote", "\"Limited\" exemptions apply to family members, the agency said.",
			[]string{"\"Limited\" exemptions apply to family members"}},
		// dates: a date adjunct has its own claim only where the verb reads
		// without the rest; after the verb's object it stays in place
		{"date", "The project inspired a major march in Washington in September.",
			[]string{"The project inspired a major march in Washington in September"}},
		{"date", "The ministry announced a new curfew in the capital on Friday.",
			[]string{"The ministry announced a new curfew in the capital on Friday"}},
		{"date", "The new bridge opened in Lagos on March 3, 2019.",
			[]string{"The new bridge opened in Lagos", "The new bridge opened on March 3, 2019"}},
		{"coordination", "He had read the report and had understood the consequences.",
			[]string{"He had read the report", "He had understood the consequences"}}, // the second has its own auxiliary
		{"coordination", "Congress had time to pass the bill, but were instead dealing with other bills.",
			[]string{"Congress had time to pass the bill", "Congress were instead dealing with other bills"}}, // "had" is no auxiliary here
		{"coordination", "The law would feed the data into the system so those with convictions and the mentally ill could be flagged.",
			[]string{"The law would feed the data into the system so those with convictions and the mentally ill could be flagged"}}, // "and" joins the inner clause's subjects
		{"coordination", "The council approved the budget and rejected a proposal to raise fares.",
			[]string{"The council approved the budget", "The council rejected a proposal to raise fares"}},
		{"coordination", "His claim that the war is unwinnable and may drag on for years drew criticism.",
			[]string{"His claim that the war is unwinnable and may drag on for years drew criticism"}},
		{"coordination", "The company will close two plants and cut 500 jobs by the end of the year.",
			[]string{"The company will close two plants", "The company will cut 500 jobs by the end of the year"}},
		{"coordination", "Mr. Lopez said no and went on to win the primary.",
			[]string{"Mr. Lopez said no", "Mr. Lopez went on to win the primary"}},
		{"coordination", "The escalation of the fighting not only displaced thousands but also closed the border.",
			[]string{"The escalation of the fighting not only displaced thousands but also closed the border"}},
		{"coordination", "Nor is the deal likely to survive a vote in parliament.",
			[]string{"Nor is the deal likely to survive a vote in parliament"}},
		// conditions stay with the clause they condition
		{"condition", "Prices will rise if the tariffs take effect.", []string{"Prices will rise if the tariffs take effect"}},
		{"condition", "If the tariffs take effect, prices will rise sharply.", []string{"If the tariffs take effect, prices will rise sharply"}},
		{"condition", "The union will strike unless the company raises wages.", []string{"The union will strike unless the company raises wages"}},
		{"condition", "Once the law takes effect, employers must post the new rules.", []string{"Once the law takes effect, employers must post the new rules"}},
		{"condition", "The board asked whether the mayor had approved the contract.", []string{"The board asked whether the mayor had approved the contract"}},
		{"condition", "Exports fell after the tariffs took effect in March.", // "after" presupposes what "if" only supposes
			[]string{"Exports fell after the tariffs took effect in March", "The tariffs took effect in March"}},
		{"condition", "Prices will rise if the tariffs take effect in March.", []string{"Prices will rise if the tariffs take effect in March"}},
		{"condition", "Jackson will be free to go after he surrenders his passport.", // a present tense after "after" is a condition, not an event
			[]string{"Jackson will be free to go after he surrenders his passport"}},
		// relative clauses and appositives: the antecedent is the subject
		{"relative", "The judge, who was appointed in 2010, dismissed the case.",
			[]string{"The judge dismissed the case", "The judge was appointed in 2010"}},
		{"relative", "The mayor, a Democrat who took office in 2012, vetoed the bill.",
			[]string{"The mayor vetoed the bill", "The mayor is a Democrat who took office in 2012"}},
		{"relative", "America Rising, a political action committee that conducts opposition research, posted the video on Tuesday.",
			[]string{"America Rising posted the video on Tuesday", "America Rising is a political action committee that conducts opposition research"}},
		{"relative", "The ministry gave no timetable for the operation, which began in October and has drawn criticism from rights groups.",
			[]string{"The ministry gave no timetable for the operation", "The operation began in October", "The operation has drawn criticism from rights groups"}},
		{"relative", "The mayor praised the officers who arrested the suspect.", // restrictive: one claim
			[]string{"The mayor praised the officers who arrested the suspect"}},
		// frames: "that" before a verb is the content's subject or, after an
		// object, the object's relative pronoun; a pronoun's past verb is its
		// clause, never a participle inside a speaker
		{"frame", "He said that was wrong.", []string{"That was wrong"}},
		{"frame", "She told reporters that was not true.", []string{"That was not true"}},
		{"frame", "Residents explained the problems that need to be fixed.", []string{"Residents explained the problems that need to be fixed"}},
		{"frame", "The senator described the changes that were made in March.", []string{"The senator described the changes that were made in March"}},
		{"frame", "She told reporters that the talks would resume.", []string{"The talks would resume"}},
		{"frame", "Romney told a local Denver TV station earlier on Wednesday that he opposes the plan.", // the hearer and the time before "that"
			[]string{"He opposes the plan"}},
		{"frame", "The companies in the program are Microsoft, Yahoo and Apple, the Washington Post reports.", // "reports" tagged a noun
			[]string{"The companies in the program are Microsoft, Yahoo and Apple"}},
		{"frame", "He sat in a booth as residents explained that the water was unsafe.",
			[]string{"He sat in a booth as residents explained that the water was unsafe"}},
		// a past participle after a noun, set off by a comma, describes that
		// noun, not the subject; a series of the subject's verbs stays its
		{"participle", "The report was prepared by a task force, called the School Shield Program.",
			[]string{"The report was prepared by a task force", "A task force was called the School Shield Program"}},
		{"participle", "The bill was drafted by a committee, chaired by Smith.",
			[]string{"The bill was drafted by a committee", "A committee was chaired by Smith"}},
		{"participle", "Obama visited the plant, built by Ford in 1990.",
			[]string{"Obama visited the plant", "The plant was built by Ford in 1990"}},
		{"participle", "He entered the room, sat down and ordered a drink.",
			[]string{"He entered the room", "He sat down", "He ordered a drink"}},
		// a remark goes with the phrase it follows: a verb phrase's noun, a
		// participle's "when", the nearer name of two appositives
		{"remark", "Brat is married and has two children, an 11-year-old daughter and a 15-year-old son.",
			[]string{"Brat is married", "Brat has two children, an 11-year-old daughter and a 15-year-old son"}},
		{"remark", "Mr. Ryan praised Mr. Romney, trying to soften his image by recounting a time when Mr. Romney helped a family.",
			[]string{"Mr. Ryan praised Mr. Romney", "Mr. Ryan was trying to soften his image by recounting a time when Mr. Romney helped a family"}},
		{"remark", "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, spoke on Monday.",
			[]string{"Evan Wolfson spoke on Monday", "Evan Wolfson is the founder of Freedom to Marry", "Freedom to Marry is a gay rights organization"}},
		// a dash between two clauses divides them; a pair of dashes sets off
		// a remark that stays; after a speech frame's content, the clause
		// past the dash is the writer's
		{"dash", "Connecticut is the latest state to advance a proposal -- lawmakers announced a deal Monday.",
			[]string{"Connecticut is the latest state to advance a proposal", "Lawmakers announced a deal Monday"}},
		{"dash", "The plan is simple — the city will build more housing.",
			[]string{"The plan is simple", "The city will build more housing"}},
		{"dash", "The senator -- who had opposed the bill -- voted for it.",
			[]string{"The senator -- who had opposed the bill -- voted for it"}},
		{"dash", "He said the deal was done -- and he was right.",
			[]string{"The deal was done", "He was right"}},
		// tense: a claim keeps the tense, aspect and modality of its clause
		{"tense", "Pakistan is opening four new border crossings, officials said.", []string{"Pakistan is opening four new border crossings"}},
		// a speech verb's object is no content, and an accusation without a
		// clause to report stays whole
		{"frame", "He denied the allegations, and the FBI declined to comment.",
			[]string{"He denied the allegations", "The FBI declined to comment"}},
		{"frame", "The mayor rejected the report, and her aides called it biased.",
			[]string{"The mayor rejected the report", "Her aides called it biased"}},
		{"frame", "The FBI hasn't accused him of any wrongdoing.",
			[]string{"The FBI hasn't accused him of any wrongdoing"}},
		{"frame", "Pakistan has accused Kabul of a cover-up.",
			[]string{"Pakistan has accused Kabul of a cover-up"}},
		{"frame", "The ministry did not accuse the company of lying.", // no one accuses: nothing is reported
			[]string{"The ministry did not accuse the company of lying"}},
		{"frame", "He is accused of fraud.",
			[]string{"He is accused of fraud"}},
		{"frame", "Akin told Mike Huckabee on his radio show Tuesday that he was staying in.", // "show" is a noun after "his"
			[]string{"He was staying in"}},
		{"frame", "The senator told reporters in the network's morning report that the vote would fail.",
			[]string{"The vote would fail"}},
		{"frame", "Romney released a statement late Tuesday saying: \"He should step aside.\"", // the quotation is claimed as his
			[]string{"Romney released a statement late Tuesday", "He should step aside"}},
		{"frame", "The mayor was quoted in a local paper as saying: \"The budget is balanced.\"",
			[]string{"The mayor was quoted in a local paper", "The budget is balanced"}},
		// coordinated verbs share one clause or object: nobody says what is
		// neither confirmed nor denied, and "confirm," has no object alone
		{"frame", "She could not confirm or deny whether talks had taken place.",
			[]string{"She could not confirm or deny whether talks had taken place"}},
		{"frame", "The ministry would not confirm or deny that troops had crossed the border.",
			[]string{"The ministry would not confirm or deny that troops had crossed the border"}},
		{"list", "A spokesman said he could not confirm, deny or comment on the case.",
			[]string{"He could not confirm, deny or comment on the case"}},
		{"list", "Regulators will review, revise and publish the rules by June.",
			[]string{"Regulators will review, revise and publish the rules by June"}},
		// a copula's predicate stays with it when a date is split off, and a
		// possessive the tagger misread still names its noun
		{"tense", "More recently, the senator was in the news in January after he threatened a reporter.",
			[]string{"More recently, the senator was in the news in January after he threatened a reporter", "He threatened a reporter"}},
		{"list", "The congressman represents New York’s 11th District, which includes Staten Island and part of Brooklyn.",
			[]string{"The congressman represents New York’s 11th District", "New York’s 11th District includes Staten Island", "New York’s 11th District includes part of Brooklyn"}},
		{"frame", "After the address, NY1’s Washington reporter, Michael Scotto, interviewed the congressman.",
			[]string{"After the address, NY1’s Washington reporter, Michael Scotto, interviewed the congressman"}},
		{"embedded", "The question was whether the company, the largest retailer in the state, discriminated against women.",
			[]string{"The question was whether the company, the largest retailer in the state, discriminated against women"}},
		{"embedded", "The issue was not whether Wal-Mart, the largest retailer, discriminated against women.",
			[]string{"The issue was not whether Wal-Mart discriminated against women", "Wal-Mart is the largest retailer"}},
		// a hyphenated compound is one word, never a list or a verb, and a
		// list set off by dashes enumerates the noun before it
		{"list", "The plan trims the budgets of leadership, rank-and-file member and committee offices.",
			[]string{"The plan trims the budgets of leadership, rank-and-file member and committee offices"}},
		{"list", "The move angered rank-and-file members and party leaders.",
			[]string{"The move angered rank-and-file members", "The move angered party leaders"}},
		{"list", "Holder met officials from the St. Louis-based office and the local FBI office.",
			[]string{"Holder met officials from the St. Louis-based office", "Holder met officials from the local FBI office"}},
		{"list", "Four former senators -- John Ashcroft, Kit Bond, John Danforth and Jim Talent -- urged him to step aside.",
			[]string{"Four former senators -- John Ashcroft, Kit Bond, John Danforth and Jim Talent -- urged him to step aside"}},
		{"frame", "Third Way, a centrist group that has favored cuts in benefits, called the position a watershed moment.", // "called" read as a participle
			[]string{"Third Way called the position a watershed moment", "Third Way is a centrist group that has favored cuts in benefits"}},
		// a series whose first item follows "of" stays one list, and a
		// subject list after an introductory phrase acts jointly too
		{"list", "The senator answered with a flurry of denials, jokes and accusations.",
			[]string{"The senator answered with a flurry of denials, jokes and accusations"}},
		{"list", "She dominated the debate, bombarding him with a barrage of eye rolls, interjections and accusations.",
			[]string{"She dominated the debate", "She was bombarding him with a barrage of eye rolls, interjections and accusations"}},
		{"list", "On Friday, Mr. Udall and Mr. Wyden released a joint statement.",
			[]string{"On Friday, Mr. Udall and Mr. Wyden released a joint statement"}},
		{"list", "On Friday, Mr. Udall and Mr. Wyden released statements.",
			[]string{"On Friday, Mr. Udall released statements", "On Friday Mr. Wyden released statements"}},
		// the accuser is the subordinate clause's subject or the relative
		// pronoun's antecedent, and the clause before is a claim of its own
		{"frame", "Her comments were more measured than some other Republicans, who have accused the president of ignoring the law.",
			[]string{"Her comments were more measured than some other Republicans", "The president is ignoring the law"}},
		{"frame", "The movement has faced allegations of racism since several lawmakers accused protesters of shouting slurs.",
			[]string{"The movement has faced allegations of racism", "Protesters were shouting slurs"}},
		// a participle that acts as a preposition opens an adjunct
		{"frame", "He may elect to do so, given the objections of some Republicans.",
			[]string{"He may elect to do so, given the objections of some Republicans"}},
		{"frame", "The winner will be a favorite in the general election, considering the state is among the most liberal.",
			[]string{"The winner will be a favorite in the general election, considering the state is among the most liberal"}},
		// what a participle of saying adds after a comma is the quotation
		{"frame", "The panel did not recommend a firearm, the director said, adding, \"Everything from a sidearm to a shotgun would work.\"",
			[]string{"The panel did not recommend a firearm", "Everything from a sidearm to a shotgun would work"}},
		// a time stamp or a remark set off by dashes is not the speaker
		{"frame", "UPDATE: 7:19 p.m. -- The Washington Post now reports that the mayor has been indicted.",
			[]string{"The mayor has been indicted"}},
		{"frame", "On Monday -- a day after the vote -- the senator said the bill was dead.",
			[]string{"The bill was dead"}},
		// a plural title names several of a list's people: the list is one
		{"list", "The statement came from Sen. Roy Blunt, and former Sens. John Ashcroft, Kit Bond, John Danforth and Jim Talent.",
			[]string{"The statement came from Sen. Roy Blunt, and former Sens. John Ashcroft, Kit Bond, John Danforth and Jim Talent"}},
		// a fixed aside set off by commas stays inside its clause
		{"embedded", "Investigators insist that she made, at best, incomplete statements.",
			[]string{"Investigators insist that she made, at best, incomplete statements"}},
		// a title without a determiner is an appositive too, and of two
		// chained appositives a body's description goes to the body named
		{"appositive", "Marian Wright Edelman, president of the Children’s Defense Fund, an advocacy group here, criticized the study.",
			[]string{"Marian Wright Edelman criticized the study", "Marian Wright Edelman is president of the Children’s Defense Fund", "The Children’s Defense Fund is an advocacy group here"}},
		{"appositive", "John Smith, president of Acme, a former Marine, criticized the study.",
			[]string{"John Smith criticized the study", "John Smith is president of Acme", "John Smith is a former Marine"}},
		{"appositive", "Evan Wolfson, the founder of Freedom to Marry, a former lawyer, praised the ruling.",
			[]string{"Evan Wolfson praised the ruling", "Evan Wolfson is the founder of Freedom to Marry", "Evan Wolfson is a former lawyer"}},
		// whom a speaker cites, when a saying was made and how the writer
		// sums it up are not what was said
		{"frame", "The Times reported the mayor \"will resign by Friday,\" citing two people familiar with the case.",
			[]string{"The mayor \"will resign by Friday\""}},
		{"frame", "The governor said on Monday that the state had a one-in-three chance of a deficit, a surprisingly downbeat assessment from a leader known for optimism.",
			[]string{"The state had a one-in-three chance of a deficit"}},
		{"frame", "The candidate reiterated that he opposes the tax, a few hours after his rival said for the first time he supports it.",
			[]string{"He opposes the tax", "He supports it"}},
		// a colon divides two claims only before a clause of its own; a
		// time's colon divides nothing
		{"list", "The statement was notable for what it omitted: any description of other means the government may use.",
			[]string{"The statement was notable for what it omitted: any description of other means the government may use"}},
		{"tense", "The message was simple: the border will reopen on Monday.",
			[]string{"The message was simple", "The border will reopen on Monday"}},
		{"tense", "Mr. Biden will travel to the Hill around 4:30 p.m. to sell the compromise.",
			[]string{"Mr. Biden will travel to the Hill around 4:30 p.m. to sell the compromise"}},
		{"tense", "Their feelings have evolved in the opposite direction: During his campaign, he vowed to seek equality.",
			[]string{"Their feelings have evolved in the opposite direction", "During his campaign, he vowed to seek equality"}},
		// an adverb that is a copula's subject opens a clause of its own, and
		// a comma closes a relative clause between a speaker and the verb
		{"tense", "Voters don’t believe their leaders are listening and now is the time to change that.",
			[]string{"Voters don’t believe their leaders are listening", "Now is the time to change that"}},
		{"frame", "“I was stunned when he lost his primary,” Labrador, who is 46, said in his announcement.",
			[]string{"I was stunned when he lost his primary"}},
		// a list a colon announces is one enumeration; a date inside an
		// opening adjunct stays in it, and one that is the adjunct is split
		// off
		{"list", "Labrador would represent several firsts: the first Latino, first Mormon and first Idaho lawmaker to be majority leader.",
			[]string{"Labrador would represent several firsts: the first Latino, first Mormon and first Idaho lawmaker to be majority leader"}},
		{"tense", "Only in Congress since 2010, Labrador would represent several firsts.",
			[]string{"Only in Congress since 2010, Labrador would represent several firsts"}},
		{"tense", "On May 3, 2015, the council approved the budget.",
			[]string{"On May 3, 2015, the council approved the budget", "The council approved the budget"}},
		// a time's colon is no label's, and a subject's head is the noun
		// before the phrase that follows it
		{"tense", "At 6:20 p.m., the spokesman wrote to officials.",
			[]string{"At 6:20 p.m., the spokesman wrote to officials"}},
		{"tense", "Thousands of people across the country headed to the restaurants, answering a call from the governor.",
			[]string{"Thousands of people across the country headed to the restaurants", "Thousands of people across the country were answering a call from the governor"}},
		// a noun phrase with a relative clause closing what a frame reports
		// is the writer's gloss on it
		{"frame", "Summers added that Congress will pass the deal, an agreement that has come under withering criticism from liberals.",
			[]string{"Congress will pass the deal"}},
		{"frame", "Ryan said the letters do not express the views of all bishops, a point on which the conference disagrees.",
			[]string{"The letters do not express the views of all bishops"}},
		{"frame", "“The message is clear,” Mr. Labrador, a former lawyer elected in the wave of 2010, said in a statement.", // a participle inside the speaker's appositive
			[]string{"The message is clear"}},
		{"frame", "The cable said “requests have gone unanswered,” adding that security was lacking.", // the participle after a quotation's closing mark
			[]string{"Requests have gone unanswered", "Security was lacking"}},
		// a naming verb's list names one thing each, and "who" after "the
		// behest of NAME" is the name's
		{"list", "He pardoned two turkeys named Mac and Cheese.",
			[]string{"He pardoned two turkeys named Mac and Cheese"}},
		{"relative", "Clinton met Sestak at the behest of Chief of Staff Rahm Emanuel, who was his political director.",
			[]string{"Clinton met Sestak at the behest of Chief of Staff Rahm Emanuel", "Chief of Staff Rahm Emanuel was his political director"}},
		// a speaker's appositive with a clause of its own is the speaker's
		// description and a claim about the speaker
		{"frame", "Norm Stamper, the former police chief who led the city in 1999, said that the wrong tone was set.",
			[]string{"Norm Stamper is the former police chief who led the city in 1999", "The wrong tone was set"}},
		{"frame", "Rep. Jared Polis (D-Colo.), a supporter of reform who has sponsored several bills, told reporters that the suit is baseless.",
			[]string{"Rep. Jared Polis is a supporter of reform who has sponsored several bills", "The suit is baseless"}},
		{"frame", "Peter T. King, a Republican of New York, said the budget was balanced.", // a description only
			[]string{"The budget was balanced"}},
		// a verb after a remark inside an open "that" clause is that clause's
		{"embedded", "His decision was seen as proof that senior members, like Jim Jordan of Ohio, had declined to run.",
			[]string{"His decision was seen as proof that senior members, like Jim Jordan of Ohio, had declined to run"}},
		{"embedded", "The report found that raising the cap, without also raising benefits, would keep the fund solvent.",
			[]string{"The report found that raising the cap, without also raising benefits, would keep the fund solvent"}},
		{"embedded", "Officials hoped to show that intelligence analysts, not political aides, drove the changes.",
			[]string{"Officials hoped to show that intelligence analysts, not political aides, drove the changes"}},
		{"tense", "The minister has visited the camps and promised more aid.",
			[]string{"The minister has visited the camps", "The minister has promised more aid"}},
		{"tense", "Rescuers have pulled 20 people from the rubble and are searching for more.",
			[]string{"Rescuers have pulled 20 people from the rubble", "Rescuers are searching for more"}},
		{"tense", "The storm will hit the coast on Friday, bringing heavy rain.",
			[]string{"The storm will hit the coast on Friday", "This will bring heavy rain"}},
		{"tense", "The protesters were marching toward the palace, chanting slogans against the government.",
			[]string{"The protesters were marching toward the palace", "The protesters were chanting slogans against the government"}},
		// a gerund after its subject in an absolute "with" clause takes the
		// main clause's tense, never its negation
		{"tense", "Jackson spent the money freely, with much of it coming from a campaign account.",
			[]string{"Jackson spent the money freely", "Much of it was coming from a campaign account"}},
		{"tense", "The debate was sparsely attended, with only two candidates pledging to appear.",
			[]string{"The debate was sparsely attended", "Only two candidates were pledging to appear"}},
		{"tense", "With Afghanistan serving as a staging ground for attacks, the risk of a wider conflict cannot be ignored.",
			[]string{"Afghanistan is serving as a staging ground for attacks", "The risk of a wider conflict cannot be ignored"}},
		{"tense", "Prices jumped, with rising costs hurting families.",
			[]string{"Prices jumped", "Rising costs were hurting families"}},
		{"tense", "Violence has surged since the takeover, with most attacks claimed by the Pakistani Taliban.",
			[]string{"Violence has surged since the takeover", "Most attacks were claimed by the Pakistani Taliban"}},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		checkInvariants(t, tc.in, got)
		var texts []string
		for _, c := range got {
			texts = append(texts, c.Text)
			if r := Readable(c.Text); r != "" {
				t.Errorf("%s: Split(%q): claim %q does not read: %s", tc.pattern, tc.in, c.Text, r)
			}
		}
		if !slices.Equal(texts, tc.want) {
			t.Errorf("%s: Split(%q) =\n%q\nwant\n%q", tc.pattern, tc.in, texts, tc.want)
		}
	}
}

// TestClaimUnitsPolarity checks that kept conditions hedge their claim and
// kept negations negate it.
func TestClaimUnitsPolarity(t *testing.T) {
	tests := []struct {
		in              string
		negated, hedged bool
	}{
		{"Prices will rise if the tariffs take effect.", false, true},
		{"The union will strike unless the company raises wages.", false, true},
		{"The board asked whether the mayor had approved the contract.", false, true},
		{"Nor is the deal likely to survive a vote in parliament.", true, true},
		{"Exports fell after the tariffs took effect in March.", false, false},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		if len(got) == 0 || got[0].Negated != tc.negated || got[0].Hedged != tc.hedged {
			t.Errorf("Split(%q) = %s; want a main claim first, negated %v hedged %v", tc.in, dump(tc.in, got), tc.negated, tc.hedged)
		}
	}
}

// TestListItemsKeepAdverbs checks that an adverb between a list of
// subjects and their verb ("never", "only", "not") is every item's: the
// first item's claim must not lose a negation the last one keeps.
func TestListItemsKeepAdverbs(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		negated bool
	}{
		{"Apple and Google never paid the fine.", []string{"Apple never paid the fine", "Google never paid the fine"}, true},
		{"The mayor and the governor did not attend the ceremony.", []string{"The mayor did not attend the ceremony", "The governor did not attend the ceremony"}, true},
		{"Ford and GM will not raise prices this year.", []string{"Ford will not raise prices this year", "GM will not raise prices this year"}, true},
		{"The White House said it and the State Department only changed one word.", []string{"It only changed one word", "The State Department only changed one word"}, false},
		{"Apple and Google also reported profits on Tuesday.", []string{"Apple also reported profits on Tuesday", "Google also reported profits on Tuesday"}, false},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		var texts []string
		for _, c := range got {
			texts = append(texts, c.Text)
			if c.Negated != tc.negated {
				t.Errorf("Split(%q): %q negated %v, want %v", tc.in, c.Text, c.Negated, tc.negated)
			}
		}
		if !slices.Equal(texts, tc.want) {
			t.Errorf("Split(%q) =\n%q\nwant\n%q", tc.in, texts, tc.want)
		}
	}
}

// TestGlossIsTheWriters checks that the claim of an appositive inside
// reported speech is the writer's description, with no attribution, while
// the reported content keeps the frame's source.
func TestGlossIsTheWriters(t *testing.T) {
	tests := []struct{ in, content, source, gloss string }{
		{"Officials said Peter King, a Republican who represents Long Island, had resigned.",
			"Peter King had resigned", "Officials", "Peter King is a Republican who represents Long Island"},
		{"The ministry said Ahmed Khan, a diplomat who served in Kabul, would lead the talks.",
			"Ahmed Khan would lead the talks", "The ministry", "Ahmed Khan is a diplomat who served in Kabul"},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		seen := 0
		for _, c := range got {
			src := ""
			if c.Attribution.Source.End > c.Attribution.Source.Start {
				src = tc.in[c.Attribution.Source.Start:c.Attribution.Source.End]
			}
			switch c.Text {
			case tc.content:
				seen++
				if src != tc.source {
					t.Errorf("Split(%q): %q credited to %q, want %q", tc.in, c.Text, src, tc.source)
				}
			case tc.gloss:
				seen++
				if src != "" || c.Attribution.Cue != "" {
					t.Errorf("Split(%q): the gloss %q credited to %q (%q), want no one", tc.in, c.Text, src, c.Attribution.Cue)
				}
			}
		}
		if seen != 2 {
			t.Errorf("Split(%q) = %s; want %q and %q", tc.in, dump(tc.in, got), tc.content, tc.gloss)
		}
	}
}

// TestWhole checks that a headline is one claim, the whole line.
func TestWhole(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Taliban-Pakistan Tensions Rise as Afghanistan Resists Islamabad's Influence", "Taliban-Pakistan Tensions Rise as Afghanistan Resists Islamabad's Influence"},
		{"Biden-Ryan Debate: All About Joe", "Biden-Ryan Debate: All About Joe"}, // a title-case topic before the colon is the headline's
		{"John Boehner: '1 In 3 Chance' Republicans Lose Control Of House", "John Boehner: '1 In 3 Chance' Republicans Lose Control Of House"},
		{"UPDATE: Senate Passes Budget", "Senate Passes Budget"},
		{"Taliban asserting independence, forging new partnerships with China, Russia, Iran, and India", "Taliban asserting independence, forging new partnerships with China, Russia, Iran, and India"},
		{"Canada, Mexico and EU Vow to Retaliate Against Steel Tariffs.", "Canada, Mexico and EU Vow to Retaliate Against Steel Tariffs"},
		{"Senate Passes Budget, Averting Shutdown", "Senate Passes Budget, Averting Shutdown"},
		{"• Surge in militant violence in Pakistan, with Taliban accused of providing safe haven.", "Surge in militant violence in Pakistan, with Taliban accused of providing safe haven"},
		{"Why this matters: Deportations could destabilize the region", "Deportations could destabilize the region"},
	}
	for _, tc := range tests {
		got := Whole(tc.in)
		if len(got) != 1 || got[0].Text != tc.want {
			t.Errorf("Whole(%q) = %s; want %q", tc.in, dump(tc.in, got), tc.want)
		}
		checkInvariants(t, tc.in, got)
	}
	if got := Whole(" ... "); len(got) != 0 {
		t.Errorf("Whole of no words = %d claims", len(got))
	}
}

// TestReadable checks the readability test on sentences and fragments,
// each with the reason expected ("" reads).
func TestReadable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council approved the budget", ""},
		{"He chuckled", ""},
		{"There were no other intermediaries involved", ""},
		{"In a statement, the ministry said the border would reopen", ""},
		{"If the tariffs take effect, prices will rise sharply", ""},
		{"Before approaching the podium the president remarked that it was late", ""},
		{"Winning a war in Afghanistan is a difficult task", ""},
		{"Nor is he a pundit", ""},
		{"Can we get a bigger tent", ""},
		{"They've answered a question", ""},
		{"Ryan wants to make changes to Medicare", ""},                              // a name tagged as an adjective
		{"The evening began in a familiar fashion", ""},                             // a time named as the subject
		{"Now that they have opened the door, it is time for lawmakers to act", ""}, // a main clause after the complement
		{"But two days before the conference, Lerner was asked about it", ""},       // the main clause after the comma
		{"It will recognize marriages even in a state that does not", ""},           // elliptical "does not"
		{"Slightly more has been requested for fiscal 2013", ""},
		{"Taliban", ReasonShort},
		{"Won", ReasonShort},
		{"A double dip recession", ReasonNoVerb},
		{"Mr. Obama's former chief of staff", ReasonNoVerb},
		{"Companies that buy steel", ReasonNoVerb},
		{"His claim that the war is unwinnable", ReasonNoVerb},
		{"Last year announced his plan to send more troops", ReasonNoSubject},
		{"Is accurate", ReasonNoSubject},
		{"Qualified her to cut pork in Washington", ReasonNoSubject},
		{"Between 150 said", ReasonPPSubject},
		{"At senior citizens who sent presents, the attorney", ReasonPPSubject},
		{"Only after evidence that enforcement has improved", ReasonSubordinate},
		{"Whose view said", ReasonSubordinate},
		{"That he has sent his own investigators to Hawaii", ReasonSubordinate},
		{"Trying to quell the furor, Steele issued a statement saying", ReasonDangling},
		{"It has the potential to change both the debate and", ReasonDangling},
		{"The offer was a generous", ReasonHeadless},
		{"Companies that aluminum from were fretting", ReasonGap},
		{"Conservative community (Joe Scarborough", ReasonUnbalanced},
		{"There was no such impropriety,” Robert F. Bauer", ReasonUnbalanced},
		{`There " the report read`, ReasonUnbalanced},
	}
	for _, tc := range tests {
		if got := Readable(tc.in); got != tc.want {
			t.Errorf("Readable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzReadable(f *testing.F) {
	for _, s := range []string{"The council approved the budget", "If , then", "(((", "“”\"", "Nor is", "a, b, c and"} {
		f.Add(s)
	}
	known := map[string]bool{"": true, ReasonShort: true, ReasonNoVerb: true, ReasonNoSubject: true, ReasonPPSubject: true,
		ReasonSubordinate: true, ReasonDangling: true, ReasonGap: true, ReasonHeadless: true, ReasonUnbalanced: true}
	f.Fuzz(func(t *testing.T, s string) {
		r := Readable(s)
		if !known[r] {
			t.Fatalf("Readable(%q) = unknown reason %q", s, r)
		}
		if r != Readable(s) {
			t.Fatalf("Readable(%q) not deterministic", s)
		}
	})
}

func TestSeriesFocus(t *testing.T) {
	tests := []struct {
		in   string
		want []string // each claim's focus, "" for none
	}{
		{"The actions include requiring agencies to share data; providing police with training; directing the CDC to study gun violence; and many more.",
			[]string{"requiring agencies to share data", "providing police with training", "directing the CDC to study gun violence"}},
		{"The plan includes cutting taxes, raising fees and ending subsidies.",
			[]string{"cutting taxes", "raising fees", "ending subsidies"}},
		{"The council approved the budget and rejected a proposal to raise fares.",
			[]string{"", ""}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Split(tt.in) {
			got = append(got, tt.in[c.Focus.Start:c.Focus.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Split(%q) focus = %q, want %q", tt.in, got, tt.want)
		}
	}
}
