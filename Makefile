# Entente: see README.md. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     := bin/entente
DB      ?= entente.db
ADDR    ?= 127.0.0.1:64210
PKGS    := ./...

.PHONY: all build run load test vet fmt bench clean

all: build

# No -trimpath: `serve` finds Cayley's UI assets through the source paths
# compiled into the binary.
build:
	$(GO) build -o $(BIN) ./cmd/entente

load: build
	./$(BIN) load --db $(DB) data/articles

run: load
	@echo
	@echo "Ask from another terminal, for example:"
	@echo "  ./$(BIN) query supporters Assad"
	@echo "  ./$(BIN) query roles Shamkhani --format json"
	@echo "  ./$(BIN) query evidence Russia Assad"
	@echo
	./$(BIN) serve --db $(DB) --addr $(ADDR)

vet:
	$(GO) vet $(PKGS)
	@test -z "$$(gofmt -l cmd graph loaders queries data)" || { gofmt -l cmd graph loaders queries data; echo "gofmt needed"; exit 1; }

test: vet
	$(GO) test -count=1 $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 $(PKGS)

clean:
	rm -rf bin $(DB)
