# diplograph: the two commands a new user needs are 'make demo' and 'make test'.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
BIN := bin/diplograph
NEO4J := neo4j/neo4j.sh

.PHONY: build demo test bench vet neo4j-up neo4j-down neo4j-status test-neo4j-down clean

build:
	$(GO) build -o $(BIN) ./cmd/diplograph

# A Neo4j counts as configured when its URI is in the environment or in a
# config file; otherwise the local development server is started.
define ensure_neo4j
	if [[ -z "$${DIPLOGRAPH_NEO4J_URI:-}" ]] && ! grep -qs '^ *uri:' diplograph.yaml "$${XDG_CONFIG_HOME:-$$HOME/.config}/diplograph/diplograph.yaml"; then \
	  $(NEO4J) up >/dev/null; \
	else \
	  echo "using the configured Neo4j"; \
	fi
endef

neo4j-up:
	@$(NEO4J) up

neo4j-down:
	@$(NEO4J) down

neo4j-status:
	@$(NEO4J) status

demo: build
	@$(ensure_neo4j)
	@echo "== ingesting the sample articles in testdata/articles"
	$(BIN) ingest testdata/articles
	@echo
	@echo "== visits in 2024 (query run visits-in-year)"
	$(BIN) query run visits-in-year --param year=2024
	@echo
	@echo "== Russia's partners (query run partners-of --param country=RU)"
	$(BIN) query run partners-of --param country=RU
	@echo
	@echo "== members of BRICS (query run members-of --param org=BRICS)"
	$(BIN) query run members-of --param org=BRICS
	@echo
	@echo "== who is central among countries, all time (centrality --projection countries)"
	$(BIN) centrality --projection countries --top 5
	@echo
	@echo "== a report on 2024 compared with 2023: HTML and Markdown with charts, in reports/"
	$(BIN) report --window 2024 --format html,md --out reports --name demo-countries-2024 --keep 3
	@echo
	@echo "== a Cypher query of your own: who met whom, and how often it was reported"
	$(BIN) cypher 'MATCH (a:Person)-[m:MET]->(b:Person) RETURN a.name AS leader, b.name AS met, m.date AS date, size(m.articles) AS articles ORDER BY date'

# Tests wipe their database, so unless DIPLOGRAPH_NEO4J_URI names a scratch
# server they get a local Neo4j of their own (port 7688, data in
# .local/neo4j-test), never the one 'make demo' fills. Packages share it, so
# they run one at a time.
TEST_NEO4J := DIPLOGRAPH_NEO4J_HOME=$${DIPLOGRAPH_TEST_NEO4J_HOME:-$(CURDIR)/.local/neo4j-test} DIPLOGRAPH_NEO4J_LISTEN=127.0.0.1:7688 $(NEO4J)

test: vet
	@uri="$${DIPLOGRAPH_NEO4J_URI:-}"; \
	if [[ -z "$$uri" ]]; then \
	  $(TEST_NEO4J) up >/dev/null; \
	  uri=bolt://127.0.0.1:7688; \
	  export DIPLOGRAPH_NEO4J_PASSWORD=$${DIPLOGRAPH_NEO4J_PASSWORD:-diplograph-dev}; \
	fi; \
	echo "tests use the Neo4j at $$uri"; \
	DIPLOGRAPH_NEO4J_URI="$$uri" $(GO) test -count=1 -p 1 ./...

test-neo4j-down:
	@$(TEST_NEO4J) down

# Centrality against gonum, python-igraph and networkx on the same graphs
# (needs: pip install python-igraph networkx scipy). Takes about 15 minutes.
bench:
	python3 bench/centrality_peers.py --sizes 1k,5k,20k

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

clean:
	rm -rf bin
