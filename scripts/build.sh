#!/usr/bin/env bash
# Builds the page into dist/, a complete static site (index.html, JS glue, wasm, stylesheet, icons,
# samples, the analysis worker and the offline cache) that any static file server can serve, and
# dist/crosscheck.html, the same page in one file that works opened from disk (file://).
# Honours CARGO_TARGET_DIR.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
cd "$CROSSCHECK_ROOT"
ensure_build_tools

target_dir="${CARGO_TARGET_DIR:-target}"
wasm="$target_dir/wasm32-unknown-unknown/web/crosscheck-web.wasm"

say "cargo build --profile web (wasm32)"
cargo build --profile web --target wasm32-unknown-unknown -p crosscheck-web --locked

# Build next to dist/ and swap at the end, so a failed build never leaves half a site.
out="dist.new"
rm -rf "$out"
mkdir -p "$out"

say "wasm-bindgen"
# no-modules: a classic script defining `wasm_bindgen`, which the page, the worker (importScripts)
# and the single file (one inline script, also the worker's source there) can all load.
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name app "$wasm"

say "wasm-opt -Oz"
# The features rustc enables by default for wasm32 and wasm-bindgen's output uses (bulk memory for
# table.fill and memory.copy, reference types for externref), and SIMD (.cargo/config.toml).
node_modules/.bin/wasm-opt -Oz \
  --enable-simd --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/app_bg.wasm" -o "$out/app_bg.wasm"

cp index.html "$out/"
cp -R www/. "$out/"

# The offline cache is named after this build, so a new build replaces the old cache.
build_id=$(cat "$out/app_bg.wasm" "$out/app.js" "$out/main.js" "$out/style.css" "$out/index.html" | sha256sum | cut -c1-16)
sed -i "s/BUILD_ID/$build_id/" "$out/sw.js"

say "dist/crosscheck.html (one file, for file://)"
python3 scripts/single_file.py "$out"

rm -rf dist
mv "$out" dist

raw=$(wc -c < dist/app_bg.wasm)
gz=$(gzip -9 -c dist/app_bg.wasm | wc -c)
js=$(wc -c < dist/app.js)
say "dist/ ready"
single=$(wc -c < dist/crosscheck.html)
printf 'wasm: %d bytes (%d KB), gzipped %d bytes (%d KB); js glue %d bytes; crosscheck.html %d bytes (%d KB)\n' \
  "$raw" $((raw / 1024)) "$gz" $((gz / 1024)) "$js" "$single" $((single / 1024))
