# Anchor: the two commands of the README's quick start, and the benchmarks.
#   make demo    run the product end to end on a local Hardhat node
#   make test    every test: contracts (Hardhat), the JavaScript verifier, and .NET
#   make bench   measure, and rewrite docs/BENCHMARKS.md
# Each target installs what it needs (npm ci, dotnet restore) and reaches nothing but the
# package registries.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
DOTNET ?= dotnet
NPM ?= npm
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

NPM_STAMP := node_modules/.anchor-npm-ci

.PHONY: help install compile test test-contracts test-js test-dotnet test-web demo bench clean

help:
	@echo "make demo    run Anchor end to end on a local Hardhat node"
	@echo "make test    run every test (Hardhat, JavaScript and .NET)"
	@echo "make bench   run the benchmarks and rewrite docs/BENCHMARKS.md"

# npm ci only when the lock file changed since the last install.
$(NPM_STAMP): package-lock.json package.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

install: $(NPM_STAMP)

compile: install
	npx hardhat compile --quiet

test-contracts: compile
	npx hardhat test

test-js: compile
	npx mocha tests/js --timeout 120000

test-dotnet: compile
	$(DOTNET) test Anchor.sln --configuration Release

# The browser tests drive the built `anchor` and `indexer` programs and Debian's chromium.
test-web: compile
	$(DOTNET) build Anchor.sln --configuration Release
	npx mocha tests/web --timeout 180000

test: test-contracts test-js test-dotnet test-web

# DEMO_ARGS passes options through, e.g. make demo DEMO_ARGS="--batches 5000 --no-wait".
demo: compile
	$(DOTNET) run --configuration Release --project src/Anchor.Demo -- $(DEMO_ARGS)

bench: compile
	rm -rf bench/results
	npx hardhat run bench/contract-gas.js
	node bench/oz-merkle-tree.js
	$(DOTNET) run --configuration Release --project bench/Anchor.Benchmarks
	node scripts/write-benchmarks.js

clean:
	rm -rf artifacts cache bench/results
	$(DOTNET) clean Anchor.sln >/dev/null
