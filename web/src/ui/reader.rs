//! The reader: one article as plain text, the clicked span in a `<mark>`, its sentence softly
//! highlighted, scrolled into view.

use std::rc::Rc;

use crosscheck::Article;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use gloo::events::EventListener;

use super::analysis::{Analysis, Selection};
use super::i18n::use_text;
use super::keys;
use super::spans::{self, Mark};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The list as it is now: a just-pasted article can be read before its analysis is done.
    pub articles: Rc<Vec<Article>>,
    pub analysis: Rc<Analysis>,
    pub selection: Option<Selection>,
    /// Changes with every click that opens the reader: each one scrolls to the mark.
    pub clicks: u32,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let t = use_text();
    let mark = use_node_ref();
    let pane = use_node_ref();
    {
        // Escape closes the reader from anywhere on the page, while it shows an article (a field
        // being edited keeps Escape for itself: the rename form cancels with it).
        let on_close = props.on_close.clone();
        use_effect_with(props.selection.is_some(), move |open| {
            let listener = open.then(|| {
                EventListener::new(&gloo::utils::window(), "keydown", move |e| {
                    let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let in_field = keys::typed_in_field(key);
                    if key.key() == "Escape" && !in_field && !key.default_prevented() {
                        on_close.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // After each new selection is on screen, centre the mark in the text pane. Only the pane
        // scrolls, not the page, unless the pane is not a scroll box (narrow screens); the
        // stylesheet decides between smooth and instant (it respects reduced motion).
        let (mark, pane) = (mark.clone(), pane.clone());
        use_effect_with((props.selection.clone(), props.clicks), move |_| {
            let Some(pane) = pane.cast::<HtmlElement>() else {
                return;
            };
            let scrolls = pane.scroll_height() > pane.client_height();
            match mark.cast::<HtmlElement>() {
                Some(el) if scrolls => {
                    let top = el.offset_top() + el.offset_height() / 2 - pane.client_height() / 2;
                    pane.set_scroll_top(top.max(0));
                }
                Some(el) => {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&options);
                }
                None => pane.set_scroll_top(0),
            }
        });
    }

    let found = props.selection.as_ref().and_then(|s| {
        let (i, article) = props
            .articles
            .iter()
            .enumerate()
            .find(|(_, a)| a.id == s.doc)?;
        Some((s, (i + 1, article)))
    });
    let Some((selection, (number, article))) = found else {
        let note = match &props.selection {
            Some(s) => (t.no_longer_listed)(&s.doc),
            None => t.reader_hint.to_string(),
        };
        return html! {
            <section id="reader" class="reader" aria-label="Reader">
                <p class="reader-hint">{ note }</p>
            </section>
        };
    };

    let sentence = selection.sentence.or_else(|| {
        selection
            .hit
            .and_then(|(s, e)| props.analysis.sentence_around(&article.id, s, e))
    });
    let parts = spans::split(&article.text, sentence, selection.hit);
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section id="reader" class="reader" aria-label="Reader" data-doc={article.id.clone()}>
            <header class="reader-head">
                <h2 class="reader-title">
                    <span class="doc-number">{ number }</span>{ " " }
                    { article.title.clone().unwrap_or_else(|| article.id.clone()) }
                </h2>
                <button type="button" class="reader-close" onclick={close}
                    aria-label={t.close_reader}>{ t.close }</button>
            </header>
            <div class="reader-text" ref={pane} tabindex="0" aria-label={t.article_text_label}>
                { for parts.into_iter().map(|(kind, text)| match kind {
                    Mark::Plain => html! { { text } },
                    Mark::Sentence => html! { <span class="sentence">{ text }</span> },
                    Mark::Hit => html! { <mark ref={mark.clone()}>{ text }</mark> },
                }) }
            </div>
        </section>
    }
}
