package quotes

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/attrib"
)

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cueWords holds every one-word cue form; cueSeqs the multi-word ones.
var cueWords, cueSeqs = func() (map[string]bool, map[string]bool) {
	one, many := map[string]bool{}, map[string]bool{}
	for _, c := range attrib.Cues() {
		if strings.Contains(c, " ") {
			many[c] = true
		} else {
			one[c] = true
		}
	}
	return one, many
}()

var (
	// aux are words between a speaker and its cue: "Sharif has also said".
	aux = set("has have had also later then previously recently once again repeatedly publicly " +
		"privately reportedly would will could may might did does do is was were has " +
		"first further only simply quickly flatly angrily bluntly just never often frequently " +
		"already since long has not n't has been being had been on monday tuesday " +
		"wednesday thursday friday saturday sunday yesterday today tonight earlier " +
		"subsequently separately elsewhere herself himself themselves itself correctly wrongly " +
		"famously memorably tersely curtly quietly openly loudly repeatedly previously")
	// clause words end a speaker phrase read backwards from its cue.
	clause = set("that and but because which who whom whose when while as if so where " +
		"after before since though although than or nor what why how whether " +
		"said says told added not also is was are were be been being")
	// determiners start a noun phrase.
	determiners = set("the a an his her their its this these those our my your")
	// linkPreps may join a speaker's head to its body: "officials at the
	// ministry", "a spokesman for the campaign", "the head of Hamas".
	linkPreps = set("of at for from with")
	// stopAfter end a speaker phrase read forwards from an inverted cue.
	stopAfter = set("on in during after before when while that as last yesterday today " +
		"tonight this earlier later who which and adding noting told in to about " +
		"recently")
	// weekdays and months never end a speaker phrase read backwards.
	dateWords = set("monday tuesday wednesday thursday friday saturday sunday january february " +
		"march april may june july august september october november december jan feb mar apr " +
		"jun jul aug sep sept oct nov dec")
	// nounCues are cue forms that are also nouns of a written statement;
	// possessives before one make it a noun ("her Facebook post").
	nounCues = set("post posts tweet tweets blog memo video letter statement note report claim")
	// speechNouns are cue words that name what was said, not the saying
	// ("Mr. Romney's remark"), beside nounCues.
	speechNouns = set("remark remarks comment comments words claim claims assertion response reply answer warning promise pledge quip")
	possessives = set("his her their its my our your")
	// nounCuePrefix are words after which a cue form is a noun ("the claims").
	nounCuePrefix = set("the a an his her their its this these those our my your such " +
		"any no every each one some many two several")
	// titles mark a person: "Sen. Ted Cruz", "President Obama".
	titles = set("mr. mrs. ms. dr. sen. gov. rep. gen. lt. col. sgt. capt. maj. adm. prof. rev. " +
		"mr mrs ms dr president senator governor representative congressman congresswoman " +
		"minister secretary mayor judge justice chairman chairwoman speaker sheriff " +
		"ambassador commissioner director prince king queen pope sheikh general")
	// orgWords mark an organisation: "the Foreign Ministry", "the Post".
	orgWords = set("ministry party department house office committee council post times news " +
		"taliban government agency army court university senate congress administration " +
		"commission campaign foundation institute association union bank group network " +
		"company inc. corp. corporation center centre bureau police fbi cia pentagon " +
		"journal tribune herald press reuters ap cnn fox nbc abc cbs msnbc politico " +
		"magazine service services organization organisation coalition alliance league " +
		"federation authority board court assembly parliament cabinet embassy")
	// notNames are capitalised words that do not start a name.
	notNames = set("the a an in on at but and or he she it they we i you this that these those " +
		"his her their its after before when while as for with from if so there here what who " +
		"why how according then still yet some many most one two also however meanwhile " +
		"asked said says")
)
