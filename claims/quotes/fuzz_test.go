package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// simpleParas splits s into paragraphs at blank lines and sentences after
// ". ", without the segmenter, so the fuzzer exercises only this package.
func simpleParas(s string) []Paragraph {
	var out []Paragraph
	for _, blk := range strings.Split(s, "\n\n") {
		p := Paragraph{Text: blk}
		start := 0
		for i := 0; i+1 < len(blk); i++ {
			if blk[i] == '.' && blk[i+1] == ' ' {
				p.Sentences = append(p.Sentences, Range{start, i + 1})
				start = i + 2
			}
		}
		if start < len(blk) {
			p.Sentences = append(p.Sentences, Range{start, len(blk)})
		}
		out = append(out, p)
	}
	return out
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`"We will not," he said.`,
		"“A,” Sharif said, “b.”\n\n“C.\n\n“D,” she said.",
		"«x» „y“ ‘z’ ''w'' 'n' '90s",
		"Sharif: “", "” stray", `"`, "\"\"\"\"", "“‘”’", "\xff\"\xfe",
		"According to the summaries, \"x y z,\" officials said.",
		"PENCE: “a b c d”\n\n— Name",
		`<tweet pic="" id="1">x</tweet>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ps := range [][]Paragraph{simpleParas(s), {{Text: s}}} {
			qs, ws := Scan(ps)
			inRange := func(p Pos) bool {
				return p.Para >= 0 && p.Para < len(ps) && p.Off >= 0 && p.Off <= len(ps[p.Para].Text)
			}
			for _, q := range qs {
				if !inRange(q.Open) || !inRange(q.Close) {
					t.Fatalf("quote out of range: %+v", q)
				}
				if q.Open.Para > q.Close.Para || (q.Open.Para == q.Close.Para && q.Open.Off >= q.Close.Off) {
					t.Fatalf("Open not before Close: %+v", q)
				}
				if (q.Speaker == nil) != (q.Attribution == "none") {
					t.Fatalf("speaker %v with attribution %q", q.Speaker, q.Attribution)
				}
				switch q.Attribution {
				case "named", "vague", "anonymous", "pronoun", "none":
				default:
					t.Fatalf("bad attribution %q", q.Attribution)
				}
				if q.Kind != Direct && q.Kind != Partial {
					t.Fatalf("bad kind %q", q.Kind)
				}
				if sp := q.Speaker; sp != nil {
					if sp.Para < 0 || sp.Para >= len(ps) || sp.Start < 0 || sp.End > len(ps[sp.Para].Text) || sp.Start >= sp.End {
						t.Fatalf("speaker out of range: %+v", sp)
					}
					if ps[sp.Para].Text[sp.Start:sp.End] != sp.Text {
						t.Fatalf("speaker text %q does not match its span", sp.Text)
					}
				}
			}
			for _, w := range ws {
				if !inRange(w.Pos) {
					t.Fatalf("warning out of range: %+v", w)
				}
			}
		}
	})
}

// BenchmarkScan measures Scan on the PolNeAR train texts (segmented once,
// outside the timer).
func BenchmarkScan(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "polnear", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("PolNeAR train texts not found at %s (public eval data lives outside the repository)", dir)
	}
	var docs [][]Paragraph
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		total += len(src)
		docs = append(docs, paras(string(src)))
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Scan(d)
		}
	}
}
