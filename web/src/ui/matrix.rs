//! The claim matrix: each concept (rows) against each article (columns). A cell gives what the
//! article claims there — the value as a phrase, its hedge, who vouches for it, whether it is only
//! reported — or stays blank where the article is silent. Each claim is marked by how it stands
//! against the row's other articles, in a word and a symbol as well as a colour; clicking it opens
//! the reader on its evidence. The rows come from [`claim_rows::build`], computed once per report.

use std::rc::Rc;

use crosscheck::report::{Claim, ClaimKind, Modality, Report};
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::claim_rows::{self, Entry, Matrix, Row, Status};
use super::i18n::{use_text, Text};

/// Rows drawn before "show all": a large report can have thousands of concepts.
const ROWS_SHOWN: usize = 60;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Selection>,
}

#[function_component]
pub fn MatrixView(props: &MatrixProps) -> Html {
    let t = use_text();
    let analysis = &props.analysis;
    let matrix: Rc<Matrix> = use_memo(analysis.clone(), |a| claim_rows::build(&a.report));
    let show_all = use_state_eq(|| false);
    if matrix.rows.is_empty() {
        return html! {
            <p class="empty">{ t.no_claims }</p>
        };
    }
    let report = &analysis.report;
    let shown = if *show_all {
        matrix.rows.len()
    } else {
        matrix.rows.len().min(ROWS_SHOWN)
    };
    let more = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    html! {
        <div class="matrix-view">
            <ul class="status-legend" aria-label={t.marks_legend}>
                { for Status::LEGEND.iter().map(|&s| html! {
                    <li class={classes!("claim-status-chip", format!("is-{}", s.key()))}>
                        <span class="status-symbol" aria-hidden="true">{ s.symbol() }</span>
                        { s.label(t) }
                    </li>
                }) }
            </ul>
            <div class="matrix-scroll">
                <table class="matrix">
                    <caption class="visually-hidden">
                        { t.matrix_caption }
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col" class="matrix-corner">{ t.col_concept }</th>
                            { for matrix.columns.iter().enumerate().map(|(i, id)| html! {
                                <th scope="col" class="matrix-doc" data-doc={id.clone()} title={id.clone()}>
                                    <span class="doc-number">{ i + 1 }</span>
                                    <span class="doc-name">{ id }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for matrix.rows.iter().take(shown).map(|row| html! {
                            <tr class="matrix-row" data-concept={row.key.clone()}>
                                <th scope="row" class="matrix-concept">
                                    { &row.key }
                                    <span class="row-docs">
                                        { (t.n_of_m)(row.docs, matrix.columns.len()) }
                                    </span>
                                </th>
                                { for matrix.columns.iter().enumerate().map(|(col, id)| {
                                    cell(t, report, row, col, id, &props.on_select)
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if shown < matrix.rows.len() {
                <button type="button" class="matrix-more" onclick={more}>
                    { (t.show_all_concepts)(matrix.rows.len()) }
                </button>
            }
        </div>
    }
}

fn cell(
    t: &Text,
    report: &Report,
    row: &Row,
    col: usize,
    doc: &str,
    on_select: &Callback<Selection>,
) -> Html {
    let entries = &row.cells[col];
    let Some(status) = row.cell_status(col) else {
        return html! {
            <td class="matrix-cell is-empty" data-doc={doc.to_string()}>
                <span class="visually-hidden">{ t.says_nothing }</span>
            </td>
        };
    };
    html! {
        <td class={classes!("matrix-cell", format!("is-{}", status.key()))}
            data-doc={doc.to_string()} data-status={status.key()}>
            <ul class="cell-claims">
                { for entries.iter().map(|e| html! {
                    <li>{ claim(t, report, e, on_select) }</li>
                }) }
            </ul>
        </td>
    }
}

/// One claim as a button that opens the reader on its evidence.
fn claim(t: &Text, report: &Report, e: &Entry, on_select: &Callback<Selection>) -> Html {
    let c: &Claim = &report.claims[e.claim];
    let onclick = {
        let selection = selection(report, c);
        let on_select = on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()))
    };
    let reported = c.modality == Modality::Reported;
    // A denial's source is who denies: its phrase already says so.
    let source = c.source.clone().filter(|_| c.kind != ClaimKind::Denial);
    let denied_by: Vec<String> = e
        .denied_by
        .iter()
        .map(|&col| format!("{}", col + 1))
        .collect();
    html! {
        <button type="button" class={classes!("claim", format!("is-{}", e.status.key()))}
            data-status={e.status.key()} onclick={onclick}
            title={(t.quote_show)(&c.evidence.text)}>
            <span class="claim-line">
                <span class="status-symbol" aria-hidden="true">{ e.status.symbol() }</span>
                <span class="claim-value">{ claim_rows::phrase(t, report, c) }</span>
            </span>
            <span class="claim-status">{ e.status.label(t) }</span>
            if e.update {
                <span class="claim-note">{ t.may_be_update }</span>
            }
            if reported {
                <span class="claim-note claim-reported">{ t.reported }</span>
            }
            if let Some(source) = source {
                <span class="claim-source">{ (t.per_source)(&source) }</span>
            }
            if !denied_by.is_empty() {
                <span class="claim-note claim-denied-by">
                    { (t.denied_in)(&denied_by.join(", ")) }
                </span>
            }
        </button>
    }
}

/// Where the reader opens for a claim: its evidence, in its sentence where the report gives one.
fn selection(report: &Report, c: &Claim) -> Selection {
    let ev = &c.evidence;
    let sentence = match c.kind {
        ClaimKind::Figure => c
            .figure
            .and_then(|i| report.figures.get(i))
            .map(|f| (f.sentence.start, f.sentence.end)),
        ClaimKind::Denial => c
            .denial
            .and_then(|i| report.denials.get(i))
            .map(|d| (d.sentence.start, d.sentence.end)),
        ClaimKind::Event => None,
    };
    Selection::span(&ev.doc, ev.start, ev.end, sentence)
}
