# The two commands of the README: `make run` starts the shell on the built-in study, `make test`
# runs every test. Both install what a fresh Debian machine with Swift lacks first.
SWIFT ?= swift
BIN := .build/debug/caseql

.PHONY: run test deps build release bench fuzz

run: deps build
	@$(BIN)

test: deps
	$(SWIFT) build
	$(SWIFT) test

build:
	$(SWIFT) build --product caseql

release: deps
	$(SWIFT) build -c release --product caseql

deps:
	@bash Scripts/install-deps.sh
