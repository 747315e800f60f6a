package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xeipuuv/gojsonschema"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// peerFixture is two sources that diverge on a number, reword a quote, and
// carry unsourced and vaguely sourced material, with curly quotes and dashes
// so code-point columns differ from byte columns.
func peerFixture() Input {
	a := rulestest.New("d1", "in/a.md", "markdown")
	a.Block(claims.KindHeadline, claims.RoleHeadline, "Afghans leave Pakistan — 300,000 in weeks")
	a.Para(`Nearly 300,000 Afghans left Pakistan, the UN said. “We will respond with full force,” Naqvi said.`)
	a.Claim("Nearly 300,000 Afghans left Pakistan", func(c *claims.Claim) {
		c.Numbers = []claims.Number{a.Num("Nearly 300,000", 300000, "Afghans")}
		c.Attribution = claims.Attribution{Source: "the UN", Cue: "said", Kind: claims.AttrNamed}
	})
	a.Quote("We will respond with full force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	a.Raw("<!-- claimcheck-disable-next-line figure-unsourced -->")
	a.Para("Costs | fees rose by 12% — officials were not available.")
	a.Claim("Costs | fees rose by 12%", func(c *claims.Claim) { c.Numbers = []claims.Number{a.Num("12%", 12, "percent")} })
	a.Para("Fees rose by 40% in May.")
	a.Claim("Fees rose by 40% in May", func(c *claims.Claim) { c.Numbers = []claims.Number{a.Num("40%", 40, "percent")} })
	b := rulestest.New("d2", "in/b,c.txt", "txt")
	b.Para(`About 200,000 Afghans left Pakistan. “We will respond with force,” Naqvi said. “Talks failed: 100%,” according to sources.`)
	b.Claim("About 200,000 Afghans left Pakistan", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("About 200,000", 200000, "Afghans")}
	})
	b.Quote("We will respond with force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	b.Quote("Talks failed: 100%,", "sources", claims.QuoteDirect, claims.AttrVague)
	da, db := a.Doc(), b.Doc()
	ra := compare.ClaimRef{Doc: "d1", Claim: da.Claims[0].ID, Text: da.Claims[0].Text, Span: da.Claims[0].Span}
	rb := compare.ClaimRef{Doc: "d2", Claim: db.Claims[0].ID, Text: db.Claims[0].Text, Span: db.Claims[0].Span}
	div := []compare.Divergence{{Kind: compare.DivNumber, Values: []string{"Nearly 300,000", "About 200,000"}}}
	res := &compare.Result{Groups: []compare.Group{{ID: "g1", Relation: compare.Diverge, Claims: []compare.ClaimRef{ra, rb}, Divergences: div,
		Pairs: []compare.Pair{{A: ra, B: rb, Score: 0.8, Aligned: true, Relation: compare.Diverge, Divergences: div}}}}}
	docs := []*claims.Document{da, db}
	pat, err := rules.NewPatternRule(rules.Pattern{ID: "no-officials", Message: "say which {match} | name them", Phrases: []string{"officials"}, Severity: rules.Info})
	if err != nil {
		panic(err)
	}
	fs := rules.Run(rules.Input{Docs: docs, Compare: res, Config: rules.Config{Extra: []*rules.Rule{pat}}})
	return Input{Docs: docs, Result: res, Findings: fs, Rules: append(rules.All(), pat), Version: "0.0.0-test"}
}

// draftFixture is a draft that changes a number, misquotes and adds a
// claim, checked against one source.
func draftFixture() Input {
	s := rulestest.New("d2", "source.txt", "txt")
	s.Para(`Nearly 300,000 Afghans have left Pakistan, the UN said. “We will respond with full force,” Naqvi said.`)
	s.Claim("Nearly 300,000 Afghans have left Pakistan", func(c *claims.Claim) {
		c.Numbers = []claims.Number{s.Num("Nearly 300,000", 300000, "Afghans")}
		c.Attribution = claims.Attribution{Source: "the UN", Kind: claims.AttrNamed}
	})
	s.Quote("We will respond with full force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	d := rulestest.New("d1", "draft.md", "markdown")
	d.Para(`Nearly 500,000 Afghans have left Pakistan, the UN said. “We will respond with force,” Naqvi said.`)
	d.Claim("Nearly 500,000 Afghans have left Pakistan", func(c *claims.Claim) {
		c.Numbers = []claims.Number{d.Num("Nearly 500,000", 500000, "Afghans")}
		c.Attribution = claims.Attribution{Source: "the UN", Kind: claims.AttrNamed}
	})
	d.Quote("We will respond with force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	d.Para("The border reopens Monday, officials said.")
	d.Claim("The border reopens Monday", func(c *claims.Claim) {
		c.Attribution = claims.Attribution{Source: "officials", Kind: claims.AttrNamed}
	})
	draft, src := d.Doc(), s.Doc()
	// A scorer by hand: the two Afghans claims align and differ in number.
	score := func(x, y *claims.Claim) compare.Pair {
		p := compare.Pair{Relation: compare.Unrelated}
		if strings.Contains(x.Text, "Afghans") && strings.Contains(y.Text, "Afghans") {
			p = compare.Pair{Score: 0.9, Aligned: true, Relation: compare.Diverge,
				Divergences: []compare.Divergence{{Kind: compare.DivNumber, Values: []string{x.Numbers[0].Text, y.Numbers[0].Text}}}}
		}
		return p
	}
	dcs := rules.CheckDraft(draft, []*claims.Document{src}, score)
	docs := []*claims.Document{draft, src}
	fs := rules.Run(rules.Input{Docs: docs, Score: score, Draft: &rules.Draft{Doc: draft, Claims: dcs}})
	return Input{Docs: docs, Findings: fs, Draft: dcs, DraftDoc: draft}
}

var fixtures = map[string]func() Input{"peer": peerFixture, "draft": draftFixture}

func TestGolden(t *testing.T) {
	for name, fx := range fixtures {
		for _, format := range Formats {
			t.Run(name+"/"+format, func(t *testing.T) {
				in := fx()
				var buf bytes.Buffer
				if err := Write(&buf, format, in); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", name+"."+format+".golden")
				if *update {
					if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if diff := cmp.Diff(string(want), buf.String()); diff != "" {
					t.Errorf("%s differs from golden (-want +got):\n%s", golden, diff)
				}
				// Deterministic: a second run gives the same bytes.
				var again bytes.Buffer
				if err := Write(&again, format, fx()); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
					t.Errorf("second run differs (err %v)", err)
				}
			})
		}
	}
}

func TestJSONContract(t *testing.T) {
	for name, fx := range fixtures {
		in := fx()
		var buf bytes.Buffer
		if err := JSON(&buf, in); err != nil {
			t.Fatal(err)
		}
		var out map[string]any
		if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if out["version"] != 1.0 {
			t.Errorf("%s: version %v", name, out["version"])
		}
		keys := []string{"documents", "groups", "findings"}
		if in.DraftDoc != nil {
			keys = append(keys, "draft")
		} else if _, ok := out["draft"]; ok {
			t.Errorf("%s: draft key outside draft mode", name)
		}
		for _, k := range keys {
			if _, ok := out[k].([]any); !ok {
				t.Errorf("%s: %s is %T, want a list", name, k, out[k])
			}
		}
		// Every finding has exactly the contract's keys, spans included.
		for _, f := range out["findings"].([]any) {
			checkKeys(t, f, "rule", "severity", "message", "doc", "path", "span", "related", "fingerprint")
			checkKeys(t, f.(map[string]any)["span"], "start", "end", "line", "column")
			for _, r := range f.(map[string]any)["related"].([]any) {
				checkKeys(t, r, "doc", "path", "span", "message")
			}
		}
		for _, g := range out["groups"].([]any) {
			checkKeys(t, g, "id", "relation", "claims", "divergences")
		}
		if d, ok := out["draft"].([]any); ok {
			for _, c := range d {
				checkKeys(t, c, "claim", "text", "span", "support", "evidence")
			}
		}
	}
}

func checkKeys(t *testing.T, v any, keys ...string) {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%v is not an object", v)
		return
	}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	if diff := cmp.Diff(keys, got, cmpSort); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
}

var cmpSort = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

func TestCodePointColumns(t *testing.T) {
	in := peerFixture()
	// The reworded quote in b opens after a curly quote and other text.
	for _, f := range in.Findings {
		if f.Rule != "quote-mismatch" {
			continue
		}
		var buf bytes.Buffer
		if err := JSON(&buf, Input{Docs: in.Docs, Findings: []rules.Finding{f}}); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Findings []struct {
				Span struct{ Start, Line, Column int }
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		sp := out.Findings[0].Span
		// "About 200,000 Afghans left Pakistan. " is 37 code points and 37 bytes.
		if sp.Line != 1 || sp.Column != 38 || sp.Start != 37 {
			t.Errorf("quote-mismatch span %+v, want line 1 column 38 start 37", sp)
		}
	}
}

func TestSARIFValid(t *testing.T) {
	for name, fx := range fixtures {
		rep := SARIFReport(fx())
		if err := rep.Validate(); err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
		schema := filepath.Join("..", "..", "..", "shared", "schemas", "sarif-schema-2.1.0.json")
		abs, _ := filepath.Abs(schema)
		if _, err := os.Stat(abs); err != nil {
			t.Logf("skipping the validation against %s: %v", abs, err)
			continue
		}
		var buf bytes.Buffer
		if err := SARIF(&buf, fx()); err != nil {
			t.Fatal(err)
		}
		res, err := gojsonschema.Validate(gojsonschema.NewReferenceLoader("file://"+filepath.ToSlash(abs)), gojsonschema.NewBytesLoader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, e := range res.Errors() {
			t.Errorf("%s: schema: %s", name, e)
		}
	}
}

func TestGitHubEscapingAndCap(t *testing.T) {
	if got := escapeProperty("a,b:c%\nd"); got != "a%2Cb%3Ac%25%0Ad" {
		t.Errorf("escapeProperty = %q", got)
	}
	if got := escapeData("50%: a,b\r\n"); got != "50%25: a,b%0D%0A" {
		t.Errorf("escapeData = %q", got)
	}
	var fs []rules.Finding
	for i := range MaxAnnotations + 7 {
		fs = append(fs, rules.Finding{Rule: "r", Severity: rules.Info, Path: "x.txt", Message: "m", Span: claims.Span{Start: i, End: i + 1}})
	}
	fs = append(fs, rules.Finding{Rule: "r", Severity: rules.Error, Path: "z.txt", Message: "worst"})
	var buf bytes.Buffer
	if err := GitHub(&buf, Input{Findings: fs}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != MaxAnnotations+1 {
		t.Errorf("%d lines, want %d", len(lines), MaxAnnotations+1)
	}
	if !strings.HasPrefix(lines[0], "::error file=z.txt,") {
		t.Errorf("first annotation %q, want the error first", lines[0])
	}
	if want := "claimcheck: 58 findings (1 error, 0 warnings, 57 info); 8 more not annotated"; !strings.HasPrefix(lines[len(lines)-1], want) {
		t.Errorf("summary %q, want prefix %q", lines[len(lines)-1], want)
	}
}

func TestTableColor(t *testing.T) {
	in := peerFixture()
	var plain, color bytes.Buffer
	if err := Table(&plain, in); err != nil {
		t.Fatal(err)
	}
	in.Color = true
	if err := Table(&color, in); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("colour codes without Color")
	}
	if !strings.Contains(color.String(), "\x1b[33mwarning\x1b[0m") {
		t.Error("no colour codes with Color")
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", Input{}); err == nil || !strings.Contains(err.Error(), "table, json") {
		t.Errorf("err = %v", err)
	}
}
