#!/usr/bin/env bash
# Shared install steps for build.sh, serve.sh and test.sh: each installs only what is missing, so a
# second run takes a fraction of a second. Source it (`. scripts/setup.sh`), then call the
# `ensure_*` functions you need; run directly, it installs everything.
#
# Sources: rustup (wasm target), crates.io (wasm-bindgen-cli), npm (binaryen for wasm-opt), and
# Debian's packages (nodejs/npm, a C toolchain, chromium for the tests). Nothing else is fetched.

set -euo pipefail

CROSSCHECK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs a command as root: directly when we are root (CI, containers), else through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    as_root apt-get update -q
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  as_root apt-get install -y -q --no-install-recommends "$@"
}

# rustup's Rust needs a system linker for build scripts and `cargo install`.
ensure_cc() {
  command -v cc >/dev/null 2>&1 || apt_install gcc libc6-dev
}

ensure_wasm_target() {
  if ! command -v rustup >/dev/null 2>&1; then
    say "rustup not found: install Rust with rustup (https://rustup.rs), then run this again"
    return 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

# The wasm-bindgen version the lockfile pins; the CLI must be exactly that version.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { found = 1; next } found && /^version = / { gsub(/"/, "", $3); print $3; exit }' \
    "$CROSSCHECK_ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want have
  want="$(wasm_bindgen_version)"
  if [ -z "$want" ]; then
    say "Cargo.lock names no wasm-bindgen version"
    return 1
  fi
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    ensure_cc
    # Without --locked: the CLI's own lockfile pins a webpki-roots release the registry lacks.
    say "cargo install wasm-bindgen-cli --version =$want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "=$want"
  fi
}

# The npm packages package.json pins: wasm-opt from binaryen (Debian's binaryen is too old to read
# what wasm-bindgen writes), and the JS peers the bench page measures (compromise, de-compromise).
ensure_wasm_opt() {
  if [ -x "$CROSSCHECK_ROOT/node_modules/.bin/wasm-opt" ] &&
    [ -f "$CROSSCHECK_ROOT/node_modules/compromise/package.json" ] &&
    [ -f "$CROSSCHECK_ROOT/node_modules/de-compromise/package.json" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  say "npm ci (binaryen for wasm-opt; compromise and de-compromise for the bench page)"
  (cd "$CROSSCHECK_ROOT" && npm ci --no-audit --no-fund)
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
}

# Everything `scripts/build.sh` needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
  command -v python3 >/dev/null 2>&1 || apt_install python3
  command -v gzip >/dev/null 2>&1 || apt_install gzip
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_build_tools
  ensure_chromium
  say "all tools present"
fi
