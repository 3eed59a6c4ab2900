//! Explanations: one plain sentence per finding that a journalist can read and check.

use crate::claims::{DenialClaim, FigureClaim};
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
    format!("{label} says “{}” ({})", c.text, reading(c))
}

pub fn compatible(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}, {}: consistent, since both can be true at once.",
        says(la, a),
        says(lb, b)
    )
}

pub fn divergent(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}, {}: they differ only in precision or rounding, not a clear contradiction.",
        says(la, a),
        says(lb, b)
    )
}

pub fn conflict(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!(
        "{}, {}: these cannot both be true.",
        says(la, a),
        says(lb, b)
    )
}

pub fn update(a: &FigureClaim, la: &str, b: &FigureClaim, lb: &str) -> String {
    format!("{}, {}: the figures differ, but the later report or an update cue suggests the number changed over time.", says(la, a), says(lb, b))
}

pub fn attribution(reading: &str, sources: &[(String, String)]) -> String {
    let list: Vec<String> = sources
        .iter()
        .map(|(name, label)| format!("{name} ({label})"))
        .collect();
    format!(
        "The same figure ({reading}) is credited to different sources: {}.",
        list.join("; ")
    )
}

pub fn denial(d: &DenialClaim, ld: &str, c: &FigureClaim, lc: &str) -> String {
    let who = if d.by.is_empty() {
        "Someone".to_string()
    } else {
        d.by.join(" and ")
    };
    format!(
        "{ld}: {who} deny or do not confirm what {lc} states: “{}”.",
        c.text
    )
}
