//! What the page exports: the report with its articles as JSON (which the page reads back), the
//! figures as CSV for a spreadsheet, and the Markdown report of the core.

use crosscheck::report::{Figure, Modality};
use crosscheck::{Article, Report};
use serde::{Deserialize, Serialize};

use super::file_bytes::MAX_BYTES;

/// The `format` field that marks a JSON file as ours.
pub const FORMAT: &str = "crosscheck-export";
/// The export's version; a reader of version 1 refuses later ones rather than misreading them.
pub const VERSION: u32 = 1;
/// As many articles as an import restores.
pub const MAX_ARTICLES: usize = 1000;

#[derive(Serialize)]
struct ExportOut<'a> {
    format: &'static str,
    version: u32,
    articles: &'a [Article],
    report: &'a Report,
}

/// What tells a JSON file as ours, read before the rest (other fields are skipped).
#[derive(Deserialize)]
struct Marker {
    format: Option<String>,
}

/// Only what an import needs; the report in the file is not trusted but recomputed.
#[derive(Deserialize)]
struct ExportIn {
    format: String,
    version: u32,
    articles: Vec<Article>,
}

/// The articles and their report as one JSON document.
pub fn to_json(articles: &[Article], report: &Report) -> String {
    serde_json::to_string_pretty(&ExportOut {
        format: FORMAT,
        version: VERSION,
        articles,
        report,
    })
    .unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    /// Valid JSON, but not a crosscheck export.
    NotOurs,
    /// Marked as ours, but damaged, of a later version, or over the limits.
    Damaged,
}

/// The articles of a crosscheck JSON export.
pub fn from_json(text: &str) -> Result<Vec<Article>, ImportError> {
    // Read twice rather than through a `serde_json::Value`, whose reader the page would carry
    // only for this.
    let marker: Marker = serde_json::from_str(text).map_err(|_| ImportError::NotOurs)?;
    if marker.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let export: ExportIn = serde_json::from_str(text).map_err(|_| ImportError::Damaged)?;
    let fits = export.format == FORMAT
        && export.version == VERSION
        && !export.articles.is_empty()
        && export.articles.len() <= MAX_ARTICLES
        && export
            .articles
            .iter()
            .all(|a| !a.id.trim().is_empty() && a.text.len() <= MAX_BYTES);
    if fits {
        Ok(export.articles)
    } else {
        Err(ImportError::Damaged)
    }
}

/// The figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed),
/// one row per figure, with a byte order mark so that spreadsheet programs read it as UTF-8.
pub fn figures_csv(report: &Report) -> String {
    const HEADER: [&str; 14] = [
        "article", "text", "value", "low", "high", "hedge", "counted", "concept", "unit", "source",
        "modality", "start", "end", "sentence",
    ];
    let mut out = String::from("\u{feff}");
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for f in &report.figures {
        push_row(&mut out, figure_row(f));
    }
    out
}

fn figure_row(f: &Figure) -> impl Iterator<Item = String> {
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let modality = match f.modality {
        Modality::Asserted => "asserted",
        Modality::Reported => "reported",
        Modality::Denied => "denied",
    };
    [
        text_cell(&f.doc),
        text_cell(&f.text),
        f.value.to_string(),
        number(f.low),
        number(f.high),
        f.hedge.as_str().to_string(),
        text_cell(f.counted.as_deref().unwrap_or("")),
        text_cell(f.concept.as_deref().unwrap_or("")),
        text_cell(f.unit.as_deref().unwrap_or("")),
        text_cell(f.source.as_deref().unwrap_or("")),
        modality.to_string(),
        f.start.to_string(),
        f.end.to_string(),
        text_cell(&f.sentence.text),
    ]
    .into_iter()
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let quoted: Vec<String> = cells.map(|c| quote(&c)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// A cell of text from an article. A spreadsheet takes a cell that starts with `=`, `+`, `-` or
/// `@` (or a tab or carriage return before one) as a formula, so an article quoting
/// `=HYPERLINK(…)` could run one; such a cell gets a leading apostrophe and stays text (the OWASP
/// advice on CSV injection). Numbers the page writes itself are left as numbers.
pub fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The core's Markdown report: findings first, then the claim matrix, figures and entities.
pub fn markdown(report: &Report) -> String {
    crosscheck::report::to_markdown(report)
}
