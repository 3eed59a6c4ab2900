//! A quoted sentence with the evidence marked in it, as a button that opens the reader there.

use std::rc::Rc;

use crosscheck::report::Evidence;
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::i18n::use_text;
use super::spans::{self, Mark};

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub analysis: Rc<Analysis>,
    pub evidence: Evidence,
    pub on_select: Callback<Selection>,
}

#[function_component]
pub fn Quote(props: &QuoteProps) -> Html {
    let t = use_text();
    let ev = &props.evidence;
    let analysis = &props.analysis;
    let sentence = analysis.sentence_around(&ev.doc, ev.start, ev.end);
    let article = analysis.article(&ev.doc);
    let number = article.map_or(0, |(n, _)| n);

    // The sentence as it stands in the article, with the evidence marked; the evidence text alone
    // if the article or the sentence cannot be found.
    let quoted: Html = match (article, sentence) {
        (Some((_, a)), Some((s, e))) => match a.text.get(s..e) {
            Some(text) => parts(text, spans::relative((ev.start, ev.end), s)),
            None => html! { <mark>{ &ev.text }</mark> },
        },
        _ => html! { <mark>{ &ev.text }</mark> },
    };

    let onclick = {
        let on_select = props.on_select.clone();
        let selection = Selection::span(&ev.doc, ev.start, ev.end, sentence);
        Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()))
    };

    html! {
        <button type="button" class="quote" data-doc={ev.doc.clone()} onclick={onclick}
            title={t.show_in_article}>
            <span class="quote-doc">
                <span class="doc-number">{ number }</span>{ " " }{ &ev.doc }
            </span>
            <q class="quote-text">{ quoted }</q>
        </button>
    }
}

/// The text as text nodes, the hit in a `<mark>`.
pub fn parts(text: &str, hit: Option<(usize, usize)>) -> Html {
    html! {
        { for spans::split(text, None, hit).into_iter().map(|(mark, part)| match mark {
            Mark::Hit => html! { <mark>{ part }</mark> },
            _ => html! { { part } },
        }) }
    }
}
