//! A small interval chart for one concept: each article's figure on one shared axis, so that a
//! reader sees at a glance which figures can all be true. A dot for an exact number, a bar for a
//! range, a dashed bar for "about", an open arrow for "more than", a bar ending in an open mark for
//! "just under". The whole chart is one image to screen readers, named by a sentence that says
//! every interval in words (`aria-label` and `<title>`).

use crosscheck::report::Figure;
use yew::prelude::*;

use super::glyph::Glyph;
use super::i18n::use_text;
use super::scale::{tick_labels, Scale};

/// One figure in the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartMark {
    /// The article's number in the list (its label on the chart).
    pub number: usize,
    pub doc: String,
    pub glyph: Glyph,
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// What is counted, for the chart's name.
    pub concept: String,
    pub marks: Vec<ChartMark>,
    /// The unit all marks share, if any.
    #[prop_or_default]
    pub unit: Option<String>,
    /// Figures of the concept left out because they are in another unit.
    #[prop_or_default]
    pub skipped: usize,
}

/// Drawing sizes, in the SVG's own units (it scales with its box).
const WIDTH: f64 = 360.0;
const GUTTER: f64 = 30.0;
const RIGHT: f64 = WIDTH - 12.0;
const LANE: f64 = 18.0;
const TOP: f64 = 6.0;
const AXIS: f64 = 22.0;

/// The marks for a concept's figures, in the order given: those in the unit most of them share
/// (figures in other units cannot sit on one axis), and how many were left out.
pub fn marks_for(
    figures: &[&Figure],
    number: impl Fn(&str) -> usize,
) -> (Vec<ChartMark>, Option<String>, usize) {
    let mut units: Vec<(Option<&str>, usize)> = Vec::new();
    for f in figures {
        match units.iter_mut().find(|(u, _)| *u == f.unit.as_deref()) {
            Some((_, n)) => *n += 1,
            None => units.push((f.unit.as_deref(), 1)),
        }
    }
    // The most common unit; the first seen among equals.
    let unit = units
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .and_then(|(u, _)| *u);
    let marks: Vec<ChartMark> = figures
        .iter()
        .filter(|f| f.unit.as_deref() == unit)
        .map(|f| ChartMark {
            number: number(&f.doc),
            doc: f.doc.clone(),
            glyph: Glyph::of(f),
        })
        .collect();
    let skipped = figures.len() - marks.len();
    (marks, unit.map(str::to_string), skipped)
}

#[function_component]
pub fn IntervalChart(props: &ChartProps) -> Html {
    let t = use_text();
    let marks = &props.marks;
    let scale = Scale::fit(
        marks.iter().flat_map(|m| {
            let (a, b) = m.glyph.extent();
            [a, b]
        }),
        true,
        GUTTER + 8.0,
        RIGHT - 10.0,
    );
    // Open ends run to the edge of the drawing, past the last tick.
    let edge = Scale {
        right: RIGHT,
        ..scale
    };
    let ticks = scale.ticks(4);
    let labels = tick_labels(t, &ticks);
    let height = TOP + LANE * marks.len() as f64 + AXIS;
    let axis_y = TOP + LANE * marks.len() as f64 + 4.0;
    let intervals = marks
        .iter()
        .map(|m| (t.chart_mark)(m.number, &m.glyph.describe(t)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut name = (t.chart_name)(&props.concept, props.unit.as_deref(), &intervals);
    if props.skipped > 0 {
        name.push(' ');
        name.push_str(&(t.chart_skipped_name)(props.skipped));
    }

    html! {
        <figure class="interval-chart-box">
            <svg class="interval-chart" role="img" aria-label={name.clone()}
                data-concept={props.concept.clone()}
                viewBox={format!("0 0 {WIDTH} {height}")} width={WIDTH.to_string()}
                height={height.to_string()}>
                <title>{ name }</title>
                { for marks.iter().enumerate().map(|(i, m)| {
                    let y = TOP + LANE * i as f64 + LANE / 2.0;
                    html! {
                        <g class="chart-lane" data-glyph={m.glyph.key()} data-doc={m.doc.clone()}>
                            <line class="lane-rule" x1={GUTTER.to_string()} x2={RIGHT.to_string()}
                                y1={y.to_string()} y2={y.to_string()} />
                            <text class="lane-label" x={(GUTTER - 6.0).to_string()}
                                y={(y + 4.0).to_string()} text-anchor="end">{ m.number }</text>
                            { draw(&m.glyph, &scale, &edge, y) }
                        </g>
                    }
                }) }
                <line class="axis" x1={GUTTER.to_string()} x2={RIGHT.to_string()}
                    y1={axis_y.to_string()} y2={axis_y.to_string()} />
                { for ticks.iter().zip(labels).map(|(&t, label)| {
                    let x = scale.x(t);
                    html! {
                        <g class="tick">
                            <line x1={x.to_string()} x2={x.to_string()}
                                y1={axis_y.to_string()} y2={(axis_y + 4.0).to_string()} />
                            <text x={x.to_string()} y={(axis_y + 15.0).to_string()}
                                text-anchor="middle">{ label }</text>
                        </g>
                    }
                }) }
            </svg>
            if props.skipped > 0 {
                <figcaption class="chart-note">
                    { (t.chart_skipped)(props.skipped) }
                </figcaption>
            }
        </figure>
    }
}

/// One mark at lane height `y`; `edge` reaches the drawing's border for open ends.
fn draw(glyph: &Glyph, scale: &Scale, edge: &Scale, y: f64) -> Html {
    let s = |v: f64| v.to_string();
    let dot = |x: f64, open: bool| {
        html! {
            <circle class={if open { "mark-open" } else { "mark-dot" }}
                cx={s(x)} cy={s(y)} r="4.5" />
        }
    };
    let bar = |x1: f64, x2: f64, class: &'static str| {
        html! { <line class={class} x1={s(x1)} x2={s(x2)} y1={s(y)} y2={s(y)} /> }
    };
    let cap = |x: f64| {
        html! { <line class="mark-cap" x1={s(x)} x2={s(x)} y1={s(y - 5.0)} y2={s(y + 5.0)} /> }
    };
    // An open chevron: the interval goes on beyond the drawing.
    let head = |x: f64, towards: f64| {
        let back = x - 7.0 * towards;
        html! {
            <polyline class="mark-arrow"
                points={format!("{},{} {},{} {},{}", back, y - 5.0, x, y, back, y + 5.0)} />
        }
    };
    match *glyph {
        Glyph::Dot { at } => dot(scale.x(at), false),
        Glyph::Bar { from, to } => html! {
            <>
                { bar(scale.x(from), scale.x(to), "mark-bar") }
                { cap(scale.x(from)) }
                { cap(scale.x(to)) }
            </>
        },
        Glyph::About { from, to, at } => html! {
            <>
                { bar(scale.x(from), scale.x(to), "mark-bar mark-soft") }
                { dot(scale.x(at), false) }
            </>
        },
        Glyph::Above { from, open } => {
            let (x, end) = (scale.x(from), edge.right);
            html! {
                <>
                    { bar(x, end, "mark-bar") }
                    { head(end, 1.0) }
                    { dot(x, open) }
                </>
            }
        }
        Glyph::Below { to, open } => {
            let (x, end) = (scale.x(to), edge.left);
            html! {
                <>
                    { bar(end, x, "mark-bar") }
                    { head(end, -1.0) }
                    { dot(x, open) }
                </>
            }
        }
        Glyph::JustUnder { from, to } => html! {
            <>
                { bar(scale.x(from), scale.x(to), "mark-bar") }
                { cap(scale.x(from)) }
                { dot(scale.x(to), true) }
            </>
        },
    }
}
