//go:build race

package eval

// raceDetector reports a build with the race detector (-race).
const raceDetector = true
