# Entente: see README.md. `make run` and `make test` are all a newcomer needs.

GO      ?= go
BIN     := bin/entente
DB      ?= entente.db
ADDR    ?= 127.0.0.1:64210
PKGS    := ./...

.PHONY: all build run load test test-fast eval fuzz deps vet fmt bench bench-corpus clean stock-cayley

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
	$(GO) vet -tags slow $(PKGS)
	@test -z "$$(gofmt -l cmd graph loaders queries data)" || { gofmt -l cmd graph loaders queries data; echo "gofmt needed"; exit 1; }

# The tests use real tools: Chromium, Graphviz, PostgreSQL 15, networkx.
deps:
	.ci/deps

# Two tiers, every test exactly once. The slow tier is the tests that drive
# real systems — headless Chromium, PostgreSQL, Graphviz, networkx, the stock
# cayley binary, the load test — kept in files built with the "slow" tag;
# the packages that have such files run whole in it. The fast tier is every
# other package: `make test-fast` runs it alone, without the slow files, in a
# minute or so. Then each fuzz target runs briefly (`make fuzz` for longer).
SLOW_PKGS = $(shell grep -rl --include='*_test.go' '^//go:build slow' cmd graph loaders queries data | xargs -r -n1 dirname | sort -u | sed 's|^|./|')
FAST_PKGS = $(filter-out $(SLOW_PKGS:./%=github.com/entente/entente/%),$(shell $(GO) list $(PKGS)))
# A count of inputs, not a duration: Go 1.26's fuzz coordinator can report
# "context deadline exceeded" as a failure when a -fuzztime duration ends
# while a busy machine's worker is mid-input (go.dev/issue/75804, fixed in
# Go 1.27); a count has no deadline to race.
FUZZTIME ?= 10000x

test: deps vet stock-cayley
	@start=$$(date +%s); $(GO) test -count=1 $(FAST_PKGS) && echo "fast tier: $$(( $$(date +%s) - start )) s" >&2
	@start=$$(date +%s); $(GO) test -count=1 -tags slow -timeout 30m $(SLOW_PKGS) && echo "slow tier: $$(( $$(date +%s) - start )) s" >&2
	@start=$$(date +%s); $(MAKE) --no-print-directory fuzz FUZZTIME=$(FUZZTIME) && echo "fuzz tier: $$(( $$(date +%s) - start )) s" >&2

# The fast tier alone: no browser, database, Graphviz or stock cayley.
test-fast: vet
	$(GO) test -count=1 $(PKGS)

# How well the extractor reads each development corpus of loaders/testdata
# (strict precision, recall and F1 against its gold; part of every tier).
eval:
	@out=$$($(GO) test -count=1 -run 'TestReadingQuality' -v ./loaders 2>&1); status=$$?; \
	echo "$$out" | grep -E 'precision|below|FAIL|^ok'; exit $$status

# Every fuzz target for FUZZTIME inputs (make fuzz FUZZTIME=1000000x for a
# longer run; a duration such as 2m works too, with the race above);
# the seed corpora under testdata/fuzz also run as plain tests in the tiers.
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' cmd graph loaders queries | sort | while read f; do \
	  for t in $$(grep -o '^func Fuzz[A-Za-z0-9_]*' $$f | cut -c6-); do \
	    echo "fuzz $$t ($$(dirname $$f)) for $(FUZZTIME)" >&2; \
	    out=$$($(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) ./$$(dirname $$f) 2>&1) || { echo "$$out"; exit 1; }; \
	  done; done

# The stock cayley binary the tests run to prove the store and the N-Quads
# export stay plain Cayley. Built once into the user's cache (it compiles
# SQLite with cgo: minutes on a busy machine), outside any test binary's time
# limit, and shared by every clone; the tests find it through
# $$ENTENTE_STOCK_CAYLEY.
CAYLEY_VERSION := v0.7.7
STOCK_CAYLEY   ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/entente/cayley-$(CAYLEY_VERSION)/cayley
export ENTENTE_STOCK_CAYLEY := $(STOCK_CAYLEY)

stock-cayley: $(STOCK_CAYLEY)

$(STOCK_CAYLEY):
	@echo "building the stock cayley $(CAYLEY_VERSION) into $@ (once; cgo, a few minutes)" >&2
	@mkdir -p $(@D)
	tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	printf 'module stockcayley\n\ngo 1.22\n\nrequire github.com/cayleygraph/cayley $(CAYLEY_VERSION)\n' >$$tmp/go.mod && \
	(cd $$tmp && GOFLAGS=-mod=mod $(GO) get github.com/cayleygraph/cayley/cmd/cayley@$(CAYLEY_VERSION) && \
	 GOFLAGS=-mod=mod $(GO) build -o $@.tmp github.com/cayleygraph/cayley/cmd/cayley) && \
	mv $@.tmp $@

# BENCH_N: the number of generated articles the load benchmarks write.
BENCH_N ?= 2000

bench: stock-cayley
	ENTENTE_BENCH_N=$(BENCH_N) $(GO) test -tags slow -timeout 60m -run '^$$' -bench . -benchmem -cpu 1 $(PKGS)

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

# --- world: the world's states and territories (data/world) ---

WORLD_COUNTRIES_VERSION  := 5.1.0
WORLD_COUNTRIES_SHA256   := 329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495
I18N_NATIONALITY_VERSION := 1.4.0
I18N_NATIONALITY_SHA256  := 4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85
ISO_CODES_VERSION        := 4.15.0-1
ISO_CODES_SHA256         := b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e

.PHONY: world-data

# Regenerate data/world/countries.tsv: fetch the pinned npm packages
# world-countries and i18n-nationality and Debian's iso-codes, check their
# checksums, and run the generator with data/world/overrides.tsv. Review
# the diff before committing.
world-data:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd $$tmp && npm pack --silent world-countries@$(WORLD_COUNTRIES_VERSION) i18n-nationality@$(I18N_NATIONALITY_VERSION) >/dev/null && \
	 { apt-get download -qq iso-codes=$(ISO_CODES_VERSION) 2>/dev/null || { apt-get update -qq && apt-get download -qq iso-codes=$(ISO_CODES_VERSION) 2>/dev/null; }; }) && \
	printf '%s  %s\n' \
	  $(WORLD_COUNTRIES_SHA256) $$tmp/world-countries-$(WORLD_COUNTRIES_VERSION).tgz \
	  $(I18N_NATIONALITY_SHA256) $$tmp/i18n-nationality-$(I18N_NATIONALITY_VERSION).tgz \
	  $(ISO_CODES_SHA256) $$tmp/iso-codes_$(ISO_CODES_VERSION)_all.deb | sha256sum -c - && \
	mkdir $$tmp/wc $$tmp/nat $$tmp/iso && \
	tar xzf $$tmp/world-countries-$(WORLD_COUNTRIES_VERSION).tgz -C $$tmp/wc && \
	tar xzf $$tmp/i18n-nationality-$(I18N_NATIONALITY_VERSION).tgz -C $$tmp/nat && \
	dpkg-deb -x $$tmp/iso-codes_$(ISO_CODES_VERSION)_all.deb $$tmp/iso && \
	$(GO) run ./data/world/gen \
	  -world-countries $$tmp/wc/package/countries.json \
	  -nationality $$tmp/nat/package/langs/en.json \
	  -iso-codes $$tmp/iso/usr/share/iso-codes/json/iso_3166-1.json \
	  -overrides data/world/overrides.tsv -o data/world/countries.tsv \
	  -sources "world-countries $(WORLD_COUNTRIES_VERSION) (npm, ODbL-1.0), iso-codes $(ISO_CODES_VERSION) (Debian, LGPL-2.1+), i18n-nationality $(I18N_NATIONALITY_VERSION) (npm, MIT)"
