//! One article in the list: open it in the reader, rename it, remove it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct ArticleItemProps {
    pub number: usize,
    pub id: String,
    /// `None` until the analysis has caught up with a new article.
    pub words: Option<usize>,
    /// "de" or "en", as the core detected it.
    pub language: Option<String>,
    pub open: bool,
    pub on_open: Callback<String>,
    /// (old id, new name)
    pub on_rename: Callback<(String, String)>,
    pub on_remove: Callback<String>,
}

#[function_component]
pub fn ArticleItem(props: &ArticleItemProps) -> Html {
    let t = use_text();
    let editing = use_state(|| false);
    let input = use_node_ref();

    // Focus the name field as soon as it appears.
    {
        let input = input.clone();
        use_effect_with(*editing, move |editing| {
            if *editing {
                if let Some(field) = input.cast::<HtmlInputElement>() {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    }

    let id = props.id.clone();
    let open = props.on_open.reform({
        let id = id.clone();
        move |_: MouseEvent| id.clone()
    });
    let remove = props.on_remove.reform({
        let id = id.clone();
        move |_: MouseEvent| id.clone()
    });
    let start_rename = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(false))
    };
    let submit = {
        let (editing, input, on_rename, id) = (
            editing.clone(),
            input.clone(),
            props.on_rename.clone(),
            id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<HtmlInputElement>() {
                on_rename.emit((id.clone(), field.value()));
            }
            editing.set(false);
        })
    };
    let onkeydown = {
        let editing = editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                editing.set(false);
            }
        })
    };

    let field_id = format!("rename-{}", props.number);
    html! {
        <li class={classes!("article", props.open.then_some("is-open"))} data-id={id.clone()}>
            if *editing {
                <form class="rename-form" onsubmit={submit}>
                    <label for={field_id.clone()}>{ (t.new_name_for)(props.number) }</label>
                    <input id={field_id} ref={input} type="text" value={id.clone()} onkeydown={onkeydown} />
                    <button type="submit">{ t.save }</button>
                    <button type="button" onclick={cancel}>{ t.cancel }</button>
                </form>
            } else {
                <button type="button" class="article-open" onclick={open}
                    aria-current={props.open.then_some("true")} title={t.read_article}>
                    <span class="doc-number">{ props.number }</span>
                    <span class="article-name">{ &props.id }</span>
                </button>
                <span class="article-meta">
                    { props.words.map_or_else(|| "…".to_string(), t.n_words) }
                    if let Some(lang) = &props.language {
                        { format!(" · {lang}") }
                    }
                </span>
                <span class="article-actions">
                    <button type="button" class="rename" onclick={start_rename}
                        aria-label={(t.rename_aria)(&props.id)}>{ t.rename }</button>
                    <button type="button" class="remove" onclick={remove}
                        aria-label={(t.remove_aria)(&props.id)}>{ t.remove }</button>
                </span>
            }
        </li>
    }
}
