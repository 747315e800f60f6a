package eval

import (
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

// The ECB+ suite measures cross-document grouping the way `check` does it,
// on real news: every topic of ECB+ (ecbplus/ECB+_LREC2014) is checked as
// one run holding both of its sub-topics — articles on two different
// events of one kind (two celebrities entering rehab, two earthquakes) —
// so claims about the other event are a trap with the same words. Two
// claims in one group stand for their two sentences. A grouped pair of
// sentences from different articles is right when both sentences are
// fully annotated (ECBplus_coreference_sentences.csv) and mention one
// event (a shared cross-document event chain, ACT or NEG); it is certainly
// wrong when its articles belong to different sub-topics.
func init() {
	Register(Suite{Name: "ecbplus", Run: runECB})
}

// ECBDir is the corpus folder under the shared evaluation root.
func ECBDir(root string) string { return filepath.Join(root, "ecbplus", "ECB+_LREC2014") }

// ecbDoc is one ECB+ article: its topic, its sub-topic (Plus is the
// ecbplus half), and its sentences in order.
type ecbDoc struct {
	Topic     string
	Name      string // file name without .xml, e.g. "1_10ecbplus"
	Plus      bool
	Sentences []ecbSentence
}

// ecbSentence is one sentence: its number in the file, its detokenised
// text, and the cross-document event chains it mentions.
type ecbSentence struct {
	Num       int
	Text      string
	Events    []string
	Annotated bool
}

// parseECB reads one ECB+ XML file: tokens with their sentence numbers,
// markables (tokens they anchor), and cross-document coreference links
// whose note is an event instance (ACT…, NEG…).
func parseECB(r io.Reader) (*ecbDoc, error) {
	dec := xml.NewDecoder(r)
	type tok struct {
		sent int
		text string
	}
	toks := map[string]tok{}
	var order []string
	anchors := map[string][]string{} // markable id -> token ids
	var markable string              // markable being read
	var inRelations bool
	var relNote string
	chains := map[string][]string{} // event chain -> markable ids
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch name := e.Name.Local; {
			case name == "token":
				var v struct {
					ID   string `xml:"t_id,attr"`
					Sent int    `xml:"sentence,attr"`
					Text string `xml:",chardata"`
				}
				if err := dec.DecodeElement(&v, &e); err != nil {
					return nil, err
				}
				toks[v.ID] = tok{v.Sent, v.Text}
				order = append(order, v.ID)
			case name == "Relations":
				inRelations = true
			case inRelations && name == "CROSS_DOC_COREF":
				relNote = ""
				if n := attr(e, "note"); strings.HasPrefix(n, "ACT") || strings.HasPrefix(n, "NEG") {
					relNote = n
				}
			case inRelations && name == "source" && relNote != "":
				chains[relNote] = append(chains[relNote], attr(e, "m_id"))
			case !inRelations && name == "token_anchor" && markable != "":
				anchors[markable] = append(anchors[markable], attr(e, "t_id"))
			case !inRelations && attr(e, "m_id") != "":
				markable = attr(e, "m_id")
			}
		case xml.EndElement:
			if e.Name.Local == "Relations" {
				inRelations = false
			}
		}
	}
	doc := &ecbDoc{}
	bySent := map[int][]string{}
	var nums []int
	for _, id := range order {
		s := toks[id].sent
		if _, ok := bySent[s]; !ok {
			nums = append(nums, s)
		}
		bySent[s] = append(bySent[s], toks[id].text)
	}
	events := map[int][]string{}
	for chain, ms := range chains {
		for _, m := range ms {
			for _, t := range anchors[m] {
				if tk, ok := toks[t]; ok {
					events[tk.sent] = append(events[tk.sent], chain)
				}
			}
		}
	}
	for _, n := range nums {
		ev := events[n]
		slices.Sort(ev)
		doc.Sentences = append(doc.Sentences, ecbSentence{Num: n, Text: detokenize(bySent[n]), Events: slices.Compact(ev)})
	}
	return doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// detokenize joins Penn-style tokens into running text: no space before
// closing punctuation and clitics, none after an opening bracket, and
// “ ” as double quotes.
func detokenize(toks []string) string {
	var b strings.Builder
	open := false // the previous token opens (bracket or opening quote)
	for i, t := range toks {
		switch t {
		case "``":
			t = "\u201c"
		case "''":
			t = "\u201d"
		case "-LRB-":
			t = "("
		case "-RRB-":
			t = ")"
		}
		first, _ := utf8.DecodeRuneInString(t)
		attach := strings.ContainsRune(".,;:!?)%\u201d\u2019", first) || strings.HasPrefix(t, "'") || t == "n't" ||
			(clitics[t] && i > 0 && (toks[i-1] == "\u2019" || toks[i-1] == "'"))
		if i > 0 && !attach && !open {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		open = t == "(" || t == "\u201c" || t == "$"
	}
	return thousands.ReplaceAllString(b.String(), "$1,$2")
}

// thousands finds a digit group split off by tokenisation ("15, 000").
var thousands = regexp.MustCompile(`(\d), (\d{3})\b`)

// clitics are the word ends tokenisation splits off after an apostrophe.
var clitics = map[string]bool{"s": true, "t": true, "re": true, "ll": true, "ve": true, "d": true, "m": true}

// ecbTopic is the articles of one ECB+ topic, both sub-topics.
type ecbTopic struct {
	Name string
	Docs []*ecbDoc
}

// loadECB reads every topic under dir, marking the sentences listed in
// the coreference-sentences file as annotated. Topics and their articles
// are in name order.
func loadECB(dir string) ([]ecbTopic, error) {
	annotated, err := readECBSentences(filepath.Join(dir, "ECBplus_coreference_sentences.csv"))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "ECB+", "*", "*.xml"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	byTopic := map[string]*ecbTopic{}
	var names []string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		doc, err := parseECB(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		doc.Topic = filepath.Base(filepath.Dir(path))
		doc.Name = strings.TrimSuffix(filepath.Base(path), ".xml")
		doc.Plus = strings.HasSuffix(doc.Name, "plus")
		for i := range doc.Sentences {
			s := &doc.Sentences[i]
			s.Annotated = annotated[doc.Name+"/"+strconv.Itoa(s.Num)]
		}
		t := byTopic[doc.Topic]
		if t == nil {
			t = &ecbTopic{Name: doc.Topic}
			byTopic[doc.Topic] = t
			names = append(names, doc.Topic)
		}
		t.Docs = append(t.Docs, doc)
	}
	slices.SortFunc(names, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
	var out []ecbTopic
	for _, n := range names {
		out = append(out, *byTopic[n])
	}
	return out, nil
}

// readECBSentences reads the fully annotated sentences: keys
// "TOPIC_FILE/SENTENCE" ("1_10ecbplus/1").
func readECBSentences(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]bool{}
	for i, r := range rows {
		if i == 0 || len(r) < 3 {
			continue // header
		}
		out[r[0]+"_"+r[1]+"/"+strings.TrimSpace(r[2])] = true
	}
	return out, nil
}

// render lays an article out as plain text, one paragraph per sentence
// (a web address line dropped), and returns the byte offset where each
// rendered sentence starts, -1 for a dropped one.
func (d *ecbDoc) render() (string, []int) {
	var b strings.Builder
	starts := make([]int, len(d.Sentences))
	for i, s := range d.Sentences {
		if strings.HasPrefix(s.Text, "http") || strings.TrimSpace(s.Text) == "" {
			starts[i] = -1
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		starts[i] = b.Len()
		b.WriteString(s.Text)
	}
	b.WriteString("\n")
	return b.String(), starts
}

// sentenceAt returns the index of the rendered sentence holding byte off.
func sentenceAt(starts []int, off int) int {
	best := -1
	for i, s := range starts {
		if s >= 0 && s <= off {
			best = i
		}
	}
	return best
}

// sentRef names one sentence of one article of a topic.
type sentRef struct{ doc, sent int }

// ECBScore counts sentence pairs from different articles of one topic
// that `check` puts in one group.
type ECBScore struct {
	Topics, Docs, Claims int
	Grouped              int // sentence pairs put in one group
	CrossEvent           int // of those, from articles on different events (sub-topics)
	CrossEventAgreeing   int // of those, in a group that agrees or refines
	GroupedAnnotated     int // grouped pairs with both sentences annotated
	GroupedCoreferent    int // of those, sharing an event chain
	CoreferentDiverging  int // of those, in a diverging group
	Gold                 int // annotated pairs sharing an event chain
	AnnotatedPairs       int // all annotated pairs (the base rate's denominator)
}

// Precision is the share of grouped annotated pairs that mention one event.
func (s ECBScore) Precision() float64 { return ratio(s.GroupedCoreferent, s.GroupedAnnotated) }

// Recall is the share of coreferent annotated pairs that were grouped.
func (s ECBScore) Recall() float64 { return ratio(s.GroupedCoreferent, s.Gold) }

// CrossEventRate is the share of grouped pairs joining different events.
func (s ECBScore) CrossEventRate() float64 { return ratio(s.CrossEvent, s.Grouped) }

// FalseAgreement is the share of grouped pairs that join different events
// in a group reported as agreeing or refining: the error an editor would
// take at its word.
func (s ECBScore) FalseAgreement() float64 { return ratio(s.CrossEventAgreeing, s.Grouped) }

// BaseRate is the precision of grouping annotated pairs at random.
func (s ECBScore) BaseRate() float64 { return ratio(s.Gold, s.AnnotatedPairs) }

// scoreECBTopic checks one topic as one run and adds its counts to sc.
func scoreECBTopic(t ecbTopic, opt compare.Options, sc *ECBScore) error {
	docs := make([]*claims.Document, len(t.Docs))
	starts := make([][]int, len(t.Docs))
	index := map[string]int{}
	for i, d := range t.Docs {
		text, st := d.render()
		doc, err := ingest.Parse(d.Name+".txt", []byte(text))
		if err != nil {
			return fmt.Errorf("%s: %w", d.Name, err)
		}
		doc.ID = d.Name
		docs[i], starts[i] = doc, st
		index[d.Name] = i
	}
	claims.AnalyzeAll(docs, claims.Options{})
	sc.Topics++
	for _, d := range docs {
		sc.Docs++
		sc.Claims += len(d.Claims)
	}
	res := compare.Compare(docs, opt)
	// a sentence pair grouped twice counts once, as diverging if any of
	// its groups diverges
	grouped := map[[2]sentRef]compare.Relation{}
	for _, g := range res.Groups {
		var refs []sentRef
		for _, c := range g.Claims {
			di := index[c.Doc]
			if s := sentenceAt(starts[di], c.Span.Start); s >= 0 {
				refs = append(refs, sentRef{di, s})
			}
		}
		for x, a := range refs {
			for _, b := range refs[x+1:] {
				if a.doc == b.doc {
					continue
				}
				if b.doc < a.doc {
					a, b = b, a
				}
				k := [2]sentRef{a, b}
				if r, ok := grouped[k]; !ok || r != compare.Diverge {
					grouped[k] = g.Relation
				}
			}
		}
	}
	for p, rel := range grouped {
		da, db := t.Docs[p[0].doc], t.Docs[p[1].doc]
		sc.Grouped++
		if da.Plus != db.Plus {
			sc.CrossEvent++
			if rel != compare.Diverge {
				sc.CrossEventAgreeing++
			}
		}
		sa, sb := da.Sentences[p[0].sent], db.Sentences[p[1].sent]
		if sa.Annotated && sb.Annotated {
			sc.GroupedAnnotated++
			if shareEvent(sa.Events, sb.Events) {
				sc.GroupedCoreferent++
				if rel == compare.Diverge {
					sc.CoreferentDiverging++
				}
			}
		}
	}
	for i, da := range t.Docs {
		for j := i + 1; j < len(t.Docs); j++ {
			for x, sa := range da.Sentences {
				for y, sb := range t.Docs[j].Sentences {
					if !sa.Annotated || !sb.Annotated || starts[i][x] < 0 || starts[j][y] < 0 {
						continue
					}
					sc.AnnotatedPairs++
					if shareEvent(sa.Events, sb.Events) {
						sc.Gold++
					}
				}
			}
		}
	}
	return nil
}

// shareEvent reports whether two sorted chain lists share a chain.
func shareEvent(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

// ECB scores every topic under dir with opt.
func ECB(dir string, opt compare.Options) (ECBScore, error) {
	topics, err := loadECB(dir)
	if err != nil {
		return ECBScore{}, err
	}
	var sc ECBScore
	for _, t := range topics {
		if err := scoreECBTopic(t, opt, &sc); err != nil {
			return sc, err
		}
	}
	return sc, nil
}

func runECB(root string, w io.Writer) error {
	dir := ECBDir(root)
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "ecbplus: skipped (%s not found)\n", dir)
		return nil
	}
	sc, err := ECB(dir, Options())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ecbplus: %d articles in %d topic runs (both sub-topics per run), %d claims\n", sc.Docs, sc.Topics, sc.Claims)
	fmt.Fprintf(w, "  grouped sentence pairs across articles: %d\n", sc.Grouped)
	fmt.Fprintf(w, "  joining different events: %.3f (%d); in a group reported agree/refine: %.3f (%d)\n",
		sc.CrossEventRate(), sc.CrossEvent, sc.FalseAgreement(), sc.CrossEventAgreeing)
	fmt.Fprintf(w, "  both sentences annotated: %d; same event %.3f (random pairs: %.3f); same event but diverging: %d\n",
		sc.GroupedAnnotated, sc.Precision(), sc.BaseRate(), sc.CoreferentDiverging)
	fmt.Fprintf(w, "  annotated pairs sharing an event, grouped: %.3f (%d/%d; event coreference is wider than one claim)\n",
		sc.Recall(), sc.GroupedCoreferent, sc.Gold)
	return nil
}
