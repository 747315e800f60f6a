package eval

import (
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/compare/semantic"
)

// Engine is the semantic engine every suite scores with: the product's
// default (the static engine) unless cmd eval or trainweights sets
// another (nil: lexical features only) before running any suite.
var Engine semantic.Engine = semantic.DefaultStatic()

// Options returns compare's default options for Engine.
func Options() compare.Options { return compare.DefaultOptionsFor(Engine) }
