//! The report as Markdown, for a newsroom CMS or a terminal: findings first, then figures and entities.

use std::fmt::Write;

use super::{Figure, Hedge, Report};

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
    fn pipes_in_cells_are_escaped() {
        assert_eq!(cell("a|b"), "a\\|b");
    }
}
