package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/internal/config"
	"github.com/claimcheck/claimcheck/internal/web"
)

// serveCmd is `claimcheck serve`: the editor's page on a local address.
type serveCmd struct {
	Addr     string        `default:"127.0.0.1:8080" help:"Address to listen on (loopback by default; port 0 picks a free one)."`
	Config   string        `help:"Configuration file (default: .claimcheck.yaml found by walking up from the working directory); shown on the page."`
	Draft    string        `help:"With paths: open this draft checked against them."`
	MaxBody  string        `name:"max-body" default:"20MB" help:"Largest upload accepted (KB, MB, MiB, GB...)."`
	MaxFiles int           `name:"max-files" default:"50" help:"Most files in one upload."`
	Timeout  time.Duration `default:"60s" help:"Longest one check may take."`
	Paths    []string      `arg:"" optional:"" name:"path" help:"Articles to open on the start page (files or directories), read again on every reload."`
}

// Run serves until SIGINT or SIGTERM, then shuts down cleanly.
func (c *serveCmd) Run(e *env) error {
	maxBody, err := parseSize(c.MaxBody)
	if err != nil {
		return trouble("--max-body %s: %v; write a size such as 20MB", c.MaxBody, err)
	}
	if c.MaxFiles < 1 {
		return trouble("--max-files %d: must be at least 1", c.MaxFiles)
	}
	if c.Timeout <= 0 {
		return trouble("--timeout %s: must be positive, such as 60s", c.Timeout)
	}
	if c.Draft != "" && len(c.Paths) == 0 {
		return trouble("%s: --draft needs the sources as paths", c.Draft)
	}
	wd, _ := os.Getwd()
	cfg, err := config.Load(c.Config, wd)
	if err != nil {
		return err
	}
	if len(c.Paths) > 0 {
		check := c.Paths
		if c.Draft != "" {
			check = append([]string{c.Draft}, check...)
		}
		if _, err := ingest.Expand(check); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return trouble("--addr %s: cannot listen (%v); choose another port, such as --addr 127.0.0.1:8081", c.Addr, unwrap(err))
	}
	logger := log.New(e.stderr, "claimcheck: ", 0)
	h := web.New(web.Options{Config: cfg, Paths: c.Paths, Draft: c.Draft, MaxBody: maxBody, MaxFiles: c.MaxFiles,
		Timeout: c.Timeout, Version: version, ErrorLog: logger})
	addr := ln.Addr().(*net.TCPAddr)
	if !addr.IP.IsLoopback() {
		fmt.Fprintf(e.stderr, "claimcheck: warning: %s is not a loopback address; anyone who can reach this machine can use the page\n", c.Addr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(e.stderr, "claimcheck: serving on %s — open it in a browser; Ctrl-C stops\n", pageURL(addr))
	if err := web.Serve(ctx, ln, h, c.Timeout, logger); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "claimcheck: stopped")
	return nil
}

// pageURL is the address a browser opens for addr.
func pageURL(addr *net.TCPAddr) string {
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port)) + "/"
}

// parseSize reads a byte size: a number with an optional unit (B, KB, MB,
// GB in powers of 1000; KiB, MiB, GiB in powers of 1024).
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(t), strings.ToUpper(u.suffix)) && (len(u.suffix) != 2 || !strings.HasSuffix(strings.ToUpper(t), "IB")) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || !(n > 0) {
		return 0, fmt.Errorf("not a positive size")
	}
	if b := n * float64(mult); b < 1<<50 {
		return max(1, int64(b)), nil
	}
	return 0, fmt.Errorf("too large")
}
