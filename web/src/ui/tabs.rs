//! The views as a keyboard-usable tab list (arrow keys, Home, End), following the WAI-ARIA
//! tabs pattern: only the selected tab is in the Tab order.

use yew::prelude::*;

use super::i18n::{use_text, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Figures,
    Entities,
    Findings,
    Matrix,
    Timeline,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Figures,
        View::Entities,
        View::Findings,
        View::Matrix,
        View::Timeline,
    ];

    /// The `data-view` value, also the stem of the tab's and panel's ids.
    pub fn key(self) -> &'static str {
        match self {
            View::Figures => "figures",
            View::Entities => "entities",
            View::Findings => "findings",
            View::Matrix => "matrix",
            View::Timeline => "timeline",
        }
    }

    pub fn label(self, t: &Text) -> &'static str {
        match self {
            View::Figures => t.tab_figures,
            View::Entities => t.tab_entities,
            View::Findings => t.tab_findings,
            View::Matrix => t.tab_matrix,
            View::Timeline => t.tab_timeline,
        }
    }

    pub fn tab_id(self) -> String {
        format!("tab-{}", self.key())
    }

    pub fn panel_id(self) -> String {
        format!("panel-{}", self.key())
    }
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub current: View,
    /// How many items each view holds, in the order of [`View::ALL`].
    pub counts: [usize; View::ALL.len()],
    pub on_change: Callback<View>,
}

#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    let t = use_text();
    let refs = use_memo((), |_| -> [NodeRef; View::ALL.len()] {
        std::array::from_fn(|_| NodeRef::default())
    });
    let current = View::ALL
        .iter()
        .position(|v| *v == props.current)
        .unwrap_or(0);

    let onkeydown = {
        let on_change = props.on_change.clone();
        let refs = refs.clone();
        Callback::from(move |e: KeyboardEvent| {
            let last = View::ALL.len() - 1;
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (current + 1) % View::ALL.len(),
                "ArrowLeft" | "ArrowUp" => (current + last) % View::ALL.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            on_change.emit(View::ALL[target]);
            if let Some(tab) = refs[target].cast::<web_sys::HtmlElement>() {
                let _ = tab.focus();
            }
        })
    };

    html! {
        <div class="tabs" role="tablist" aria-label={t.views}>
            { for View::ALL.iter().enumerate().map(|(i, &view)| {
                let selected = view == props.current;
                let onclick = props.on_change.reform(move |_: MouseEvent| view);
                html! {
                    <button type="button" role="tab" id={view.tab_id()} class="tab"
                        ref={refs[i].clone()}
                        data-view={view.key()}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={view.panel_id()}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={onclick} onkeydown={onkeydown.clone()}>
                        { view.label(t) }
                        <span class="tab-count">{ props.counts[i] }</span>
                    </button>
                }
            }) }
        </div>
    }
}
