package compare

// sameArguments reports whether two claims can state one proposition:
// each covers at least argumentThreshold of the other's weighed content
// words, exactly or through a synonym. Two claims that share a frame but
// not its arguments ("This has led to growing tensions" / "This has led
// to a surge in attacks"; a deal with Australia / a deal with South Korea)
// are different claims, however alike their wording; the threshold is
// learned by trainweights on the MRPC pairs its paraphrase model accepts.
func sameArguments(a, b *prepared) bool {
	return min(coverage(a, b), coverage(b, a)) >= argumentThreshold
}

// sameWording reports whether two aligned claims say the same thing in
// their words: each covers at least containThreshold of the other's
// weighed content (the coverage at which STS pairs read as roughly
// equivalent, learned by trainweights). Certainty and attribution
// divergences are reported only between such claims: a divergence an
// editor is shown must be one the two sentences themselves bear out, not
// a difference in speech verbs or speakers of claims that say different
// things. (Negation has its own evidence test, negatedShared.)
func sameWording(a, b *prepared) bool {
	return min(coverage(a, b), coverage(b, a)) >= containThreshold
}
