# The two commands the README opens with: `make run` and `make test`. Each installs what it needs first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export CARGO_TERM_COLOR ?= never
TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))

.PHONY: bindings bench bench-hub bench-hub-sqlite bench-hub-postgres bench-dashboard bench-xlsx bench-startup bench-notices bench-fuzz run test setup ui ui-web check-rust check-ui test-rust test-postgres test-print test-ui test-browser test-window test-package test-fuzz

run: setup ui
	cargo build -p pathfinder -p pathfinder-hub
	scripts/run-app.sh

test: setup ui ui-web check-rust check-ui test-rust test-postgres test-print test-ui test-browser test-window test-package test-fuzz
	@echo "make test: every suite passed"

setup:
	scripts/setup.sh

# The UI's TypeScript and the capability, written again from the commands in crates/app/src/commands.rs (the test
# that checks them fails until this has run and its output is committed).
# The app crate embeds ui/dist, which may not build while the bindings are stale: any ui/dist will do for this.
bindings: setup
	mkdir -p ui/dist
	PATHFINDER_WRITE_BINDINGS=1 cargo test -p pathfinder --test bindings

# The UI the app embeds (its build reads ui/dist, so this comes first) and the dashboard's stylesheet the hub embeds.
# The stylesheet is checked in at crates/hub/assets/, so that cargo alone builds the hub from a fresh clone; it is
# compiled again here, and the build fails if that changes it, until the regenerated file is committed.
ui: setup
	cd ui && npx vite build --logLevel warn
	cd ui && npx sass --no-source-map --style=compressed --load-path=node_modules --quiet-deps \
	  src/styles/dashboard.scss ../crates/hub/assets/dashboard.css
	git diff --exit-code -- crates/hub/assets/dashboard.css || { echo "crates/hub/assets/dashboard.css is out of date: commit the regenerated file" >&2; exit 1; }

# The same UI on the in-browser backend, for Playwright.
ui-web: setup
	cd ui && npx vite build --mode web --outDir dist-web --logLevel warn

check-rust: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo deny --offline check licenses bans

check-ui: setup
	cd ui && npx tsc --noEmit && npx eslint . && npx prettier --check --log-level warn .

# Unit, property and store tests, the mock-runtime command tests, the generated UI types and capability checked
# against the commands, and the Fluent catalogue check. This also builds the app, which the window test launches,
# and pathfinder-web-backend, which the browser tests talk to.
test-rust: ui
	cargo test --workspace
	cargo build --workspace --all-targets

# The hub's storage and API suite again, and the app's reporting suite against a hub, on a throwaway PostgreSQL
# cluster. (--workspace keeps the features of test-rust's build, so little but the tests is compiled again.)
test-postgres: test-rust
	scripts/with-postgres.sh cargo test --workspace --features pathfinder-hub/postgres-tests,pathfinder/postgres-tests \
	  --test api_postgres --test crash_postgres --test reporting

# Printing through a real CUPS server to the cups-pdf printer (started and stopped by the script).
test-print: test-rust
	scripts/with-cups.sh cargo test --workspace --features pathfinder/cups-tests --test printing

test-ui: setup
	cd ui && npx vitest run

# The UI in Chromium against pathfinder-web-backend, the app's real operations over HTTP, and the dashboard against
# a seeded hub (both built by test-rust).
test-browser: ui-web test-rust
	cd ui && PATHFINDER_WEB_BACKEND="$(TARGET_DIR)/debug/pathfinder-web-backend" \
	  PATHFINDER_HUB_BIN="$(TARGET_DIR)/debug/pathfinder-hub" npx playwright test

# The real WebKitGTK window through tauri-driver under Xvfb: the language switch, and onboarding with two tasks
# completed surviving a restart; three times in a row.
test-window: test-rust
	for run in 1 2 3; do echo "window test, run $$run of 3"; cargo test --workspace --features pathfinder/e2e --test webdriver; done

# The Linux package: two .deb builds (this version and the next, signed with a throwaway updater key), the older
# installed with apt-get and started in a real window, then updated to the newer from a hub on loopback.
test-package: ui test-rust
	scripts/test-package.sh

# Fuzzing on the stable toolchain (cargo-fuzz, libFuzzer, no sanitizer): the hub's submission parser and the
# patient-list reader, 30 s each from the seed corpora; fails on any crash, hang or runaway allocation.
test-fuzz: setup
	scripts/fuzz.sh 30

# Benchmarks: not part of the test command (they measure; only their own checks, such as stored = acknowledged,
# fail them). `make bench` runs each below and writes its table into bench/RESULTS.md between its markers, with the
# commit, the date and the machine; QUICK=1 (or bench/<script> --quick) is a smoke run at small scale whose tables go
# to /tmp/pathfinder-bench-smoke/RESULTS.md instead. The databases go to BENCH_DIR (default /var/tmp/pathfinder-bench,
# refused on tmpfs).
bench_quick := $(if $(filter 1,$(QUICK)),--quick)

bench: setup
	bench/all.sh $(bench_quick)

# Hub ingest on SQLite, on a database holding a year of daily submissions from 8,000 practices.
bench-hub-sqlite: setup
	bench/hub-sqlite.sh $(bench_quick)

# The name it had before: the same benchmark.
bench-hub: bench-hub-sqlite

# Two hubs on one PostgreSQL: one and two hubs, one SIGKILLed mid-run, sessions and sign-in limits across both.
bench-hub-postgres: setup
	bench/hub-postgres.sh $(bench_quick)

# Every dashboard page at national scale, on SQLite and PostgreSQL side by side.
bench-dashboard: setup
	bench/dashboard.sh $(bench_quick)

# The national list as a workbook: the hub's writer against rust_xlsxwriter, cells compared.
bench-xlsx: setup
	bench/xlsx.sh $(bench_quick)

# Start-up and memory against a bare Tauri window, and the sizes.
bench-startup: setup ui
	bench/startup/bench.sh $(bench_quick)

# Letters against Typst (10,000; Typst is built once into /var/tmp/typst).
bench-notices: setup
	bench/notices/bench.sh $(bench_quick)

# The long fuzzing run: 10 minutes a target.
bench-fuzz: setup
	bench/fuzz/run.sh
