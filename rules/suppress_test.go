package rules

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

func TestParseDirectives(t *testing.T) {
	tests := []struct {
		src  string
		want []string // kind:rules@start-end
	}{
		{"<!-- claimcheck-disable -->", []string{"disable:@0-27"}},
		{"<!--claimcheck-enable quote-mismatch, figure-unsourced-->", []string{"enable:quote-mismatch,figure-unsourced@0-57"}},
		{"x\n<!-- claimcheck-disable-next-line figure-unsourced -->\ny", []string{"disable-next-line:figure-unsourced@2-56"}},
		{"a\n  [claimcheck-disable-next-line quote-unattributed]  \r\nb", []string{"disable-next-line:quote-unattributed@4-53"}},
		{"text [claimcheck-disable] inline is not a directive", nil},
		{"<!-- claimcheck-disabled -->", nil},
		{"<!-- a comment --> [claimcheck-enable]", nil},
		{"[claimcheck-enable]\n<!-- claimcheck-disable x -->", []string{"enable:@0-19", "disable:x@20-49"}},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range ParseDirectives([]byte(tt.src)) {
			got = append(got, string(d.Kind)+":"+strings.Join(d.Rules, ",")+"@"+itoa(d.Span.Start)+"-"+itoa(d.Span.End))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDirectives(%q) (-want +got):\n%s", tt.src, diff)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// quotesDoc has four unattributed direct quotes with directives between.
func quotesDoc(format string, directives [3]string) *claims.Document {
	b := rulestest.New("d1", "a."+format, format)
	b.Para(`"One."`).Quote("One.", "", claims.QuoteDirect, claims.AttrNone)
	if directives[0] != "" {
		b.Raw(directives[0])
	}
	b.Para(`"Two."`).Quote("Two.", "", claims.QuoteDirect, claims.AttrNone)
	if directives[1] != "" {
		b.Raw(directives[1])
	}
	b.Para(`"Three."`).Quote("Three.", "", claims.QuoteDirect, claims.AttrNone)
	if directives[2] != "" {
		b.Raw(directives[2])
	}
	b.Para(`"Four."`).Quote("Four.", "", claims.QuoteDirect, claims.AttrNone)
	return b.Doc()
}

func TestSuppress(t *testing.T) {
	tests := []struct {
		name   string
		format string
		dirs   [3]string
		want   []string // quote texts still reported, then unused directives
	}{
		{"none", "md", [3]string{}, []string{"One.", "Two.", "Three.", "Four."}},
		{"disable all to end", "md", [3]string{"<!-- claimcheck-disable -->"}, []string{"One."}},
		{"disable then enable", "md", [3]string{"<!-- claimcheck-disable quote-unattributed -->", "", "<!-- claimcheck-enable quote-unattributed -->"}, []string{"One.", "Four."}},
		{"enable all closes a specific disable", "html", [3]string{"<!-- claimcheck-disable quote-unattributed -->", "<!-- claimcheck-enable -->"}, []string{"One.", "Three.", "Four."}},
		{"enable one rule inside disable all", "md", [3]string{"<!-- claimcheck-disable -->", "<!-- claimcheck-enable quote-unattributed -->"}, []string{"One.", "Three.", "Four."}},
		{"next line", "md", [3]string{"", "<!-- claimcheck-disable-next-line quote-unattributed -->"}, []string{"One.", "Two.", "Four."}},
		{"text bracket form", "txt", [3]string{"[claimcheck-disable-next-line]", "[claimcheck-disable quote-unattributed]", "[claimcheck-enable quote-unattributed]"}, []string{"One.", "Four."}},
		{"other rule only: unused", "md", [3]string{"<!-- claimcheck-disable-next-line figure-unsourced -->"},
			[]string{"One.", `unused: "claimcheck-disable-next-line figure-unsourced" suppresses nothing; remove it`, "Two.", "Three.", "Four."}},
		{"unknown rule: unused", "md", [3]string{"", "", "<!-- claimcheck-disable quote-unattributd -->"},
			[]string{"One.", "Two.", "Three.", `unused: "claimcheck-disable quote-unattributd" names "quote-unattributd", which is not a built-in rule, and suppresses nothing`, "Four."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := quotesDoc(tt.format, tt.dirs)
			var got []string
			for _, f := range Run(Input{Docs: []*claims.Document{doc}}) {
				switch f.Rule {
				case "quote-unattributed":
					got = append(got, strings.Trim(doc.File.Text(f.Span), `"`))
				case "unused-suppression":
					if f.Severity != Info {
						t.Errorf("unused-suppression severity %s, want info", f.Severity)
					}
					got = append(got, "unused: "+f.Message)
				default:
					t.Errorf("unexpected finding %+v", f)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseDirectives(f *testing.F) {
	for _, s := range []string{
		"<!-- claimcheck-disable -->", "[claimcheck-enable a b]\n", "<!--claimcheck-disable-next-line x,y-->\n\n\ntext",
		"<!-- claimcheck-enable", "[claimcheck-disable\n]", "\xff<!-- claimcheck-disable \x00 -->",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		dirs := ParseDirectives([]byte(src))
		for i, d := range dirs {
			if d.Span.Start < 0 || d.Span.End > len(src) || d.Span.Start >= d.Span.End {
				t.Fatalf("directive %d span %v out of [0,%d]", i, d.Span, len(src))
			}
			if i > 0 && dirs[i-1].Span.Start > d.Span.Start {
				t.Fatalf("directives not in file order")
			}
			if !strings.Contains(src[d.Span.Start:d.Span.End], "claimcheck-"+string(d.Kind)) {
				t.Fatalf("span %q does not hold the directive %s", src[d.Span.Start:d.Span.End], d.Kind)
			}
			for _, r := range d.Rules {
				if r == "" || strings.ContainsAny(r, " \t\n,") {
					t.Fatalf("bad rule token %q", r)
				}
			}
		}
		// Suppress must not panic on any file and findings anywhere.
		doc := &claims.Document{ID: "d1", Path: "f", File: claims.NewFile("f", []byte(src))}
		fs := []Finding{{Rule: "quote-unattributed", Doc: "d1", Span: claims.Span{Start: len(src) / 2, End: len(src)}}}
		kept, unused := Suppress([]*claims.Document{doc}, fs)
		if len(kept) > 1 || len(unused) > len(dirs) {
			t.Fatalf("kept %d, unused %d of %d directives", len(kept), len(unused), len(dirs))
		}
	})
}
