//! The file button: picks one or several .txt/.md/.html files (dropping them anywhere on the page
//! does the same; the app listens for drops).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::files;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct FilePickProps {
    pub on_files: Callback<Vec<web_sys::File>>,
}

#[function_component]
pub fn FilePick(props: &FilePickProps) -> Html {
    let t = use_text();
    let input = use_node_ref();
    let open = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let picked = files::list(input.files());
            // Cleared so that picking the same file again fires another change.
            input.set_value("");
            if !picked.is_empty() {
                on_files.emit(picked);
            }
        })
    };
    html! {
        <div class="file-pick">
            <button type="button" id="pick-files" onclick={open}>{ t.open_files }</button>
            <input type="file" id="file-input" ref={input} class="visually-hidden" tabindex="-1"
                aria-label={t.article_files} multiple=true
                accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
                onchange={onchange} />
            <p class="hint">{ t.drop_hint }</p>
        </div>
    }
}
