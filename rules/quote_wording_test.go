package rules

import (
	"math/rand"
	"testing"

	"github.com/agnivade/levenshtein"

	"github.com/claimcheck/claimcheck/claims"
)

// quoteTableOf prepares texts as the direct quotes of one document each.
func quoteTableOf(texts ...string) *quoteTable {
	var docs []*claims.Document
	for _, s := range texts {
		docs = append(docs, &claims.Document{Quotes: []claims.Quote{{Text: s, Kind: claims.QuoteDirect}}})
	}
	return prepareQuotes(docs)
}

// TestQuoteWording checks when two quotes of one speech count as worded
// differently: beyond punctuation, function words, inflection,
// contractions, title abbreviations and the writer's bracketed insertions,
// comparing the shorter quote with the part of the longer it matches best.
func TestQuoteWording(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		reworded bool
	}{
		{"Hello, my name is the Republican Party, and I got a problem. I'm addicted to spending and big government,", "Hello, my name is the Republican Party and I have a problem!", true},
		{"The fact is that every day that passes, Iran gets closer and closer to a nuclear bomb,", "The fact is that every day that passes, Iran gets closer and closer to nuclear arms,", true},
		{"President Obama has said that he is determined to prevent Iran from getting nuclear weapons", "President Obama has said that he's determined to prevent Iran from getting nuclear weapons and I appreciate that", false},
		{"Sen. Reid respects that but thinks that the mosque should be built someplace else.", "Senator Reid respects that but thinks that the mosque should be built someplace else.", false},
		{"now these (local) supervisors have too much discretion", "now these supervisors have too much discretion", false},
		{"I'm not ashamed to admit I'm a Christian", "I’m not ashamed to admit that I’m a Christian", false},
		{"We will respond with full force", "They will never get away with this", false},
		{"We have learned something very important since the days that I served in Vietnam", "We have learned something important since the days that I served in Vietnam", true},
		{"Taxes on the middle class will not go up next year", "Taxes on the middle class will go up next year", true},
		{"The union will only accept the deal if pensions are protected", "The union will accept the deal if pensions are protected", true},
		{"I don't question the president's faith", "I do not question the president's faith", false},
		{"We can't let this stand", "We cannot let this stand", false},
		{"They won't leave until the vote", "They will not leave until the vote", false},
		// a conjunction joins or opposes what is said: changing one is a change
		{"Tom Brady, George Clooney, James Bond, the president have nothing on Mo.", "Tom Brady, George Clooney, James Bond and the president have nothing on Mo.", true},
		{"We will cut taxes and raise spending on schools", "We will cut taxes or raise spending on schools", true},
		{"The plan is bold but it is affordable", "The plan is bold and it is affordable", true},
		{"And you exemplify it, every one of you", "You exemplify it, every one of you", false}, // a leading "and" links to the sentence before
		// house style: initialisms with or without dots, capitals, a serial comma
		{"his public service as a Member of Congress, Marine Corps combat veteran, and decorated FBI Special Agent", "his public service as a member of Congress, Marine Corps combat veteran and decorated F.B.I. special agent", false},
		{"The C.I.A. never told us about the plot", "The CIA never told us about the plot", false},
		{"The CIA never told us about the plot", "The FBI never told us about the plot", true},
		// a name transliterated from another script, spelt two ways
		{"now it looks like Muammar al-Qaddafi is going to beat the United States", "now it looks like Moammar Gadhafi is going to beat the United States", false},
		{"We will never negotiate with al-Qaida", "We will never negotiate with al-Qaeda", false},
		{"Osama bin Laden is dead", "Usama bin Laden is dead", false},
		{"Mubarak must go now", "Morsi must go now", true},                                              // another man
		{"We welcome the emigrants who return home", "We welcome the immigrants who return home", true}, // another word
		{"Kim Jong Un will not attend", "Lim Jong Un will not attend", true},                            // too short to tell
		// interjections are sounds, not words the speaker chose
		{"It's about some phony theology. Oh, not a theology based on the Bible.", "It's about some phony theology. Not a theology based on the Bible.", false},
		{"Uh, we are looking at every option on the table", "We are looking at every option on the table", false},
		{"Um, we will raise taxes this year", "We will raise taxes this year", false},
		{"Um, we will raise taxes on the rich this year", "We will raise fees on the rich this year", true},
		// an ellipsis marks an omission: each fragment is compared on its own
		{"I don't believe that's what we're here to do ... We're not here to serve the earth. That is not the objective, man is the objective.",
			"I don't believe that that's what we're here to do. That man is here to use the resources and use them wisely, to care for the Earth, to be a steward of the Earth, but we're not here to serve the Earth. The Earth is not the objective. Man is the objective.", true},
		{"I don't believe that's what we're here to do ... We're not here to serve the earth.",
			"I don't believe that that's what we're here to do. That man is here to use the resources and use them wisely, but we're not here to serve the Earth.", false},
		{"We will rebuild every school ... and every hospital in the province",
			"We will rebuild every school that was destroyed, every road and every clinic in the province", true},
		{"We will rebuild every school ... and every hospital in the province",
			"Talks with the rebels have failed and the ceasefire is over now", false},
		// where the other quote begins or ends inside a fragment, the two
		// quote the same words where they overlap
		{"However, we would be remiss … if we did not challenge your continuing misuse of Catholic teaching to defend a budget plan",
			"We would be remiss in our duty to you and our students if we did not challenge your continuing misuse of Catholic teaching to defend a budget plan that decimates food programs", false},
		{"Whoever, directly or indirectly, promises any employment, position, compensation ... appointment",
			"who directly or indirectly, promises any employment, position, compensation, contract, appointment, or any other benefit", false},
		{"However, we would be remiss … if we did not defend your continuing use of Catholic teaching",
			"We would be remiss in our duty to you and our students if we did not challenge your continuing misuse of Catholic teaching", true}, // changed inside
		// words left out from inside a quote, unmarked, change it; words
		// before or after it are a choice of excerpt
		{"has been a race to the bottom, and it has been ugly", "I think the GOP race has been, in many cases, a race to the bottom, and it has been ugly", true},
		{"The governor will sign the bill on Friday in Denver", "The governor will sign the tax bill on Friday in Denver", true},
		{"we must protect the rights of every worker in the state", "we must, as a matter of principle, protect the rights of every worker in the state", true},
		{"the lines of communication between the two offices remain open", "There will be no further readout of the meeting, but lines of communication between the two offices remain open", false},
		{"the president will not raise taxes on working families", "I can tell you that the president will not raise taxes on working families", false},
		{"we are going to win this election in November", "we are going to win this election, I promise you, in November", true},
		{"we will win this fight in the courts", "we will win, we will win this fight in the courts", false},
		// a sentence only one outlet quotes is a choice of excerpt
		{"And they cannot believe what they're finding. And I'm serious.", "I have people that actually have been studying it and they cannot believe what they're finding,", false},
		{"He says he is a Christian. But I am talking about the way he approaches problems in this country.", "I've said I believe the president's Christian. But I am talking about the way he addresses problems in this country.", true},
		// numbers written as words or digits are the same numbers
		{"But there's a one-in-three chance we could lose", "But there's a 1 in 3 chance we could lose", false},
		{"I would say that there is a 2 in 3 chance that we win control of the House", "I would say that there is a two-in-three chance that we win control of the House", false},
		{"We lost three seats and gained twelve", "We lost 3 seats and gained 12", false},
		{"We lost three seats and gained twelve", "We lost 3 seats and gained 11", true},
		{"There's a one-in-three chance we could lose", "There's a one-in-four chance we could lose", true},
		// a short quote sharing a name or two with a long one is another quote
		{"Chick-fil-A Appreciation Day.", "It has been really disconcerting how many friends proudly posted their photos of Chick-fil-a and they all have their little quotes about how they love their gay friends", false},
		{"Operation Iraqi Freedom", "We will remember every soldier who served in Operation Desert Storm and who came home to a grateful nation", false},
		// an excerpt cut a word before or after the other's is a choice of excerpt
		{"not putting people back to work,", "but God wants to see us help ourselves by putting people back to work!", false},
		{"only raise taxes on the wealthiest families", "We are going to ask the Congress to raise taxes on the wealthiest families", false},
		{"the risk is high", "the risk is great", true},
		{"the deficit will fall sharply next year under this plan", "the deficit will fall next year under this plan", true},
	} {
		qt := quoteTableOf(tc.a, tc.b)
		if _, _, got := qt.rewords(0, 1, 0.6, newEditScratch(len(qt.words))); got != tc.reworded {
			t.Errorf("%q / %q: reworded %v, want %v", tc.a, tc.b, got, tc.reworded)
		}
	}
}

// refWindowSimilarity is the window similarity windowReaches decides,
// computed in full with the levenshtein package over one rune per word id
// against every run of the longer.
func refWindowSimilarity(a, b []int32) float64 {
	ra, rb := make([]rune, len(a)), make([]rune, len(b))
	for i, w := range a {
		ra[i] = 'a' + rune(w)
	}
	for i, w := range b {
		rb[i] = 'a' + rune(w)
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	n := len(ra)
	if n < minWindowWords {
		m := len(rb)
		if m == 0 {
			return 0
		}
		return 1 - float64(levenshtein.ComputeDistance(string(ra), string(rb)))/float64(m)
	}
	best := 0.0
	for i := 0; i <= len(rb); i++ {
		for j := i; j <= len(rb); j++ {
			d := levenshtein.ComputeDistance(string(ra), string(rb[i:j]))
			best = max(best, 1-float64(d)/float64(n))
		}
	}
	return best
}

// TestWindowReaches checks windowReaches, with its pruning, against the
// full window similarity on random word sequences over a small vocabulary
// (so windows share words) at thresholds on and between the attainable
// values.
func TestWindowReaches(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const vocabSize = 6
	s := newEditScratch(vocabSize)
	seq := func() []int32 {
		out := make([]int32, rng.Intn(14))
		for i := range out {
			out[i] = int32(rng.Intn(vocabSize))
		}
		return out
	}
	for range 20000 {
		a, b := seq(), seq()
		sim := refWindowSimilarity(a, b)
		for _, minSim := range []float64{-0.1, 0, 0.2, 0.5, 0.6, 0.75, 0.8, 1, sim} {
			if got, want := s.windowReaches(a, b, minSim), sim >= minSim; got != want {
				t.Fatalf("windowReaches(%v, %v, %v) = %v, want %v (similarity %v)", a, b, minSim, got, want, sim)
			}
		}
		for i := range s.need {
			if s.need[i] != 0 || s.have[i] != 0 {
				t.Fatalf("scratch not cleared after %v, %v", a, b)
			}
		}
	}
}

// TestQuoteHeld checks when one source's quote holds another's (so it is
// not reported as reworded): its words in order, with "..." marking an
// omission, whatever the punctuation between them.
func TestQuoteHeld(t *testing.T) {
	for _, tc := range []struct {
		long, short string
		held        bool
	}{
		{"To put this in stark contrast, if you help me win this race you may have someone with your background, your voice, someone who's been fighting tort reform, on the Senate Judiciary Committee,",
			"If you help me win this race, you may have someone with your background, your voice ... on the Senate Judiciary Committee,", true},
		{"Or, you might have a farmer from Iowa", "Or you might have a farmer from Iowa", true},
		{"It can make her strong again.", "it can make her strong again", true},
		{"We're not here to serve the Earth.", "We are not here to serve the Earth.", false},
		{"The principles aren't combined, written out yet", "The principles aren't written yet", false},
		{"a self-made man", "a self made man", false},
		{"they won the committee vote", "on the committee", false},
		{"we will win, and we will win again", "we will win ... we will win again", true},
	} {
		long, short := normQuote(tc.long), normQuote(tc.short)
		if got := wordsInOrder(bareWords(long), bareFragments(short)); got != tc.held {
			t.Errorf("%q holds %q: %v, want %v", tc.long, tc.short, got, tc.held)
		}
	}
}
