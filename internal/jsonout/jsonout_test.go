package jsonout

import (
	"bytes"
	"strconv"
	"testing"
)

// TestWriteElementsMatchesEncodingJSON: the array WriteElements renders in
// chunks on several cores is, byte for byte, the array encoding/json
// indents in one piece, for sizes around the chunk and window boundaries.
func TestWriteElementsMatchesEncodingJSON(t *testing.T) {
	type elem struct {
		Doc   string   `json:"doc"`
		N     int      `json:"n"`
		Words []string `json:"words"`
	}
	for _, n := range []int{1, 2, 7, 40, maxChunk - 1, maxChunk, maxChunk + 1, 9*maxChunk + 7, 40*maxChunk + 3} {
		elems := make([]elem, n)
		for i := range elems {
			elems[i] = elem{Doc: "d" + strconv.Itoa(i), N: i, Words: []string{"a<b", "“quoted”"}[:i%3%2+1]}
		}
		var want bytes.Buffer
		if err := Indented(&want, elems, "  "); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		got.WriteString("[")
		if err := WriteElements(&got, elems, "    "); err != nil {
			t.Fatal(err)
		}
		got.WriteString("\n  ]")
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("n=%d: WriteElements differs from encoding/json:\n got %.200q\nwant %.200q", n, got.String(), want.String())
		}
	}
}

// TestArrayMatchesEncodingJSON: Array lays out an array at a depth as
// encoding/json does, the empty array included.
func TestArrayMatchesEncodingJSON(t *testing.T) {
	for _, n := range []int{0, 1, 3, 2*maxChunk + 1} {
		vals := make([]map[string]int, n)
		for i := range vals {
			vals[i] = map[string]int{"i": i, "sq": i * i}
		}
		var want, got bytes.Buffer
		if err := Indented(&want, map[string]any{"a": vals}, ""); err != nil {
			t.Fatal(err)
		}
		got.WriteString("{\n  \"a\": ")
		if err := Array(&got, n, "  ", func(i int) any { return vals[i] }); err != nil {
			t.Fatal(err)
		}
		got.WriteString("\n}")
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("n=%d: Array differs from encoding/json:\n got %.200q\nwant %.200q", n, got.String(), want.String())
		}
	}
}
