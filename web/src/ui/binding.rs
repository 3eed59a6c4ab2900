//! The page's JavaScript face: `analyze(articles)` exported from the wasm module, for scripts and a
//! later Web Worker. A thin translation only; the work is `crosscheck::analyze`. Stands alone (no
//! `super`) so that tests/wasm.rs can include it.

use js_sys::JSON;
use wasm_bindgen::prelude::*;

/// Takes an array of `{id, text, title?, date?}` and returns the report as plain JS objects
/// (missing values as `null`, as in the JSON the CLI prints). The objects cross as JSON text
/// through the browser's own `JSON`, so the report needs no second serializer in the wasm.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(articles: JsValue) -> Result<JsValue, JsValue> {
    let text = JSON::stringify(&articles)?
        .as_string()
        .ok_or_else(|| JsValue::from_str("articles must be an array of objects"))?;
    JSON::parse(&analyze_json(&text)?)
}

/// The analysis worker's entry (www/main.js calls it there): the articles as JSON text in, the
/// report as JSON text out. Text both ways, because a string crosses `postMessage` in one copy
/// while a tree of objects is walked field by field twice.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(articles: &str) -> Result<String, JsValue> {
    let articles: Vec<crosscheck::Article> =
        serde_json::from_str(articles).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let report = crosscheck::analyze(&articles);
    serde_json::to_string(&report).map_err(|e| JsValue::from_str(&e.to_string()))
}
