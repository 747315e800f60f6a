//go:build race

package rules

// raceEnabled reports a test binary built with -race.
const raceEnabled = true
