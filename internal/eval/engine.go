package eval

import (
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/semantic"
)

// Engine is the semantic engine every suite scores with: nil (lexical
// features only, the product's default, semantic.DefaultKind) unless cmd
// eval or trainweights sets another before running any suite.
var Engine semantic.Engine

// Options returns compare's default options for Engine.
func Options() compare.Options { return compare.DefaultOptionsFor(Engine) }
