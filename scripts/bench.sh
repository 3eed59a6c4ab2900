#!/usr/bin/env bash
# The bench page: builds the core alone for wasm (src/bin/crosscheck-bench.rs, the page's own `web`
# profile and wasm-opt -Oz), serves it with bench/ and the JS peers compromise and de-compromise,
# drives it in headless Chromium, times the built app's first visit (bench/first_report.mjs), then
# runs the native criterion benchmarks (benches/pipeline.rs), and writes the tables to
# docs/bench-page.md (the README links it; BENCHMARKS.md explains).
set -euo pipefail
. "$(dirname "$0")/setup.sh"
cd "$CROSSCHECK_ROOT"
ensure_build_tools
ensure_chromium

target_dir="${CARGO_TARGET_DIR:-target}"
site="$target_dir/bench-site"

say "cargo build --profile web (wasm32, core only)"
cargo build --profile web --target wasm32-unknown-unknown --bin crosscheck-bench --locked

rm -rf "$site"
mkdir -p "$site/pkg" "$site/samples" "$site/peers"
wasm-bindgen --target web --no-typescript --out-dir "$site/pkg" --out-name core \
  "$target_dir/wasm32-unknown-unknown/web/crosscheck-bench.wasm"
node_modules/.bin/wasm-opt -Oz \
  --enable-simd --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$site/pkg/core_bg.wasm" -o "$site/pkg/core_bg.wasm"
cp bench/index.html bench/bench.js "$site/"
cp www/samples/*.txt "$site/samples/"
(cd "$site/samples" && ls -1 *.txt > list.txt)
python3 scripts/germeval_text.py "$site/germeval.txt"
cp node_modules/compromise/builds/compromise.js node_modules/de-compromise/builds/de-compromise.min.js \
  "$site/peers/"

# Free ports from the kernel, then a static server and chromedriver on them.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http_port=$(port)
driver_port=$(port)
python3 -m http.server --bind 127.0.0.1 "$http_port" --directory "$site" >/dev/null 2>&1 &
server=$!
chromedriver --port="$driver_port" >/dev/null 2>&1 &
driver=$!
trap 'kill $server $driver 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$driver_port/status')" \
    >/dev/null 2>&1 && break
  sleep 0.2
done

say "measuring in headless Chromium"
mkdir -p docs
{
  echo "# crosscheck in the browser"
  echo
  echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores): the wasm core built as the page builds it,"
  echo "and the JS peers from npm (compromise $(node -p 'require("./node_modules/compromise/package.json").version'),"
  echo "de-compromise $(node -p 'require("./node_modules/de-compromise/package.json").version')) on the same German news text"
  echo "(the five sample articles repeated), and the core on the GermEval 2014 sentences, text that does not"
  echo "repeat itself. Times are medians of repeated runs, after a second of unmeasured runs (one run for the"
  echo "seeds' first runs and the GermEval first run, which time the cold experience)."
  echo
  node bench/drive.mjs "http://127.0.0.1:$http_port/index.html" "http://127.0.0.1:$driver_port"
} > docs/bench-page.md.new

say "the app's first visit (scripts/build.sh, then dist/ served)"
scripts/build.sh
app_port=$(port)
python3 -m http.server --bind 127.0.0.1 "$app_port" --directory dist >/dev/null 2>&1 &
app_server=$!
trap 'kill $server $driver $app_server 2>/dev/null || true' EXIT
{
  echo
  echo "## The app's first visit"
  echo
  echo "The built page (\`dist/\`, from \`scripts/build.sh\`) served by Python's \`http.server\` on this machine,"
  echo "opened in a new headless Chromium each time (empty cache, nothing compiled): the time from navigation"
  echo "until the report of the five sample articles is on screen (\`#status\` gets \`data-ms\`), which takes in"
  echo "fetching and compiling the wasm, starting the page and the analysis worker, the first analysis with"
  echo "its tables built, and drawing the report (\`bench/first_report.mjs\`)."
  echo
  node bench/first_report.mjs "http://127.0.0.1:$app_port/index.html" "http://127.0.0.1:$driver_port" 15
} >> docs/bench-page.md.new

say "criterion: the core natively (cargo bench --bench pipeline)"
cargo bench --bench pipeline --locked
{
  echo
  echo "## The same core natively"
  echo
  echo "\`cargo bench --bench pipeline\` (criterion, release profile, on this machine in the same run):"
  echo "figure and entity extraction on the texts above, each stage on 1 MB, the comparison alone"
  echo "(findings and claim rows from claims already extracted) and the whole analysis. MB = 2^20 bytes,"
  echo "in both tables."
  echo
  python3 scripts/criterion_table.py "$target_dir/criterion" extract stage_1mb compare analyze
} >> docs/bench-page.md.new
mv docs/bench-page.md.new docs/bench-page.md
cat docs/bench-page.md
