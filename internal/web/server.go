// Package web is `claimcheck serve`: a local web page where an editor
// uploads or pastes a draft and its sources, or several peer articles, and
// reads the result side by side — the same page as the self-contained HTML
// report, with downloads of the run in every format.
//
// Every request is independent: its articles live in memory for the
// request only, nothing is written to disk, and concurrent requests share
// no state. Pages carry a strict Content-Security-Policy (a fresh nonce per
// response for the page's one style and one script; no remote resources),
// and every article string is escaped by html/template.
package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"log"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/report"
)

// Options configure the server. Zero limits take the defaults.
type Options struct {
	Config   *config.Config // the configuration every check uses
	Paths    []string       // articles opened at /, read again on every request
	Draft    string         // with Paths: a draft checked against them at /
	MaxBody  int64          // largest request body in bytes (DefaultMaxBody)
	MaxFiles int            // most files in one upload (DefaultMaxFiles)
	Timeout  time.Duration  // longest a check may take (DefaultTimeout)
	Version  string
	ErrorLog *log.Logger
}

// Defaults of Options.
const (
	DefaultMaxBody  = 20 << 20
	DefaultMaxFiles = 50
	DefaultTimeout  = 60 * time.Second
)

// server holds only read-only settings; per-request state stays in the
// handlers' locals.
type server struct {
	opt  Options
	slot chan struct{} // bounds the checks running at once to the CPUs
}

// New returns the handler of the serve application.
func New(opt Options) http.Handler {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.MaxFiles <= 0 {
		opt.MaxFiles = DefaultMaxFiles
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.Config == nil {
		opt.Config = &config.Config{}
	}
	s := &server{opt: opt, slot: make(chan struct{}, max(1, runtime.NumCPU()))}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /new", s.form)
	mux.HandleFunc("POST /check", s.check)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, &requestError{status: http.StatusNotFound, msg: "no page at " + r.URL.Path + "; start a check from the start page"})
	})
	return s.guard(mux)
}

// guard sets the security headers of every response, refuses requests for
// other hosts (DNS rebinding) and cross-site form posts, and bounds the
// body and the time of every request.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-store")
		if !s.hostAllowed(r) {
			s.fail(w, &requestError{status: http.StatusMisdirectedRequest, msg: "this server answers only on the address it listens on; open the address serve printed"})
			return
		}
		if r.Method == http.MethodPost {
			if o := r.Header.Get("Origin"); o != "" && o != "null" && !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(o, "http://"), "https://"), r.Host) {
				s.fail(w, &requestError{status: http.StatusForbidden, msg: "a form from another site cannot start a check here; use the start page"})
				return
			}
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// hostAllowed accepts loopback names and addresses, and any host when the
// server listens beyond loopback (the operator chose to expose it).
func (s *server) hostAllowed(r *http.Request) bool {
	local, _ := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if tcp, ok := local.(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// nonce is a fresh random CSP nonce.
func nonce() string {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// csp is the Content-Security-Policy of a page with nonce n.
func csp(n string) string {
	return "default-src 'none'; script-src 'nonce-" + n + "'; style-src 'nonce-" + n + "'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}

func (s *server) configName() string {
	if s.opt.Config.Path != "" {
		return s.opt.Config.Path
	}
	return "built-in defaults"
}

// index shows the articles given on the command line, read afresh on every
// request (edit a file, reload the page), or the upload form when there are
// none.
func (s *server) index(w http.ResponseWriter, r *http.Request) {
	if len(s.opt.Paths) == 0 {
		s.form(w, r)
		return
	}
	paths := s.opt.Paths
	if s.opt.Draft != "" {
		paths = append([]string{s.opt.Draft}, paths...)
	}
	docs, err := ingest.Load(paths, nil)
	if err != nil {
		s.fail(w, badRequest("%s", err.Error()))
		return
	}
	s.result(w, r, docs, s.opt.Draft != "")
}

// form is the start page: upload or paste articles.
func (s *server) form(w http.ResponseWriter, r *http.Request) {
	n := nonce()
	var buf bytes.Buffer
	err := formTemplate.ExecuteTemplate(&buf, "form", formData{Nonce: n, CSS: template.CSS(report.CSS), JS: template.JS(report.JS),
		Config: s.configName(), MaxBody: size(s.opt.MaxBody), MaxFiles: s.opt.MaxFiles, Paths: s.opt.Paths})
	s.write(w, http.StatusOK, n, buf.Bytes(), err)
}

// check runs a check on an upload and shows the result page.
func (s *server) check(w http.ResponseWriter, r *http.Request) {
	u, err := readUpload(r, s.opt.MaxFiles, s.opt.MaxBody)
	if err != nil {
		s.fail(w, err)
		return
	}
	docs, err := u.documents()
	if err != nil {
		s.fail(w, err)
		return
	}
	s.result(w, r, docs, u.draftMode)
}

// result analyses docs within the request's deadline and one of the
// server's check slots, and writes the result page with its downloads.
func (s *server) result(w http.ResponseWriter, r *http.Request, docs []*claims.Document, draft bool) {
	ctx := r.Context()
	select {
	case s.slot <- struct{}{}:
	case <-ctx.Done():
		s.fail(w, s.timeout())
		return
	}
	type outcome struct {
		page []byte
		err  error
	}
	n := nonce()
	done := make(chan outcome, 1)
	go func() {
		defer func() { <-s.slot }()
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{err: fmt.Errorf("%v", p)}
			}
		}()
		page, err := s.render(analyze(docs, s.opt.Config, draft, s.opt.Version), n)
		done <- outcome{page, err}
	}()
	select {
	case o := <-done:
		s.write(w, http.StatusOK, n, o.page, o.err)
	case <-ctx.Done():
		s.fail(w, s.timeout())
	}
}

func (s *server) timeout() error {
	return &requestError{status: http.StatusServiceUnavailable,
		msg: fmt.Sprintf("the check did not finish within %s; check fewer articles at a time, or start serve with a larger --timeout", s.opt.Timeout)}
}

// downloadFormats are the formats offered as downloads of a run.
var downloadFormats = []struct{ format, label, name, mime string }{
	{"json", "JSON", "claimcheck.json", "application/json"},
	{"sarif", "SARIF", "claimcheck.sarif", "application/sarif+json"},
	{"markdown", "Markdown", "claimcheck.md", "text/markdown"},
	{"html", "HTML report", "claimcheck.html", "text/html"},
}

// render writes the result page of in, with the run in every download
// format as data: URLs, so no state outlives the request.
func (s *server) render(in report.Input, n string) ([]byte, error) {
	var dls []report.Download
	for _, f := range downloadFormats {
		var b bytes.Buffer
		if err := report.Write(&b, f.format, in); err != nil {
			return nil, err
		}
		url := "data:" + f.mime + ";charset=utf-8;base64," + base64.StdEncoding.EncodeToString(b.Bytes())
		dls = append(dls, report.Download{Label: f.label, Name: f.name, URL: template.URL(url)})
	}
	var page bytes.Buffer
	err := report.WritePage(&page, in, report.PageOptions{Nonce: n, Downloads: dls, Config: s.configName(), Serve: true})
	return page.Bytes(), err
}

func (s *server) write(w http.ResponseWriter, status int, n string, body []byte, err error) {
	if err != nil {
		s.internal(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", csp(n))
	w.WriteHeader(status)
	w.Write(body)
}

// fail writes the error page of err: its status and message for a
// requestError, 500 otherwise.
func (s *server) fail(w http.ResponseWriter, err error) {
	var re *requestError
	if !errors.As(err, &re) {
		s.internal(w, err)
		return
	}
	n := nonce()
	var buf bytes.Buffer
	e := formTemplate.ExecuteTemplate(&buf, "error", errorData{Nonce: n, CSS: template.CSS(report.CSS),
		Status: re.status, StatusText: http.StatusText(re.status), Message: re.msg})
	s.write(w, re.status, n, buf.Bytes(), e)
}

func (s *server) internal(w http.ResponseWriter, err error) {
	if s.opt.ErrorLog != nil {
		s.opt.ErrorLog.Printf("internal error: %v", err)
	}
	http.Error(w, fmt.Sprintf("claimcheck %s: internal error: %v; please report it", s.opt.Version, err), http.StatusInternalServerError)
}
