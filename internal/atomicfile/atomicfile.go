// Package atomicfile writes output files so that readers never see a partial
// one and nothing but the named output is ever replaced.
//
// A regular file (or a path that does not exist yet) is written to a
// temporary file beside it and renamed over it, keeping the old file's mode.
// A symbolic link is followed and its final target replaced, so the link
// stays a link. A device, FIFO or socket (/dev/null, /dev/stdout, a named
// pipe) is written to directly: renaming over it would destroy it. A
// directory or a read-only file is refused.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrIsDir is returned for a path that names a directory.
var ErrIsDir = errors.New("is a directory")

// ErrReadOnly is returned for an existing regular file without write
// permission: the user made it read-only, so it is not replaced.
var ErrReadOnly = errors.New("file is read-only")

// ErrNoDir is returned when the directory that would hold a new file does
// not exist.
var ErrNoDir = errors.New("directory does not exist")

// maxLinks bounds symbolic link chains, as the kernel's ELOOP does.
const maxLinks = 40

// target is where Write puts data once links are followed.
type target struct {
	path    string      // final path, links resolved
	exists  bool        // something is at path
	direct  bool        // write in place (not a regular file)
	mode    fs.FileMode // permission bits to give the new file
	uid     int         // owner to keep, or -1
	gid     int         // group to keep, or -1
	present fs.FileInfo // what is at path now, when exists
}

// Check reports whether Write(path, ...) would be allowed, without writing:
// callers run it before long work so a bad output path fails fast.
func Check(path string) error {
	_, err := resolve(path)
	return err
}

// resolve follows path to the file Write would replace and checks it.
func resolve(path string) (target, error) {
	if isSpecialPath(path) {
		return target{path: path, exists: true, direct: true}, nil
	}
	p := path
	for range maxLinks {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			dir, derr := os.Stat(filepath.Dir(p))
			if derr != nil || !dir.IsDir() {
				return target{}, ErrNoDir
			}
			return target{path: p, mode: 0o644, uid: -1, gid: -1}, nil
		}
		if err != nil {
			return target{}, unwrap(err)
		}
		switch mode := info.Mode(); {
		case mode&fs.ModeSymlink != 0:
			link, err := os.Readlink(p)
			if err != nil {
				return target{}, unwrap(err)
			}
			if !filepath.IsAbs(link) {
				link = filepath.Join(filepath.Dir(p), link)
			}
			if isSpecialPath(link) {
				return target{path: link, exists: true, direct: true}, nil
			}
			p = link
			continue
		case mode.IsDir():
			return target{}, ErrIsDir
		case !mode.IsRegular():
			return target{path: p, exists: true, direct: true, present: info}, nil
		case mode.Perm()&0o222 == 0:
			return target{}, ErrReadOnly
		default:
			t := target{path: p, exists: true, mode: mode.Perm(), uid: -1, gid: -1, present: info}
			if st, ok := info.Sys().(*syscall.Stat_t); ok {
				t.uid, t.gid = int(st.Uid), int(st.Gid)
			}
			return t, nil
		}
	}
	return target{}, errors.New("too many levels of symbolic links")
}

// isSpecialPath reports paths under /dev and /proc: their links (such as
// /dev/stdout -> /proc/self/fd/1 -> pipe:[…]) are kernel objects, written to
// in place, never renamed over.
func isSpecialPath(p string) bool {
	c := filepath.Clean(p)
	return strings.HasPrefix(c, "/dev/") || strings.HasPrefix(c, "/proc/")
}

// Write writes data to path as the package documentation describes. On any
// error the temporary file is removed and path is left as it was.
func Write(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// File is an output being written: to a temporary file beside its target
// until Commit renames it over the target, or in place for a device, FIFO
// or socket. A reader of the target never sees a partial file. Exactly one
// of Commit and Abort must be called.
type File struct {
	t    target
	f    *os.File
	werr error // the first write error, reported again by Commit
}

// Create starts writing path as the package documentation describes, so a
// long report can be streamed out instead of held in memory.
func Create(path string) (*File, error) {
	t, err := resolve(path)
	if err != nil {
		return nil, err
	}
	if t.direct {
		f, err := os.OpenFile(t.path, os.O_WRONLY, 0)
		if err != nil {
			return nil, unwrap(err)
		}
		return &File{t: t, f: f}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(t.path), "."+filepath.Base(t.path)+".*.tmp")
	if err != nil {
		return nil, unwrap(err)
	}
	return &File{t: t, f: f}, nil
}

// Write writes p to the output.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.f.Write(p)
	if err != nil && f.werr == nil {
		f.werr = unwrap(err)
	}
	return n, unwrap(err)
}

// Commit finishes the output: a temporary file gets the target's mode and
// (where allowed) owner and is renamed over the target. On any error the
// temporary file is removed and the target is left as it was.
func (f *File) Commit() (err error) {
	if f.t.direct {
		cerr := unwrap(f.f.Close())
		if f.werr != nil {
			return f.werr
		}
		return cerr
	}
	t, tmp := f.t, f.f
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = unwrap(err)
		}
	}()
	if f.werr != nil {
		return f.werr
	}
	if err = tmp.Chmod(t.mode); err != nil {
		return err
	}
	if t.uid >= 0 && (t.uid != os.Getuid() || t.gid != os.Getgid()) {
		_ = tmp.Chown(t.uid, t.gid) // best effort: only root may give a file away
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if t.exists {
		// Something replaced the target while we wrote (a directory, a
		// FIFO): do not rename over it.
		now, serr := os.Lstat(t.path)
		if serr == nil && !os.SameFile(now, t.present) {
			return fmt.Errorf("%s changed while the output was written", t.path)
		}
	}
	return os.Rename(tmp.Name(), t.path)
}

// Abort drops the output: a temporary file is removed and the target is
// left as it was (a device or FIFO keeps what was already written to it).
func (f *File) Abort() {
	f.f.Close()
	if !f.t.direct {
		os.Remove(f.f.Name())
	}
}

// unwrap drops the operation and path from a *fs.PathError: callers name the
// path themselves.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
