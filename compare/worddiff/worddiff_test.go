package worddiff

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDiff(t *testing.T) {
	cases := []struct {
		name string
		a, b []string
		want []Run
	}{
		{"equal", []string{"in", "2021"}, []string{"in", "2021"}, []Run{{Equal, []string{"in", "2021"}}}},
		{"a word inserted", []string{"in", "2021"}, []string{"in", "August", "2021"},
			[]Run{{Equal, []string{"in"}}, {Insert, []string{"August"}}, {Equal, []string{"2021"}}}},
		{"a word replaced", []string{"300,000", "Afghans"}, []string{"200,000", "Afghans"},
			[]Run{{Delete, []string{"300,000"}}, {Insert, []string{"200,000"}}, {Equal, []string{"Afghans"}}}},
		{"empty side", nil, []string{"new"}, []Run{{Insert, []string{"new"}}}},
		{"both empty", nil, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, Diff(c.a, c.b)); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCoderSkipsSurrogates encodes more distinct tokens than fit below the
// surrogate range and checks every rune is valid and decodes back.
func TestCoderSkipsSurrogates(t *testing.T) {
	c := NewCoder()
	var ts []string
	for i := range 0xD800 + 10 {
		ts = append(ts, string(rune('a'+i%26))+string(rune(0x4e00+i/26)))
	}
	rs := c.Encode(ts)
	for i, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			t.Fatalf("token %d encoded to surrogate %U", i, r)
		}
	}
	if got := c.Decode(rs); !cmp.Equal(got, ts) {
		t.Error("Decode(Encode(ts)) differs from ts")
	}
	if again := c.Encode(ts[:3]); !cmp.Equal(again, rs[:3]) {
		t.Error("a token got a second rune")
	}
}
