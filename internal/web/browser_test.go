package web

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/report"
)

// chromium finds Debian's chromium (CI installs it in .ci/run); the browser
// tests skip with a message when it is absent.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("browser tests skipped: no chromium on PATH (apt-get install -y chromium; CI installs it)")
	return ""
}

// browserCtx is the one headless chromium the browser tests share (started
// by the first that needs it, stopped by TestMain), so each test pays only
// for its own tab.
var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
	browserStop = func() {}
)

func TestMain(m *testing.M) {
	code := m.Run()
	browserStop()
	os.Exit(code)
}

// newBrowser returns the shared headless chromium (networking extras off, a
// fresh profile), starting it on first use.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromium(t)
	browserOnce.Do(func() { browserCtx, browserStop, browserErr = startBrowser(path) })
	if browserErr != nil {
		t.Skipf("browser tests skipped: chromium does not start: %v", browserErr)
	}
	return browserCtx
}

func startBrowser(path string) (context.Context, func(), error) {
	dir, err := os.MkdirTemp("", "claimcheck-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(1500, 950),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	stop := func() { cancelB(); cancelA(); os.RemoveAll(dir) }
	if err := chromedp.Run(bctx); err != nil {
		stop()
		return nil, nil, err
	}
	return bctx, stop, nil
}

// tab opens a new tab with a time bound.
func tab(t *testing.T, b context.Context, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b)
	ctx, cancel2 := context.WithTimeout(ctx, d)
	t.Cleanup(func() { cancel2(); cancel() })
	return ctx
}

// startServe runs Serve on a free loopback port, as `claimcheck serve
// --addr 127.0.0.1:0` does, and returns its address.
func startServe(t *testing.T, opt Options) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, New(opt), time.Minute, nil) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func abs(t *testing.T, pattern string) []string {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	for i, p := range paths {
		if paths[i], err = filepath.Abs(p); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// takeoverGroup returns the claim keys, by document, of the cross-source
// group about the Taliban's 2021 takeover on the page.
const takeoverGroupJS = `(function () {
  var out = null;
  document.querySelectorAll("details.group[data-claims]").forEach(function (d) {
    var t = d.querySelector(".body").textContent;
    var keys = d.getAttribute("data-claims").split(" ");
    var docs = {};
    keys.forEach(function (k) { var doc = k.split("-")[0]; (docs[doc] = docs[doc] || []).push(k); });
    if (!out && /2021/.test(t) && /takeover/.test(t) && Object.keys(docs).length >= 2) { out = {id: d.id, docs: docs}; }
  });
  return out;
})()`

type groupKeys struct {
	ID   string              `json:"id"`
	Docs map[string][]string `json:"docs"`
}

// TestBrowserSeeds uploads the seeds, clicks a claim of the 2021-takeover
// group and checks the aligned claim in the other article is highlighted
// and scrolled into view; filters the findings by rule; downloads the
// SARIF and validates it; saves a screenshot.
func TestBrowserSeeds(t *testing.T) {
	b := newBrowser(t)
	url := startServe(t, Options{Config: &config.Config{}, Version: "test"})
	ctx := tab(t, b, 45*time.Second)
	dir := t.ArtifactDir()
	if err := chromedp.Run(ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(dir).WithEventsEnabled(true),
		chromedp.Navigate(url+"/new"),
		chromedp.SetUploadFiles(`input[name=files]`, abs(t, "../../testdata/seeds/*.txt"), chromedp.ByQuery),
		chromedp.Click(`button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`.articles`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}

	var g *groupKeys
	if err := chromedp.Run(ctx, chromedp.Evaluate(takeoverGroupJS, &g)); err != nil || g == nil {
		t.Fatalf("no cross-source group about the 2021 takeover on the page (%v)", err)
	}
	from, other := g.Docs["d1"], g.Docs["d2"]
	if len(from) == 0 || len(other) == 0 {
		t.Fatalf("group %s: claims %v, want claims of d1 and d2", g.ID, g.Docs)
	}
	var hl, sel, inView bool
	var selection string
	check := fmt.Sprintf(`(function () {
  var e = document.querySelector('[data-c~="%s"]');
  var col = e.closest("article.doc").getBoundingClientRect(), r = e.getBoundingClientRect();
  return r.top >= col.top && r.bottom <= col.bottom;
})()`, other[0])
	if err := chromedp.Run(ctx,
		chromedp.Click(fmt.Sprintf(`[data-c~="%s"]`, from[0]), chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector('[data-c~="%s"]').classList.contains("hl")`, other[0]), &hl),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector('[data-c~="%s"]').classList.contains("sel")`, from[0]), &sel),
		chromedp.Evaluate(check, &inView),
		chromedp.TextContent(`#selection`, &selection, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if !hl || !sel || !inView {
		t.Errorf("after clicking %s: aligned claim %s highlighted %v, in view %v; clicked claim selected %v", from[0], other[0], hl, inView, sel)
	}
	if !strings.Contains(selection, strings.TrimPrefix(g.ID, "grp-")) || !strings.Contains(selection, "2021") {
		t.Errorf("selection panel %q does not show the group", selection)
	}
	var shot []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&shot)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seeds.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}

	// Filter the findings by rule.
	var rulesOffered []string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`Array.from(document.querySelectorAll('select[name=rule] option')).map(o => o.value).filter(Boolean)`, &rulesOffered)); err != nil || len(rulesOffered) < 2 {
		t.Fatalf("rule filter offers %v (%v); the seeds have findings of several rules", rulesOffered, err)
	}
	rule := rulesOffered[0]
	var shown, hidden int
	var count string
	if err := chromedp.Run(ctx,
		chromedp.SetValue(`select[name=rule]`, rule, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('select[name=rule]').dispatchEvent(new Event('change'))`, nil),
		chromedp.Evaluate(fmt.Sprintf(`Array.from(document.querySelectorAll('ol.findings li')).filter(li => !li.hidden && li.dataset.rule === %q).length`, rule), &shown),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('ol.findings li')).filter(li => li.hidden).length`, &hidden),
		chromedp.TextContent(`#findings-count`, &count, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	var visibleOther int
	chromedp.Run(ctx, chromedp.Evaluate(fmt.Sprintf(`Array.from(document.querySelectorAll('ol.findings li')).filter(li => !li.hidden && li.dataset.rule !== %q).length`, rule), &visibleOther))
	if shown == 0 || hidden == 0 || visibleOther != 0 || !strings.Contains(count, " of ") {
		t.Errorf("filter %s: %d shown, %d hidden, %d of other rules visible, count %q", rule, shown, hidden, visibleOther, count)
	}

	// Download the SARIF through the browser and validate it.
	done := make(chan string, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*browser.EventDownloadProgress); ok && e.State == browser.DownloadProgressStateCompleted {
			select {
			case done <- e.GUID:
			default:
			}
		}
	})
	if err := chromedp.Run(ctx, chromedp.Click(`a[download="claimcheck.sarif"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	var guid string
	select {
	case guid = <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("the SARIF download did not complete")
	}
	data, err := os.ReadFile(filepath.Join(dir, guid))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := sarif.FromBytes(data)
	if err != nil {
		t.Fatalf("downloaded SARIF does not parse: %v", err)
	}
	if err := rep.Validate(); err != nil {
		t.Errorf("downloaded SARIF is not valid: %v", err)
	}
	if len(rep.Runs) != 1 || len(rep.Runs[0].Results) == 0 {
		t.Errorf("downloaded SARIF has %d runs, want one with results", len(rep.Runs))
	}
}

// TestBrowserDraft runs draft mode on testdata/draft: every draft claim has
// its verdict in the margin, and clicking one shows its evidence.
func TestBrowserDraft(t *testing.T) {
	b := newBrowser(t)
	url := startServe(t, Options{Config: &config.Config{}})
	ctx := tab(t, b, 30*time.Second)
	var badges, claimsListed int
	var chips string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(url+"/new"),
		chromedp.Click(`input[name=mode][value=draft]`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`input[name=draft]`, abs(t, "../../testdata/draft/draft.md"), chromedp.ByQuery),
		chromedp.SetUploadFiles(`input[name=files]`, abs(t, "../../testdata/draft/sources/*"), chromedp.ByQuery),
		chromedp.Click(`button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`article.doc.draft`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('article.doc.draft .support').length`, &badges),
		chromedp.Evaluate(`document.querySelectorAll('details[id^="dr-"]').length`, &claimsListed),
		chromedp.TextContent(`#summary`, &chips, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if badges == 0 || badges != claimsListed {
		t.Errorf("%d verdict badges in the draft's margin, %d draft claims listed", badges, claimsListed)
	}
	for _, want := range []string{"supported", "contradicted", "unsupported"} {
		if !strings.Contains(chips, want) {
			t.Errorf("summary %q lacks %s", chips, want)
		}
	}
	// The margin badge sits left of the draft's text.
	var left bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(`(function () {
  var b = document.querySelector('article.doc.draft .support').getBoundingClientRect();
  var p = document.querySelector('article.doc.draft .text p').getBoundingClientRect();
  return b.right <= p.left + 2;
})()`, &left)); err != nil || !left {
		t.Errorf("the verdict badge is not in the margin (%v)", err)
	}
	var selection string
	var shot []byte
	if err := chromedp.Run(ctx,
		chromedp.Click(`article.doc.draft .support`, chromedp.ByQuery),
		chromedp.TextContent(`#selection`, &selection, chromedp.ByQuery),
		chromedp.CaptureScreenshot(&shot),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(selection, "Draft claim") {
		t.Errorf("clicking a verdict shows %q", selection)
	}
	os.WriteFile(filepath.Join(t.ArtifactDir(), "draft.png"), shot, 0o644)
}

// pwned reports what a hostile payload set, if anything.
const pwnedJS = `window.__pwned || ""`

// TestBrowserHostileArticle uploads an article made of HTML and template
// syntax to serve and opens it in the --format html report: no script of
// the article runs, and its text shows literally. The positive control
// renders the same article without escaping and sees the payload run, so
// the check can fail.
func TestBrowserHostileArticle(t *testing.T) {
	b := newBrowser(t)
	url := startServe(t, Options{Config: &config.Config{}})
	peer := "../../testdata/seeds/000_d96c562060a1272f.txt"
	hostilePath := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(hostilePath, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	literal := []string{"<script>window.__pwned='script'</script>", `"><img src=x onerror="window.__pwned='img'">`,
		"</textarea><script>window.__pwned='textarea'</script>", "{{.Nonce}}", "${7*7}"}
	checkPage := func(t *testing.T, ctx context.Context, where string) {
		t.Helper()
		var got, text string
		var links int
		if err := chromedp.Run(ctx,
			chromedp.Sleep(300*time.Millisecond), // let an onerror handler fire
			chromedp.Evaluate(pwnedJS, &got),
			chromedp.Evaluate(`Array.from(document.querySelectorAll('article.doc .text')).map(e => e.textContent).join("\n")`, &text),
			chromedp.Evaluate(`document.querySelectorAll('a[href^="javascript:"], article img, article script').length`, &links),
		); err != nil {
			t.Fatal(err)
		}
		if got != "" {
			t.Errorf("%s: the article's script ran (window.__pwned = %q)", where, got)
		}
		if links != 0 {
			t.Errorf("%s: %d javascript: links, images or scripts made from the article", where, links)
		}
		for _, s := range literal {
			if !strings.Contains(text, s) {
				t.Errorf("%s: the text %q does not show literally", where, s)
			}
		}
	}

	t.Run("serve", func(t *testing.T) {
		ctx := tab(t, b, 30*time.Second)
		if err := chromedp.Run(ctx,
			chromedp.Navigate(url+"/new"),
			chromedp.SetUploadFiles(`input[name=files]`, append(abs(t, peer), hostilePath), chromedp.ByQuery),
			chromedp.Click(`button[type=submit]`, chromedp.ByQuery),
			chromedp.WaitVisible(`.articles`, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		checkPage(t, ctx, "serve")
	})

	t.Run("report file", func(t *testing.T) {
		docs, err := ingest.Load([]string{peer, hostilePath}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.HTML(&buf, analyze(docs, &config.Config{}, false, "test")); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "report.html")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := tab(t, b, 30*time.Second)
		if err := chromedp.Run(ctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(`.articles`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		checkPage(t, ctx, "report")
		// The report's own script runs under its hash CSP: aligned claims get focus stops.
		var focusable bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(`document.querySelectorAll('.claim.grouped[tabindex]').length > 0`, &focusable)); err != nil || !focusable {
			t.Errorf("the report's own script did not run (CSP hash mismatch?) (%v)", err)
		}
	})

	t.Run("positive control", func(t *testing.T) {
		raw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<!DOCTYPE html><html><body><article class=doc><div class=text>%s</div></article></body></html>", hostile)
		}))
		defer raw.Close()
		ctx := tab(t, b, 20*time.Second)
		var got string
		if err := chromedp.Run(ctx, chromedp.Navigate(raw.URL), chromedp.Sleep(300*time.Millisecond), chromedp.Evaluate(pwnedJS, &got)); err != nil {
			t.Fatal(err)
		}
		if got == "" {
			t.Error("unescaped, the hostile article ran no script: the check above could not fail")
		}
	})
}

// TestBrowserReportFile opens the self-contained report of the seeds from
// disk (no server) and clicks a claim: the interactions work offline.
func TestBrowserReportFile(t *testing.T) {
	b := newBrowser(t)
	docs, err := ingest.Load([]string{"../../testdata/seeds"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.HTML(&buf, analyze(docs, &config.Config{}, false, "test")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "seeds.html")
	os.WriteFile(file, buf.Bytes(), 0o644)
	ctx := tab(t, b, 30*time.Second)
	var g *groupKeys
	if err := chromedp.Run(ctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(`.articles`, chromedp.ByQuery),
		chromedp.Evaluate(takeoverGroupJS, &g)); err != nil || g == nil {
		t.Fatalf("no 2021-takeover group in the report (%v)", err)
	}
	var hl bool
	if err := chromedp.Run(ctx,
		chromedp.Click(fmt.Sprintf(`[data-c~="%s"]`, g.Docs["d2"][0]), chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(`document.querySelector('[data-c~="%s"]').classList.contains("hl")`, g.Docs["d1"][0]), &hl),
	); err != nil {
		t.Fatal(err)
	}
	if !hl {
		t.Error("in the report file, clicking a claim does not highlight its aligned claim (does the script's CSP hash match?)")
	}
}
