//! The small status line: what the analysis found and how long it took.

use std::rc::Rc;

use yew::prelude::*;

use super::analysis::Analysis;

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
    let a = &props.analysis;
    let r = &a.report;
    if a.pending {
        return html! {
            <p id="status" class="status" aria-live="polite">
                { "Analysing the articles…" }
            </p>
        };
    }
    let summary = format!(
        "{} · {} · {} · {} · analysed in {:.1} ms",
        count(a.articles.len(), "article", "articles"),
        count(r.figures.len(), "figure", "figures"),
        count(r.entities.len(), "entity", "entities"),
        count(r.findings.len(), "finding", "findings"),
        a.millis
    );
    html! {
        <p id="status" class="status" data-ms={format!("{:.3}", a.millis)}>
            <span>{ summary }</span>
            if props.busy {
                <span class="status-busy">{ " · analysing the change…" }</span>
            }
            if !props.saved {
                <span class="status-warning">
                    { " · Not kept in this browser (too large for its storage): a reload loses these articles." }
                </span>
            }
        </p>
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
