//! The small status line: what the analysis found and how long it took.

use std::rc::Rc;

use yew::prelude::*;

use super::analysis::Analysis;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub analysis: Rc<Analysis>,
    /// The articles changed and the core has not caught up yet.
    pub busy: bool,
    /// False when the browser refused to keep the articles for the next visit.
    pub saved: bool,
}

#[function_component]
pub fn StatusLine(props: &StatusProps) -> Html {
    let t = use_text();
    let a = &props.analysis;
    let r = &a.report;
    if a.pending {
        return html! {
            <p id="status" class="status" aria-live="polite">
                { t.analysing }
            </p>
        };
    }
    let summary = format!(
        "{} · {} · {} · {} · {}",
        (t.n_articles)(a.articles.len()),
        (t.n_figures)(r.figures.len()),
        (t.n_entities)(r.entities.len()),
        (t.n_findings)(r.findings.len()),
        (t.analysed_in)(a.millis)
    );
    html! {
        <p id="status" class="status" data-ms={format!("{:.3}", a.millis)}>
            <span>{ summary }</span>
            if props.busy {
                <span class="status-busy">{ t.analysing_change }</span>
            }
            if !props.saved {
                <span class="status-warning">{ t.not_saved }</span>
            }
        </p>
    }
}
