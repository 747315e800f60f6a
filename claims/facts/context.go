package facts

// Context is the document-level memory of the scanners: acronyms learnt
// from "Tehreek-e-Taliban Pakistan (TTP)" so that a later bare "TTP" gets
// Norm "Tehreek-e-Taliban Pakistan". Feed it the sentences of one document in
// order. A Context is not safe for concurrent use; use one per document.
type Context struct {
	acronyms map[string]string
}

// NewContext returns an empty Context.
func NewContext() *Context {
	return &Context{acronyms: map[string]string{}}
}

// Acronym returns the expansion learnt or known for an acronym.
func (c *Context) Acronym(a string) (string, bool) {
	if c != nil {
		if e, ok := c.acronyms[a]; ok {
			return e, true
		}
	}
	e, ok := knownAcronyms[a]
	return e, ok
}

func (c *Context) learn(acronym, expansion string) {
	if c == nil {
		return
	}
	if c.acronyms == nil {
		c.acronyms = map[string]string{}
	}
	if _, seen := c.acronyms[acronym]; !seen {
		c.acronyms[acronym] = expansion
	}
}
