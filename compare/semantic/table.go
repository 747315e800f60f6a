package semantic

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"
)

// tableMagic opens a static table file.
const tableMagic = "CCST1\n"

// Table is a static engine's token vectors: row i is token i's vector,
// stored as int8 codes times a per-row scale (the token's weight folded
// in). A zero scale marks a token that contributes nothing.
type Table struct {
	Rows, Dim int
	Scale     []float32 // one per row
	Codes     []int8    // Rows × Dim
}

// Row adds row i times w to v.
func (t *Table) addRow(v []float32, i int32) {
	s := t.Scale[i]
	if s == 0 {
		return
	}
	row := t.Codes[int(i)*t.Dim : (int(i)+1)*t.Dim]
	for d, c := range row {
		v[d] += s * float32(c)
	}
}

// Quantize makes a Table of float vectors (all of one dimension): each
// row's codes are round(x / scale) with scale = max|x| / 127.
func Quantize(vecs [][]float32) *Table {
	t := &Table{Rows: len(vecs)}
	if len(vecs) > 0 {
		t.Dim = len(vecs[0])
	}
	t.Scale = make([]float32, t.Rows)
	t.Codes = make([]int8, t.Rows*t.Dim)
	for i, v := range vecs {
		var m float64
		for _, x := range v {
			m = math.Max(m, math.Abs(float64(x)))
		}
		if m == 0 {
			continue
		}
		s := m / 127
		t.Scale[i] = float32(s)
		for d, x := range v {
			t.Codes[i*t.Dim+d] = int8(math.Round(float64(x) / s))
		}
	}
	return t
}

// WriteTo writes the table: magic, rows and dimension as uint32, the
// scales as float32, the codes; little endian.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(tableMagic)
	_ = binary.Write(&b, binary.LittleEndian, [2]uint32{uint32(t.Rows), uint32(t.Dim)})
	_ = binary.Write(&b, binary.LittleEndian, t.Scale)
	_ = binary.Write(&b, binary.LittleEndian, t.Codes)
	return b.WriteTo(w)
}

// ReadTable decodes a table written by WriteTo. The codes alias data
// (the embedded table is never copied).
func ReadTable(data []byte) (*Table, error) {
	if !bytes.HasPrefix(data, []byte(tableMagic)) {
		return nil, errors.New("static table: bad magic")
	}
	data = data[len(tableMagic):]
	if len(data) < 8 {
		return nil, errors.New("static table: truncated header")
	}
	rows := int(binary.LittleEndian.Uint32(data))
	dim := int(binary.LittleEndian.Uint32(data[4:]))
	data = data[8:]
	if rows > 1<<24 || dim > 1<<12 || len(data) != rows*4+rows*dim {
		return nil, fmt.Errorf("static table: %d rows × %d dimensions do not match %d bytes", rows, dim, len(data))
	}
	t := &Table{Rows: rows, Dim: dim, Scale: make([]float32, rows)}
	for i := range t.Scale {
		t.Scale[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
	}
	if codes := data[4*rows:]; len(codes) > 0 {
		t.Codes = unsafe.Slice((*int8)(unsafe.Pointer(&codes[0])), len(codes))
	}
	return t, nil
}
