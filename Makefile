# The two commands of the README: `make run` starts the shell on the built-in study, `make test`
# runs every test. Both install what a fresh Debian machine with Swift lacks first.
SWIFT ?= swift
BIN := .build/debug/caseql

.PHONY: run test deps build release bench fuzz

run: deps build
	@$(BIN)

# The tests run with the real engines at hand: Scripts/engines.sh installs what is missing (PostgreSQL,
# a Java runtime, DuckDB and PySpark in a venv under ~/.cache), starts PostgreSQL on a loopback port
# with a temporary data directory, runs the tests and stops it.
test: deps
	$(SWIFT) build
	bash Scripts/engines.sh $(SWIFT) test

build:
	$(SWIFT) build --product caseql

release: deps
	$(SWIFT) build -c release --product caseql

deps:
	@bash Scripts/install-deps.sh
