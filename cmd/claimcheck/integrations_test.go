package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// toolPath puts this test binary on PATH as "claimcheck" (TestMain runs it
// as the command under that name) and returns the directory.
func toolPath(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(bin, "claimcheck")); err != nil {
		t.Fatal(err)
	}
	return bin
}

// articleRepo makes a git repository whose base commit has one article and
// whose head adds the two seed articles as articles/a.md and articles/b.md,
// plus a note outside articles/. It returns the directory and the base sha.
func articleRepo(t *testing.T) (string, string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	write := func(name, from string) {
		data := []byte(from)
		if strings.HasPrefix(from, "../../") {
			var err error
			if data, err = os.ReadFile(from); err != nil {
				t.Fatal(err)
			}
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	write("articles/old.txt", "Storm\n\nThe guard said the storm passed on Monday.\n")
	git("add", ".")
	git("commit", "-qm", "base")
	base := git("rev-parse", "HEAD")
	write("articles/a.md", "../../testdata/seeds/000_d96c562060a1272f.txt")
	write("articles/b.md", "../../testdata/seeds/002_b78db7ccbbcff9bc.txt")
	write("notes/todo.md", "Remember the storm.\n")
	git("add", ".")
	git("commit", "-qm", "head")
	return dir, base
}

// actionDef is the part of action.yml a composite run needs.
type actionDef struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	ID    string            `yaml:"id"`
	Name  string            `yaml:"name"`
	If    string            `yaml:"if"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Uses  string            `yaml:"uses"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

var exprRE = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// runner plays the part of the Actions runner for one composite run:
// expressions, if conditions, step outputs, GITHUB_OUTPUT and GITHUB_PATH.
type runner struct {
	t       *testing.T
	dir     string
	temp    string
	path    string
	inputs  map[string]string
	github  map[string]string
	outputs map[string]map[string]string
	failed  bool
}

func (r *runner) value(expr string) string {
	switch {
	case strings.HasPrefix(expr, "inputs."):
		return r.inputs[strings.TrimPrefix(expr, "inputs.")]
	case strings.HasPrefix(expr, "steps."):
		parts := strings.Split(expr, ".") // steps.ID.outputs.NAME
		if len(parts) == 4 && parts[2] == "outputs" {
			return r.outputs[parts[1]][parts[3]]
		}
	case strings.HasPrefix(expr, "github."):
		return r.github[strings.TrimPrefix(expr, "github.")]
	}
	r.t.Fatalf("action.yml: expression %q is not one this test knows", expr)
	return ""
}

func (r *runner) expand(s string) string {
	return exprRE.ReplaceAllStringFunc(s, func(m string) string { return r.value(exprRE.FindStringSubmatch(m)[1]) })
}

// cond evaluates the conditions action.yml uses: always(), and terms
// comparing an expression with a quoted string, joined by &&.
func (r *runner) cond(s string) bool {
	if s == "" {
		return !r.failed
	}
	always := false
	for _, term := range strings.Split(s, "&&") {
		term = strings.TrimSpace(term)
		if term == "always()" {
			always = true
			continue
		}
		m := regexp.MustCompile(`^([\w.-]+) (==|!=) '([^']*)'$`).FindStringSubmatch(term)
		if m == nil {
			r.t.Fatalf("action.yml: condition %q is not one this test knows", term)
		}
		if eq := r.value(m[1]) == m[3]; eq != (m[2] == "==") {
			return false
		}
	}
	return always || !r.failed
}

// step runs one run step as the runner does (bash -e -o pipefail) and
// returns its exit code.
func (r *runner) step(s actionStep) int {
	script := filepath.Join(r.temp, "step-"+s.ID+".sh")
	os.WriteFile(script, []byte(s.Run), 0o644)
	out := filepath.Join(r.temp, "out-"+s.ID)
	os.WriteFile(out, nil, 0o644)
	gpath := filepath.Join(r.temp, "path-"+s.ID)
	os.WriteFile(gpath, nil, 0o644)
	cmd := exec.Command("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", script)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "PATH="+r.path, "RUNNER_TEMP="+r.temp, "GITHUB_OUTPUT="+out, "GITHUB_PATH="+gpath,
		"GITHUB_REPOSITORY=owner/repo", "NO_COLOR=1")
	for k, v := range s.Env {
		cmd.Env = append(cmd.Env, k+"="+r.expand(v))
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		r.t.Fatal(err)
	}
	r.outputs[s.ID] = map[string]string{}
	data, _ := os.ReadFile(out)
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			r.outputs[s.ID][k] = v
		}
	}
	if p, _ := os.ReadFile(gpath); len(bytes.TrimSpace(p)) > 0 {
		r.path = strings.TrimSpace(string(p)) + ":" + r.path
	}
	r.t.Logf("step %s: exit %d\n%s", s.ID, code, stderr.String())
	return code
}

// docBlocks returns the fenced code blocks of docs/integrations.md with the
// given info string.
func docBlocks(t *testing.T, lang string) []string {
	t.Helper()
	data, err := os.ReadFile("../../docs/integrations.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```" + lang + "\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		out = append(out, m[1])
	}
	return out
}

func readAction(t *testing.T) actionDef {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionDef
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" || len(a.Runs.Steps) == 0 {
		t.Fatalf("action.yml: runs.using %q with %d steps", a.Runs.Using, len(a.Runs.Steps))
	}
	return a
}

// TestAction runs action.yml's steps as the runner would, on a pull
// request adding two articles (and a note outside the paths) and on a push,
// with the inputs of the workflow example in docs/integrations.md.
func TestAction(t *testing.T) {
	a := readAction(t)
	// The docs' workflow example uses only inputs the action declares.
	var with map[string]string
	for _, block := range docBlocks(t, "yaml") {
		var wf struct {
			Jobs map[string]struct {
				Steps []actionStep `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if yaml.Unmarshal([]byte(block), &wf) != nil {
			continue
		}
		for _, j := range wf.Jobs {
			for _, s := range j.Steps {
				if strings.HasPrefix(s.Uses, "claimcheck/claimcheck@") {
					with = s.With
				}
			}
		}
	}
	if with == nil {
		t.Fatal("docs/integrations.md has no workflow using claimcheck/claimcheck@")
	}
	for k := range with {
		if _, ok := a.Inputs[k]; !ok {
			t.Errorf("the docs' workflow sets input %q that action.yml does not declare", k)
		}
	}

	bin := toolPath(t)
	tests := []struct {
		name      string
		event     string
		wantCount string
		wantGate  int
		comment   bool
	}{
		{"pull request", "pull_request", "2", 1, true},
		{"push", "push", "1", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, base := articleRepo(t)
			temp := t.TempDir()
			// A fake gh records the comment it is asked to post.
			ghLog := filepath.Join(temp, "gh.log")
			fake := t.TempDir()
			os.WriteFile(filepath.Join(fake, "gh"), []byte("#!/bin/sh\necho \"$@\" >> "+ghLog+"\n"), 0o755)
			r := &runner{t: t, dir: dir, temp: temp, path: fake + ":" + bin + ":" + os.Getenv("PATH"),
				inputs: map[string]string{}, outputs: map[string]map[string]string{},
				github: map[string]string{"event_name": tt.event, "action_path": "../..", "token": "t0ken"}}
			for k, v := range a.Inputs {
				r.inputs[k] = v.Default
			}
			for k, v := range with {
				r.inputs[k] = v
			}
			if tt.event == "pull_request" {
				r.github["event.pull_request.base.sha"] = base
				r.github["event.pull_request.number"] = "7"
			}
			gate := -1
			for _, s := range a.Runs.Steps {
				if !r.cond(s.If) {
					continue
				}
				if s.Uses != "" {
					if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
						data, err := os.ReadFile(r.expand(s.With["sarif_file"]))
						if err != nil {
							t.Fatalf("upload-sarif: %v", err)
						}
						rep, err := sarif.FromBytes(data)
						if err != nil || rep.Validate() != nil || len(rep.Runs[0].Results) == 0 {
							t.Errorf("upload-sarif would upload an invalid or empty SARIF file (%v)", err)
						}
					}
					continue
				}
				code := r.step(s)
				if s.ID == "gate" {
					gate = code
				} else if code != 0 {
					r.failed = true
					t.Errorf("step %s exited %d", s.ID, code)
				}
			}
			if got := r.outputs["files"]["count"]; got != tt.wantCount {
				t.Errorf("files to check: %s, want %s", got, tt.wantCount)
			}
			if gate != tt.wantGate || r.outputs["check"]["exit-code"] != fmt.Sprint(tt.wantGate) {
				t.Errorf("gate exited %d (exit-code %q), want %d", gate, r.outputs["check"]["exit-code"], tt.wantGate)
			}
			md, err := os.ReadFile(r.outputs["check"]["markdown"])
			if err != nil || !bytes.HasPrefix(md, []byte("## claimcheck")) {
				t.Errorf("Markdown report: %v %.40q", err, md)
			}
			calls, _ := os.ReadFile(ghLog)
			wantCall := "pr comment 7 --repo owner/repo --body-file " + r.outputs["check"]["markdown"]
			if got := strings.Contains(string(calls), wantCall); got != tt.comment {
				t.Errorf("gh calls %q: comment posted %v, want %v", calls, got, tt.comment)
			}
		})
	}
}

// TestPreCommitHooks runs each hook of .pre-commit-hooks.yaml as
// pre-commit does (entry, the docs' args, then the staged files its files
// pattern matches) in one process.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID       string `yaml:"id"`
		Entry    string `yaml:"entry"`
		Language string `yaml:"language"`
		Files    string `yaml:"files"`
		Serial   bool   `yaml:"require_serial"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) == 0 {
		t.Fatalf(".pre-commit-hooks.yaml: %v (%d hooks)", err, len(hooks))
	}
	var cfg struct {
		Repos []struct {
			Hooks []struct {
				ID   string   `yaml:"id"`
				Args []string `yaml:"args"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	for _, block := range docBlocks(t, "yaml") {
		if strings.Contains(block, "repos:") {
			if err := yaml.Unmarshal([]byte(block), &cfg); err != nil {
				t.Fatalf("the docs' pre-commit example: %v", err)
			}
		}
	}
	if len(cfg.Repos) == 0 || len(cfg.Repos[0].Hooks) == 0 {
		t.Fatal("docs/integrations.md has no pre-commit example")
	}
	docArgs := map[string][]string{}
	for _, h := range cfg.Repos[0].Hooks {
		docArgs[h.ID] = h.Args
	}
	bin := toolPath(t)
	dir, _ := articleRepo(t)
	staged := []string{"articles/a.md", "articles/b.md", "notes/todo.md", "action.yml", "image.png"}
	for _, h := range hooks {
		if !h.Serial {
			t.Errorf("hook %s: require_serial must be true so staged articles are compared together", h.ID)
		}
		re := regexp.MustCompile(h.Files)
		var files []string
		for _, f := range staged {
			if re.MatchString(f) {
				files = append(files, f)
			}
		}
		if len(files) != 3 {
			t.Errorf("hook %s passes %v, want the three articles", h.ID, files)
		}
		for _, args := range [][]string{nil, docArgs["claimcheck"]} {
			argv := append(append(strings.Fields(h.Entry), args...), files...)
			cmd := exec.Command(argv[0], argv[1:]...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"))
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			want := 0 // warnings only, below the default fail-on error
			if len(args) > 0 {
				want = 1 // the docs' --fail-on warning
			}
			if code != want || !bytes.Contains(out, []byte("articles/a.md")) {
				t.Errorf("hook %s %v: exit %d, want %d; output:\n%.300s", h.ID, args, code, want, out)
			}
		}
	}
}

// TestIntegrationDocs runs every claimcheck command line of the docs'
// shell examples (but serve, which does not return) on two articles.
func TestIntegrationDocs(t *testing.T) {
	bin := toolPath(t)
	dir, _ := articleRepo(t)
	ran := 0
	for _, block := range docBlocks(t, "sh") {
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimSpace(line)
			cmdline, piped, _ := strings.Cut(line, " | ")
			words := strings.Fields(cmdline)
			var env []string
			for len(words) > 0 && strings.Contains(words[0], "=") {
				env, words = append(env, words[0]), words[1:]
			}
			if len(words) < 2 || words[0] != "claimcheck" || words[1] == "serve" {
				continue
			}
			ran++
			cmd := exec.Command(words[0], words[1:]...)
			cmd.Dir = dir
			cmd.Env = append(append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH")), env...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() >= 2 || err != nil && !ok {
				t.Errorf("%s: %v\n%s", cmdline, err, stderr.String())
				continue
			}
			switch {
			case strings.Contains(piped, "reviewdog"):
				var rd struct {
					Diagnostics []json.RawMessage `json:"diagnostics"`
				}
				if err := json.Unmarshal(stdout.Bytes(), &rd); err != nil || len(rd.Diagnostics) == 0 {
					t.Errorf("%s: not rdjson with diagnostics (%v)", cmdline, err)
				}
			case len(env) > 0 && strings.HasPrefix(env[0], "NO_COLOR="):
				if bytes.Contains(stdout.Bytes(), []byte("\x1b[")) {
					t.Errorf("%s: coloured output", cmdline)
				}
			}
			for i, w := range words {
				if w == "-o" && i+1 < len(words) {
					if fi, err := os.Stat(filepath.Join(dir, words[i+1])); err != nil || fi.Size() == 0 {
						t.Errorf("%s: wrote no %s", cmdline, words[i+1])
					}
				}
			}
		}
	}
	if ran < 6 {
		t.Errorf("ran %d command lines from the docs, want every example", ran)
	}
}
