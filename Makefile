# claimcheck — build, test, measure.
GO       ?= go
FUZZTIME ?= 30s
EVALDATA ?= ../shared/eval

.PHONY: build test bench eval fuzz lint run-seeds generate

build:
	$(GO) build -o bin/claimcheck ./cmd/claimcheck

# test is the command CI runs (.ci/run): vet, then every test.
test:
	$(GO) vet ./...
	$(GO) test ./...

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# eval prints accuracy figures on the public data in $(EVALDATA) (never copied here).
eval:
	$(GO) run ./internal/cmd/eval -data $(EVALDATA)

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
