//! The page, for `wasm32` only: a Yew app over `crosscheck::analyze`.
//!
//! State lives in [`app`]: the articles (with [`store`] keeping them in this browser) and the
//! clicked span. Every change of the articles re-runs the core once ([`analysis`]); the three views
//! ([`figures`], [`entities`], [`findings`]) only read the report, and a click in any of them opens
//! the [`reader`] at that span. User text is only ever rendered as text nodes; nothing here builds
//! HTML from strings.

mod analysis;
mod app;
mod article_item;
mod article_list;
mod binding;
mod entities;
mod evidence;
mod figures;
mod file_pick;
mod files;
mod findings;
mod notices;
mod paste;
mod reader;
mod samples;
mod spans;
mod status;
mod store;
mod tabs;

/// Mounts the app into `#app` (replacing the "loading" note there), or into `<body>` if the page
/// template has no such element.
pub fn start() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
