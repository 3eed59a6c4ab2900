//! The timeline: the articles' own dates and the dates their texts name, earliest first, each on
//! a shared proportional axis. A day is a dot, a month or a year a bar as long as it lasts; a date
//! that rests on a guess is drawn hollow and says "inferred". The list is the accessible form (the
//! axis drawing is decoration beside it); clicking an entry opens the reader at the date.

use std::rc::Rc;

use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::i18n::{use_text, Text};
use super::when::{self, Item, ItemKind, Precision, Timeline};

/// Entries drawn before "show all": a large report can name thousands of dates.
const ITEMS_SHOWN: usize = 300;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Selection>,
}

/// Positions on the axis, in percent of the track's width (SVG lengths take percentages, so the
/// track can stretch without distorting its marks and without inline styles, which the page's
/// Content-Security-Policy forbids).
struct Axis {
    lo: i64,
    hi: i64,
}

impl Axis {
    fn of(t: &Timeline) -> Axis {
        // A little room at both ends, at least a fortnight, so marks at the edges stay whole.
        let pad = ((t.last - t.first) / 20).max(15);
        Axis {
            lo: t.first - pad,
            hi: t.last + pad,
        }
    }

    fn percent(&self, day: i64) -> f64 {
        let span = (self.hi - self.lo).max(1) as f64;
        ((day - self.lo) as f64 / span * 100.0).clamp(0.0, 100.0)
    }
}

fn pc(v: f64) -> String {
    format!("{v:.3}%")
}

#[function_component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let t = use_text();
    let analysis = &props.analysis;
    let timeline: Rc<Timeline> = use_memo(analysis.clone(), |a| when::timeline(&a.report));
    let show_all = use_state_eq(|| false);
    if timeline.items.is_empty() && timeline.undated.is_empty() {
        return html! {
            <p class="empty">{ t.no_dates }</p>
        };
    }
    let axis = Axis::of(&timeline);
    let report = &analysis.report;
    let total = timeline.items.len();
    let shown = if *show_all {
        total
    } else {
        total.min(ITEMS_SHOWN)
    };
    let more = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    html! {
        <div class="timeline">
            <ul class="timeline-legend" aria-label={t.marks_legend}>
                <li><span class="legend-mark firm" aria-hidden="true"></span>{ t.legend_firm }</li>
                <li><span class="legend-mark inferred" aria-hidden="true"></span>{ t.legend_inferred }</li>
                <li><span class="legend-mark span" aria-hidden="true"></span>{ t.legend_span }</li>
                <li><span class="legend-mark article" aria-hidden="true"></span>{ t.legend_article }</li>
            </ul>
            if !timeline.items.is_empty() {
                <div class="timeline-axis" aria-hidden="true">
                    <span></span>
                    <svg class="timeline-ticks" width="100%" height="22" focusable="false">
                        <line class="axis" x1="0" x2="100%" y1="20" y2="20" />
                        { for when::ticks(t, axis.lo, axis.hi, 6).into_iter().map(|(day, label)| {
                            let x = pc(axis.percent(day));
                            html! {
                                <g class="tick">
                                    <line x1={x.clone()} x2={x.clone()} y1="14" y2="20" />
                                    <text x={x} y="11" text-anchor="middle">{ label }</text>
                                </g>
                            }
                        }) }
                    </svg>
                    <span></span>
                </div>
            }
            <ol class="timeline-list">
                { for timeline.items.iter().take(shown).map(|it| item(t, analysis, &axis, it, &props.on_select)) }
            </ol>
            if shown < total {
                <button type="button" class="matrix-more" onclick={more}>
                    { (t.show_all_dates)(total) }
                </button>
            }
            if !timeline.undated.is_empty() {
                <section class="timeline-undated">
                    <h3 class="group-title">{ t.undated_heading }</h3>
                    <ul>
                        { for timeline.undated.iter().filter_map(|&i| report.dates.get(i)).map(|d| {
                            let selection = Selection::span(&d.doc, d.start, d.end, None);
                            let on_select = props.on_select.clone();
                            let onclick = Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()));
                            html! {
                                <li>
                                    <button type="button" class="link" onclick={onclick}>
                                        <span class="doc-number">{ analysis.number(&d.doc) }</span>
                                        { format!(" {}", (t.quoted)(&d.text)) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}

fn item(
    t: &Text,
    analysis: &Analysis,
    axis: &Axis,
    it: &Item,
    on_select: &Callback<Selection>,
) -> Html {
    let report = &analysis.report;
    let number = analysis.number(&it.doc);
    let mention = it.date.and_then(|i| report.dates.get(i));
    let selection = match mention {
        Some(d) => Selection::span(&d.doc, d.start, d.end, None),
        None => Selection::article(&it.doc),
    };
    let onclick = {
        let on_select = on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()))
    };
    let kind = match it.kind {
        ItemKind::Article => "article",
        ItemKind::Event => "event",
    };
    let what = match (it.kind, mention) {
        (ItemKind::Article, _) => t.own_date.to_string(),
        (ItemKind::Event, Some(d)) if it.what.is_empty() => (t.quoted)(&d.text),
        (ItemKind::Event, Some(d)) => format!("{}: {}", (t.quoted)(&d.text), it.what.join(", ")),
        (ItemKind::Event, None) => it.what.join(", "),
    };
    html! {
        <li class={classes!("timeline-item", format!("is-{kind}"), format!("is-{}", it.certainty.key()))}
            data-kind={kind} data-value={it.value.clone()} data-doc={it.doc.clone()}>
            <span class="timeline-when">
                <time datetime={it.value.clone()}>{ when::in_words(t, &it.value) }</time>
                <span class="timeline-iso">{ &it.value }</span>
            </span>
            <svg class="timeline-track" width="100%" height="20" aria-hidden="true" focusable="false">
                <line class="track-rule" x1="0" x2="100%" y1="10" y2="10" />
                { mark(axis, it) }
            </svg>
            <span class="timeline-what">
                <button type="button" class="link timeline-open" onclick={onclick}
                    title={t.show_in_article}>
                    <span class="doc-number">{ number }</span>{ " " }{ what }
                </button>
                <span class={classes!("certainty", format!("is-{}", it.certainty.key()))}>
                    { format!("{}: {}", (t.certainty)(it.certainty), (t.date_basis)(it.how)) }
                </span>
            </span>
        </li>
    }
}

/// A day as a dot (a square for an article's own date), a month or a year as a bar.
fn mark(axis: &Axis, it: &Item) -> Html {
    let class = classes!(
        "track-mark",
        format!("is-{}", it.certainty.key()),
        (it.kind == ItemKind::Article).then_some("is-article")
    );
    let x = axis.percent(it.span.start);
    match (it.span.precision, it.kind) {
        (Precision::Day, ItemKind::Event) => html! {
            <circle class={class} cx={pc(axis.percent(it.span.start) + (axis.percent(it.span.end) - x) / 2.0)} cy="10" r="5" />
        },
        (Precision::Day, ItemKind::Article) => html! {
            <rect class={class} x={pc(x)} y="5" width="10" height="10" transform="translate(-5 0)" />
        },
        _ => {
            let width = (axis.percent(it.span.end) - x).max(0.6);
            let rx = if it.kind == ItemKind::Article {
                "0"
            } else {
                "4"
            };
            html! {
                <rect class={class} x={pc(x)} y="5" width={pc(width)} height="10" rx={rx} />
            }
        }
    }
}
