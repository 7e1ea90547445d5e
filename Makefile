# FieldVault: `make run` builds and opens the app; `make test` runs every test.
# Both install what they need on a fresh Debian/Ubuntu machine.
SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)

VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X fieldvault/backend/buildinfo.Version=$(VERSION)
TAGS     := desktop,production,webkit2_41
BIN      := build/bin/fieldvault
DEV_BIN  := build/bin/fieldvault-dev
FRONTEND_SRC := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/package.json -type f 2>/dev/null)

.PHONY: run build deps test-deps frontend-deps test test-go test-frontend check-bindings smoke e2e bench bench-1m bench-scroll dev-build clean

run: build
	./$(BIN) $(ARGS)

build: deps $(BIN)

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh test

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SRC)
	cd frontend && npm run build
	@touch frontend/dist/.gitkeep

$(BIN): frontend/dist/index.html $(shell find . -name '*.go' -not -path './frontend/*') go.mod go.sum
	go build -tags $(TAGS) -trimpath -ldflags "-w -s $(LDFLAGS)" -o $@ .

# The dev build serves the frontend with live Go bindings on
# http://127.0.0.1:34115 (for browser end-to-end tests).
dev-build: deps frontend/dist/index.html
	go build -tags dev,webkit2_41 -ldflags "$(LDFLAGS)" -o $(DEV_BIN) .

# Every test: Go (with a real Secret Service), frontend unit tests, lint and
# types, a production build, the bindings-freshness check, the Xvfb smoke
# test of the real window, and the browser flows against the dev build (once
# without a keychain, once with a real one).
test: test-deps frontend-deps test-go test-frontend build check-bindings smoke e2e

test-go:
	go vet . ./backend/...
	FIELDVAULT_REQUIRE_SOFFICE=1 scripts/with-keychain.sh go test -count=1 . ./backend/...

test-frontend: frontend-deps
	cd frontend && npm run typecheck && npm run lint && npm test

check-bindings:
	scripts/check-bindings.sh

smoke: $(BIN)
	scripts/smoke.sh $(BIN) build/smoke.png

e2e: dev-build
	scripts/e2e.sh $(DEV_BIN)
	scripts/with-keychain.sh scripts/e2e.sh $(DEV_BIN)

# Benchmarks (never timed tests): the encrypted-vs-plain SQLite table with
# ratios, audit append/verify, and the record queries at 100k rows.
# `make bench-1m` runs the record queries at 1M rows (generation takes ~15 min).
# `make bench-scroll` scrolls the virtualised Contacts list of 100k demo
# contacts in the dev build under Xvfb and prints frame intervals and page
# latencies (screenshot in build/bench-scroll.png).
bench:
	@mkdir -p build
	go test -run '^$$' -bench BenchmarkStore -benchtime 5x -count 5 ./backend/encvfs | tee build/bench.txt | scripts/benchtable.sh
	go test -run '^$$' -bench 'BenchmarkAudit(Verify|Append)$$' -benchtime 3x ./backend/store | grep -E '^Benchmark'
	FIELDVAULT_BENCH_DIR=$${TMPDIR:-/tmp}/fieldvault-bench-audit go test -run '^$$' -bench 'BenchmarkAuditLog' -benchtime 10x -timeout 30m ./backend/store | grep -E '^Benchmark'
	FIELDVAULT_BENCH_DIR=$${TMPDIR:-/tmp}/fieldvault-bench-audit go test -run '^$$' -bench 'BenchmarkAuditAppendOverhead' -benchtime 500x -count 3 ./backend/store | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkBundleVerify' -benchtime 3x ./backend/auditbundle | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkExport' -benchtime 2x ./backend/xlsxout | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkReport100k' -benchtime 10x -timeout 30m ./backend/report | grep -E '^Benchmark'
	FIELDVAULT_BENCH_N=100000 go test -run '^$$' -bench Records -benchtime 30x -count 3 -timeout 30m ./backend/service | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkReadCSV' -benchtime 3x ./backend/importfile | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkScan|BenchmarkIndexFind' -benchtime 1x -timeout 20m ./backend/dedup | grep -E '^Benchmark'
	FIELDVAULT_BENCH_N=100000 go test -run '^$$' -bench 'BenchmarkImport|BenchmarkDuplicateScan' -benchtime 1x -timeout 30m ./backend/service | grep -E '^Benchmark'
	go test -run '^$$' -bench 'BenchmarkBackup' -benchtime 1x -timeout 20m ./backend/backup | grep -E '^Benchmark'

bench-1m:
	FIELDVAULT_BENCH_N=1000000 go test -run '^$$' -bench Records -benchtime 50x -count 3 -timeout 60m ./backend/service | grep -E '^Benchmark'
	FIELDVAULT_BENCH_N=1000000 go test -run '^$$' -bench BenchmarkDuplicateScan -benchtime 1x -timeout 60m ./backend/service | grep -E '^Benchmark'
	FIELDVAULT_BENCH_1M=1 go test -run '^$$' -bench 'BenchmarkReport1M' -benchtime 10x -timeout 60m ./backend/report | grep -E '^Benchmark'
	FIELDVAULT_BENCH_1M=1 go test -run '^$$' -bench 'BenchmarkExport' -benchtime 1x -timeout 60m ./backend/xlsxout | grep -E '^Benchmark'

bench-scroll: dev-build
	scripts/bench-scroll.sh $(DEV_BIN)

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
