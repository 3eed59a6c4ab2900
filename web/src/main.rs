//! The browser app: a Yew page over the same `crosscheck::analyze` the CLI runs.
//!
//! Built for `wasm32-unknown-unknown` by `scripts/build.sh`. On any other target this binary only
//! says how to get the page, so that `cargo build` and `cargo test` on the native side never
//! compile Yew.

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "crosscheck-web is the browser page: run scripts/serve.sh and open http://127.0.0.1:8080"
    );
}
