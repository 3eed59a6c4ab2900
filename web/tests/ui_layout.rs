//! The page's pure layout helpers (scales, chart marks, the claim matrix, timeline dates), run
//! natively: these modules use no browser types, so their tests need no browser. The tests sit
//! next to the code, in each module.

#![cfg(not(target_arch = "wasm32"))]
// The page uses more of these modules than their tests do.
#![allow(dead_code)]

#[path = "../src/ui/claim_rows.rs"]
mod claim_rows;
#[path = "../src/ui/glyph.rs"]
mod glyph;
// The word tables the helpers take (the browser-only parts of the module are left out natively).
#[path = "../src/ui/i18n.rs"]
mod i18n;
#[path = "../src/ui/scale.rs"]
mod scale;
#[path = "../src/ui/when.rs"]
mod when;
