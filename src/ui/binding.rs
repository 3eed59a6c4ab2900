//! The page's JavaScript face: `analyze(articles)` exported from the wasm module, for scripts and a
//! later Web Worker. A thin translation only; the work is `crosscheck::analyze`. Stands alone (no
//! `super`) so that tests/wasm.rs can include it.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Takes an array of `{id, text, title?, date?}` and returns the report as plain JS objects
/// (missing values as `null`, as in the JSON the CLI prints).
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(articles: JsValue) -> Result<JsValue, JsValue> {
    let articles: Vec<crosscheck::Article> = serde_wasm_bindgen::from_value(articles)?;
    let report = crosscheck::analyze(&articles);
    Ok(report.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}
