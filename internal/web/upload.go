package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
)

// upload is one request's inputs: the draft (draft mode) and the articles,
// read into memory only.
type upload struct {
	draftMode bool
	draft     *file
	articles  []file
}

type file struct {
	name string
	data []byte
}

// requestError is an input problem shown to the user with its HTTP status.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// readUpload streams the multipart form of r: at most maxFiles files, all
// parts held in memory (never spooled to disk); the body's size is bounded
// by the caller's http.MaxBytesReader.
func readUpload(r *http.Request, maxFiles int, maxBody int64) (*upload, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, badRequest("the request is not a file upload (%v); use the form on the start page", err)
	}
	u := &upload{}
	var draftText, pasted string
	files := 0
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, bodyError(err, maxBody)
		}
		data, err := io.ReadAll(part)
		part.Close()
		if err != nil {
			return nil, bodyError(err, maxBody)
		}
		name := part.FormName()
		if part.FileName() == "" {
			switch name {
			case "mode":
				u.draftMode = strings.TrimSpace(string(data)) == "draft"
			case "draft-text":
				draftText = string(data)
			case "paste":
				pasted = string(data)
			}
			continue
		}
		if len(data) == 0 {
			continue // a file input left empty still sends an empty part
		}
		files++
		if files > maxFiles {
			return nil, badRequest("too many files: more than %d in one check; check fewer articles at a time, or start serve with a larger --max-files", maxFiles)
		}
		f := file{name: cleanName(part.FileName()), data: data}
		switch name {
		case "draft":
			u.draft = &f
		case "files":
			u.articles = append(u.articles, f)
		default:
			return nil, badRequest("unexpected file field %q; use the form on the start page", name)
		}
	}
	if strings.TrimSpace(pasted) != "" {
		if files++; files > maxFiles {
			return nil, badRequest("too many files: more than %d in one check (the pasted article counts as one); check fewer articles at a time, or start serve with a larger --max-files", maxFiles)
		}
		u.articles = append(u.articles, file{name: "pasted.txt", data: []byte(pasted)})
	}
	if u.draftMode && u.draft == nil && strings.TrimSpace(draftText) != "" {
		u.draft = &file{name: "draft.txt", data: []byte(draftText)}
	}
	sort.SliceStable(u.articles, func(i, j int) bool { return u.articles[i].name < u.articles[j].name })
	switch {
	case u.draftMode && u.draft == nil:
		return nil, badRequest("draft mode needs a draft: paste it or choose its file")
	case u.draftMode && len(u.articles) == 0:
		return nil, badRequest("draft mode needs at least one source besides the draft: add the source articles")
	case len(u.articles) == 0:
		return nil, badRequest("no articles given: choose or drop article files (text, Markdown or HTML), or paste one")
	}
	return u, nil
}

// bodyError turns an error reading the body into the page the user sees:
// 413 when the body is over the limit.
func bodyError(err error, maxBody int64) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return &requestError{status: http.StatusRequestEntityTooLarge,
			msg: fmt.Sprintf("the upload is larger than %s; check fewer or smaller articles, or start serve with a larger --max-body", size(maxBody))}
	}
	return badRequest("the upload could not be read (%v); try again", err)
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1000*1000 && n%(1000*1000) == 0 {
		return fmt.Sprintf("%d MB", n/(1000*1000))
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// cleanName is the base of an uploaded file's name, without control
// characters; "article.txt" when nothing is left.
func cleanName(s string) string {
	s = path.Base(strings.ReplaceAll(s, "\\", "/"))
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	if s == "" || s == "." || s == "/" {
		return "article.txt"
	}
	return s
}

// documents parses the upload as `check` reads files: ids d1, d2, ... with
// the draft first in draft mode; names made unique.
func (u *upload) documents() ([]*claims.Document, error) {
	var all []file
	if u.draft != nil && u.draftMode {
		all = append(all, *u.draft)
	}
	all = append(all, u.articles...)
	used := map[string]bool{}
	docs := make([]*claims.Document, 0, len(all))
	for i, f := range all {
		name := f.name
		for n := 2; used[name]; n++ {
			ext := path.Ext(f.name)
			name = fmt.Sprintf("%s-%d%s", strings.TrimSuffix(f.name, ext), n, ext)
		}
		used[name] = true
		if len(f.data) > ingest.MaxFileSize {
			return nil, badRequest("%s: file is larger than %d MiB, too big for one article; split it into one file per article", name, ingest.MaxFileSize>>20)
		}
		// A control character is refused here rather than read as a space
		// with a warning (the CLI's way): the page has no place for
		// warnings, and the person uploading can fix the file at once.
		if utf8.Valid(f.data) {
			if err := ingest.CheckControls(name, f.data); err != nil {
				return nil, badRequest("%s", err.Error())
			}
		}
		d, err := ingest.Parse(name, f.data)
		if err != nil {
			return nil, badRequest("%s", err.Error())
		}
		d.ID = fmt.Sprintf("d%d", i+1)
		docs = append(docs, d)
	}
	return docs, nil
}
