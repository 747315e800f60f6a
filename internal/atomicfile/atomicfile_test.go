package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.json")
	for _, content := range []string{"first", "second"} {
		if err := Write(p, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != content {
			t.Errorf("read %q, %v; want %q", got, err, content)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files left in the directory, want 1", len(entries))
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir"), nil); !errors.Is(err, ErrNoDir) {
		t.Errorf("writing into a missing directory: %v, want %v", err, ErrNoDir)
	}
}

// TestWriteTargets checks each kind of thing an output path can name: what
// Write returns, and what is at the path (and elsewhere) afterwards.
func TestWriteTargets(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to write
		err   error                                 // want errors.Is(err, this); nil for success
		check func(t *testing.T, dir string)
	}{
		{"existing 0600 file keeps its mode", func(t *testing.T, dir string) string {
			return file(t, dir, "out", 0o600)
		}, nil, func(t *testing.T, dir string) {
			wantMode(t, filepath.Join(dir, "out"), 0o600)
			wantContent(t, filepath.Join(dir, "out"), "new")
		}},
		{"read-only file is refused and kept", func(t *testing.T, dir string) string {
			return file(t, dir, "out", 0o444)
		}, ErrReadOnly, func(t *testing.T, dir string) {
			wantContent(t, filepath.Join(dir, "out"), "old")
		}},
		{"directory is refused", func(t *testing.T, dir string) string {
			return dir
		}, ErrIsDir, nil},
		{"symlink is followed and stays a link", func(t *testing.T, dir string) string {
			file(t, dir, "real", 0o640)
			link(t, "real", filepath.Join(dir, "link"))
			return filepath.Join(dir, "link")
		}, nil, func(t *testing.T, dir string) {
			if fi, err := os.Lstat(filepath.Join(dir, "link")); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("link replaced: %v %v", fi.Mode(), err)
			}
			wantContent(t, filepath.Join(dir, "real"), "new")
			wantMode(t, filepath.Join(dir, "real"), 0o640)
		}},
		{"chain of links to a missing file creates the file", func(t *testing.T, dir string) string {
			os.Mkdir(filepath.Join(dir, "sub"), 0o755)
			link(t, "sub/l2", filepath.Join(dir, "l1"))
			link(t, "target", filepath.Join(dir, "sub", "l2"))
			return filepath.Join(dir, "l1")
		}, nil, func(t *testing.T, dir string) {
			wantContent(t, filepath.Join(dir, "sub", "target"), "new")
		}},
		{"link to a directory is refused", func(t *testing.T, dir string) string {
			link(t, ".", filepath.Join(dir, "l"))
			return filepath.Join(dir, "l")
		}, ErrIsDir, nil},
		{"FIFO is written to, not replaced", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "fifo")
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip("mkfifo:", err)
			}
			got := make(chan string, 1)
			go func() {
				f, err := os.Open(p)
				if err != nil {
					got <- err.Error()
					return
				}
				b, _ := io.ReadAll(f)
				f.Close()
				got <- string(b)
			}()
			t.Cleanup(func() {
				if s := <-got; s != "new" {
					t.Errorf("FIFO reader got %q", s)
				}
			})
			return p
		}, nil, func(t *testing.T, dir string) {
			if fi, err := os.Lstat(filepath.Join(dir, "fifo")); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
				t.Errorf("FIFO replaced: %v %v", fi.Mode(), err)
			}
		}},
		{"character device is written to, not replaced", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "null")
			if err := syscall.Mknod(p, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
				t.Skip("mknod needs root:", err)
			}
			return p
		}, nil, func(t *testing.T, dir string) {
			if fi, err := os.Lstat(filepath.Join(dir, "null")); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
				t.Errorf("device replaced: %v %v", fi.Mode(), err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := tt.setup(t, dir)
			if err := Check(p); !errors.Is(err, tt.err) {
				t.Errorf("Check = %v, want %v", err, tt.err)
			}
			err := Write(p, []byte("new"))
			if !errors.Is(err, tt.err) {
				t.Fatalf("Write = %v, want %v", err, tt.err)
			}
			if tt.check != nil {
				tt.check(t, dir)
			}
			entries, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
			if len(entries) > 0 {
				t.Errorf("temporary files left: %v", entries)
			}
		})
	}
}

func file(t *testing.T, dir, name string, mode fs.FileMode) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func link(t *testing.T, target, p string) {
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
}

func wantContent(t *testing.T, p, want string) {
	t.Helper()
	if b, err := os.ReadFile(p); err != nil || string(b) != want {
		t.Errorf("%s holds %q (%v), want %q", p, b, err, want)
	}
}

func wantMode(t *testing.T, p string, want fs.FileMode) {
	t.Helper()
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
		t.Errorf("%s mode %v (%v), want %v", p, fi.Mode().Perm(), err, want)
	}
}

// TestCreateStreams checks a streamed output: nothing at the target changes
// until Commit, Abort leaves the old file and no temporary file behind, and
// Commit keeps the old file's mode.
func TestCreateStreams(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "half a rep")
	if got := read(); got != "old" {
		t.Errorf("target reads %q while writing, want the old file", got)
	}
	f.Abort()
	if got := read(); got != "old" {
		t.Errorf("target reads %q after Abort, want the old file", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory after Abort, want 1", len(entries))
	}
	f, err = Create(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"new ", "report"} {
		if _, err := io.WriteString(f, part); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "new report" {
		t.Errorf("target reads %q after Commit, want %q", got, "new report")
	}
	if info, err := os.Stat(p); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode after Commit: %v, %v; want 0600", info.Mode().Perm(), err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory after Commit, want 1", len(entries))
	}
	if _, err := Create(dir); !errors.Is(err, ErrIsDir) {
		t.Errorf("Create on a directory: %v, want %v", err, ErrIsDir)
	}
}
