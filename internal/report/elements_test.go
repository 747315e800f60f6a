package report

import (
	"bytes"
	"strconv"
	"testing"
)

// TestWriteElementsMatchesEncodingJSON: the array writeElements renders in
// chunks on several cores is, byte for byte, the array encoding/json
// indents in one piece, for sizes around the chunk and window boundaries.
func TestWriteElementsMatchesEncodingJSON(t *testing.T) {
	type elem struct {
		Doc   string   `json:"doc"`
		N     int      `json:"n"`
		Words []string `json:"words"`
	}
	for _, n := range []int{1, 2, elementChunk - 1, elementChunk, elementChunk + 1, 9*elementChunk + 7} {
		elems := make([]elem, n)
		for i := range elems {
			elems[i] = elem{Doc: "d" + strconv.Itoa(i), N: i, Words: []string{"a<b", "“quoted”"}[:i%3%2+1]}
		}
		var want bytes.Buffer
		if err := indented(&want, elems, "  "); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		got.WriteString("[")
		if err := writeElements(&got, elems, "    "); err != nil {
			t.Fatal(err)
		}
		got.WriteString("\n  ]")
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("n=%d: writeElements differs from encoding/json:\n got %.200q\nwant %.200q", n, got.String(), want.String())
		}
	}
}
