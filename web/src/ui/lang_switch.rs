//! The language switch: English or German, two buttons in one group, the chosen one pressed.

use yew::prelude::*;

use super::i18n::{use_text, Lang};

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let t = use_text();
    html! {
        <div class="lang-switch" role="group" aria-label={t.language}>
            { for Lang::ALL.iter().map(|&lang| {
                let pressed = lang == props.current;
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="lang" data-lang={lang.code()} lang={lang.code()}
                        aria-pressed={if pressed { "true" } else { "false" }} onclick={onclick}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
