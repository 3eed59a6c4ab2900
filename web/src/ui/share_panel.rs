//! "Share and export": copy a link that carries the articles, or save the report as JSON (which
//! this page reads back), the figures as CSV, the report as Markdown; or print it.

use std::rc::Rc;

use crosscheck::Article;
use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::address;
use super::analysis::Analysis;
use super::download;
use super::export;
use super::i18n::use_text;
use super::share;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The list as it is now: the link carries these.
    pub articles: Rc<Vec<Article>>,
    /// The exports carry this analysis and the articles it was made from, which always match.
    pub analysis: Rc<Analysis>,
    pub on_error: Callback<String>,
}

/// What the link box shows.
#[derive(Debug, Clone, PartialEq)]
enum LinkBox {
    Closed,
    /// The link, and whether it reached the clipboard (`None` while the browser decides).
    Link(String, Option<bool>),
    /// The link would be this many bytes long.
    TooLong(usize),
}

#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = use_text();
    let link = use_state_eq(|| LinkBox::Closed);
    let field = use_node_ref();
    let copy_button = use_node_ref();
    // Closing the box hands the focus back to the button that opened it.
    let close_box = {
        let (link, copy_button) = (link.clone(), copy_button.clone());
        move || {
            link.set(LinkBox::Closed);
            if let Some(button) = copy_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        }
    };

    // Select the link as it appears, so Ctrl+C copies it where the clipboard was refused.
    {
        let field = field.clone();
        use_effect_with((*link).clone(), move |state| {
            if matches!(state, LinkBox::Link(..)) {
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    let copy_link = {
        let (link, articles) = (link.clone(), props.articles.clone());
        Callback::from(move |_: MouseEvent| match share::encode(&articles) {
            Ok(fragment) => {
                let url = format!("{}#{fragment}", address::page_address());
                link.set(LinkBox::Link(url.clone(), None));
                let done = {
                    let (link, url) = (link.clone(), url.clone());
                    move |copied: bool| link.set(LinkBox::Link(url.clone(), Some(copied)))
                };
                copy_to_clipboard(&url, done);
            }
            Err(length) => link.set(LinkBox::TooLong(length)),
        })
    };
    let close = {
        let close_box = close_box.clone();
        Callback::from(move |_: MouseEvent| close_box())
    };
    let on_keydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close_box();
        }
    });

    let save = |name: &'static str, mime: &'static str, make: fn(&Analysis) -> String| {
        let (analysis, on_error) = (props.analysis.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            if download::save(name, mime, &make(&analysis)).is_err() {
                on_error.emit((t.save_failed)(name));
            }
        })
    };
    let export_json = save("crosscheck-report.json", "application/json", |a| {
        export::to_json(&a.articles, &a.report)
    });
    let export_csv = save("crosscheck-figures.csv", "text/csv;charset=utf-8", |a| {
        export::figures_csv(&a.report)
    });
    let export_md = save("crosscheck-report.md", "text/markdown;charset=utf-8", |a| {
        export::markdown(&a.report)
    });
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let nothing = props.articles.is_empty();
    let stale = props.analysis.pending;

    let body = match &*link {
        LinkBox::Closed => html! {},
        LinkBox::Link(url, copied) => html! {
            <div class="link-box" role="region" aria-label={t.link_label} onkeydown={on_keydown}>
                <label for="share-link">{ t.link_label }</label>
                <input id="share-link" ref={field} type="text" readonly=true value={url.clone()} />
                <p class="hint" aria-live="polite">
                    { match copied {
                        Some(true) => t.link_copied,
                        Some(false) => t.link_copy_by_hand,
                        None => "",
                    } }
                </p>
                <button type="button" class="link-close" onclick={close}>{ t.close }</button>
            </div>
        },
        LinkBox::TooLong(length) => html! {
            <div class="link-box link-too-long" role="alert" onkeydown={on_keydown}>
                <p>{ (t.link_too_long)(&kilobytes(*length)) }</p>
                <button type="button" class="primary" onclick={export_json.clone()}>{ t.export_json }</button>
                <button type="button" class="link-close" onclick={close}>{ t.close }</button>
            </div>
        },
    };

    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading" class="panel-title">{ t.share_export }</h2>
            <div class="share-actions">
                <button type="button" id="copy-link" ref={copy_button} onclick={copy_link} disabled={nothing}>{ t.copy_link }</button>
                <button type="button" id="export-json" onclick={export_json} disabled={nothing || stale}>{ t.export_json }</button>
                <button type="button" id="export-csv" onclick={export_csv} disabled={nothing || stale}>{ t.export_csv }</button>
                <button type="button" id="export-md" onclick={export_md} disabled={nothing || stale}>{ t.export_markdown }</button>
                <button type="button" id="print" onclick={print}>{ t.print }</button>
            </div>
            { body }
            <p class="hint">{ t.export_hint }</p>
        </section>
    }
}

fn kilobytes(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

/// `navigator.clipboard.writeText(text)`, then `done(true)`; `done(false)` where there is no
/// clipboard (an insecure context) or the browser refuses. Looked up by name, so that a browser
/// without the API gets the fallback instead of an exception.
fn copy_to_clipboard(text: &str, done: impl Fn(bool) + 'static) {
    let get = |target: &JsValue, key: &str| Reflect::get(target, &key.into()).ok();
    let navigator = web_sys::window().map(|w| JsValue::from(w.navigator()));
    let clipboard = navigator
        .and_then(|n| get(&n, "clipboard"))
        .filter(|c| c.is_object());
    let write = clipboard.as_ref().and_then(|c| {
        let f: Function = get(c, "writeText")?.dyn_into().ok()?;
        f.call1(c, &JsValue::from_str(text)).ok()
    });
    let then = write
        .as_ref()
        .and_then(|p| get(p, "then")?.dyn_into::<Function>().ok());
    let (Some(promise), Some(then)) = (write, then) else {
        done(false);
        return;
    };
    let done = Rc::new(done);
    let ok = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done(true))
    };
    let failed = Closure::once_into_js(move |_: JsValue| done(false));
    let _ = then.call2(&promise, &ok, &failed);
}
