//! Explanations: one plain sentence per finding that a journalist can read and check — both
//! claims as written, what they mean, and why they do or do not fit together.

use crate::claims::{DenialClaim, EventClaim, FigureClaim, Known};
use crate::report::{format_number, Hedge};

/// "more than 10,000" — how a figure's claim reads.
pub fn reading(c: &FigureClaim) -> String {
    let value = format_number(c.amount);
    match (c.hedge, c.bounds) {
        (Hedge::Approx, Some((lo, hi))) => format!("{}–{}", format_number(lo), format_number(hi)),
        (Hedge::Exact, _) => value,
        (h, _) => format!("{} {value}", h.phrase()),
    }
}

fn says(label: &str, c: &FigureClaim) -> String {
    let source = c
        .source
        .as_ref()
        .map(|s| format!(", citing {}", s.name))
        .unwrap_or_default();
    format!("{label} says “{}” ({}{source})", c.text, reading(c))
}

pub fn compatible(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}; {}: consistent, since both can be true at once.",
        says(la, a),
        says(lb, b)
    )
}

pub fn divergent(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}; {}: they differ only in precision or rounding, not a clear contradiction.",
        says(la, a),
        says(lb, b)
    )
}

pub fn conflict(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}; {}: these cannot both be true of the same thing at the same time.",
        says(la, a),
        says(lb, b)
    )
}

/// Why time may explain the difference: the update cue, or which report is later.
pub fn update(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    let why = match (a.when(), b.when()) {
        _ if a.update => format!("{la} words its figure as an update"),
        _ if b.update => format!("{lb} words its figure as an update"),
        (Some(x), Some(y)) if x < y => format!("{lb} reports later ({y} against {x})"),
        (Some(x), Some(y)) => format!("{la} reports later ({x} against {y})"),
        _ => "the reports are of different dates".to_string(),
    };
    format!(
        "{}; {}: the figures differ, but {why}, so the number has probably changed over time — an update, not a contradiction.",
        says(la, a),
        says(lb, b)
    )
}

pub fn attribution(reading: &str, sources: &[(String, String)]) -> String {
    let list: Vec<String> = sources
        .iter()
        .map(|(name, label)| format!("{name} ({label})"))
        .collect();
    format!(
        "The same figure ({reading}) is credited to different sources: {}. Check who first gave it.",
        list.join("; ")
    )
}

pub fn denial(d: &DenialClaim, ld: &str, c: &FigureClaim, lc: &str, more: usize) -> String {
    let who = match d.by.len() {
        0 => "someone denies or does not confirm".to_string(),
        1 => format!("{} denies or does not confirm", d.by[0]),
        _ => format!("{} deny or do not confirm", d.by.join(" and ")),
    };
    let others = match more {
        0 => String::new(),
        1 => " (and 1 other article)".to_string(),
        n => format!(" (and {n} other articles)"),
    };
    format!(
        "{ld} reports that {who} what {lc} states: “{}”{others}.",
        c.text
    )
}

fn when(k: &Known, written: &str) -> String {
    format!("“{written}” ({})", describe(k))
}

fn describe(k: &Known) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = k.month.and_then(|m| MONTHS.get(m as usize - 1).copied());
    match (k.year, month, k.day) {
        (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
        (Some(y), Some(m), None) => format!("{m} {y}"),
        (Some(y), None, _) => format!("{y}"),
        (None, Some(m), Some(d)) => format!("{d} {m}, year not given"),
        (None, Some(m), None) => format!("{m}, year not given"),
        _ => "undated".to_string(),
    }
}

pub fn date_conflict(a: &EventClaim, la: &str, b: &EventClaim, lb: &str, object: &str) -> String {
    format!(
        "{la} dates the same act ({} — {object}) to {}, {lb} to {}: one of the dates is wrong, or they are two different events.",
        a.action.key,
        when(&a.known, &a.when),
        when(&b.known, &b.when)
    )
}
