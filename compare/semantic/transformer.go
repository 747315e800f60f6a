//go:build cgo

package semantic

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	ort "github.com/yalue/onnxruntime_go"
)

// maxSeq is the longest input in tokens, [CLS] and [SEP] included (the
// model's tokenizer.json truncates there).
const maxSeq = 128

// fp32Batch is the most texts run through the float32 model at once. The
// int8 model quantises its activations with a scale computed over the
// whole batch, so a text's vector would depend on the texts batched with
// it: it runs one text at a time.
const fp32Batch = 32

var (
	ortOnce sync.Once
	ortLib  string
	ortErr  error
)

// initRuntime loads ONNX Runtime from lib, once per process.
func initRuntime(lib string) error {
	ortOnce.Do(func() {
		ortLib = lib
		ort.SetSharedLibraryPath(lib)
		ortErr = ort.InitializeEnvironment(ort.WithLogLevelError())
	})
	if ortErr != nil {
		return fmt.Errorf("%s: loading ONNX Runtime: %w", ortLib, ortErr)
	}
	if ortLib != lib {
		return fmt.Errorf("%s: ONNX Runtime was already loaded from %s", lib, ortLib)
	}
	return nil
}

// TransformerEngine runs all-MiniLM-L6-v2 through ONNX Runtime: WordPiece
// ids (truncated to 128), the model's last hidden state mean-pooled over
// the tokens, unit length. Each run is on one thread, the int8 model's one
// text at a time and the float32 model's in batches in a fixed order (by
// length, then position), so the vectors of the same texts are the same. It is safe for concurrent use.
type TransformerEngine struct {
	name    string
	tok     *Tokenizer
	session *ort.DynamicAdvancedSession
	workers int
	batch   int
}

// NewTransformer loads the runtime library and the model file (ModelInt8
// or ModelFP32) from dir. A missing file is a *MissingFileError.
func NewTransformer(dir, model string) (*TransformerEngine, error) {
	lib, path := filepath.Join(dir, RuntimeLib), filepath.Join(dir, model)
	for _, p := range []string{lib, path} {
		if err := need(p); err != nil {
			return nil, err
		}
	}
	if err := initRuntime(lib); err != nil {
		return nil, err
	}
	opts, err := ort.NewSessionOptions()
	if err != nil {
		return nil, err
	}
	defer opts.Destroy()
	if err := opts.SetIntraOpNumThreads(1); err != nil {
		return nil, err
	}
	if err := opts.SetInterOpNumThreads(1); err != nil {
		return nil, err
	}
	s, err := ort.NewDynamicAdvancedSession(path, []string{"input_ids", "attention_mask", "token_type_ids"}, []string{"last_hidden_state"}, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &TransformerEngine{name: "transformer", tok: DefaultTokenizer(), session: s, workers: runtime.GOMAXPROCS(0), batch: batchOf(model)}, nil
}

func batchOf(model string) int {
	if model == ModelFP32 {
		return fp32Batch
	}
	return 1
}

// Name is "transformer".
func (e *TransformerEngine) Name() string { return e.name }

// Close frees the session.
func (e *TransformerEngine) Close() error { return e.session.Destroy() }

// Embed embeds texts (see TransformerEngine).
func (e *TransformerEngine) Embed(texts []string) ([][]float32, error) {
	seqs := make([][]int32, len(texts))
	for i, t := range texts {
		seqs[i] = e.tok.Encode(t)
	}
	return e.EmbedIDs(seqs)
}

// EmbedIDs embeds WordPiece id sequences (without [CLS] and [SEP], which
// it adds); longer ones are cut to fit 128 tokens.
func (e *TransformerEngine) EmbedIDs(seqs [][]int32) ([][]float32, error) {
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(seqs[a]) - len(seqs[b]) })
	out := make([][]float32, len(seqs))
	var batches [][]int
	for s := 0; s < len(order); s += e.batch {
		batches = append(batches, order[s:min(len(order), s+e.batch)])
	}
	errs := make([]error, len(batches))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(e.workers, len(batches))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range next {
				errs[b] = e.run(seqs, batches[b], out)
			}
		}()
	}
	for b := range batches {
		next <- b
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// run embeds the sequences idx of seqs into out.
func (e *TransformerEngine) run(seqs [][]int32, idx []int, out [][]float32) error {
	width := 2
	for _, i := range idx {
		width = max(width, min(maxSeq, len(seqs[i])+2))
	}
	n := len(idx)
	ids, mask, types := make([]int64, n*width), make([]int64, n*width), make([]int64, n*width)
	for r, i := range idx {
		row := ids[r*width : (r+1)*width]
		s := seqs[i]
		if len(s) > width-2 {
			s = s[:width-2]
		}
		row[0] = clsID
		for k, id := range s {
			row[k+1] = int64(id)
		}
		row[len(s)+1] = sepID
		for k := 0; k < len(s)+2; k++ {
			mask[r*width+k] = 1
		}
	}
	shape := ort.NewShape(int64(n), int64(width))
	var vals []ort.Value
	defer func() {
		for _, v := range vals {
			v.Destroy()
		}
	}()
	for _, data := range [][]int64{ids, mask, types} {
		t, err := ort.NewTensor(shape, data)
		if err != nil {
			return err
		}
		vals = append(vals, t)
	}
	outputs := []ort.Value{nil}
	if err := e.session.Run(vals, outputs); err != nil {
		return err
	}
	defer outputs[0].Destroy()
	hidden := outputs[0].(*ort.Tensor[float32]).GetData()
	dim := len(hidden) / (n * width)
	for r, i := range idx {
		v := make([]float32, dim)
		cnt := 0
		for k := 0; k < width; k++ {
			if mask[r*width+k] == 0 {
				continue
			}
			cnt++
			h := hidden[(r*width+k)*dim : (r*width+k+1)*dim]
			for d := range v {
				v[d] += h[d]
			}
		}
		for d := range v {
			v[d] /= float32(cnt)
		}
		normalize(v)
		out[i] = v
	}
	return nil
}
