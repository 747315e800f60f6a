package semantic

import (
	"bytes"
	"testing"
)

func TestStaticSimilarity(t *testing.T) {
	e, err := NewStatic()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ a, b, unrelated string }{
		{"Pakistan expelled the Afghan envoys.", "Pakistan deported Afghanistan's diplomats.", "A football match ended in a draw."},
		{"Relations between the two countries soured.", "Ties between the neighbours have become strained.", "The storm flooded hundreds of homes."},
		{"The president resigned on Monday.", "The head of state stepped down on Monday.", "Shares rose sharply in early trading."},
	} {
		v, _ := e.Embed([]string{c.a, c.b, c.unrelated})
		if near, far := Cosine(v[0], v[1]), Cosine(v[0], v[2]); near <= far {
			t.Errorf("cos(%q, %q) = %.3f, not above cos with %q = %.3f", c.a, c.b, near, c.unrelated, far)
		}
	}
}

func TestStaticDeterministic(t *testing.T) {
	e, err := NewStatic()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := e.Embed([]string{"Officials said 300,000 people fled.", ""})
	b, _ := e.Embed([]string{"Officials said 300,000 people fled."})
	if Cosine(a[0], b[0]) != 1 {
		t.Error("the same text embeds differently")
	}
	if Cosine(a[1], a[0]) != 0 {
		t.Error("an empty text must embed as zero")
	}
}

func TestTableRoundTrip(t *testing.T) {
	tab := Quantize([][]float32{{1, -2, 0.5}, {0, 0, 0}, {0.01, 0.02, -0.03}})
	var b bytes.Buffer
	if _, err := tab.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.Rows != 3 || got.Dim != 3 || got.Scale[1] != 0 || got.Codes[1] != -127 {
		t.Errorf("round trip: %+v", got)
	}
	for _, bad := range [][]byte{nil, []byte("CCST1\n"), append([]byte("CCST1\n\x02\x00\x00\x00\x03\x00\x00\x00"), 1, 2)} {
		if _, err := ReadTable(bad); err == nil {
			t.Errorf("ReadTable(%q) accepted a bad table", bad)
		}
	}
}

func TestCosineRounded(t *testing.T) {
	for _, c := range []struct {
		a, b []float32
		want float64
	}{
		{[]float32{1, 0}, []float32{1, 0}, 1},
		{[]float32{1, 0}, []float32{0, 1}, 0},
		{[]float32{1, 1}, []float32{1, 0}, 0.707},
		{[]float32{0, 0}, []float32{1, 0}, 0},
		{[]float32{1}, []float32{1, 0}, 0},
	} {
		if got := Cosine(c.a, c.b); got != c.want {
			t.Errorf("Cosine(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"": DefaultKind, "static": Static, "Transformer": Transformer, "off": Off} {
		if got, err := ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseKind("bert"); err == nil {
		t.Error("ParseKind(bert) accepted")
	}
}

// BenchmarkStaticClaims reports claims embedded per second by the static
// engine.
func BenchmarkStaticClaims(b *testing.B) {
	e, err := NewStatic()
	if err != nil {
		b.Fatal(err)
	}
	texts := benchClaims(256)
	for b.Loop() {
		e.Embed(texts)
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "claims/s")
}

func TestMemoAndLazyDefault(t *testing.T) {
	e, err := NewStatic()
	if err != nil {
		t.Fatal(err)
	}
	m := NewMemo(DefaultStatic())
	texts := []string{"Officials said 300,000 people fled.", "The army withdrew.", "The army withdrew."}
	want, _ := e.Embed(texts)
	for range 2 {
		got, err := m.Embed(texts)
		if err != nil {
			t.Fatal(err)
		}
		for i := range texts {
			if Cosine(got[i], want[i]) != 1 {
				t.Errorf("memo of the lazy default embeds %q differently", texts[i])
			}
		}
	}
	if m.Name() != "static" {
		t.Errorf("Memo name %q", m.Name())
	}
}
