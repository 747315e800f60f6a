// Package ingest reads article files (plain text, Markdown, HTML) into
// claims.Documents: layout blocks with kinds and roles, and a byte-exact map
// from every block's clean text back to the original file.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// MaxFileSize is the largest input accepted by default, in bytes (8 MiB;
// Options.MaxSize, the CLI's --max-size, changes it). News articles are a
// few tens of kilobytes; anything this big is almost certainly not one.
const MaxFileSize = 8 << 20

// Error is an input problem the user can fix: it names the file and the fix.
// The CLI prints it as one line and exits with code 2.
type Error struct {
	Path string
	Msg  string
	Fix  string
}

func (e *Error) Error() string {
	s := e.Path + ": " + e.Msg
	if e.Fix != "" {
		s += "; " + e.Fix
	}
	return s
}

// Extensions lists the file name endings read when walking a directory.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

func wanted(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Expand turns command-line paths into the sorted list of input files: a
// file stays itself (whatever its extension), a directory (or a link to one,
// with or without a trailing slash) is walked for Extensions, "-" stands for
// standard input and stays in place. Duplicate paths are dropped. A link
// inside a directory whose target is missing is skipped (see ExpandWarn).
func Expand(paths []string) ([]string, error) { return ExpandWarn(paths, nil) }

// ExpandWarn is Expand that tells warn (when not nil) about each file it
// skips, in one line naming the file.
func ExpandWarn(paths []string, warn func(msg string)) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				if _, lerr := os.Lstat(p); lerr == nil {
					return nil, &Error{Path: p, Msg: "symbolic link to a missing file", Fix: "fix or remove the link"}
				}
				return nil, &Error{Path: p, Msg: "no such file or directory", Fix: "check the path"}
			}
			return nil, &Error{Path: p, Msg: "cannot read: " + unwrapPathError(err), Fix: "check its permissions"}
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		found, err := walkArticles(p, warn)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, &Error{Path: p, Msg: "directory holds no articles", Fix: "add .txt, .md, .markdown, .html or .htm files, or pass files directly"}
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	if len(out) == 0 {
		return nil, &Error{Path: ".", Msg: "no input given", Fix: "pass article files, a directory, or - for standard input"}
	}
	return out, nil
}

// walkArticles lists the article files under dir, skipping hidden
// directories. A link given as dir is followed (WalkDir itself would list
// the link and stop); links inside are read as the files they point to,
// except that one to a missing file is skipped with a warning and one to a
// directory is not followed (no cycles).
func walkArticles(dir string, warn func(string)) ([]string, error) {
	root := dir
	if li, err := os.Lstat(dir); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		root = dir + string(filepath.Separator) // a trailing slash makes Lstat follow the link
	}
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if d.IsDir() || !wanted(d.Name()) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			ti, err := os.Stat(path)
			switch {
			case err != nil:
				if warn != nil {
					warn(fmt.Sprintf("%s: symbolic link to a missing file (%s); skipped", path, unwrapPathError(err)))
				}
				return nil
			case ti.IsDir():
				return nil
			}
		}
		found = append(found, path)
		return nil
	})
	if err != nil {
		return nil, &Error{Path: dir, Msg: "cannot walk directory: " + unwrapPathError(err), Fix: "check its permissions"}
	}
	return found, nil
}

// sizeText renders a byte count as the CLI's --max-size accepts it: MiB,
// KiB or bytes, whichever divides it.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Load expands paths and reads every input into a Document, sorted by path
// with ids d1, d2, ... in that order: the documents and their ids are a
// function of the set of inputs, not of the order they were named in. stdin
// is read for "-".
func Load(paths []string, stdin io.Reader) ([]*claims.Document, error) {
	return LoadWith(paths, stdin, Options{})
}

// Options tune LoadWith.
type Options struct {
	// MaxSize is the largest input accepted, in bytes; 0 means MaxFileSize.
	MaxSize int64
	// Warn, when not nil, is told about inputs skipped (see ExpandWarn)
	// and about control characters read as spaces (see ParseWarn).
	Warn func(msg string)
	// Loaded, when not nil, is given each document as soon as it and
	// those before it are parsed, in input order, from the goroutine that
	// called LoadWith (inputs are read and parsed a few ahead, on every
	// core, so few documents wait with their blocks): a caller
	// that needs only part of each (a feed grouped into stories needs
	// its words until a story is analysed) may drop the rest, such as
	// the blocks Reparse rebuilds from the source.
	Loaded func(d *claims.Document)
}

// LoadWith is Load with options.
func LoadWith(paths []string, stdin io.Reader, opt Options) ([]*claims.Document, error) {
	if opt.MaxSize <= 0 {
		opt.MaxSize = MaxFileSize
	}
	files, err := ExpandWarn(paths, opt.Warn)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	docs := make([]*claims.Document, 0, len(files))
	err = readAhead(files, stdin, opt.MaxSize, opt.Warn != nil, func(i int, r parsed) error {
		for _, w := range r.warns {
			opt.Warn(w)
		}
		if r.err != nil {
			return r.err
		}
		r.doc.ID = fmt.Sprintf("d%d", i+1)
		if opt.Loaded != nil {
			opt.Loaded(r.doc)
		}
		docs = append(docs, r.doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

func readInput(p string, stdin io.Reader, maxSize int64) ([]byte, error) {
	var r io.Reader
	hint := int64(0)
	if p == "-" {
		if stdin == nil {
			return nil, &Error{Path: "-", Msg: "standard input is not available", Fix: "pass a file instead"}
		}
		r = stdin
	} else {
		f, err := os.Open(p)
		if err != nil {
			return nil, &Error{Path: p, Msg: "cannot open: " + unwrapPathError(err), Fix: "check the path and its permissions"}
		}
		defer f.Close()
		r = f
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			hint = fi.Size()
		}
	}
	src, err := readAllSized(io.LimitReader(r, maxSize+1), min(hint, maxSize+1))
	if err != nil {
		return nil, &Error{Path: p, Msg: "cannot read: " + unwrapPathError(err), Fix: "check the file"}
	}
	if int64(len(src)) > maxSize {
		return nil, &Error{Path: p, Msg: "file is larger than " + sizeText(maxSize) + ", too big for one article", Fix: "split it into one file per article, or raise the limit with --max-size"}
	}
	return src, nil
}

// readAllSized is io.ReadAll into a buffer of size+1 bytes, the size a
// regular file reports: the source is held once at its own length instead
// of in a buffer grown by doubling (up to twice the file). A file that grew
// since is read on past the hint.
func readAllSized(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, size+1)
	n, err := io.ReadFull(r, buf)
	switch err {
	case io.EOF, io.ErrUnexpectedEOF:
		return buf[:n:n], nil
	case nil: // more than size bytes: read the rest
		rest, err := io.ReadAll(r)
		return append(buf, rest...), err
	}
	return nil, err
}

// Parse checks src and reads it as the format its name implies: .md and
// .markdown are Markdown, .html and .htm HTML, anything else plain text
// (content sniffing promotes text that starts with an HTML tag to HTML).
func Parse(path string, src []byte) (*claims.Document, error) { return ParseWarn(path, src, nil) }

// ParseWarn is Parse that tells warn (when not nil) about what it repaired
// rather than refused: control characters read as spaces, one line per file.
func ParseWarn(path string, src []byte, warn func(string)) (*claims.Document, error) {
	src, err := prepareSource(path, src, warn)
	if err != nil {
		return nil, err
	}
	doc := &claims.Document{Path: path, File: claims.NewFile(path, src)}
	switch formatOf(path, src) {
	case "markdown":
		doc.Format = "markdown"
		if err := parseMarkdown(doc); err != nil {
			return nil, err
		}
	case "html":
		doc.Format = "html"
		if err := parseHTML(doc); err != nil {
			return nil, err
		}
	default:
		doc.Format = "txt"
		parseText(doc)
	}
	formFeedsToSpaces(doc)
	layout(doc)
	if doc.Title == "" {
		for _, b := range doc.Blocks {
			if b.Kind == claims.KindHeadline {
				doc.Title = b.Text
				break
			}
		}
	}
	if len(doc.Blocks) == 0 {
		return nil, &Error{Path: path, Msg: "no article text found", Fix: "check that the file holds an article"}
	}
	// the metadata outlives the blocks (a feed drops them until its story
	// is analysed): cut it loose from the parse's text, which it would
	// otherwise keep whole
	for _, f := range []*string{&doc.Title, &doc.Author, &doc.Date, &doc.Outlet, &doc.URL} {
		*f = strings.Clone(*f)
	}
	return doc, nil
}

// Reparse rebuilds the blocks of d, loaded by ParseWarn and since
// stripped of them, from its own source, keeping its id and its source.
// Invariant: reading a source ParseWarn has prepared gives the document it
// gave (preparing is idempotent: decoding, line ends and control
// characters are settled once), so a feed can hold its articles as bytes
// until it analyses them.
func Reparse(d *claims.Document) error {
	nd, err := ParseWarn(d.Path, d.File.Src, nil)
	if err != nil {
		return err
	}
	nd.ID, nd.File = d.ID, d.File
	*d = *nd
	return nil
}

func formatOf(path string, src []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return "markdown"
	case ".html", ".htm":
		return "html"
	}
	head := bytes.ToLower(bytes.TrimSpace(src[:min(len(src), 512)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return "html"
	}
	return "txt"
}

func firstInvalid(src []byte) int {
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return len(src)
}
