//! The claim matrix as data: one row per concept, one column per article, and for each claim in a
//! cell how it stands against the other articles of its row. Built once per report with indexes
//! (claims by row, findings by evidence, equal statements merged), so drawing a cell never scans
//! the report. Pure (no browser types), tested natively.
//!
//! A cell's mark follows the core where the core judged: a conflict or a divergence is only ever
//! shown where a finding says so. Beside that the matrix only tells "another article says the
//! same" (agrees) and "another article's interval overlaps" (compatible), by the same interval
//! logic the core uses; figures the core did not compare are "not compared", never a conflict.

use std::collections::{HashMap, HashSet};

use crosscheck::compare::intervals::{relate, Relation};
use crosscheck::order;
use crosscheck::report::{Claim, ClaimKind, Figure, FindingKind, Hedge, Modality, Report};

use super::i18n::Text;

/// How a claim stands against the other articles of its row, the gravest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// A finding says it cannot be true together with another article's claim.
    Conflicts,
    /// It is a denial (or a denied figure).
    Denied,
    /// A finding says it differs in precision or rounding, or by an update.
    Diverges,
    /// Another article says something different that can be true at the same time.
    Compatible,
    /// Another article says the same.
    Agrees,
    /// Other articles speak of this concept, but the core did not compare this claim with theirs
    /// (a part of a whole, another action, another unit).
    Other,
    /// No other article speaks of this concept.
    Alone,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Conflicts => "conflicts",
            Status::Denied => "denied",
            Status::Diverges => "diverges",
            Status::Compatible => "compatible",
            Status::Agrees => "agrees",
            Status::Other => "other",
            Status::Alone => "alone",
        }
    }

    /// In words of the page's language: the mark never rests on colour alone.
    pub fn label(self, t: &Text) -> &'static str {
        (t.claim_status)(self)
    }

    /// A symbol beside the word, distinct in shape for readers who cannot tell the colours apart.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Conflicts => "≠",
            Status::Denied => "✕",
            Status::Diverges => "±",
            Status::Compatible => "≈",
            Status::Agrees => "=",
            Status::Other => "?",
            Status::Alone => "·",
        }
    }

    pub const LEGEND: [Status; 7] = [
        Status::Agrees,
        Status::Compatible,
        Status::Diverges,
        Status::Conflicts,
        Status::Denied,
        Status::Other,
        Status::Alone,
    ];
}

/// One claim in a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Index into `Report::claims`.
    pub claim: usize,
    pub status: Status,
    /// A later date or an update cue may explain the divergence.
    pub update: bool,
    /// Articles whose denial concerns this claim, in column order.
    pub denied_by: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The concept, with the topic for a measure ("money · lücke").
    pub key: String,
    /// Per column (article), the claims it makes here, in text order; empty where it is silent.
    pub cells: Vec<Vec<Entry>>,
    /// How many articles speak here.
    pub docs: usize,
}

impl Row {
    /// The gravest mark of a cell, for its colour; `None` for a silent article.
    pub fn cell_status(&self, column: usize) -> Option<Status> {
        self.cells.get(column)?.iter().map(|e| e.status).min()
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    /// Article ids, in the report's order.
    pub columns: Vec<String>,
    /// Concepts that most articles speak of first.
    pub rows: Vec<Row>,
}

/// The key a figure is compared under: its claim's concept, in which the core folds compounds and
/// plurals across articles ("raketenwerfer" for "Mehrfachraketenwerfer"), else the figure's own;
/// for a measure that counts nothing, with the topic it is about ("money · lücke").
pub fn figure_key(claim: Option<&Claim>, f: &Figure) -> Option<String> {
    let concept = claim
        .and_then(|c| c.concept.clone())
        .or_else(|| f.concept.clone());
    match (concept, claim.and_then(|c| c.topic.as_deref())) {
        (Some(concept), Some(topic)) if f.counted.is_none() && topic != concept => {
            Some(format!("{concept} · {topic}"))
        }
        (concept, _) => concept,
    }
}

/// The row a claim belongs to (a denial may also join the rows of what it denies: see [`build`]).
pub fn claim_key(report: &Report, c: &Claim) -> Option<String> {
    match c.figure.and_then(|i| report.figures.get(i)) {
        Some(f) => figure_key(Some(c), f),
        None => c.concept.clone(),
    }
}

/// How many rows the matrix of this report has, without building it.
pub fn row_count(report: &Report) -> usize {
    rows_of(report).1.len()
}

/// A claim's value as a phrase: "more than 10,000", "June 2024", "denied by Pjöngjang" (in the
/// page's language: "mehr als 10.000", "Juni 2024", "dementiert von Pjöngjang").
pub fn phrase(t: &Text, report: &Report, c: &Claim) -> String {
    match c.kind {
        ClaimKind::Figure => match c.figure.and_then(|i| report.figures.get(i)) {
            Some(f) => figure_phrase(t, f),
            None => c.evidence.text.clone(),
        },
        ClaimKind::Denial => match &c.source {
            Some(by) => (t.denied_by)(by),
            None => t.denied.to_string(),
        },
        ClaimKind::Event => match c.time.as_ref() {
            Some(time) => match &time.value {
                Some(v) => super::when::in_words(t, v),
                None => time.text.clone(),
            },
            None => t.no_date_given.to_string(),
        },
    }
}

/// "more than 10,000", "about 6,000 EUR", "12 %".
pub fn figure_phrase(t: &Text, f: &Figure) -> String {
    let mut out = String::new();
    if let Some((lo, hi)) = f.low.zip(f.high).filter(|_| f.hedge == Hedge::Approx) {
        out.push_str(&(t.range_to)(&(t.number)(lo), &(t.number)(hi)));
    } else {
        let hedge = (t.hedge)(f.hedge);
        if !hedge.is_empty() {
            out.push_str(hedge);
            out.push(' ');
        }
        out.push_str(&(t.number)(f.value));
    }
    match f.unit.as_deref() {
        Some("percent") => out.push_str(" %"),
        Some(unit) => {
            out.push(' ');
            out.push_str(unit);
        }
        None => {}
    }
    out
}

/// The rows' keys per claim (a denial may have several), and the keys in first-seen order.
fn rows_of(report: &Report) -> (Vec<Vec<String>>, Vec<String>) {
    let own: Vec<Option<String>> = report.claims.iter().map(|c| claim_key(report, c)).collect();
    // A denial joins the rows of the concepts it denies that other claims speak of ("Die
    // Anwesenheit nordkoreanischer Soldaten … zurückgewiesen" belongs beside the soldier figures);
    // only if none does it gets its own row.
    let spoken: HashSet<&str> = report
        .claims
        .iter()
        .zip(&own)
        .filter(|(c, _)| c.kind != ClaimKind::Denial)
        .filter_map(|(_, k)| k.as_deref())
        .collect();
    let mut keys: Vec<Vec<String>> = Vec::with_capacity(report.claims.len());
    let mut order: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (c, key) in report.claims.iter().zip(&own) {
        let mut mine: Vec<String> = Vec::new();
        if c.kind == ClaimKind::Denial {
            if let Some(d) = c.denial.and_then(|i| report.denials.get(i)) {
                for concept in &d.concepts {
                    if spoken.contains(concept.as_str()) && !mine.contains(concept) {
                        mine.push(concept.clone());
                    }
                }
            }
        }
        if mine.is_empty() {
            mine.extend(key.clone());
        }
        for k in &mine {
            if seen.insert(k.clone()) {
                order.push(k.clone());
            }
        }
        keys.push(mine);
    }
    (keys, order)
}

/// What a claim says, for telling equal statements apart: a figure by its interval and unit, an
/// event by its date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Said {
    Figure {
        value: u64,
        hedge: Hedge,
        bounds: Option<(u64, u64)>,
        unit: Option<String>,
    },
    Event(String),
}

fn said(report: &Report, c: &Claim) -> Option<Said> {
    if c.modality == Modality::Denied {
        return None;
    }
    match c.kind {
        ClaimKind::Figure => {
            let f = report.figures.get(c.figure?)?;
            // "mehr als" and "mindestens" claim the same interval, as the core reads them.
            let hedge = match f.hedge {
                Hedge::AtLeast => Hedge::MoreThan,
                Hedge::LessThan => Hedge::UpTo,
                h => h,
            };
            Some(Said::Figure {
                value: f.value.to_bits(),
                hedge,
                bounds: f
                    .low
                    .zip(f.high)
                    .filter(|_| f.hedge == Hedge::Approx)
                    .map(|(a, b)| (a.to_bits(), b.to_bits())),
                unit: f.unit.clone(),
            })
        }
        ClaimKind::Event => Some(Said::Event(c.time.as_ref()?.value.clone()?)),
        ClaimKind::Denial => None,
    }
}

/// Above this many different statements in a row, overlaps are left to the core's findings.
const OVERLAPS_UP_TO: usize = 40;

/// What the findings say about one piece of evidence.
#[derive(Default)]
struct Verdict {
    conflict: bool,
    divergence: bool,
    update: bool,
    compatible: bool,
    denied_by: Vec<usize>,
}

pub fn build(report: &Report) -> Matrix {
    let columns: Vec<String> = report.documents.iter().map(|d| d.id.clone()).collect();
    let column: HashMap<&str, usize> = columns
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();

    // Findings by the evidence they cite (article, start): one pass over the findings.
    let mut verdicts: HashMap<(&str, usize), Verdict> = HashMap::new();
    for f in &report.findings {
        let cited = std::iter::once(&f.a)
            .chain(std::iter::once(&f.b))
            .chain(&f.also);
        for (k, ev) in cited.enumerate() {
            let v = verdicts.entry((ev.doc.as_str(), ev.start)).or_default();
            match f.kind {
                FindingKind::FigureConflict | FindingKind::DateConflict => v.conflict = true,
                FindingKind::FigureDivergence => {
                    v.divergence = true;
                    v.update |= f.explainable_by_time;
                }
                FindingKind::Compatible => v.compatible = true,
                // The denial itself is `a`; the claims it concerns are `b` and `also`.
                FindingKind::Denial if k > 0 => {
                    if let Some(&by) = column.get(f.a.doc.as_str()) {
                        if !v.denied_by.contains(&by) {
                            v.denied_by.push(by);
                            order::sort(&mut v.denied_by);
                        }
                    }
                }
                FindingKind::Denial | FindingKind::AttributionDivergence => {}
            }
        }
    }

    let (keys, order) = rows_of(report);
    let row_of: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); order.len()];
    for (i, mine) in keys.iter().enumerate() {
        for k in mine {
            members[row_of[k.as_str()]].push(i);
        }
    }

    let mut rows: Vec<(usize, Row)> = Vec::with_capacity(order.len());
    for (r, (key, claims)) in order.into_iter().zip(members).enumerate() {
        let mut cells: Vec<Vec<Entry>> = vec![Vec::new(); columns.len()];
        // Equal statements merged, each with the articles that make it.
        let mut statements: Vec<(Said, Vec<usize>)> = Vec::new();
        let mut statement_of: HashMap<Said, usize> = HashMap::new();
        let mut placed: Vec<(usize, usize, Option<usize>)> = Vec::new();
        let mut speaking: Vec<usize> = Vec::new();
        for &i in &claims {
            let c = &report.claims[i];
            let Some(&col) = column.get(c.doc.as_str()) else {
                continue;
            };
            let s = said(report, c).map(|s| match statement_of.get(&s) {
                Some(&k) => k,
                None => {
                    statement_of.insert(s.clone(), statements.len());
                    statements.push((s, Vec::new()));
                    statements.len() - 1
                }
            });
            if let Some(k) = s {
                if !statements[k].1.contains(&col) {
                    statements[k].1.push(col);
                }
                if !speaking.contains(&col) {
                    speaking.push(col);
                }
            }
            placed.push((i, col, s));
        }
        let elsewhere = |docs: &[usize], col: usize| docs.iter().any(|&d| d != col);
        for (i, col, s) in placed {
            let c = &report.claims[i];
            let none = Verdict::default();
            let v = verdicts
                .get(&(c.evidence.doc.as_str(), c.evidence.start))
                .unwrap_or(&none);
            let overlaps = || {
                let Some(k) = s else { return false };
                statements.len() <= OVERLAPS_UP_TO
                    && statements.iter().enumerate().any(|(t, (other, docs))| {
                        t != k && elsewhere(docs, col) && overlap(&statements[k].0, other)
                    })
            };
            let status = if c.kind == ClaimKind::Denial || c.modality == Modality::Denied {
                Status::Denied
            } else if v.conflict {
                Status::Conflicts
            } else if v.divergence {
                Status::Diverges
            } else if s.is_some_and(|k| elsewhere(&statements[k].1, col)) {
                Status::Agrees
            } else if v.compatible || overlaps() {
                Status::Compatible
            } else if elsewhere(&speaking, col) {
                Status::Other
            } else {
                Status::Alone
            };
            cells[col].push(Entry {
                claim: i,
                status,
                update: v.update,
                denied_by: v.denied_by.clone(),
            });
        }
        for cell in &mut cells {
            order::sort_by_key(cell, |e| report.claims[e.claim].evidence.start);
        }
        let docs = cells.iter().filter(|c| !c.is_empty()).count();
        rows.push((r, Row { key, cells, docs }));
    }
    // Concepts that most articles speak of first; first seen first among equals.
    order::sort_by_key(&mut rows, |(r, row)| (std::cmp::Reverse(row.docs), *r));
    Matrix {
        columns,
        rows: rows.into_iter().map(|(_, row)| row).collect(),
    }
}

/// Whether two different figures in the same unit can both be true (the core's interval logic).
fn overlap(a: &Said, b: &Said) -> bool {
    match (a, b) {
        (
            Said::Figure {
                value: v,
                hedge: h,
                bounds: x,
                unit: u,
            },
            Said::Figure {
                value: w,
                hedge: g,
                bounds: y,
                unit: t,
            },
        ) if u == t => {
            let back =
                |b: &Option<(u64, u64)>| b.map(|(p, q)| (f64::from_bits(p), f64::from_bits(q)));
            matches!(
                relate(
                    (f64::from_bits(*v), *h, back(x)),
                    (f64::from_bits(*w), *g, back(y))
                ),
                Relation::Same | Relation::Compatible
            )
        }
        _ => false,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::i18n::{DE, EN};
    use super::*;
    use crosscheck::Article;

    fn matrix(texts: &[(&str, &str)]) -> (Report, Matrix) {
        let articles: Vec<Article> = texts.iter().map(|(id, t)| Article::new(*id, *t)).collect();
        let report = crosscheck::analyze(&articles);
        let m = build(&report);
        (report, m)
    }

    fn statuses(report: &Report, row: &Row) -> Vec<Vec<(String, Status)>> {
        row.cells
            .iter()
            .map(|cell| {
                cell.iter()
                    .map(|e| (phrase(&EN, report, &report.claims[e.claim]), e.status))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_same_figure_in_two_articles_agrees_and_a_third_is_blank() {
        let (report, m) = matrix(&[
            ("a", "Die Polizei zählte 34 Tote."),
            ("b", "Nach Angaben der Polizei gab es 34 Tote."),
            ("c", "Das Wetter war schön."),
        ]);
        let row = m
            .rows
            .iter()
            .find(|r| r.key == "tote")
            .expect("a row for the dead");
        assert_eq!(row.docs, 2);
        assert_eq!(
            row.cell_status(0),
            Some(Status::Agrees),
            "{:?}",
            statuses(&report, row)
        );
        assert_eq!(row.cell_status(1), Some(Status::Agrees));
        assert_eq!(
            row.cell_status(2),
            None,
            "the silent article's cell is blank"
        );
    }

    #[test]
    fn a_conflict_is_marked_only_where_the_core_found_one() {
        let (report, m) = matrix(&[
            ("a", "Die Polizei zählte 34 Tote."),
            ("b", "Die Polizei zählte 41 Tote."),
        ]);
        assert!(report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::FigureConflict));
        let row = m
            .rows
            .iter()
            .find(|r| r.key == "tote")
            .expect("a row for the dead");
        assert_eq!(row.cell_status(0), Some(Status::Conflicts));
        assert_eq!(row.cell_status(1), Some(Status::Conflicts));
    }

    #[test]
    fn more_than_and_a_larger_exact_number_are_compatible() {
        let (report, m) = matrix(&[
            (
                "a",
                "Nordkorea hat über 10.000 Soldaten nach Russland geschickt.",
            ),
            (
                "b",
                "Nordkorea hat 12.000 Soldaten nach Russland geschickt.",
            ),
        ]);
        let row = m
            .rows
            .iter()
            .find(|r| r.key == "soldat")
            .expect("a soldier row");
        assert_eq!(
            row.cell_status(0),
            Some(Status::Compatible),
            "{:?}",
            statuses(&report, row)
        );
        assert_eq!(row.cell_status(1), Some(Status::Compatible));
    }

    #[test]
    fn a_concept_of_one_article_is_only_here() {
        let (_, m) = matrix(&[
            ("a", "Die Feuerwehr rettete 12 Katzen."),
            ("b", "Die Polizei zählte 34 Tote."),
        ]);
        let row = m
            .rows
            .iter()
            .find(|r| r.key == "katze")
            .expect("a row for the cats");
        assert_eq!(row.cell_status(0), Some(Status::Alone));
    }

    #[test]
    fn phrases_read_as_words() {
        let (report, m) = matrix(&[("a", "Nordkorea hat mehr als 10.000 Soldaten geschickt.")]);
        let row = m.rows.iter().find(|r| r.key == "soldat").unwrap();
        let e = &row.cells[0][0];
        assert_eq!(
            phrase(&EN, &report, &report.claims[e.claim]),
            "more than 10,000"
        );
        assert_eq!(
            phrase(&DE, &report, &report.claims[e.claim]),
            "mehr als 10.000"
        );
    }

    #[test]
    fn the_samples_have_a_soldier_row_in_all_five_articles_with_the_denials_beside_it() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../www/samples");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        order::sort(&mut names);
        let articles: Vec<Article> = names
            .iter()
            .map(|p| {
                let id = p.file_name().unwrap().to_string_lossy().into_owned();
                Article::new(id, std::fs::read_to_string(p).unwrap())
            })
            .collect();
        let report = crosscheck::analyze(&articles);
        let m = build(&report);
        assert_eq!(
            m.rows[0].key, "soldat",
            "the most shared concept comes first"
        );
        let row = &m.rows[0];
        assert_eq!(row.docs, 5);
        let denied: Vec<Status> = row
            .cells
            .iter()
            .flatten()
            .filter(|e| report.claims[e.claim].kind == ClaimKind::Denial)
            .map(|e| e.status)
            .collect();
        assert_eq!(denied, [Status::Denied, Status::Denied]);
        assert!(
            row.cells[0].iter().any(|e| !e.denied_by.is_empty()),
            "the first article's figure is denied in another"
        );
        assert!(!row
            .cells
            .iter()
            .flatten()
            .any(|e| e.status == Status::Conflicts));
        assert_eq!(row_count(&report), m.rows.len());
    }
}
