package ingest

import (
	"errors"
	xhtml "golang.org/x/net/html"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// checkPieces verifies the byte map of every block: each piece's text is the
// (decoded) source it points at, and pieces are ordered inside the text.
func checkPieces(t *testing.T, doc *claims.Document) {
	t.Helper()
	for i, b := range doc.Blocks {
		end := 0
		for _, p := range b.Pieces {
			if p.TextOff < end || p.TextOff+p.Len > len(b.Text) || p.SrcOff < 0 || p.SrcOff+p.SrcLen > len(doc.File.Src) {
				t.Fatalf("block %d (%q): piece %+v out of order or range", i, b.Text, p)
			}
			end = p.TextOff + p.Len
			got := b.Text[p.TextOff : p.TextOff+p.Len]
			src := strings.ReplaceAll(string(doc.File.Src[p.SrcOff:p.SrcOff+p.SrcLen]), "\f", " ") // a form feed is a space
			// the HTML parser's own unescaping is the oracle (it reads
			// "&#0" as U+FFFD, where the standard library's keeps it);
			// layout white space may be flattened to spaces or kept
			// (a tab inside a Markdown paragraph)
			// (a form feed, written or decoded from "&#12", is a space too)
			ff := func(s string) string { return strings.ReplaceAll(s, "\f", " ") }
			if flatten(ff(xhtml.UnescapeString(src))) != got && flatten(ff(html.UnescapeString(src))) != got && flatten(src) != got && src != got {
				t.Fatalf("block %d: piece %+v text %q != source %q", i, p, got, src)
			}
		}
	}
}

func kinds(doc *claims.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		s := string(b.Kind)
		if b.Role != "" && string(b.Role) != s {
			s += "/" + string(b.Role)
		}
		w := strings.Fields(b.Text)
		out = append(out, s+": "+strings.Join(w[:min(len(w), 3)], " "))
	}
	return out
}

func TestLayoutOfFiles(t *testing.T) {
	tests := []struct {
		file string
		want []string // block kinds/roles and the first three words of their text
	}{
		{"../../testdata/seeds/000_d96c562060a1272f.txt", []string{
			"headline: Taliban-Pakistan Tensions Rise",
			"dek: Tensions rise between",
			"chrome: author-image",
			"byline: Geeta Pillai",
			"chrome: Updated On",
			"chrome: New Update",
			"chrome: Taliban-Pakistan Tensions Rise",
			"chrome: Taliban-Pakistan Tensions Rise",
			"paragraph/body: Relations between the",
			"paragraph/body: One major point",
			"paragraph/body: The long-disputed Durand",
			"paragraph/body: Why this matters:",
			"paragraph/body: In an effort",
			"paragraph/body: Despite these diplomatic",
			"heading: Key Takeaways",
			"list-item/takeaway: Taliban-Pakistan relations strained",
			"list-item/takeaway: Surge in militant",
			"list-item/takeaway: Disputes over the",
			"list-item/takeaway: Deteriorating ties pose",
			"list-item/takeaway: Pakistan, Iran discuss",
		}},
		{"../../testdata/formats/border.md", []string{
			"headline: Pakistan opens new",
			"byline: By Sana Malik",
			"paragraph/body: Pakistan has opened",
			"chrome: Share this article",
			"paragraph/body: \"We will not",
			"heading: Key Takeaways",
			"list-item/takeaway: Pakistan opened three",
			"list-item/takeaway: Nearly 300,000 Afghans",
		}},
		{"../../testdata/formats/wire.txt", []string{
			"headline: Pakistan closes Torkham",
			"dateline: November 21, 2026",
			"dateline: ISLAMABAD (Reuters) —",
			"paragraph/body: Pakistan closed the",
			"dateline: KABUL, Afghanistan (AP)",
			"paragraph/body: The Taliban said",
			"paragraph/body: U.S. officials said",
			"paragraph/body: A quick note",
		}},
		{"../../testdata/formats/border.html", []string{
			"headline: Pakistan opens new",
			"paragraph/body: Pakistan has opened",
			"paragraph/body: “We will not",
			"chrome: Advertisement",
			"paragraph/body: Afghan officials said",
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			src, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(tt.file, src)
			if err != nil {
				t.Fatal(err)
			}
			checkPieces(t, doc)
			got := kinds(doc)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	doc, err := Parse("a.md", []byte("---\ntitle: T\nauthor: A\ndate: 2024-01-02\noutlet: O\nurl: https://x\n---\nBody text here.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "T" || doc.Author != "A" || doc.Date != "2024-01-02" || doc.Outlet != "O" || doc.URL != "https://x" {
		t.Errorf("metadata = %q %q %q %q %q", doc.Title, doc.Author, doc.Date, doc.Outlet, doc.URL)
	}
	if got := doc.File.Text(doc.Blocks[0].Span); got != "Body text here." {
		t.Errorf("body span text = %q", got)
	}
}

func TestChrome(t *testing.T) {
	tests := []struct {
		line   string
		chrome bool
	}{
		{"author-image", true},
		{"Updated On", true},
		{"New Update", true},
		{"Share this article", true},
		{"Advertisement", true},
		{"Read more: Pakistan closes Torkham crossing", true},
		{"Updated: 10:32 AM ET", true},
		{"5 min read", true},
		{"Photo: Reuters", true},
		{"Follow Pam Key on Twitter @pamkeyNEN", true},
		{"Follow him on Twitter @jdoe", true},
		{"Supporters follow Trump on Twitter in record numbers, the campaign said.", false},
		{"[claimcheck-disable-next-line figure-unsourced]", true},
		{"<!-- claimcheck-disable -->", true},
		{"Read more about the deal than anyone expected, he said.", false},
		{"Share prices fell 3% on Monday after the announcement.", false},
		{"The advertisement campaign cost $2 million.", false},
		{"Pakistan has opened three new border crossings.", false},
	}
	for _, tt := range tests {
		if got := isChrome(tt.line); got != tt.chrome {
			t.Errorf("isChrome(%q) = %v, want %v", tt.line, got, tt.chrome)
		}
	}
}

func TestInputErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	emptyDir := filepath.Join(dir, "nothing")
	os.Mkdir(emptyDir, 0o755)
	write("nothing/notes.pdf", []byte("x"))
	tests := []struct {
		name string
		path string
		want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file or directory"},
		{"no articles", emptyDir, "directory holds no articles"},
		{"empty", write("empty.txt", []byte(" \n\n")), "file is empty"},
		{"binary", write("bin.txt", []byte("abc\x00def")), "file is binary"},
		{"invalid utf8", write("latin1.txt", []byte("caf\xe9 au lait")), "invalid UTF-8"},
		{"huge", write("huge.txt", []byte(strings.Repeat("word ", MaxFileSize/5+10))), "too big for one article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]string{tt.path}, nil)
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("Load(%s) error = %v, want *ingest.Error", tt.path, err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), filepath.Base(tt.path)) {
				t.Errorf("error %q does not name the file and %q", err, tt.want)
			}
		})
	}
}

func TestDirectoryWalkIsSorted(t *testing.T) {
	docs, err := Load([]string{"../../testdata/seeds"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "d1" || !strings.HasSuffix(docs[0].Path, "000_d96c562060a1272f.txt") {
		t.Fatalf("docs = %v", docs)
	}
}

// TestReadAllSized checks reading an input at the size its file reports:
// the whole input whether the hint is exact, short (the file grew) or
// long (it shrank), and no hint at all.
func TestReadAllSized(t *testing.T) {
	src := "Headline\n\nA paragraph of text.\n"
	for _, hint := range []int64{0, 1, int64(len(src)) - 1, int64(len(src)), int64(len(src)) + 100} {
		got, err := readAllSized(strings.NewReader(src), hint)
		if err != nil || string(got) != src {
			t.Errorf("hint %d: got %q, %v", hint, got, err)
		}
	}
}

func TestStdin(t *testing.T) {
	docs, err := Load([]string{"-"}, strings.NewReader("Headline here\n\nA paragraph of text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if docs[0].Path != "-" || len(docs[0].Blocks) != 2 {
		t.Fatalf("got %+v", docs[0])
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Title\n\nBody.", "---\ntitle: x\n---\n# H\n\n- a\n", "<html><p>a &amp; b</p></html>", "• x\n  • y"} {
		f.Add("a.txt", s)
		f.Add("a.md", s)
		f.Add("a.html", s)
	}
	f.Fuzz(func(t *testing.T, name, s string) {
		doc, err := Parse(name, []byte(s))
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		checkPieces(t, doc)
		again := &claims.Document{ID: doc.ID, Path: doc.Path, File: doc.File}
		if err := Reparse(again); err != nil || !reflect.DeepEqual(again, doc) {
			t.Fatalf("Reparse of the prepared source gives %+v, %v; Parse gave %+v", again, err, doc)
		}
		// Spans index the source Parse read: the input itself, byte for
		// byte, unless a UTF-16 byte-order mark made it decode the input.
		bom := strings.HasPrefix(s, "\xff\xfe") || strings.HasPrefix(s, "\xfe\xff")
		if !bom && len(doc.File.Src) != len(s) {
			t.Fatalf("source is %d bytes, the input %d: offsets moved", len(doc.File.Src), len(s))
		}
		for _, b := range doc.Blocks {
			if b.Span.Start < 0 || b.Span.End > len(doc.File.Src) || b.Span.Start > b.Span.End {
				t.Fatalf("block span %+v out of range", b.Span)
			}
		}
	})
}

// TestReferencePieces checks how character references next to a bare '&'
// and at the end of a block map to the source: each reference is a piece of
// its own, and one trimmed away as trailing white space leaves no piece.
func TestReferencePieces(t *testing.T) {
	for _, tt := range []struct {
		name, src, text string
		pieces          []claims.Piece
	}{
		{"a.md", "&&#10;", "&", []claims.Piece{{TextOff: 0, Len: 1, SrcOff: 0, SrcLen: 1}}},
		{"a.md", "&nbsp;&&#10;", "\u00a0&", []claims.Piece{{TextOff: 0, Len: 2, SrcOff: 0, SrcLen: 6}, {TextOff: 2, Len: 1, SrcOff: 6, SrcLen: 1}}},
		{"a.md", "& &#13;", "&", []claims.Piece{{TextOff: 0, Len: 1, SrcOff: 0, SrcLen: 1}}},
		{"a.md", "a&&amp;b", "a&&b", []claims.Piece{{TextOff: 0, Len: 2, SrcOff: 0, SrcLen: 2}, {TextOff: 2, Len: 1, SrcOff: 2, SrcLen: 5}, {TextOff: 3, Len: 1, SrcOff: 7, SrcLen: 1}}},
		{"a.html", "<p>x &&amp; y</p>", "x && y", nil},
	} {
		t.Run(tt.src, func(t *testing.T) {
			doc, err := Parse(tt.name, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkPieces(t, doc)
			if len(doc.Blocks) != 1 || doc.Blocks[0].Text != tt.text {
				t.Fatalf("blocks = %+v, want one with text %q", doc.Blocks, tt.text)
			}
			if tt.pieces != nil && !reflect.DeepEqual(doc.Blocks[0].Pieces, tt.pieces) {
				t.Errorf("pieces = %+v, want %+v", doc.Blocks[0].Pieces, tt.pieces)
			}
		})
	}
}
