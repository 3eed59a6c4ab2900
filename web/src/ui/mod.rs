//! The page, for `wasm32` only: a Yew app over `crosscheck::analyze`.
//!
//! State lives in [`app`]: the articles (with [`store`] keeping them in this browser, [`undo`]
//! bringing back what was removed) and the clicked span. Every change of the articles re-runs the
//! core once ([`analysis`]), in a Web Worker where the browser gives one ([`worker`]); the views
//! ([`figures`] with its [`chart`]s, [`entities`], [`findings`], [`matrix`], [`timeline`]) only
//! read the report, and a click in any of them opens the [`reader`] at that span. User text is only
//! ever rendered as text nodes; nothing here builds HTML from strings.
//!
//! Modules are `pub(crate)` so that tests/wasm.rs, which includes this tree, can test the parts.

pub(crate) mod address;
pub(crate) mod analysis;
pub(crate) mod app;
pub(crate) mod article_item;
pub(crate) mod article_list;
pub(crate) mod base64url;
pub(crate) mod binding;
pub(crate) mod charset;
pub(crate) mod chart;
pub(crate) mod claim_rows;
pub(crate) mod download;
pub(crate) mod entities;
pub(crate) mod evidence;
pub(crate) mod export;
pub(crate) mod figures;
pub(crate) mod file_bytes;
pub(crate) mod file_pick;
pub(crate) mod files;
pub(crate) mod findings;
pub(crate) mod findings_filter;
pub(crate) mod glyph;
pub(crate) mod i18n;
pub(crate) mod keys;
pub(crate) mod lang_switch;
pub(crate) mod matrix;
pub(crate) mod notices;
pub(crate) mod paste;
pub(crate) mod progress;
pub(crate) mod reader;
pub(crate) mod scale;
pub(crate) mod share;
pub(crate) mod share_panel;
pub(crate) mod spans;
pub(crate) mod status;
pub(crate) mod store;
pub(crate) mod tabs;
pub(crate) mod timeline;
pub(crate) mod undo;
pub(crate) mod when;
pub(crate) mod worker;

/// Mounts the app into `#app` (replacing the "loading" note there), or into `<body>` if the page
/// template has no such element. In the analysis worker, which runs the same wasm (and so this
/// `main`), there is no page: nothing to mount.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
