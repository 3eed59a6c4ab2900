#!/usr/bin/env bash
# Installs what is missing (also Chromium and chromedriver) and runs every check: formatting,
# clippy (native and wasm), the build, native tests (unit, integration, and the end-to-end browser
# test against dist/), and the wasm-bindgen tests in headless Chromium. Stops at the first failure.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
cd "$CROSSCHECK_ROOT"

started=$SECONDS
step() { say "[$((SECONDS - started))s] $*"; }

step "tools"
ensure_build_tools
ensure_chromium

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets --locked -- -D warnings

step "cargo clippy (wasm32: the page and its browser tests)"
cargo clippy --target wasm32-unknown-unknown --bin crosscheck-web --test wasm --locked -- -D warnings

step "scripts/build.sh"
bash scripts/build.sh

# The native run includes tests/browser.rs, which drives dist/ (just built) in headless Chromium.
step "cargo test (native: unit, integration, end-to-end browser)"
cargo test --locked

step "cargo test --target wasm32-unknown-unknown --test wasm (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test wasm

step "all checks passed in $((SECONDS - started))s"
