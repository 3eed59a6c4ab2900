//! The filter above the findings: one checkbox per kind present, named in words with its count,
//! so a journalist can hide the compatible pairs and keep the conflicts. Native checkboxes: Tab
//! reaches each, Space toggles it, and a screen reader says its state.

use crosscheck::report::FindingKind;
use yew::prelude::*;

use super::findings::kind_label;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct FindingsFilterProps {
    /// The kinds present, gravest first, with how many findings each has.
    pub counts: Vec<(FindingKind, usize)>,
    /// The kinds switched off.
    pub hidden: Vec<FindingKind>,
    pub on_toggle: Callback<FindingKind>,
}

#[function_component]
pub fn FindingsFilter(props: &FindingsFilterProps) -> Html {
    let t = use_text();
    html! {
        <fieldset class="findings-filter">
            <legend>{ t.filter_legend }</legend>
            { for props.counts.iter().map(|&(kind, n)| {
                let shown = !props.hidden.contains(&kind);
                let id = format!("filter-{}", kind.as_str());
                let onchange = props.on_toggle.reform(move |_: Event| kind);
                html! {
                    <label class={classes!("filter-chip", (!shown).then_some("is-off"))}
                        data-kind={kind.as_str()} for={id.clone()}>
                        <input type="checkbox" id={id} checked={shown} onchange={onchange}
                            data-kind={kind.as_str()} />
                        <span class="chip-swatch" aria-hidden="true"></span>
                        { kind_label(t, kind) }
                        <span class="chip-count">{ n }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
