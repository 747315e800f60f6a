package compare

// Options tune alignment and divergence classification.
type Options struct {
	// Threshold is the minimum score for two claims to align. The default
	// is the threshold learned by trainweights (see weights_gen.go).
	Threshold float64
	// NumberTolerance is the relative difference below which two numbers
	// agree ("290,000" vs "300,000" differ by 3.3%).
	NumberTolerance float64
	// ApproxTolerance replaces NumberTolerance when either number is
	// approximate ("nearly", "about", "more than" ...), if it is larger.
	ApproxTolerance float64
	// Candidates is the most candidate partners kept per claim by the
	// inverted index (0 means the default).
	Candidates int
	// MaxPosting skips index keys shared by more claims than this, as too
	// common to suggest an alignment (0 means the default).
	MaxPosting int
	// Workers is the number of goroutines scoring candidate pairs
	// (0 means GOMAXPROCS).
	Workers int
}

// DefaultOptions returns the learned threshold and default tolerances.
func DefaultOptions() Options {
	return Options{
		Threshold:       paraphraseThreshold,
		NumberTolerance: 0.05,
		ApproxTolerance: 0.10,
		Candidates:      12,
		MaxPosting:      64,
	}
}
