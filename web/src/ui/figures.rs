//! The Figures view: figures grouped by what they count, each article's value side by side.

use std::collections::HashMap;
use std::rc::Rc;

use crosscheck::order;
use crosscheck::report::{Claim, Figure, Modality};
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::chart::{marks_for, IntervalChart};
use super::claim_rows::figure_key;
use super::i18n::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Selection>,
}

#[function_component]
pub fn FiguresView(props: &FiguresProps) -> Html {
    let t = use_text();
    let analysis = &props.analysis;
    if analysis.report.figures.is_empty() {
        return html! { <p class="empty">{ t.no_figures }</p> };
    }
    let groups = group(analysis);
    html! {
        <div class="figures">
            { for groups.iter().map(|g| html! {
                <section class="figure-group" data-concept={g.key.clone().unwrap_or_default()}>
                    <h3 class="group-title">
                        { g.key.clone().unwrap_or_else(|| t.other_figures.to_string()) }
                        if !g.counted.is_empty() {
                            <span class="group-counted">{ g.counted.join(" · ") }</span>
                        }
                        <span class="group-docs">{ (t.in_n_articles)(g.docs) }</span>
                    </h3>
                    { chart(analysis, g) }
                    <table class="figure-table">
                        <thead>
                            <tr>
                                <th scope="col" title={t.col_number_title}>{ t.col_number }</th>
                                <th scope="col">{ t.col_value }</th>
                                <th scope="col">{ t.col_counted }</th>
                                if g.has_unit {
                                    <th scope="col">{ t.col_unit }</th>
                                }
                                if g.has_source {
                                    <th scope="col">{ t.col_source }</th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            { for g.figures.iter().map(|f| row(t, analysis, g, f, &props.on_select)) }
                        </tbody>
                    </table>
                </section>
            }) }
        </div>
    }
}

/// The interval chart of a concept that two or more figures give; nothing for the rest.
fn chart(analysis: &Analysis, g: &Group<'_>) -> Html {
    let Some(concept) = g.key.clone().filter(|_| g.figures.len() >= 2) else {
        return Html::default();
    };
    let (marks, unit, skipped) = marks_for(&g.figures, |doc| analysis.number(doc));
    if marks.len() < 2 {
        return Html::default();
    }
    html! { <IntervalChart concept={concept} marks={marks} unit={unit} skipped={skipped} /> }
}

/// One article's figure; the unit and source cells only where the group has such a column.
fn row(
    t: &Text,
    analysis: &Analysis,
    g: &Group<'_>,
    f: &Figure,
    on_select: &Callback<Selection>,
) -> Html {
    let onclick = {
        let selection = Selection::span(
            &f.doc,
            f.start,
            f.end,
            Some((f.sentence.start, f.sentence.end)),
        );
        let on_select = on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()))
    };
    let modality = match f.modality {
        Modality::Asserted => None,
        Modality::Reported => Some(("reported", t.reported)),
        Modality::Denied => Some(("denied", t.denied)),
    };
    html! {
        <tr class="figure" data-doc={f.doc.clone()} data-value={f.value.to_string()}
            data-hedge={f.hedge.as_str()}>
            <td class="figure-doc" title={f.doc.clone()}>
                <span class="doc-number">{ analysis.number(&f.doc) }</span>
                <span class="visually-hidden">{ &f.doc }</span>
            </td>
            <td class="figure-value" title={interval(t, f)}>
                <span class="figure-phrase">{ value_phrase(t, f) }</span>
                if let Some((key, label)) = modality {
                    <span class={classes!("badge", format!("badge-{key}"))}>{ label }</span>
                }
                <button type="button" class="link figure-text" onclick={onclick}
                    title={t.show_in_article}>
                    { &f.text }
                </button>
            </td>
            <td class="figure-counted">{ f.counted.clone().unwrap_or_else(|| "—".into()) }</td>
            if g.has_unit {
                <td class="figure-unit">{ f.unit.clone().unwrap_or_else(|| "—".into()) }</td>
            }
            if g.has_source {
                <td class="figure-source">{ f.source.clone().unwrap_or_else(|| "—".into()) }</td>
            }
        </tr>
    }
}

/// "more than 10,000", "just under 50", "about 6,000", "34" ("mehr als 10.000" in German).
pub fn value_phrase(t: &Text, f: &Figure) -> String {
    let number = (t.number)(f.value);
    match (t.hedge)(f.hedge) {
        "" => number,
        phrase => format!("{phrase} {number}"),
    }
}

/// The interval the hedge implies, for a tooltip: "between 9,000 and 11,000", "10,001 or more".
fn interval(t: &Text, f: &Figure) -> String {
    let n = t.number;
    match (f.low, f.high) {
        (Some(lo), Some(hi)) if lo == hi => (t.exactly)(&n(lo)),
        (Some(lo), Some(hi)) => (t.between)(&n(lo), &n(hi)),
        (Some(lo), None) => (t.or_more)(&n(lo)),
        (None, Some(hi)) => (t.or_less)(&n(hi)),
        (None, None) => t.no_bounds.to_string(),
    }
}

struct Group<'a> {
    /// The concept; `None` for figures whose counted noun the core could not name.
    key: Option<String>,
    /// The counted nouns as written, each once.
    counted: Vec<String>,
    /// How many articles give a figure here.
    docs: usize,
    has_unit: bool,
    has_source: bool,
    figures: Vec<&'a Figure>,
}

/// Groups by concept: those that most articles mention first, figures without a concept last;
/// within a group, in article order, then in text order.
fn group(analysis: &Analysis) -> Vec<Group<'_>> {
    let report = &analysis.report;
    let mut claim_of: Vec<Option<&Claim>> = vec![None; report.figures.len()];
    for claim in &report.claims {
        if let Some(slot) = claim.figure.and_then(|i| claim_of.get_mut(i)) {
            slot.get_or_insert(claim);
        }
    }
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut index_of: HashMap<Option<String>, usize> = HashMap::new();
    for (f, claim) in report.figures.iter().zip(claim_of) {
        let key = figure_key(claim, f);
        match index_of.get(&key) {
            Some(&i) => groups[i].figures.push(f),
            None => {
                index_of.insert(key.clone(), groups.len());
                groups.push(Group {
                    key,
                    counted: Vec::new(),
                    docs: 0,
                    has_unit: false,
                    has_source: false,
                    figures: vec![f],
                });
            }
        }
    }
    for g in &mut groups {
        order::sort_by_key(&mut g.figures, |f| (analysis.number(&f.doc), f.start));
        let mut docs: Vec<&str> = g.figures.iter().map(|f| f.doc.as_str()).collect();
        docs.dedup();
        g.docs = docs.len();
        g.has_unit = g.figures.iter().any(|f| f.unit.is_some());
        g.has_source = g.figures.iter().any(|f| f.source.is_some());
        for f in &g.figures {
            if let Some(c) = &f.counted {
                if !g.counted.contains(c) {
                    g.counted.push(c.clone());
                }
            }
        }
    }
    // A stable sort keeps first appearance as the tie-break.
    order::sort_by_key(&mut groups, |g| {
        (g.key.is_none(), std::cmp::Reverse(g.docs))
    });
    groups
}
