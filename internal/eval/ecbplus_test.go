package eval

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

// ecbFixture is a made-up article in the ECB+ XML layout: a web address
// line, two sentences, an event chain over "checked" in sentence 1, and an
// entity chain (ignored) over "Reid".
const ecbFixture = `<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="99_1ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">:</token>
<token t_id="3" sentence="1" number="0">Tara</token>
<token t_id="4" sentence="1" number="1">Reid</token>
<token t_id="5" sentence="1" number="2">checked</token>
<token t_id="6" sentence="1" number="3">into</token>
<token t_id="7" sentence="1" number="4">rehab</token>
<token t_id="8" sentence="1" number="5">,</token>
<token t_id="9" sentence="1" number="6">her</token>
<token t_id="10" sentence="1" number="7">rep</token>
<token t_id="11" sentence="1" number="8">said</token>
<token t_id="12" sentence="1" number="9">.</token>
<token t_id="13" sentence="2" number="0">&#96;&#96;</token>
<token t_id="14" sentence="2" number="1">She</token>
<token t_id="15" sentence="2" number="2">is</token>
<token t_id="16" sentence="2" number="3">n't</token>
<token t_id="17" sentence="2" number="4">well</token>
<token t_id="18" sentence="2" number="5">''</token>
<token t_id="19" sentence="2" number="6">(</token>
<token t_id="20" sentence="2" number="7">15</token>
<token t_id="21" sentence="2" number="8">,</token>
<token t_id="22" sentence="2" number="9">000</token>
<token t_id="23" sentence="2" number="10">fans</token>
<token t_id="24" sentence="2" number="11">’</token>
<token t_id="25" sentence="2" number="12">s</token>
<token t_id="26" sentence="2" number="13">view</token>
<token t_id="27" sentence="2" number="14">)</token>
<Markables>
<ACTION_OCCURRENCE m_id="31" note="x">
  <token_anchor t_id="5"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="20">
  <token_anchor t_id="3"/>
  <token_anchor t_id="4"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="40" RELATED_TO="" TAG_DESCRIPTOR="t_check" instance_id="ACT1"/>
<HUMAN_PART_PER m_id="41" RELATED_TO="" TAG_DESCRIPTOR="t_reid" instance_id="HUM1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1">
  <source m_id="31"/>
  <target m_id="40"/>
</CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="HUM1">
  <source m_id="20"/>
  <target m_id="41"/>
</CROSS_DOC_COREF>
</Relations>
</Document>
`

func TestParseECB(t *testing.T) {
	doc, err := parseECB(strings.NewReader(ecbFixture))
	if err != nil {
		t.Fatal(err)
	}
	want := []ecbSentence{
		{Num: 0, Text: "http:"},
		{Num: 1, Text: "Tara Reid checked into rehab, her rep said.", Events: []string{"ACT1"}},
		{Num: 2, Text: "\u201cShe isn't well\u201d (15,000 fans\u2019s view)"},
	}
	if diff := cmp.Diff(want, doc.Sentences); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	text, starts := doc.render()
	if strings.Contains(text, "http") || !slices.Equal(starts, []int{-1, 0, 45}) {
		t.Errorf("render = %q %v, want the address dropped and one paragraph per sentence", text, starts)
	}
	if got := sentenceAt(starts, 50); got != 2 {
		t.Errorf("sentenceAt(50) = %d, want 2", got)
	}
}

func TestParseECBMalformed(t *testing.T) {
	if _, err := parseECB(strings.NewReader(`<Document><token t_id="1" sentence="x">a</token></Document>`)); err == nil {
		t.Error("a non-numeric sentence attribute parsed without error")
	}
}

// TestECBFloor checks cross-document grouping on ECB+: grouped sentence
// pairs mention one event at least 0.75 of the time (random pairs: 0.39),
// and at most 10% of grouped pairs join different events in a group
// reported as agreeing or refining.
func TestECBFloor(t *testing.T) {
	dir := needData(t, "ecbplus/ECB+_LREC2014")
	if testing.Short() {
		t.Skip("ECB+ runs 982 articles")
	}
	sc, err := ECB(dir, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if sc.Precision() < 0.75 || sc.FalseAgreement() > 0.10 {
		t.Errorf("ECB+ same-event precision %.3f (floor 0.75), false agreement %.3f (ceiling 0.10)", sc.Precision(), sc.FalseAgreement())
	}
}

// FuzzParseECB checks that the ECB+ reader never panics and that every
// sentence it returns has its event chains sorted and unique.
func FuzzParseECB(f *testing.F) {
	f.Add(ecbFixture)
	f.Add(`<Document><token t_id="1" sentence="0"></token><Relations><CROSS_DOC_COREF note="ACT"><source m_id=""/></CROSS_DOC_COREF></Relations></Document>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := parseECB(strings.NewReader(src))
		if err != nil {
			return
		}
		for _, s := range doc.Sentences {
			if !slices.IsSorted(s.Events) || len(slices.Compact(slices.Clone(s.Events))) != len(s.Events) {
				t.Errorf("sentence %d events %q not sorted and unique", s.Num, s.Events)
			}
		}
		doc.render()
	})
}
