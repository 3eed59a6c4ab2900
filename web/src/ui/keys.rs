//! Page-wide keyboard shortcuts share one rule: a key typed into a text field belongs to the field
//! (its own Escape, its own undo), not to the page.

use wasm_bindgen::JsCast;

/// Was `key` pressed while a text input or text area had the focus?
pub fn typed_in_field(key: &web_sys::KeyboardEvent) -> bool {
    key.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA"))
}
