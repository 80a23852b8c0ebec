# The two commands of the README: `make run` starts the shell on the built-in study, `make test`
# runs every test. Both install what a fresh Debian machine with Swift lacks first.
SWIFT ?= swift
PREFIX ?= /usr/local
# The shipped binary: release, with the Swift runtime and Foundation linked in statically, which
# starts in about 0.6x the time of the dynamically linked one (docs/benchmarks.md).
RELEASE := -c release --static-swift-stdlib
BIN := .build/release/caseql

.PHONY: run test deps build release install

run: release
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
	$(SWIFT) build $(RELEASE) --product caseql

# `make install PREFIX=~/.local` puts caseql in ~/.local/bin (DESTDIR for packagers).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/caseql"

deps:
	@bash Scripts/install-deps.sh
