//! The Findings view: where the articles contradict, diverge or agree, the gravest first, each
//! with both sentences quoted and the core's explanation.

use std::rc::Rc;

use crosscheck::order;
use crosscheck::report::{Finding, FindingKind};
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::evidence::Quote;
use super::findings_filter::FindingsFilter;
use super::i18n::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Selection>,
}

/// The label each kind carries in words, so that colour is never the only signal.
pub fn kind_label(t: &Text, kind: FindingKind) -> &'static str {
    (t.finding_kind)(kind)
}

#[function_component]
pub fn FindingsView(props: &FindingsProps) -> Html {
    let t = use_text();
    let analysis = &props.analysis;
    let hidden = use_state_eq(Vec::<FindingKind>::new);
    let mut findings: Vec<&Finding> = analysis.report.findings.iter().collect();
    if findings.is_empty() {
        let hint = if analysis.articles.len() < 2 {
            t.need_two
        } else {
            t.no_findings
        };
        return html! { <p class="empty">{ hint }</p> };
    }
    // FindingKind is declared from gravest to mildest; the sort is stable, so the core's order
    // stays within a kind.
    order::sort_by_key(&mut findings, |f| f.kind);
    // Counts per kind in one pass: the findings are sorted, so each kind is one run.
    let mut counts: Vec<(FindingKind, usize)> = Vec::new();
    for f in &findings {
        match counts.last_mut() {
            Some((kind, n)) if *kind == f.kind => *n += 1,
            _ => counts.push((f.kind, 1)),
        }
    }
    let summary: Vec<String> = counts
        .iter()
        .map(|&(kind, n)| format!("{}: {n}", kind_label(t, kind)))
        .collect();
    let total = findings.len();
    findings.retain(|f| !hidden.contains(&f.kind));
    let on_toggle = {
        let hidden = hidden.clone();
        Callback::from(move |kind: FindingKind| {
            let mut next = (*hidden).clone();
            match next.iter().position(|k| *k == kind) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(kind),
            }
            hidden.set(next);
        })
    };
    html! {
        <div class="findings">
            <p class="findings-summary">{ summary.join(" · ") }</p>
            <FindingsFilter counts={counts} hidden={(*hidden).clone()} on_toggle={on_toggle} />
            <p class="findings-shown" aria-live="polite">
                { (t.findings_shown)(findings.len(), total) }
            </p>
            // Its own element, so that a shorter list never shifts the filter above it (Yew pairs
            // unkeyed siblings from the end): the checkbox keeps its node and the focus.
            <div class="finding-list">
            { for findings.iter().map(|f| html! {
                <article class="finding" data-kind={f.kind.as_str()}>
                    <header class="finding-head">
                        <span class="finding-kind">{ kind_label(t, f.kind) }</span>
                        if let Some(concept) = &f.concept {
                            <span class="finding-concept">{ concept }</span>
                        }
                    </header>
                    <p class="finding-explanation">{ &f.explanation }</p>
                    <div class="finding-quotes">
                        <Quote analysis={analysis.clone()} evidence={f.a.clone()} on_select={props.on_select.clone()} />
                        <Quote analysis={analysis.clone()} evidence={f.b.clone()} on_select={props.on_select.clone()} />
                        { for f.also.iter().map(|ev| html! {
                            <Quote analysis={analysis.clone()} evidence={ev.clone()} on_select={props.on_select.clone()} />
                        }) }
                    </div>
                    if f.explainable_by_time {
                        <p class="finding-note">
                            { t.time_note }
                        </p>
                    }
                </article>
            }) }
            </div>
        </div>
    }
}
