# Entente: see README.md. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     := bin/entente
DB      ?= entente.db
ADDR    ?= 127.0.0.1:64210
PKGS    := ./...

.PHONY: all build run load test deps vet fmt bench bench-corpus clean

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

# The tests use real tools: Chromium, Graphviz, PostgreSQL 15, networkx.
deps:
	.ci/deps

test: deps vet
	$(GO) test -count=1 $(PKGS)

# BENCH_N: the number of generated articles the load benchmarks write.
BENCH_N ?= 2000

bench:
	ENTENTE_BENCH_N=$(BENCH_N) $(GO) test -timeout 60m -run '^$$' -bench . -benchmem -cpu 1 $(PKGS)

# A synthetic corpus for benchmarks and trials in $(CORPUS): N distinct
# articles (make bench-corpus N=6300), or with COPIES=300 each bundled
# article copied that many times, the worst case.
N      ?= 2000
COPIES ?= 0
CORPUS ?= bin/corpus

bench-corpus:
	$(GO) run ./loaders/benchcorpus/cmd/benchcorpus -n $(N) -copies $(COPIES) -o $(CORPUS)

clean:
	rm -rf bin $(DB)

# --- export: the README picture and the pinned Cytoscape.js of the HTML page ---

CYTOSCAPE_VERSION := 3.34.4
CYTOSCAPE_SHA256  := 081591ab735b2b6a3b31a3c60f8f3a3e2fee8c92939e0c7820ad1208571b6cd8
DOCS_DB           := bin/docs.db

.PHONY: docs cytoscape-asset export-golden

# docs/graph.svg and docs/graph.png: the bundled graph, exported as DOT and
# laid out by Graphviz (Debian: graphviz), for the README.
docs: build
	rm -rf $(DOCS_DB)
	./$(BIN) load -q --db $(DOCS_DB) data/articles
	./$(BIN) export --db $(DOCS_DB) -o bin/graph.dot
	mkdir -p docs
	neato -Goverlap=prism -Gsplines=true -Gsep=+6 -Gsize=14,14 -Tsvg bin/graph.dot -o docs/graph.svg
	neato -Goverlap=prism -Gsplines=true -Gsep=+6 -Gsize=14,14 -Tpng bin/graph.dot -o docs/graph.png
	rm -rf $(DOCS_DB)

# Re-fetch the pinned Cytoscape.js that 'entente export --format html'
# inlines (graph/export/assets), checking its checksum.
cytoscape-asset:
	tmp=$$(mktemp -d) && \
	(cd $$tmp && npm pack --silent cytoscape@$(CYTOSCAPE_VERSION) >/dev/null && tar xzf cytoscape-$(CYTOSCAPE_VERSION).tgz) && \
	echo "$(CYTOSCAPE_SHA256)  $$tmp/package/dist/cytoscape.min.js" | sha256sum -c - && \
	cp $$tmp/package/dist/cytoscape.min.js graph/export/assets/cytoscape.min.js && \
	cp $$tmp/package/LICENSE graph/export/assets/LICENSE.cytoscape && \
	rm -rf $$tmp

# Rewrite the export golden files (graph/export/testdata) after a change to
# the extractor or an encoder; review the diff before committing.
export-golden:
	$(GO) test ./graph/export -run TestGolden -update
