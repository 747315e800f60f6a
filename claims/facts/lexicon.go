package facts

// Small embedded word lists shared by the scanners. Keys are lower case.

var writtenNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// vagueQuantities are plural quantity words: "hundreds of people" has
// Value 100 and Approx "hundreds".
var vagueQuantities = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
	"tens of thousands": 10000, "hundreds of thousands": 100000,
	"millions": 1e6, "billions": 1e9,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// currencySymbols map a symbol written before a number to its unit.
var currencySymbols = map[string]string{
	"$": "dollars", "US$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees", "Rs": "rupees", "Rs.": "rupees",
}

// currencyWords are units that are money when written after a number.
var currencyWords = map[string]bool{
	"dollars": true, "dollar": true, "afghanis": true, "afghani": true, "rupees": true,
	"rupee": true, "euros": true, "euro": true, "pounds": true, "yuan": true,
	"rubles": true, "roubles": true, "yen": true, "rials": true, "riyals": true,
	"dirhams": true, "francs": true, "pesos": true, "shekels": true, "taka": true,
}

// approxPhrases are the words before a number that make it inexact, longest
// first so "more than" wins over a bare "than".
var approxPhrases = [][]string{
	{"in", "excess", "of"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"},
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"close", "to"}, {"an", "estimated"}, {"upwards", "of"}, {"just", "over"},
	{"just", "under"}, {"well", "over"}, {"nearly"}, {"about"}, {"around"}, {"roughly"},
	{"approximately"}, {"almost"}, {"some"}, {"over"}, {"under"}, {"estimated"}, {"approx"},
	{"circa"}, {"upwards"}, {"below"}, {"above"}, {"exceeding"}, {"only"},
}

// unitStop ends the noun phrase read as a number's unit.
var unitStop = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "into": true, "across": true, "since": true, "during": true, "per": true,
	"and": true, "or": true, "but": true, "as": true, "than": true, "who": true, "which": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "have": true,
	"has": true, "had": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "do": true, "did": true, "does": true,
	"each": true, "every": true, "their": true, "his": true, "her": true, "its": true, "our": true,
	"they": true, "he": true, "she": true, "it": true, "we": true, "you": true, "i": true,
	"said": true, "says": true, "were.": true, "ago": true, "before": true, "after": true,
	"earlier": true, "later": true, "more": true, "less": true, "while": true, "because": true,
	"over": true, "under": true, "between": true, "among": true, "against": true, "about": true,
	"also": true, "not": true, "when": true, "where": true, "if": true, "s": true, "'s": true, "’s": true,
}

// unitAdjectives are dropped from the front of a unit: "three new border
// crossings" has unit "border crossings".
var unitAdjectives = map[string]bool{
	"new": true, "more": true, "other": true, "additional": true, "further": true, "major": true,
	"small": true, "large": true, "big": true, "few": true, "many": true, "several": true,
	"separate": true, "different": true, "total": true, "key": true, "main": true, "top": true,
	"senior": true, "former": true, "recent": true, "previous": true, "last": true, "extra": true,
	"young": true, "old": true, "local": true, "foreign": true, "international": true, "national": true,
	"unidentified": true, "unknown": true, "suspected": true, "alleged": true, "armed": true,
	"innocent": true, "undocumented": true, "affected": true, "injured": true, "wounded": true,
	"dead": true, "missing": true, "registered": true, "estimated": true, "whole": true,
	"full": true, "straight": true, "consecutive": true, "successive": true, "long": true,
	"high": true, "low": true, "significant": true, "massive": true, "huge": true, "modest": true,
	"annual": true, "daily": true, "weekly": true, "monthly": true, "possible": true, "potential": true,
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// timeUnits are the nouns of relative dates: "in recent weeks".
var timeUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true, "weekend": true,
	"hours": true, "summer": true, "winter": true, "spring": true, "autumn": true, "fall": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "quarter": true,
}

// relativeQualifiers make a following time unit relative to the writing.
var relativeQualifiers = map[string]bool{
	"last": true, "next": true, "this": true, "past": true, "recent": true, "coming": true,
	"previous": true, "few": true, "several": true, "earlier": true,
}

var relativeWords = map[string]bool{
	"yesterday": true, "today": true, "tomorrow": true, "tonight": true, "recently": true,
	"lately": true,
}
