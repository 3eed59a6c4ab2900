//! The paste box: text and an optional title become a new article. An empty or oversized paste is
//! refused with a message, and the box keeps what was typed.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::files::too_large;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    /// (title if given, text)
    pub on_add: Callback<(Option<String>, String)>,
    pub on_refuse: Callback<String>,
}

#[function_component]
pub fn PasteBox(props: &PasteProps) -> Html {
    let t = use_text();
    let text_ref = use_node_ref();
    let title_ref = use_node_ref();

    let onsubmit = {
        let (text_ref, title_ref) = (text_ref.clone(), title_ref.clone());
        let (on_add, on_refuse) = (props.on_add.clone(), props.on_refuse.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(area), Some(title)) = (
                text_ref.cast::<HtmlTextAreaElement>(),
                title_ref.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let text = area.value();
            if text.trim().is_empty() {
                on_refuse.emit(t.paste_empty.to_string());
                let _ = area.focus();
                return;
            }
            if let Some(message) = too_large(t, t.this_text, text.len()) {
                on_refuse.emit(message);
                return;
            }
            let name = title.value().trim().to_string();
            on_add.emit(((!name.is_empty()).then_some(name), text));
            area.set_value("");
            title.set_value("");
        })
    };

    html! {
        <form class="paste" onsubmit={onsubmit} aria-labelledby="paste-heading">
            <h2 id="paste-heading" class="panel-title">{ t.add_heading }</h2>
            <label for="paste">{ t.article_text }</label>
            <textarea id="paste" ref={text_ref} rows="6" spellcheck="false"
                placeholder={t.paste_placeholder} />
            <label for="paste-title">{ t.title_optional }</label>
            <input id="paste-title" ref={title_ref} type="text" autocomplete="off"
                placeholder={t.title_placeholder} />
            <button id="add-article" type="submit" class="primary">{ t.add_article }</button>
        </form>
    }
}
