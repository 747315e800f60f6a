package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with a BOM when bom.
func utf16Bytes(s string, little, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if little {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

// TestParseBlanksControls checks that a control character an article may
// not hold is read as spaces, one per byte (offsets unchanged), and that
// the warning names file:line:col, the byte offset, the count and the fix.
func TestParseBlanksControls(t *testing.T) {
	tests := []struct {
		name, path, src string
		warn            string // the warning's prefix
		text            string // the block text that holds the blanked bytes
	}{
		{"escape sequence", "e.txt", "Storm\n\nThe guard said 12 died \x1b]0;PWNED\x07 on Monday.\n",
			`e.txt:3:24: control character U+001B (ESC) at byte 30 (and 1 more); articles may not hold terminal control codes, so each is read as a space; delete it (tr -d '\000-\010\013\016-\037\177' removes C0 controls), or export the article again as plain text`,
			"The guard said 12 died  ]0;PWNED  on Monday."},
		{"bell", "b.md", "# T\n\nA\x07b.\n", `b.md:3:2: control character U+0007 (BEL) at byte 6;`, "A b."},
		{"vertical tab", "v.txt", "T\n\nA\vb.\n", `v.txt:3:2: control character U+000B (VT) at byte 4;`, "A b."},
		{"DEL", "d.txt", "T\n\nAb\x7f.\n", `d.txt:3:3: control character U+007F (DEL) at byte 5;`, "Ab ."},
		{"C1 CSI", "c.html", "<p>é\u009b31m</p>", `c.html:1:5: control character U+009B (C1 control) at byte 5; articles may not hold terminal control codes, so each is read as a space; delete it (perl`, "é  31m"},
		{"control after a lone CR", "r.txt", "T\r\rA\x1bb\r", `r.txt:3:2: control character U+001B (ESC) at byte 4;`, "A b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warnings []string
			doc, err := ParseWarn(tt.path, []byte(tt.src), func(m string) { warnings = append(warnings, m) })
			if err != nil {
				t.Fatalf("ParseWarn: %v", err)
			}
			if len(warnings) != 1 || !strings.HasPrefix(warnings[0], tt.warn) {
				t.Errorf("warnings %q, want one starting\n%s", warnings, tt.warn)
			}
			found := false
			for _, b := range doc.Blocks {
				found = found || strings.Contains(b.Text, tt.text)
			}
			if !found {
				t.Errorf("no block holds %q: %+v", tt.text, doc.Blocks)
			}
			if len(doc.File.Src) != len(tt.src) {
				t.Errorf("source is %d bytes, want the input's %d (offsets must not move)", len(doc.File.Src), len(tt.src))
			}
		})
	}
}

// TestParseRefuses checks the inputs Parse refuses (issue 13), each with a
// message naming file:line:col (and byte offset) and the fix.
func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, path, src string
		want            string // the whole error
	}{
		{"UTF-16LE without BOM", "u.txt", string(utf16Bytes("Headline\n\nSome body text.\n", true, false)),
			"u.txt: looks like UTF-16LE (no byte-order mark), not UTF-8; convert it with iconv -f UTF-16LE -t UTF-8"},
		{"UTF-16BE without BOM", "u.txt", string(utf16Bytes("Headline\n\nSome body text.\n", false, false)),
			"u.txt: looks like UTF-16BE (no byte-order mark), not UTF-8; convert it with iconv -f UTF-16BE -t UTF-8"},
		{"UTF-16 BOM only", "u.txt", string(utf16Bytes("  ", true, true)), "u.txt: file is empty (UTF-16 with only a byte-order mark)"},
		{"front matter syntax", "f.md", "---\ntitle: \"x\nauthor: y\n---\n# H\n\nBody.\n",
			"f.md:2:8: front matter: could not find end character of double-quoted text; fix the YAML between the --- lines"},
		{"front matter list title", "f.md", "---\r\nurl: u\r\ntitle: [a, b]\r\n---\r\n# H\r\n\r\nBody.\r\n",
			"f.md:3:8: front matter: title must be text, not a list or a mapping; fix the YAML between the --- lines"},
		{"front matter not a mapping", "f.md", "---\n- a\n---\nBody.\n", "f.md:2:1: front matter: want keys such as title: and author:, one per line"},
		{"HTML nested too deep", "deep.html", "<html><body>" + strings.Repeat("<div>", 600) + "<p>The minister said the border would reopen next week.</p>" + strings.Repeat("</div>", 600) + "</body></html>",
			"deep.html: HTML elements are nested more than 512 deep, deeper than the HTML parser reads, so the article cannot be found; remove the redundant nesting (for example with tidy), or save the article's text as .txt or .md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.path, []byte(tt.src))
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("Parse error = %v (%T), want *ingest.Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n%s\nwant prefix:\n%s", err, tt.want)
			}
			if strings.Contains(err.Error(), "Go struct") || strings.Contains(err.Error(), "interface {}") {
				t.Errorf("error names Go types: %s", err)
			}
		})
	}
}

// TestParseAccepts checks inputs Parse reads after issue 13: UTF-16 with a
// BOM is decoded, a lone CR breaks lines (the block's line is right), a
// form feed is white space, and front matter values are read as written.
func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name, path, src string
		blocks          []string // block texts
		line            int      // line of the last block's start
		title           string
	}{
		{"UTF-16LE with BOM", "u.txt", string(utf16Bytes("Grenzgespräche\n\nDie Gespräche wurden vertagt.\n", true, true)),
			[]string{"Grenzgespräche", "Die Gespräche wurden vertagt."}, 3, "Grenzgespräche"},
		{"UTF-16BE with BOM", "u.md", string(utf16Bytes("# Talks\n\nTalks were put off.\n", false, true)),
			[]string{"Talks", "Talks were put off."}, 3, "Talks"},
		{"CR-only line endings, text", "m.txt", "Talks stall\r\rTalks were put off on Monday.\r\rA second paragraph.\r",
			[]string{"Talks stall", "Talks were put off on Monday.", "A second paragraph."}, 5, ""},
		{"CR-only line endings, Markdown", "m.md", "# Talks stall\r\rTalks were put off\ron Monday.\r",
			[]string{"Talks stall", "Talks were put off on Monday."}, 3, "Talks stall"},
		{"form feed between pages", "p.txt", "Talks stall\n\nTalks were put off.\f\nPage two\fstarts here.\n",
			[]string{"Talks stall", "Talks were put off.", "Page two starts here."}, 4, ""},
		{"front matter values as written", "f.md", "---\ntitle: Border talks\ndate: 2024-03-01\ntags: [a, b]\n---\nBody.\n",
			[]string{"Body."}, 6, "Border talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.path, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkPieces(t, doc)
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.blocks, "|") {
				t.Errorf("blocks %q, want %q", got, tt.blocks)
			}
			last := doc.Blocks[len(doc.Blocks)-1]
			if pos := doc.File.Position(last.Span.Start); pos.Line != tt.line {
				t.Errorf("last block on line %d, want %d", pos.Line, tt.line)
			}
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if strings.ContainsAny(strings.Join(got, ""), "\r\f") {
				t.Errorf("a block holds a raw CR or form feed: %q", got)
			}
		})
	}
}

// TestLoadLinksAndSize checks links given as paths and found in
// directories, and the size limit of Options.
func TestLoadLinksAndSize(t *testing.T) {
	dir := t.TempDir()
	abs, _ := filepath.Abs("../../testdata/seeds")
	mustLink(t, abs, filepath.Join(dir, "seeds"))
	art := filepath.Join(dir, "arts")
	os.Mkdir(art, 0o755)
	os.WriteFile(filepath.Join(art, "a.txt"), []byte("Headline\n\nA paragraph of text.\n"), 0o644)
	mustLink(t, filepath.Join(dir, "missing.txt"), filepath.Join(art, "gone.txt"))
	mustLink(t, "a.txt", filepath.Join(art, "b.txt"))

	// a link to a directory, without a trailing slash, is walked
	docs, err := Load([]string{filepath.Join(dir, "seeds")}, nil)
	if err != nil || len(docs) != 2 {
		t.Fatalf("link to a directory: %d docs, %v", len(docs), err)
	}
	if want := filepath.Join(dir, "seeds", "000_d96c562060a1272f.txt"); docs[0].Path != want {
		t.Errorf("path %q, want %q", docs[0].Path, want)
	}

	// a dangling link inside a directory is skipped with a warning; a link
	// to a file is read
	var warnings []string
	docs, err = LoadWith([]string{art}, nil, Options{Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil || len(docs) != 2 {
		t.Fatalf("directory with a dangling link: %d docs, %v", len(docs), err)
	}
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], filepath.Join(art, "gone.txt")+": symbolic link to a missing file") {
		t.Errorf("warnings %q", warnings)
	}

	// a dangling link named directly is an error
	_, err = Load([]string{filepath.Join(art, "gone.txt")}, nil)
	if err == nil || !strings.Contains(err.Error(), "gone.txt: symbolic link to a missing file; fix or remove the link") {
		t.Errorf("dangling link named directly: %v", err)
	}

	// the size limit
	_, err = LoadWith([]string{filepath.Join(art, "a.txt")}, nil, Options{MaxSize: 10})
	if err == nil || !strings.Contains(err.Error(), "a.txt: file is larger than 10 bytes, too big for one article; split it into one file per article, or raise the limit with --max-size") {
		t.Errorf("MaxSize 10: %v", err)
	}
	if _, err := LoadWith([]string{filepath.Join(art, "a.txt")}, nil, Options{MaxSize: 1 << 10}); err != nil {
		t.Errorf("MaxSize 1 KiB: %v", err)
	}
}

func mustLink(t *testing.T, target, p string) {
	t.Helper()
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
}
