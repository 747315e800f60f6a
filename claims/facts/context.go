package facts

// Context is the document-level memory of the scanners: acronyms learnt
// from "Tehreek-e-Taliban Pakistan (TTP)" so that a later bare "TTP" gets
// Norm "Tehreek-e-Taliban Pakistan". Feed it the sentences of one document in
// order. It also keeps the tokens and dates of the last sentence scanned,
// so that Numbers, Dates and Entities of one sentence tokenise it once. A
// Context is not safe for concurrent use; use one per document.
type Context struct {
	acronyms map[string]string
	last     string
	toks     []Token
	dates    []Date
	scanned  bool
}

// scan returns the tokens and dates of s, from the cache when s was the
// last sentence scanned. The results are shared: callers must not modify
// them.
func (c *Context) scan(s string) ([]Token, []Date) {
	if c == nil {
		toks := Tokenize(s)
		return toks, findDates(s, toks)
	}
	if !c.scanned || s != c.last {
		c.last, c.scanned = s, true
		c.toks = Tokenize(s)
		c.dates = findDates(s, c.toks)
	}
	return c.toks, c.dates
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
