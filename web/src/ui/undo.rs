//! Undo for what loses articles: removing one, "Clear all", and opening a share link or an export
//! over the articles one had. The page keeps the last such change and offers it back in a toast
//! whose button is in the Tab order (and takes the focus when the removed button took it along);
//! Ctrl+Z (⌘Z) does the same.

use std::rc::Rc;

use crosscheck::Article;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::i18n::use_text;
use super::keys;
use super::store::ArticleAction;

/// What was lost, and how to bring it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// Counts the changes, so the toast knows a new one from the last.
    pub serial: u32,
    pub what: Lost,
    /// The action that restores the articles.
    pub restore: Rc<Restore>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// One article, by name.
    Removed(String),
    /// All of them ("Clear all").
    Cleared(usize),
    /// (articles opened, articles they replaced)
    Replaced(usize, usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restore {
    /// Articles with their old positions.
    Reinsert(Vec<(usize, Article)>),
    /// The whole list as it was.
    Replace(Vec<Article>),
}

impl Restore {
    pub fn action(&self) -> ArticleAction {
        match self {
            Restore::Reinsert(removed) => ArticleAction::Reinsert(removed.clone()),
            Restore::Replace(list) => ArticleAction::Replace(list.clone()),
        }
    }

    /// The article to put the focus on once restored: the first one brought back.
    fn first(&self) -> Option<&str> {
        match self {
            Restore::Reinsert(removed) => removed.first().map(|(_, a)| a.id.as_str()),
            Restore::Replace(list) => list.first().map(|a| a.id.as_str()),
        }
    }
}

/// After an undo the toast and its button are gone: the focus goes to the article brought back
/// (its "read" button), once the list shows it, rather than falling to the top of the page.
pub fn focus_restored(restore: &Restore) {
    let Some(id) = restore.first().map(str::to_string) else {
        return;
    };
    gloo::timers::callback::Timeout::new(0, move || {
        let Ok(items) = gloo::utils::document().query_selector_all(".article") else {
            return;
        };
        let item = (0..items.length())
            .filter_map(|i| items.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .find(|el| el.get_attribute("data-id").as_deref() == Some(id.as_str()));
        let button = item
            .and_then(|el| el.query_selector(".article-open").ok().flatten())
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    })
    .forget();
}

#[derive(Properties, PartialEq)]
pub struct UndoToastProps {
    pub undo: Option<Undo>,
    pub on_undo: Callback<()>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn UndoToast(props: &UndoToastProps) -> Html {
    let t = use_text();
    let button = use_node_ref();
    {
        // When the control that did this is gone (the removed article's button, "Clear all" on an
        // empty list), the focus fell to the page: hand it to Undo so the keyboard user is not
        // sent back to the top.
        let button = button.clone();
        use_effect_with(props.undo.as_ref().map(|u| u.serial), move |serial| {
            if serial.is_some() {
                let lost = gloo::utils::document()
                    .active_element()
                    .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
                if lost {
                    if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                        let _ = b.focus();
                    }
                }
            }
        });
    }
    {
        // Ctrl+Z (⌘Z) undoes too, except in a text field, which has its own undo.
        let on_undo = props.on_undo.clone();
        use_effect_with(props.undo.is_some(), move |offered| {
            let listener = offered.then(|| {
                EventListener::new(&gloo::utils::window(), "keydown", move |e| {
                    let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let in_field = keys::typed_in_field(key);
                    let z = key.key().eq_ignore_ascii_case("z");
                    if z && (key.ctrl_key() || key.meta_key()) && !key.shift_key() && !in_field {
                        key.prevent_default();
                        on_undo.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }
    let Some(undo) = &props.undo else {
        return html! {};
    };
    let message = match &undo.what {
        Lost::Removed(id) => (t.removed)(id),
        Lost::Cleared(n) => (t.cleared)(*n),
        Lost::Replaced(new, old) => (t.replaced)(*new, *old),
    };
    let on_undo = props.on_undo.reform(|_: MouseEvent| ());
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div id="undo-toast" class="toast" role="status" aria-live="polite">
            <span class="toast-text">{ message }</span>
            <button type="button" id="undo" class="primary" ref={button} onclick={on_undo}>
                { t.undo }
            </button>
            <button type="button" class="toast-dismiss" aria-label={t.dismiss} onclick={on_dismiss}>
                { "×" }
            </button>
        </div>
    }
}
