# The two commands of the README: `make run` (the main job on corpus/) and `make test`.
SWIFT ?= swift
GRAPH ?= graph
DOSSIER = .build/release/dossier
SAMPLE_QUERY = MATCH (c:Company) RETURN c.name ORDER BY c.name

.PHONY: setup build run test bench clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release

run: build
	$(DOSSIER) ingest corpus --graph $(GRAPH)
	$(DOSSIER) query "$(SAMPLE_QUERY)" --graph $(GRAPH)
	$(DOSSIER) export dot --graph $(GRAPH) -o $(GRAPH)/corpus.dot --force
	@if command -v dot >/dev/null; then dot -Tsvg $(GRAPH)/corpus.dot -o $(GRAPH)/corpus.svg && echo "wrote $(GRAPH)/corpus.svg"; fi

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build
