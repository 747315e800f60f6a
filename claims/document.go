package claims

// Document is one input article: its file, metadata and layout blocks, and,
// after Analyze, its sentences, claims and quotes. Invariant: every Span in a
// Document indexes File.Src.
type Document struct {
	ID     string // "d1", "d2", ... in input order (inputs are sorted)
	Path   string // as given on the command line, or "-" for stdin
	Title  string
	Author string
	Date   string
	Outlet string
	URL    string
	Format string // txt, markdown or html
	File   *File
	Blocks []Block

	Sentences []Sentence
	Claims    []Claim
	Quotes    []Quote
	// Sourcing lists every vague or anonymous source found in the
	// sentences outside quotation marks (attrib.Find), in document order,
	// SourceSpan in file bytes, whether or not a claim carries it.
	Sourcing []Attribution
}

// Sentence is one sentence of a block. Start and End are offsets into the
// block's Text; Span is the same range in the original file.
type Sentence struct {
	Index      int // position in Document.Sentences
	Block      int // index into Document.Blocks
	Paragraph  int // index among the blocks that have a role (the paragraphs quote scanning sees)
	Start, End int
	Text       string
	Span       Span
}
