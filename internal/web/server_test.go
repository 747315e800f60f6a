package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/internal/config"
)

// part is one field of a multipart upload: a file when name is set.
type part struct{ field, name, body string }

func multipartBody(t testing.TB, parts ...part) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, p := range parts {
		var w io.Writer
		var err error
		if p.name != "" {
			w, err = mw.CreateFormFile(p.field, p.name)
		} else {
			w, err = mw.CreateFormField(p.field)
		}
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p.body)
	}
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

func fileParts(t testing.TB, field string, paths ...string) []part {
	t.Helper()
	var ps []part
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, part{field: field, name: filepath.Base(p), body: string(data)})
	}
	return ps
}

func seedParts(t testing.TB) []part {
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(paths) < 2 {
		t.Fatal("no seeds")
	}
	return append([]part{{field: "mode", body: "peers"}}, fileParts(t, "files", paths...)...)
}

func post(t testing.TB, client *http.Client, url string, parts ...part) (*http.Response, string) {
	t.Helper()
	ct, body := multipartBody(t, parts...)
	resp, err := client.Post(url+"/check", ct, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var downloadRE = regexp.MustCompile(`download="([^"]+)" href="data:[^,"]+;base64,([^"]+)"`)

// downloads returns the files a result page offers, by name.
func downloads(t testing.TB, page string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, m := range downloadRE.FindAllStringSubmatch(page, -1) {
		b, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[2]))
		if err != nil {
			t.Fatalf("%s: %v", m[1], err)
		}
		out[m[1]] = b
	}
	return out
}

func TestCheckSeeds(t *testing.T) {
	srv := httptest.NewServer(New(Options{Config: &config.Config{}, Version: "test"}))
	defer srv.Close()
	resp, page := post(t, srv.Client(), srv.URL, seedParts(t)...)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, page)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	n := regexp.MustCompile(`'nonce-([A-Za-z0-9_-]+)'`).FindStringSubmatch(csp)
	if n == nil || !strings.Contains(csp, "default-src 'none'") {
		t.Fatalf("CSP %q: want default-src 'none' and a nonce", csp)
	}
	// The page's one style and one script carry the nonce; nothing else is inline code.
	if c := strings.Count(page, `nonce="`+n[1]+`"`); c != 2 {
		t.Errorf("nonce on %d elements, want 2 (style and script)", c)
	}
	if strings.Count(page, "<script") != 1 || strings.Contains(page, " style=") || strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("page has a second script, an inline style attribute or a remote resource")
	}
	for _, want := range []string{`class="articles cols-2"`, `details class="group`, `data-claims="d1-`, "config: built-in defaults", "000_d96c562060a1272f.txt"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	dl := downloads(t, page)
	for _, name := range []string{"claimcheck.json", "claimcheck.sarif", "claimcheck.md", "claimcheck.html"} {
		if len(dl[name]) == 0 {
			t.Errorf("no %s download", name)
		}
	}
	if !bytes.HasPrefix(dl["claimcheck.json"], []byte("{\n  \"version\": 1,")) {
		t.Errorf("JSON download starts %q", dl["claimcheck.json"][:min(40, len(dl["claimcheck.json"]))])
	}
	// A second request gets a fresh nonce.
	resp2, _ := post(t, srv.Client(), srv.URL, seedParts(t)...)
	if resp2.Header.Get("Content-Security-Policy") == csp {
		t.Error("two responses share a nonce")
	}
}

func TestLimitsAndErrors(t *testing.T) {
	srv := httptest.NewServer(New(Options{Config: &config.Config{}, MaxBody: 64 << 10, MaxFiles: 2}))
	defer srv.Close()
	big := part{field: "files", name: "big.txt", body: strings.Repeat("The minister said 12 people left. ", 3000)}
	small := func(n int) part {
		return part{field: "files", name: fmt.Sprintf("a%d.txt", n), body: "Storm\n\nThe guard said 12 people left on Monday.\n"}
	}
	tests := []struct {
		name   string
		parts  []part
		status int
		want   string
	}{
		{"oversized body", []part{big}, 413, "larger than 64 KiB"},
		{"too many files", []part{small(1), small(2), small(3)}, 400, "too many files: more than 2"},
		{"nothing", []part{{field: "mode", body: "peers"}}, 400, "no articles given"},
		{"draft without draft", []part{{field: "mode", body: "draft"}, small(1)}, 400, "draft mode needs a draft"},
		{"draft without sources", []part{{field: "mode", body: "draft"}, {field: "draft-text", body: "The guard said 12 people left."}}, 400, "at least one source"},
		{"binary file", []part{{field: "files", name: "x.txt", body: "\x00\x01\x02binary"}}, 400, "x.txt"},
		{"two files", []part{small(1), small(2)}, 200, `class="articles cols-2"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, page := post(t, srv.Client(), srv.URL, tt.parts...)
			if resp.StatusCode != tt.status || !strings.Contains(page, tt.want) {
				t.Errorf("status %d, want %d with %q; page:\n%.600s", resp.StatusCode, tt.status, tt.want, page)
			}
			if resp.Header.Get("Content-Security-Policy") == "" {
				t.Error("no CSP on the page")
			}
		})
	}
	// Not a form, a page that does not exist, another host, another site's form.
	for _, tt := range []struct {
		name   string
		req    func() *http.Request
		status int
		want   string
	}{
		{"not multipart", func() *http.Request {
			r, _ := http.NewRequest("POST", srv.URL+"/check", strings.NewReader("x=1"))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}, 400, "not a file upload"},
		{"missing page", func() *http.Request { r, _ := http.NewRequest("GET", srv.URL+"/etc/passwd", nil); return r }, 404, "no page at"},
		{"other host", func() *http.Request {
			r, _ := http.NewRequest("GET", srv.URL+"/", nil)
			r.Host = "attacker.example"
			return r
		}, 421, "answers only on the address"},
		{"cross-site post", func() *http.Request {
			ct, body := multipartBody(t, small(1))
			r, _ := http.NewRequest("POST", srv.URL+"/check", bytes.NewReader(body))
			r.Header.Set("Content-Type", ct)
			r.Header.Set("Origin", "https://attacker.example")
			return r
		}, 403, "another site"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := srv.Client().Do(tt.req())
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.want) {
				t.Errorf("status %d, want %d with %q; page:\n%.400s", resp.StatusCode, tt.status, tt.want, b)
			}
		})
	}
}

// TestConcurrentRequests sends 50 requests at once, alternating two
// different uploads; every answer must equal its upload's answer when sent
// alone (no state shared between requests), within a bound.
func TestConcurrentRequests(t *testing.T) {
	srv := httptest.NewServer(New(Options{Config: &config.Config{}, Version: "test", Timeout: 5 * time.Minute}))
	defer srv.Close()
	formats, _ := filepath.Glob("../../testdata/formats/*")
	uploads := [][]part{seedParts(t), append([]part{{field: "mode", body: "peers"}}, fileParts(t, "files", formats...)...)}
	want := make([][]byte, len(uploads))
	for i, u := range uploads {
		resp, page := post(t, srv.Client(), srv.URL, u...)
		if resp.StatusCode != 200 {
			t.Fatalf("upload %d: status %d", i, resp.StatusCode)
		}
		want[i] = downloads(t, page)["claimcheck.json"]
	}
	if bytes.Equal(want[0], want[1]) {
		t.Fatal("the two uploads give the same result; the test could not tell them apart")
	}
	const n = 50
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ct, body := multipartBody(t, uploads[i%2]...)
			req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/check", bytes.NewReader(body))
			req.Header.Set("Content-Type", ct)
			resp, err := srv.Client().Do(req)
			if err != nil {
				errs <- err
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				errs <- fmt.Errorf("request %d: status %d", i, resp.StatusCode)
				return
			}
			if got := downloads(t, string(b))["claimcheck.json"]; !bytes.Equal(got, want[i%2]) {
				errs <- fmt.Errorf("request %d: JSON differs from the same upload sent alone", i)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// hostile is an article whose text tries every way out of the page.
const hostile = "Breaking <script>window.__pwned='script'</script> news\n\n" +
	`The minister said "><img src=x onerror="window.__pwned='img'"> that 300 people left on Monday. ` +
	`Read <a href="javascript:window.__pwned='link'">this</a> and </textarea><script>window.__pwned='textarea'</script> now. ` +
	"Officials said {{.Nonce}} {{template \"page\"}} ${7*7} <style>body{display:none}</style> were 12.\n"

func TestHostileArticleIsText(t *testing.T) {
	srv := httptest.NewServer(New(Options{Config: &config.Config{}}))
	defer srv.Close()
	resp, page := post(t, srv.Client(), srv.URL, part{field: "files", name: `"><svg onload=alert(1)>.txt`, body: hostile},
		part{field: "files", name: "b.txt", body: "Storm\n\nThe minister said 300 people left on Monday.\n"})
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %.500s", resp.StatusCode, page)
	}
	for _, bad := range []string{"<script>window", "<img src=x", `href="javascript:`, "</textarea><script>", "<svg onload", "<style>body{display:none}"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;window.__pwned=", "&lt;img src=x onerror=", "{{.Nonce}}", "${7*7}", "&lt;/textarea&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks the escaped text %q", want)
		}
	}
	if strings.Count(page, "<script") != 1 {
		t.Errorf("%d script elements, want the page's one", strings.Count(page, "<script"))
	}

	// Control characters: refused with a message, or shown escaped; never raw.
	resp, page = post(t, srv.Client(), srv.URL, part{field: "files", name: "ctl.txt",
		body: "Storm\n\nThe guard said 12 died \x1b]0;PWNED\x07\x1b[8mhidden\x1b[0m on Monday.\n"},
		part{field: "files", name: "b.txt", body: "Storm\n\nThe guard said 12 died on Monday.\n"})
	if strings.ContainsAny(page, "\x1b\x07") {
		t.Errorf("status %d: the page carries raw control characters", resp.StatusCode)
	}
	if resp.StatusCode == 200 && !strings.Contains(page, `\x1b]0;PWNED\x07`) {
		t.Errorf("the control characters do not show escaped:\n%.300s", page)
	}
	if resp.StatusCode != 200 && !strings.Contains(page, "ctl.txt") {
		t.Errorf("status %d without naming the file", resp.StatusCode)
	}
}

// TestServeShutsDown starts Serve on a free loopback port, answers a
// request, and returns nil once its context is cancelled.
func TestServeShutsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, New(Options{}), time.Minute, nil) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `action="/check"`) {
		t.Fatalf("start page: status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve returned %v after cancel", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

// TestPathsAndDraftFromTheCommandLine opens a draft and its sources given
// to serve at /, and a check that cannot finish in time gets a 503 page.
func TestPathsAndDraftFromTheCommandLine(t *testing.T) {
	srv := httptest.NewServer(New(Options{Config: &config.Config{Path: "house.yaml"}, Paths: []string{"../../testdata/draft/sources"}, Draft: "../../testdata/draft/draft.md"}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	for _, want := range []string{`class="doc draft"`, `class="support s-`, "config: house.yaml", "draft.md"} {
		if resp.StatusCode != 200 || !strings.Contains(page, want) {
			t.Errorf("status %d; page lacks %q", resp.StatusCode, want)
		}
	}

	slow := httptest.NewServer(New(Options{Config: &config.Config{}, Timeout: time.Nanosecond}))
	defer slow.Close()
	r, page := post(t, slow.Client(), slow.URL, seedParts(t)...)
	if r.StatusCode != http.StatusServiceUnavailable || !strings.Contains(page, "did not finish within") {
		t.Errorf("status %d, want 503 with the timeout message", r.StatusCode)
	}
}

// FuzzUpload feeds arbitrary multipart bodies to the upload reader: it
// never panics, and what it accepts has an article and at most maxFiles
// files.
func FuzzUpload(f *testing.F) {
	ct, body := multipartBody(f, part{field: "mode", body: "draft"}, part{field: "draft-text", body: "A draft."},
		part{field: "files", name: "a.txt", body: "Storm\n\nThe guard said 12 left.\n"})
	boundary := strings.TrimPrefix(ct, "multipart/form-data; boundary=")
	f.Add(boundary, body)
	f.Add(boundary, []byte("--"+boundary+"\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../x\x00.txt\"\r\n\r\nhi\r\n--"+boundary+"--\r\n"))
	f.Fuzz(func(t *testing.T, boundary string, body []byte) {
		r := httptest.NewRequest("POST", "/check", bytes.NewReader(body))
		r.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
		r.Body = http.MaxBytesReader(httptest.NewRecorder(), r.Body, 1<<16)
		u, err := readUpload(r, 3, 1<<16)
		if err != nil {
			return
		}
		if len(u.articles) == 0 || len(u.articles) > 3 || u.draftMode && u.draft == nil {
			t.Errorf("accepted %d articles, draft mode %v with draft %v", len(u.articles), u.draftMode, u.draft != nil)
		}
		for _, a := range u.articles {
			if strings.ContainsAny(a.name, "/\\\x00") {
				t.Errorf("file name %q keeps a separator or NUL", a.name)
			}
		}
	})
}
