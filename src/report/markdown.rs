//! The report as Markdown, for a newsroom CMS or a terminal: findings first, then the claim matrix
//! (what each article claims about each concept), then figures and entities.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{Claim, ClaimKind, Figure, Hedge, Modality, Report};
use crate::order;

pub fn to_markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# crosscheck report\n");
    let _ = writeln!(
        out,
        "{} articles, {} figures, {} entities, {} findings.\n",
        report.documents.len(),
        report.figures.len(),
        report.entities.len(),
        report.findings.len()
    );
    if !report.findings.is_empty() {
        let _ = writeln!(out, "## Findings\n");
        for f in &report.findings {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                f.kind.as_str().replace('_', " "),
                f.explanation
            );
            let _ = writeln!(out, "  - {}: “{}”", f.a.doc, f.a.text);
            let _ = writeln!(out, "  - {}: “{}”", f.b.doc, f.b.text);
        }
        out.push('\n');
    }
    claim_matrix(report, &mut out);
    if !report.figures.is_empty() {
        let _ = writeln!(out, "## Figures\n");
        let _ = writeln!(out, "| article | figure | value | counted | source |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for f in &report.figures {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&f.doc),
                cell(&f.text),
                describe(f),
                cell(f.counted.as_deref().unwrap_or("")),
                cell(f.source.as_deref().unwrap_or(""))
            );
        }
        out.push('\n');
    }
    if !report.entities.is_empty() {
        let _ = writeln!(out, "## Entities\n");
        for e in &report.entities {
            let docs: std::collections::BTreeSet<&str> =
                e.mentions.iter().map(|m| m.doc.as_str()).collect();
            let _ = writeln!(
                out,
                "- **{}** ({}): {} mentions in {} articles; also {}",
                e.name,
                e.kind.as_str(),
                e.mentions.len(),
                docs.len(),
                e.aliases.join(", ")
            );
        }
    }
    out
}

/// One row per concept that claims are compared under, one column per article: each cell says
/// what that article claims (the figure as a reader says it, "denied", or an event's date), so a
/// reader sees at a glance who says what. Rows that more articles speak to come first.
fn claim_matrix(report: &Report, out: &mut String) {
    let mut rows: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    let column = |doc: &str| report.documents.iter().position(|d| d.id == doc);
    for claim in &report.claims {
        let (Some(key), Some(col)) = (row_key(claim), column(&claim.doc)) else {
            continue;
        };
        let Some(says) = claim_cell(report, claim) else {
            continue;
        };
        let cells = rows
            .entry(key)
            .or_insert_with(|| vec![Vec::new(); report.documents.len()]);
        if !cells[col].contains(&says) {
            cells[col].push(says);
        }
    }
    if rows.is_empty() {
        return;
    }
    let mut rows: Vec<(String, Vec<Vec<String>>)> = rows.into_iter().collect();
    // Stable: equal counts stay in alphabetical order.
    order::sort_by_key(&mut rows, |(_, cells)| {
        std::cmp::Reverse(cells.iter().filter(|c| !c.is_empty()).count())
    });
    let _ = writeln!(out, "## Claim matrix\n");
    let _ = write!(out, "| claim |");
    for d in &report.documents {
        let _ = write!(out, " {} |", cell(&d.id));
    }
    let _ = write!(out, "\n|---|");
    for _ in &report.documents {
        out.push_str("---|");
    }
    out.push('\n');
    for (key, cells) in rows {
        let _ = write!(out, "| {} |", cell(&key));
        for says in cells {
            let text = if says.is_empty() {
                "—".to_string()
            } else {
                says.join("; ")
            };
            let _ = write!(out, " {} |", cell(&text));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The matrix row of a claim: its concept, with the topic for a measure of something ("money ·
/// lücke"); claims without a concept have no row.
fn row_key(claim: &Claim) -> Option<String> {
    let concept = claim.concept.as_deref()?;
    Some(match claim.topic.as_deref() {
        Some(topic) if topic != concept => format!("{concept} · {topic}"),
        _ => concept.to_string(),
    })
}

/// What one claim says, in words.
fn claim_cell(report: &Report, claim: &Claim) -> Option<String> {
    let said = match claim.kind {
        ClaimKind::Figure => describe(report.figures.get(claim.figure?)?),
        ClaimKind::Denial => "denied".to_string(),
        ClaimKind::Event => {
            let when = claim.time.as_ref().and_then(|t| t.value.clone());
            let what = claim.action.clone().unwrap_or_else(|| "event".to_string());
            match when {
                Some(date) => format!("{what} {date}"),
                None => what,
            }
        }
    };
    Some(match (claim.kind, claim.modality) {
        (ClaimKind::Figure, Modality::Reported) => format!("{said} (reported)"),
        (ClaimKind::Figure, Modality::Denied) => format!("{said} (denied)"),
        _ => said,
    })
}

/// "more than 10,000" — the value as a reader says it.
pub fn describe(f: &Figure) -> String {
    let value = format_number(f.value);
    match (f.hedge, f.low, f.high) {
        (Hedge::Approx, Some(lo), Some(hi)) => {
            format!("{}–{}", format_number(lo), format_number(hi))
        }
        (Hedge::Exact, ..) => value,
        (h, ..) => format!("{} {value}", h.phrase()),
    }
}

/// 10000 → "10,000"; 1.5 → "1.5".
pub fn format_number(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if v < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// Table cells cannot hold pipes or line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(format_number(10_000.0), "10,000");
        assert_eq!(format_number(500.0), "500");
        assert_eq!(format_number(1.5), "1.5");
    }

    #[test]
    fn the_claim_matrix_follows_the_findings_with_a_column_per_article() {
        let report = crate::analyze(&[
            crate::Article::new("a", "Die Polizei zählte 34 Tote."),
            crate::Article::new("b", "Die Polizei zählte 40 Tote."),
        ]);
        let md = to_markdown(&report);
        let matrix = md.find("## Claim matrix").expect("a matrix section");
        assert!(md.find("## Findings").expect("findings") < matrix);
        assert!(md[matrix..].contains("| claim | a | b |"), "{md}");
        let row = md[matrix..]
            .lines()
            .find(|l| l.contains("34"))
            .expect("a row with the first figure");
        assert!(row.contains("| 34 | 40 |"), "{row}");
    }

    #[test]
    fn an_article_silent_on_a_claim_shows_a_dash() {
        let report = crate::analyze(&[
            crate::Article::new("a", "Die Polizei zählte 34 Tote."),
            crate::Article::new("b", "Es regnete."),
        ]);
        let md = to_markdown(&report);
        let row = md.lines().find(|l| l.contains("| 34 |")).expect("a row");
        assert!(row.ends_with("| 34 | — |"), "{row}");
    }

    #[test]
    fn no_claims_no_matrix() {
        let report = crate::analyze(&[crate::Article::new("a", "Es regnete.")]);
        assert!(!to_markdown(&report).contains("Claim matrix"));
    }

    #[test]
    fn pipes_in_cells_are_escaped() {
        assert_eq!(cell("a|b"), "a\\|b");
    }
}
