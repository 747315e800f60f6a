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
