package main

import (
	"bufio"
	"io"
	"net/http"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeSignal starts `claimcheck serve` on a free loopback port, reads
// the address it prints, fetches the seeds' page, then sends SIGINT: the
// server stops cleanly and the command exits 0.
func TestServeSignal(t *testing.T) {
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"serve", "--addr", "127.0.0.1:0", "../../testdata/seeds"}, &env{stdout: io.Discard, stderr: pw})
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	if !lines.Scan() {
		t.Fatal("serve printed nothing")
	}
	m := regexp.MustCompile(`^claimcheck: serving on (http://127\.0\.0\.1:\d+/) — open it in a browser; Ctrl-C stops$`).FindStringSubmatch(lines.Text())
	if m == nil {
		t.Fatalf("first line %q", lines.Text())
	}
	resp, err := http.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "000_d96c562060a1272f.txt") {
		t.Fatalf("page: status %d", resp.StatusCode)
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after SIGINT, want 0", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
	if out := <-rest; out != "claimcheck: stopped\n" {
		t.Errorf("after SIGINT: %q", out)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"20MB", 20_000_000, true},
		{"20 MiB", 20 << 20, true},
		{"512KiB", 512 << 10, true},
		{"1.5GB", 1_500_000_000, true},
		{"100", 100, true},
		{"100B", 100, true},
		{"lots", 0, false},
		{"-1MB", 0, false},
		{"", 0, false},
		{"1e30GB", 0, false}, // found by FuzzParseSize: overflowed to a negative size
		{"NaN", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"20MB", "1KiB", "3", "x", "1e30GB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, err := parseSize(s); err == nil && n < 0 {
			t.Errorf("parseSize(%q) = %d", s, n)
		}
	})
}
