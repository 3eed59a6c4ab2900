//! The size of the page's wasm (`dist/app_bg.wasm`, as `scripts/build.sh` writes it), gzipped as a
//! static host serves it. Two bars: a ceiling at today's size, so that growth fails the suite,
//! and issue 7's budget of 350 KB, not met yet and therefore ignored (`--ignored` runs it).

use std::path::Path;
use std::process::Command;

/// Today's size plus a little room; lower it as the wasm shrinks.
const CEILING_KB: usize = 640;

/// Issue 7's budget for the app's wasm.
const BUDGET_KB: usize = 350;

/// The built wasm's size raw and gzipped (gzip -9), in bytes.
fn sizes() -> (usize, usize) {
    let wasm = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/app_bg.wasm");
    let raw = std::fs::metadata(&wasm)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/build.sh first", wasm.display()))
        .len() as usize;
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(&wasm)
        .output()
        .expect("gzip runs");
    assert!(out.status.success(), "gzip failed");
    println!(
        "page wasm: {raw} bytes ({} KB), gzipped {} bytes ({} KB)",
        raw / 1024,
        out.stdout.len(),
        out.stdout.len() / 1024
    );
    (raw, out.stdout.len())
}

#[test]
fn the_page_wasm_does_not_grow_past_its_ceiling() {
    let (_, gz) = sizes();
    assert!(
        gz <= CEILING_KB * 1024,
        "the page's wasm is {} KB gzipped, over the ceiling of {CEILING_KB} KB",
        gz / 1024
    );
}

#[test]
#[ignore = "not met: the page's wasm is about 635 KB gzipped (code ~385 KB, tagger weights 88 KB, tables ~103 KB)"]
fn the_page_wasm_fits_the_budget() {
    let (_, gz) = sizes();
    assert!(
        gz <= BUDGET_KB * 1024,
        "the page's wasm is {} KB gzipped, over the budget of {BUDGET_KB} KB",
        gz / 1024
    );
}
