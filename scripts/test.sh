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

step "cargo clippy (native, all targets of both packages)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (wasm32: the page, its browser tests and the bench core)"
cargo clippy --target wasm32-unknown-unknown -p crosscheck-web --bins --tests --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p crosscheck --bin crosscheck-bench --locked -- -D warnings

step "scripts/build.sh"
bash scripts/build.sh

# The native run includes tests/browser.rs, which drives dist/ (just built) in headless Chromium.
step "cargo test (native: unit, integration, end-to-end browser)"
cargo test --workspace --locked

step "cargo test --target wasm32-unknown-unknown -p crosscheck-web --test wasm (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown -p crosscheck-web --test wasm

step "all checks passed in $((SECONDS - started))s"
