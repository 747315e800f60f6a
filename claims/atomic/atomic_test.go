package atomic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// want describes one expected claim: its text must contain all of Has, its
// attribution source (when Source is set) and cue must match, and its
// polarity must be as given.
type want struct {
	Has     []string
	Source  string
	Cue     string
	Negated bool
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		{"Pakistan has opened three new border crossings to expedite the deportation of Afghan migrants, with nearly 300,000 Afghans leaving Pakistan in recent weeks due to the crackdown.",
			[]want{{Has: []string{"three new border crossings"}}, {Has: []string{"nearly 300,000 Afghans have been leaving Pakistan in recent weeks"}}}},
		{"Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny.",
			[]want{
				{Has: []string{"Afghanistan", "providing safe haven to these militants"}, Source: "Pakistan", Cue: "accused"},
				{Has: []string{"Afghanistan", "providing safe haven"}, Source: "the Taliban", Cue: "deny", Negated: true}}},
		{"The tensions are largely driven by an increase in cross-border terrorism originating from Afghanistan, as well as Pakistan's actions, including trade restrictions, the expulsion of Afghan migrants, and airstrikes targeting militant hideouts in Afghanistan.",
			[]want{{Has: []string{"Pakistan's actions", "including trade restrictions"}},
				{Has: []string{"including the expulsion of Afghan migrants"}},
				{Has: []string{"including airstrikes targeting militant hideouts in Afghanistan"}}}},
		{"The long-disputed Durand Line, which serves as the border between Afghanistan and Pakistan, has also been a source of friction.",
			[]want{{Has: []string{"The long-disputed Durand Line has also been a source of friction"}},
				{Has: []string{"Durand Line serves as the border between Afghanistan and Pakistan"}}}},
		{"Pakistan has been attempting to exert its influence over its neighbor, but the Taliban have resisted these efforts.",
			[]want{{Has: []string{"Pakistan has been attempting to exert its influence over its neighbor"}}, {Has: []string{"The Taliban have resisted these efforts"}}}},
		{"Relations between the Taliban-led government in Afghanistan and Pakistan have become increasingly strained.",
			[]want{{Has: []string{"between the Taliban-led government in Afghanistan and Pakistan have become increasingly strained"}}}},
		{"The ministry gave no timetable for the operation, which began in October and has drawn criticism from rights groups.",
			[]want{{Has: []string{"The ministry gave no timetable for the operation"}, Negated: true},
				{Has: []string{"the operation began in October"}},
				{Has: []string{"the operation has drawn criticism from rights groups"}}}},
		{"Tensions escalate between Taliban-led Afghanistan and Pakistan",
			[]want{{Has: []string{"Tensions escalate between Taliban-led Afghanistan and Pakistan"}}}},
		{"Surge in militant violence in Pakistan, with Taliban accused of providing safe haven.",
			[]want{{Has: []string{"Surge in militant violence in Pakistan"}},
				{Has: []string{"Taliban are providing safe haven"}, Cue: "accused"}}},
		{"The minister was accused of lying to parliament.",
			[]want{{Has: []string{"The minister was lying to parliament"}, Cue: "accused"}}},
		{"Taliban-Pakistan Tensions Rise as Afghanistan Resists Islamabad's Influence",
			[]want{{Has: []string{"Taliban-Pakistan Tensions Rise"}}, {Has: []string{"Afghanistan Resists Islamabad's Influence"}}}},
		{"Firms Such as Apple Report Record Profits",
			[]want{{Has: []string{"Firms Such as Apple Report Record Profits"}}}},
		{"The Taliban are now asserting their independence and refusing to comply with Pakistan's demands.",
			[]want{{Has: []string{"The Taliban are now asserting their independence"}},
				{Has: []string{"refusing to comply with Pakistan's demands"}, Negated: true}}},
		{"He was eating and drinking.",
			[]want{{Has: []string{"He was eating and drinking"}}}},
		{"The minister said that the border would reopen next week.",
			[]want{{Has: []string{"The border would reopen next week"}, Source: "The minister", Cue: "said"}}},
		{"The border will reopen on Monday, officials said.",
			[]want{{Has: []string{"The border will reopen on Monday"}, Source: "officials", Cue: "said"}}},
		{"The review could not say what motivated the attackers, Secretary of State Hillary Clinton revealed Wednesday.",
			[]want{{Has: []string{"The review could not say what motivated the attackers"}, Source: "Secretary of State Hillary Clinton", Cue: "revealed", Negated: true}}},
		{"The audit found $2 million in unpaid invoices, the company disclosed on Tuesday.",
			[]want{{Has: []string{"The audit found $2 million in unpaid invoices"}, Source: "the company", Cue: "disclosed"}}},
		{"The new rules will cost small farms thousands of dollars, growers complained.",
			[]want{{Has: []string{"The new rules will cost small farms thousands of dollars"}, Source: "growers", Cue: "complained"}}},
		{"According to the United Nations, more than 1.2 million people have returned.",
			[]want{{Has: []string{"more than 1.2 million people have returned"}, Source: "the United Nations", Cue: "According to"}}},
		{"More than 1.2 million people have returned, according to the United Nations.",
			[]want{{Has: []string{"More than 1.2 million people have returned"}, Source: "the United Nations", Cue: "according to"}}},
		{"The company denied that it had paid the officials.",
			[]want{{Has: []string{"it had paid the officials"}, Source: "The company", Cue: "denied", Negated: true}}},
		{"The government did not release the figures.",
			[]want{{Has: []string{"did not release the figures"}, Negated: true}}},
		{"Pakistan has tightened document requirements for Afghans and launched a massive operation against undocumented Afghans.",
			[]want{{Has: []string{"Pakistan has tightened document requirements for Afghans"}}, {Has: []string{"Pakistan has launched a massive operation"}}}},
		{"Prices rose sharply; the central bank raised interest rates.",
			[]want{{Has: []string{"Prices rose sharply"}}, {Has: []string{"The central bank raised interest rates"}}}},
		// a verbless headline stays whole: no split of it reads as a sentence
		{"Taliban asserting independence, forging new partnerships with China, Russia, Iran, and India",
			[]want{{Has: []string{"Taliban asserting independence, forging new partnerships with China, Russia, Iran, and India"}}}},
		{"Tensions Escalate Between Taliban and Pakistan Over Cross-Border Terrorism",
			[]want{{Has: []string{"Tensions Escalate Between Taliban and Pakistan Over Cross-Border Terrorism"}}}},
		{"Inflation fell to 3% in March, while unemployment rose to 5.1%.",
			[]want{{Has: []string{"Inflation fell to 3% in March"}}, {Has: []string{"Unemployment rose to 5.1%"}}}},
		// a source's aside inside a relative clause credits the rest to it
		{"The program, which critics say is too costly, will expand next year.",
			[]want{{Has: []string{"The program will expand next year"}}, {Has: []string{"The program is too costly"}, Source: "critics", Cue: "say"}}},
		{"The bridge, which officials said would open in May, is still closed.",
			[]want{{Has: []string{"The bridge is still closed"}}, {Has: []string{"The bridge would open in May"}, Source: "officials", Cue: "said"}}},
		{"The law, which the governor says protects workers, took effect in June.",
			[]want{{Has: []string{"The law took effect in June"}}, {Has: []string{"The law protects workers"}, Source: "the governor", Cue: "says"}}},
		{"The levy, which many residents believe is unfair, passed narrowly.",
			[]want{{Has: []string{"The levy passed narrowly"}}, {Has: []string{"The levy is unfair"}, Source: "many residents", Cue: "believe"}}},
		{"The plan, which includes layoffs, was approved.",
			[]want{{Has: []string{"The plan was approved"}}, {Has: []string{"The plan includes layoffs"}}}},
		// a date before a verb's complement stays: the verb needs it to read
		{"Mr. Jackson arranged in 2011 to have the money paid to a company he controlled.",
			[]want{{Has: []string{"Mr. Jackson arranged in 2011 to have the money paid to a company he controlled"}}}},
		{"She decided in 2014 to run for the Senate seat.",
			[]want{{Has: []string{"She decided in 2014 to run for the Senate seat"}}}},
		{"The council agreed on June 4, 2012 to sell the land.",
			[]want{{Has: []string{"The council agreed on June 4, 2012 to sell the land"}}}},
		{"The board voted in 2019 to close the plant.",
			[]want{{Has: []string{"The board voted in 2019 to close the plant"}}}},
		{"The governor promised in 2010 to cut taxes for small businesses.",
			[]want{{Has: []string{"The governor promised in 2010 to cut taxes for small businesses"}}}},
		{"The film premiered on May 28, 2014 in Hollywood.",
			[]want{{Has: []string{"The film premiered in Hollywood"}}, {Has: []string{"The film premiered on May 28, 2014"}}}},
		{"Violence against Pakistani security forces and civilians has surged since the takeover, with most attacks claimed by the Pakistani Taliban, a close ally of the Afghan Taliban.",
			[]want{{Has: []string{"Violence against Pakistani security forces has surged"}}, {Has: []string{"Violence against civilians has surged"}},
				{Has: []string{"Most attacks were claimed by the Pakistani Taliban"}}, {Has: []string{"The Pakistani Taliban are a close ally of the Afghan Taliban"}}}},
		{"Officials may reportedly delay the vote.", []want{{Has: []string{"delay the vote"}}}},
		// an appositive closed right before a verb with an object is the
		// subject's; a name before a trailing frame's appositive speaks
		{"Rahm Emanuel, the chief of staff, asked Mr. Clinton last summer to explore options.",
			[]want{{Has: []string{"Rahm Emanuel asked Mr. Clinton last summer to explore options"}}, {Has: []string{"Rahm Emanuel is the chief of staff"}}}},
		{"The mayor's deputy, Ann Wells, offered a job to the candidate, The Denver Post has reported.",
			[]want{{Has: []string{"The mayor's deputy, Ann Wells, offered a job to the candidate"}, Source: "The Denver Post", Cue: "reported"}}},
		{"The tariffs will hurt farmers, Jim Manley, a top adviser, said.",
			[]want{{Has: []string{"The tariffs will hurt farmers"}, Source: "Jim Manley, a top adviser", Cue: "said"}}},
		{"The tariffs will hurt farmers, Jim Manley, a top adviser, told reporters.",
			[]want{{Has: []string{"The tariffs will hurt farmers"}, Source: "Jim Manley, a top adviser", Cue: "told"}}},
		{"Perry has said the government should extend work visas, but stressed that he still opposes amnesty.",
			[]want{{Has: []string{"The government should extend work visas"}, Source: "Perry", Cue: "said"}, {Has: []string{"He still opposes amnesty"}, Source: "Perry", Cue: "stressed"}}},
		{"The minister said the border would reopen, and added that trade would resume.",
			[]want{{Has: []string{"The border would reopen"}, Source: "The minister", Cue: "said"}, {Has: []string{"Trade would resume"}, Source: "The minister", Cue: "added"}}},
		{"Representative Peter King, a Republican of New York and a longtime critic of the plan, said the plan would fail.",
			[]want{{Has: []string{"The plan would fail"}, Source: "Representative Peter King, a Republican of New York and a longtime critic of the plan", Cue: "said"}}},
		{"King said it was significant that the chairman had voiced support.",
			[]want{{Has: []string{"It was significant that the chairman had voiced support"}, Source: "King", Cue: "said"}}},
		{"When prosecutors charged the couple last Friday, the ex-congressman said he accepts the responsibility.",
			[]want{{Has: []string{"Prosecutors charged the couple last Friday"}}, {Has: []string{"He accepts the responsibility"}, Source: "the ex-congressman", Cue: "said"}}},
		{"When she said the plan would fail, nobody listened.",
			[]want{{Has: []string{"She said the plan would fail"}}, {Has: []string{"Nobody listened"}, Negated: true}}},
		{"But that upset other Republicans, who said that Ms. Lerner should not be let go so quickly.",
			[]want{{Has: []string{"But that upset other Republicans"}}, {Has: []string{"Ms. Lerner should not be let go so quickly"}, Source: "other Republicans", Cue: "said", Negated: true}}},
		{"The bill was written by Senator Smith, who said little about it.",
			[]want{{Has: []string{"The bill was written by Senator Smith"}}, {Has: []string{"Senator Smith said little about it"}}}},
		{"The ex-congressman accepts responsibility for the decisions and mistakes he has made.",
			[]want{{Has: []string{"The ex-congressman accepts responsibility for the decisions and mistakes he has made"}}}},
		{"She went on to say that the girls were coming up a little short.",
			[]want{{Has: []string{"The girls were coming up a little short"}, Source: "She", Cue: "say"}}},
		{"Aides to Mr. Romney declined to say on Tuesday whether he would call on the delegates.",
			[]want{{Has: []string{"Aides to Mr. Romney declined to say on Tuesday whether he would call on the delegates"}}}},
		{"In court papers filed Friday, prosecutors said that he must forfeit the money.",
			[]want{{Has: []string{"He must forfeit the money"}, Source: "prosecutors", Cue: "said"}}},
		{"She asked a staff member to sell it, the documents say.",
			[]want{{Has: []string{"She asked a staff member to sell it"}, Source: "the documents", Cue: "say"}}},
		{"Brat said that his candidacy had resonated with voters who believed that politics had been dumbed down.",
			[]want{{Has: []string{"His candidacy had resonated with voters who believed that politics had been dumbed down"}, Source: "Brat", Cue: "said"}}},
		{"Mr. Morell, officials said, acted on his own.",
			[]want{{Has: []string{"Mr. Morell acted on his own"}, Source: "officials", Cue: "said"}}},
		{"The deal, the minister said on Friday, would be signed next week.",
			[]want{{Has: []string{"The deal would be signed next week"}, Source: "the minister", Cue: "said"}}},
		{"Two people briefed on the matter have said the talks failed.",
			[]want{{Has: []string{"The talks failed"}, Source: "Two people briefed on the matter", Cue: "said"}}},
		{"The minister told reporters the border would reopen.",
			[]want{{Has: []string{"The border would reopen"}, Source: "The minister", Cue: "told"}}},
		// the hearer of "told" is a whole noun phrase
		{"Former agents have told Fox News the warning amounted to a cry for help.",
			[]want{{Has: []string{"The warning amounted to a cry for help"}, Source: "Former agents", Cue: "told"}}},
		{"A senior official told The New York Times the talks had failed.",
			[]want{{Has: []string{"The talks had failed"}, Source: "A senior official", Cue: "told"}}},
		{"He told the committee the agency had erred.",
			[]want{{Has: []string{"The agency had erred"}, Source: "He", Cue: "told"}}},
		{"The mayor told committee members the plan would fail.",
			[]want{{Has: []string{"The plan would fail"}, Source: "The mayor", Cue: "told"}}},
		// a phrase between the speaker and the verb is the saying's; a second
		// speech verb after "and" that takes a clause is the speaker's too; a
		// negated saying says nothing, and "yet" after "not" is no coordinator
		{"The senator, in a statement, said the bill was dead.",
			[]want{{Has: []string{"The bill was dead"}, Source: "The senator", Cue: "said"}}},
		{"Ryan, toward the end of the debate, warned that a crisis is coming.",
			[]want{{Has: []string{"A crisis is coming"}, Source: "Ryan", Cue: "warned"}}},
		{"Ryan warned that a crisis is coming and claimed the president offers little more than speeches.",
			[]want{{Has: []string{"A crisis is coming"}, Source: "Ryan", Cue: "warned"}, {Has: []string{"The president offers little more than speeches"}, Source: "Ryan", Cue: "claimed"}}},
		{"He said the company lied and claimed losses.",
			[]want{{Has: []string{"The company lied and claimed losses"}, Source: "He", Cue: "said"}}},
		{"The mayor has not said whether she will run again.",
			[]want{{Has: []string{"The mayor has not said whether she will run again"}, Negated: true}}},
		{"Mr. Steele has lost support, but he has not yet said whether he will run.",
			[]want{{Has: []string{"Mr. Steele has lost support"}}, {Has: []string{"He has not yet said whether he will run"}, Negated: true}}},
		{"Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said that the position was clear.",
			[]want{{Has: []string{"The position was clear"}, Source: "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization", Cue: "said"}}},
		// "according to": a description after the source is the source's; a
		// frame inside one clause leaves the clause whole
		{"The bill is dead, according to Sen. Dick Durbin, D-Ill., the No. 2 Democrat in the chamber.",
			[]want{{Has: []string{"The bill is dead"}, Source: "Sen. Dick Durbin, D-Ill., the No. 2 Democrat in the chamber", Cue: "according to"}}},
		{"The border, according to officials, will reopen on Monday.",
			[]want{{Has: []string{"The border will reopen on Monday"}, Source: "officials", Cue: "according to"}}},
		{"Prices rose, according to the report, and wages fell.",
			[]want{{Has: []string{"Prices rose"}, Source: "the report", Cue: "according to"}, {Has: []string{"Wages fell"}, Source: "the report", Cue: "according to"}}},
		{"He said the deal was done -- and he was right.",
			[]want{{Has: []string{"The deal was done"}, Source: "He", Cue: "said"}, {Has: []string{"He was right"}}}},
		// a subordinate clause with its own frame is its speaker's
		{"Many said they showed up because they agreed with the president, while others said they wanted to support free speech.",
			[]want{{Has: []string{"They showed up"}, Source: "Many", Cue: "said"}, {Has: []string{"They wanted to support free speech"}, Source: "others", Cue: "said"}}},
		{"The mayor resigned, although aides said she would stay on as an adviser.",
			[]want{{Has: []string{"The mayor resigned"}}, {Has: []string{"She would stay on as an adviser"}, Source: "aides", Cue: "said"}}},
		// a list of speakers is the frame's source; an appositive that
		// counts the group is no one's speech
		{"U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said some demonstrators, many of them tea party activists, yelled a racial epithet.",
			[]want{{Has: []string{"Some demonstrators, many of them tea party activists, yelled a racial epithet"}, Source: "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver", Cue: "said"}}},
		{"Pakistan, Iran and China said the talks would resume.",
			[]want{{Has: []string{"The talks would resume"}, Source: "Pakistan, Iran and China", Cue: "said"}}},
		{"The protesters, most of them students, marched to the palace.",
			[]want{{Has: []string{"The protesters, most of them students, marched to the palace"}}}},
		// a group said to say something in an absolute clause is its source
		{"The party is divided, with several leading Republicans arguing that the committee needed to improve its fund-raising.",
			[]want{{Has: []string{"The party is divided"}}, {Has: []string{"The committee needed to improve its fund-raising"}, Source: "several leading Republicans", Cue: "arguing"}}},
		{"The talks ended, with both sides saying they would meet again.",
			[]want{{Has: []string{"They would meet again"}, Source: "both sides", Cue: "saying"}}},
		{"Violence has surged since the takeover, with most attacks claimed by the Pakistani Taliban.",
			[]want{{Has: []string{"Most attacks were claimed by the Pakistani Taliban"}}}},
		// a time clause is a claim of its own; the main clause keeps it
		{"Cowan will become the first black senator since Edward Brooke held the seat from 1966 to 1978.",
			[]want{{Has: []string{"Cowan will become the first black senator since Edward Brooke held the seat from 1966 to 1978"}}, {Has: []string{"Edward Brooke held the seat from 1966 to 1978"}}}},
		{"The senator resigned after the committee released its report.",
			[]want{{Has: []string{"The senator resigned after the committee released its report"}}, {Has: []string{"The committee released its report"}}}},
		// an adverb between the conjunction and its verb stays with the verb
		{"Cowan joined the Patrick administration in 2009 and reportedly quit earlier this month to join private practice.",
			[]want{{Has: []string{"Cowan joined the Patrick administration in 2009"}}, {Has: []string{"Cowan reportedly quit earlier this month to join private practice"}}}},
		{"The mayor opened the bridge and quickly left.",
			[]want{{Has: []string{"The mayor opened the bridge"}}, {Has: []string{"The mayor quickly left"}}}},
		// an appositive's claim names its noun, not the sentence's opening
		// adjunct; no content before a speaker is no trailing frame
		{"Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, wrote back.",
			[]want{{Has: []string{"Ten minutes later, Benjamin J. Rhodes wrote back"}}, {Has: []string{"Benjamin J. Rhodes is a deputy national security adviser"}}}},
		{"On Monday, John Smith, a lawyer for the city, met the mayor.",
			[]want{{Has: []string{"On Monday, John Smith met the mayor"}}, {Has: []string{"John Smith is a lawyer for the city"}}}},
		// "all but" is "almost": nothing is coordinated
		{"The senator had all but sewn up the nomination.",
			[]want{{Has: []string{"The senator had all but sewn up the nomination"}}}},
		{"The meeting was anything but calm.",
			[]want{{Has: []string{"The meeting was anything but calm"}}}},
		{"Mr. Udall and Mr. Wyden released a joint statement on Friday.",
			[]want{{Has: []string{"Mr. Udall and Mr. Wyden released a joint statement on Friday"}}}},
		{"Obama will embrace a plan to reduce gun violence, lawmakers who were briefed on the plan said Monday.",
			[]want{{Has: []string{"Obama will embrace a plan to reduce gun violence"}, Source: "lawmakers who were briefed on the plan", Cue: "said"}}},
		{"The plan will fail, officials who asked not to be named said.",
			[]want{{Has: []string{"The plan will fail"}, Source: "officials who asked not to be named", Cue: "said"}}},
		{"“The ban is a low priority,” Matt Bennett, a spokesman for Third Way, a left-leaning research group, said after hearing from Mr. Biden.",
			[]want{{Has: []string{"The ban is a low priority"}, Source: "Matt Bennett, a spokesman for Third Way, a left-leaning research group", Cue: "said"}}},
		{"Not a single thing he said is accurate.", []want{{Has: []string{"Not a single thing he said is accurate"}, Negated: true}}},
		{"Everything the minister said on Friday was false.", []want{{Has: []string{"Everything the minister said on Friday was false"}}}},
		{"The talks will resume next week, the envoy told reporters on Friday.",
			[]want{{Has: []string{"The talks will resume next week"}, Source: "the envoy", Cue: "told"}}},
		// participles: a resultative one gets "This" and the clause's tense,
		// speech is credited to the speaker, others get a linking verb
		{"Pakistan has been attempting to exert its influence over its neighbor, but the Taliban have resisted these efforts, leading to growing tensions between the two countries.",
			[]want{{Has: []string{"The Taliban have resisted these efforts"}}, {Has: []string{"This has led to growing tensions between the two countries"}}}},
		{"The storm flooded the coast, forcing thousands to flee.",
			[]want{{Has: []string{"The storm flooded the coast"}}, {Has: []string{"This forced thousands to flee"}}}},
		{"Clinton attacked Trump, saying he would appoint judges who would overturn the ruling.",
			[]want{{Has: []string{"Clinton attacked Trump"}}, {Has: []string{"He would appoint judges"}, Source: "Clinton", Cue: "saying"}}},
		{"“He stands for the middle class,” Anderson said, adding that Sanders is the most trustworthy candidate.",
			[]want{{Has: []string{"He stands for the middle class"}, Source: "Anderson", Cue: "said"}, {Has: []string{"Sanders is the most trustworthy candidate"}, Source: "Anderson", Cue: "adding"}}},
		{"“It is a reflection of frustration,” McCain said, citing low economic growth.",
			[]want{{Has: []string{"It is a reflection of frustration"}, Source: "McCain"}, {Has: []string{"McCain was citing low economic growth"}}}},
		{"Trump garnered 30% of the votes, leading the GOP field.",
			[]want{{Has: []string{"Trump garnered 30% of the votes"}}, {Has: []string{"Trump was leading the GOP field"}}}},
		{"The ministers denied the report, denying that troops had crossed the border.",
			[]want{{Has: []string{"troops had crossed the border"}, Source: "The ministers", Cue: "denying", Negated: true}}},
		{"Pakistan, Iran discuss cooperation to address security and economic issues.",
			[]want{{Has: []string{"Pakistan, Iran discuss cooperation to address security"}}, {Has: []string{"Pakistan, Iran discuss cooperation to address economic issues"}}}},
		{"Bernie Sanders (I-Vt.) defended his call to raise the minimum wage.",
			[]want{{Has: []string{"Bernie Sanders defended his call to raise the minimum wage"}}}},
		{"The Washington Post will brand you a liar and NBC News will accuse you of engaging in a freak out.",
			[]want{{Has: []string{"The Washington Post will brand you a liar"}}, {Has: []string{"You are engaging in a freak out"}, Source: "NBC News", Cue: "accuse"}}},
		{"LaPierre in December argued that improving school security is paramount.", // the time is the saying's
			[]want{{Has: []string{"Improving school security is paramount"}, Source: "LaPierre", Cue: "argued"}}},
		{"Trump accused them of lying about the deal.",
			[]want{{Has: []string{"They were lying about the deal"}, Source: "Trump", Cue: "accused"}}},
		{"At home, he accused the administration of presiding over a shoddy recovery.", // the adjunct is not the accuser
			[]want{{Has: []string{"The administration was presiding over a shoddy recovery"}, Source: "he", Cue: "accused"}}},
		{"On June 16, 2015, Disney announced that it would begin filming the sequel.",
			[]want{{Has: []string{"It would begin filming the sequel"}, Source: "Disney", Cue: "announced"}}},
		{"In a statement, the ministry said the border would reopen.",
			[]want{{Has: []string{"The border would reopen"}, Source: "the ministry", Cue: "said"}}},
		{"The channel expanded its coverage, being the home of the debates.",
			[]want{{Has: []string{"The channel was the home of the debates"}}}},
		{"Rubio won praise, having overtaken Bush in polling.",
			[]want{{Has: []string{"Rubio had overtaken Bush in polling"}}}},
		// the tagger's second choice for "stars" is the verb the sentence
		// lacks (repairMissingVerb); the phrase after the last name bears on
		// every name of the list
		{"The film stars Angelina Jolie, with Sharlto Copley, Elle Fanning, Sam Riley and Lesley Manville in supporting roles.",
			[]want{{Has: []string{"The film stars Angelina Jolie, with Sharlto Copley in supporting roles"}}, {Has: []string{"The film stars Angelina Jolie, with Lesley Manville in supporting roles"}}}},
		// "a X and Y" with no determiner of Y's own: one referent described twice
		{"A teacher and mother of three, Smith ran for the school board.",
			[]want{{Has: []string{"A teacher and mother of three"}}}},
		// a relative aside about the speaker: the frame is lifted, and the
		// aside is a claim of its own
		{"Mr. Cantor, who lost his primary on Tuesday, said he would step down.",
			[]want{{Has: []string{"He would step down"}, Source: "Mr. Cantor, who lost his primary on Tuesday", Cue: "said"}, {Has: []string{"Mr. Cantor lost his primary on Tuesday"}}}},
		{"Ginsburg, who made her name bringing discrimination claims, said it was possible that Wal-Mart could refute the claims.",
			[]want{{Has: []string{"It was possible that Wal-Mart could refute the claims"}, Source: "Ginsburg, who made her name bringing discrimination claims", Cue: "said"}}},
		{"Mr. Cantor, who lost his primary on Tuesday, denied that he would step down.",
			[]want{{Has: []string{"He would step down"}, Source: "Mr. Cantor, who lost his primary on Tuesday", Cue: "denied", Negated: true}, {Has: []string{"Mr. Cantor lost his primary on Tuesday"}}}},
		{"His candidacy had resonated with voters who believed that politics was broken.",
			[]want{{Has: []string{"His candidacy had resonated with voters who believed that politics was broken"}}}},
		// a subject and its aside are no content for a trailing "said X"
		{"The senator, who spoke at length, said nothing new about the plan.",
			[]want{{Has: []string{"The senator said nothing new about the plan"}, Negated: true}, {Has: []string{"The senator spoke at length"}}}},
		{"The plan, which was announced Monday, will fail, said Smith.",
			[]want{{Has: []string{"The plan will fail"}, Source: "Smith", Cue: "said"}}},
		// a description of the speaker before the name is no part of the frame's content
		{"A teacher and mother of three, Smith said the plan would fail.",
			[]want{{Has: []string{"The plan would fail"}, Source: "Smith", Cue: "said"}}},
		{"A longtime critic of the plan, Senator Smith said it would fail.",
			[]want{{Has: []string{"It would fail"}, Source: "Senator Smith", Cue: "said"}}},
		{"A former security agent and 20-year veteran of the department, who reviewed the documents, spoke on Monday.",
			[]want{{Has: []string{"A former security agent and 20-year veteran of the department reviewed the documents"}}}},
		{"The senator met a farmer and a nurse in Ames.",
			[]want{{Has: []string{"The senator met a farmer"}}, {Has: []string{"The senator met a nurse in Ames"}}}},
		// "between" waits for its "and": two things compared are one claim
		{"What is striking is the contrast between the many steps he took that allowed him to avoid Vietnam, and the misleading way he speaks about that period now.",
			[]want{{Has: []string{"What is striking is the contrast between the many steps he took that allowed him to avoid Vietnam, and the misleading way he speaks about that period now"}}}},
		{"I do not favor marriage between people of the same gender, and I do not favor civil unions.",
			[]want{{Has: []string{"I do not favor marriage between people of the same gender"}, Negated: true}, {Has: []string{"I do not favor civil unions"}, Negated: true}}},
		{"My view is that marriage is a relationship between a man and a woman and that's my own preference.",
			[]want{{Has: []string{"marriage is a relationship between a man and a woman"}}}},
		{"Sexual relationships provide intimacy between two or more people and are practiced by human beings.",
			[]want{{Has: []string{"Sexual relationships provide intimacy between two or more people"}}, {Has: []string{"are practiced by human beings"}}}},
		{"Relations between the two countries have soured, and trade has fallen.",
			[]want{{Has: []string{"Relations between the two countries have soured"}}, {Has: []string{"Trade has fallen"}}}},
		// a list inside a quotation is the speaker's words: kept whole
		{"Trump went on to praise Gingrich for \"having the courage, conviction, and confidence\" to agree to the debate.",
			[]want{{Has: []string{"Trump went on to praise Gingrich for \"having the courage, conviction, and confidence\" to agree to the debate"}}}},
		{"She visited Paris, Rome and Berlin in March.",
			[]want{{Has: []string{"She visited Paris in March"}}, {Has: []string{"She visited Berlin in March"}}}},
		{"His second tweet, an hour and a half later, was a return to campaign politics.",
			[]want{{Has: []string{"His second tweet", "was a return to campaign politics"}}}},
		// a quotation the claim opens is closed
		{"Priebus acknowledged that he had only “read the passages real quickly.”",
			[]want{{Has: []string{"He had only “read the passages real quickly”"}, Source: "Priebus", Cue: "acknowledged"}}},
		{`The senator called the plan "a disgrace."`,
			[]want{{Has: []string{`The senator called the plan "a disgrace"`}}}},
		// a verb after a remark set off by commas is the verb-phrase
		// conjunct's noun's, not the main clause's
		{"Cowan is a former partner at the firm and will become the first black senator since Edward Brooke, a Republican, held the seat from 1966 to 1978.",
			[]want{{Has: []string{"Cowan is a former partner at the firm"}},
				{Has: []string{"Cowan will become the first black senator since Edward Brooke held the seat from 1966 to 1978"}},
				{Has: []string{"Edward Brooke is a Republican"}}}},
		{"The mayor opened the bridge and thanked the engineers who built it, a team from Lagos, praised the workers.",
			[]want{{Has: []string{"The mayor opened the bridge"}}}},
		// an age set off by commas keeps its closing comma
		{"Cowan, 43, who is known as Mo, is a former partner at the firm.",
			[]want{{Has: []string{"Cowan, 43, is a former partner at the firm"}}, {Has: []string{"Cowan, 43, is known as Mo"}}}},
		// the leftmost item of a list after a preposition
		{"The company has plants in Ohio, Iowa and Maine.",
			[]want{{Has: []string{"plants in Ohio"}}, {Has: []string{"plants in Iowa"}}, {Has: []string{"plants in Maine"}}}},
		{"The company has plants in Dayton, Akron and Toledo.",
			[]want{{Has: []string{"plants in Dayton"}}, {Has: []string{"plants in Akron"}}, {Has: []string{"plants in Toledo"}}}},
		{"He visited Paris, Rome and Berlin.",
			[]want{{Has: []string{"He visited Paris"}}, {Has: []string{"He visited Rome"}}, {Has: []string{"He visited Berlin"}}}},
		{"He flew to Paris, Rome and Berlin last week.",
			[]want{{Has: []string{"He flew to Paris"}}, {Has: []string{"He flew to Rome"}}, {Has: []string{"He flew to Berlin"}}}},
		// a city named by its state stays one place
		{"The firm is based in Houston, Texas, and employs 300 people.",
			[]want{{Has: []string{"The firm is based in Houston, Texas"}}, {Has: []string{"employs 300 people"}}}},
		// bare numbers share the last one's unit
		{"Prices rose by 5, 6 and 7 percent.",
			[]want{{Has: []string{"Prices rose by 5, 6 and 7 percent"}}}},
		{"Turnout was 41, 44 and 47 percent in the three districts.",
			[]want{{Has: []string{"41, 44 and 47 percent"}}}},
		{"", nil},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		checkInvariants(t, tc.in, got)
		if len(tc.want) == 0 && len(got) != 0 {
			t.Errorf("Split(%q) = %d claims, want none", tc.in, len(got))
		}
		for _, w := range tc.want {
			if !anyMatch(tc.in, got, w) {
				t.Errorf("Split(%q): no claim like %+v; got:\n%s", tc.in, w, dump(tc.in, got))
			}
		}
	}
}

// TestSplitAvoids checks that no claim of a sentence contains a phrase that
// does not read as English or carries debris.
func TestSplitAvoids(t *testing.T) {
	tests := []struct{ in, avoid string }{
		{"Pakistan has been attempting to exert its influence over its neighbor, but the Taliban have resisted these efforts, leading to growing tensions between the two countries.", "Taliban leading"},
		{"Clinton attacked Trump, saying he would appoint judges who would overturn the ruling.", "Clinton saying"},
		{"“He stands for the middle class,” Anderson said, adding that Sanders is the most trustworthy candidate.", "He adding"},
		{"Bernie Sanders (I-Vt.) defended his call to raise the minimum wage.", "I-Vt"},
		{"The United States began conducting airstrikes in 2014, leading an international coalition.", "This led"},
		{"Cowan is a former partner at the firm and will become the first black senator since Edward Brooke, a Republican, held the seat from 1966 to 1978.", "firm held"},
		{"Reps. John Lewis, Andre Carson and Emanuel Cleaver said some demonstrators, many of them tea party activists, yelled a racial epithet.", "Cleaver yelled"},
		{"The company has plants in Ohio, Iowa and Maine.", "Ohio, Iowa"},
		{"Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, wrote back.", "later, Benjamin J. Rhodes is"},
		{"Although the debate focused on Libya, Syria, and Afghanistan, Biden and Ryan did clash on Medicare.", "Afghanistan did"},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		for _, c := range got {
			if strings.Contains(c.Text, tc.avoid) {
				t.Errorf("Split(%q): claim %q contains %q", tc.in, c.Text, tc.avoid)
			}
		}
	}
}

func TestSplitPolarity(t *testing.T) {
	tests := []struct {
		in              string
		negated, hedged bool
	}{
		{"The army did not deny the report.", false, false}, // two negators cancel
		{"The Taliban have historically rejected the legitimacy of this border.", false, false},
		{"The talks will likely fail.", false, true},
		{"The minister was allegedly involved.", false, true},
		{"The risk cannot be ignored.", true, false},
		{"Pakistan never closed the crossing.", true, false},
		{"The group refused to comply with the demands.", true, false},
		// a hedge that bears on something else hedges nothing
		{"Santorum appeared on CBS on Sunday.", false, false},
		{"The Supreme Court appears ready to block the lawsuit.", false, true},
		{"The president appeared to endorse the project.", false, true},
		{"The most prominent potential candidate is Scott Brown.", false, false},
		{"The candidates are likely to debate in May.", false, true},
		{"The two sides remain at odds over the border.", false, false},
		{"There is a one-in-three chance Republicans lose the House.", false, true},
		{"The vote is expected to take place in May.", false, true},
	}
	for _, tc := range tests {
		got := Split(tc.in)
		if len(got) != 1 {
			t.Errorf("Split(%q) = %d claims, want 1:\n%s", tc.in, len(got), dump(tc.in, got))
			continue
		}
		if got[0].Negated != tc.negated || got[0].Hedged != tc.hedged {
			t.Errorf("Split(%q): negated %v hedged %v, want %v %v", tc.in, got[0].Negated, got[0].Hedged, tc.negated, tc.hedged)
		}
	}
}

// TestSplitSeeds runs every sentence-like line of the seed articles: each
// yields claims with valid parts, and no claim is empty.
func TestSplitSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range seedSentences(string(b)) {
			got := Split(s)
			checkInvariants(t, s, got)
			if len(got) == 0 {
				t.Errorf("Split(%q) gave no claims", s)
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Error("no claims from the seeds")
	}
}

// seedSentences splits text crudely at ". " and line breaks; good enough
// to feed real sentences to Split.
func seedSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if s = strings.TrimSpace(s); len(s) > 20 {
				out = append(out, s)
			}
		}
	}
	return out
}

func anyMatch(s string, got []Claim, w want) bool {
	for _, c := range got {
		ok := true
		for _, h := range w.Has {
			if !strings.Contains(strings.ToLower(c.Text), strings.ToLower(h)) {
				ok = false
			}
		}
		src := s[c.Attribution.Source.Start:c.Attribution.Source.End]
		if w.Source != "" && !strings.EqualFold(src, w.Source) || w.Cue != "" && c.Attribution.Cue != w.Cue {
			ok = false
		}
		if c.Negated != w.Negated {
			ok = false
		}
		if ok {
			return true
		}
	}
	return false
}

func checkInvariants(t *testing.T, s string, got []Claim) {
	t.Helper()
	for i, c := range got {
		if i > 0 && len(c.Parts) > 0 && len(got[i-1].Parts) > 0 && c.Parts[0].Start < got[i-1].Parts[0].Start {
			t.Errorf("Split(%q): claims out of sentence order:\n%s", s, dump(s, got))
		}
		if c.Text == "" || len(c.Parts) == 0 {
			t.Errorf("Split(%q): empty claim %+v", s, c)
		}
		prev := -1
		for _, p := range c.Parts {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || p.Start < prev {
				t.Fatalf("Split(%q): bad parts %v", s, c.Parts)
			}
			prev = p.End
		}
		a := c.Attribution.Source
		if a.Start < 0 || a.End > len(s) || a.Start > a.End {
			t.Fatalf("Split(%q): bad source %v", s, a)
		}
	}
}

func dump(s string, got []Claim) string {
	var sb strings.Builder
	for _, c := range got {
		sb.WriteString("  - " + c.Text)
		if c.Attribution.Cue != "" {
			sb.WriteString(" [" + c.Attribution.Cue + ": " + s[c.Attribution.Source.Start:c.Attribution.Source.End] + "]")
		}
		if c.Negated {
			sb.WriteString(" (negated)")
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Pakistan has accused Afghanistan of providing safe haven to these militants, a charge the Taliban deny.",
		"The film (2014) premiered on May 28, 2014 in Hollywood, and was released in the United States.",
		"A, B, and C, according to , said", "((( ,,, and and or", "“quoted,” he said.", "\xff\xfe, which",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, Split(s))
	})
}

func BenchmarkSplit(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	var sents []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, s := range seedSentences(string(data)) {
			sents = append(sents, s)
			size += len(s)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Split(s)
		}
	}
}
