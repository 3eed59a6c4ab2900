//! The reader: one article as plain text, the clicked span in a `<mark>`, its sentence softly
//! highlighted, scrolled into view.

use std::rc::Rc;

use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::spans::{self, Mark};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub analysis: Rc<Analysis>,
    pub selection: Option<Selection>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let mark = use_node_ref();
    {
        // After each new selection is on screen, bring the mark into view. The scroll is
        // instant or smooth as the stylesheet says (reduced motion is respected there).
        let mark = mark.clone();
        use_effect_with(props.selection.clone(), move |_| {
            if let Some(el) = mark.cast::<web_sys::Element>() {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }

    let found = props
        .selection
        .as_ref()
        .and_then(|s| props.analysis.article(&s.doc).map(|a| (s, a)));
    let Some((selection, (number, article))) = found else {
        let note = match &props.selection {
            Some(s) => format!("{} is no longer in the list.", s.doc),
            None => "Click a figure, an entity mention or a finding to read it in its article."
                .to_string(),
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
                    aria-label="Close the reader">{ "Close" }</button>
            </header>
            <div class="reader-text" tabindex="0" aria-label="Article text">
                { for parts.into_iter().map(|(kind, text)| match kind {
                    Mark::Plain => html! { { text } },
                    Mark::Sentence => html! { <span class="sentence">{ text }</span> },
                    Mark::Hit => html! { <mark ref={mark.clone()}>{ text }</mark> },
                }) }
            </div>
        </section>
    }
}
