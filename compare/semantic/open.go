package semantic

// Open returns the engine of a kind: nil for Off, the embedded static
// engine, or the int8 transformer from ModelDir() (a *MissingFileError
// when `make model` has not placed its files).
func Open(k Kind) (Engine, error) {
	switch k {
	case Off:
		return nil, nil
	case Transformer:
		return NewTransformer(ModelDir(), ModelInt8)
	}
	return DefaultStatic(), nil
}
