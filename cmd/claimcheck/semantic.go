package main

import (
	"github.com/claimcheck/claimcheck/compare/semantic"
	"github.com/claimcheck/claimcheck/internal/config"
)

// semanticHelp is the help of the --semantic flag of check and pairs.
const semanticHelp = "Sentence-embedding engine for alignment: off (lexical features only, the default), static (distilled from all-MiniLM-L6-v2, embedded) or transformer (all-MiniLM-L6-v2 through ONNX Runtime; `make model` installs it). Default: the config's semantic, else off."

// semanticEngine opens the engine the flag names, else the one the
// configuration names, else semantic.DefaultKind's. A missing transformer file
// is a bad-input error (exit 2) naming the file.
func semanticEngine(flag string, cfg *config.Config) (semantic.Engine, error) {
	kind := cfg.Semantic
	if flag != "" {
		kind = semantic.Kind(flag)
	}
	if kind == "" {
		kind = semantic.DefaultKind
	}
	e, err := semantic.Open(kind)
	if err != nil { // a *semantic.MissingFileError names the file and the fix
		return nil, trouble("--semantic %s: %v", kind, err)
	}
	return e, nil
}
