//go:build !cgo

package semantic

// cgoBuild tells the tests whether the transformer engine can load.
const cgoBuild = false
