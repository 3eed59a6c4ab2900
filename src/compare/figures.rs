//! Figure comparison: figures are blocked by concept and unit dimension (so cost grows with the
//! figures of one concept, never with all pairs of everything), equal statements are merged, and
//! each pair of distinct statements from different articles is judged by interval logic.

use std::collections::BTreeMap;

use super::explain;
use super::intervals::{relate, Relation};
use crate::claims::FigureClaim;
use crate::report::{Evidence, Finding, FindingKind, Hedge};

/// One statement: claims of equal value and hedge, possibly from several articles.
pub struct Statement<'c> {
    pub claims: Vec<&'c FigureClaim>,
}

impl Statement<'_> {
    fn key(&self) -> (f64, Hedge, Option<(f64, f64)>) {
        let c = self.claims[0];
        (c.amount, c.hedge, c.bounds)
    }
}

/// Above this many distinct statements in a block, only neighbours (by value) and the extremes
/// are compared, which keeps the number of findings linear.
const ALL_PAIRS_UP_TO: usize = 12;

/// Blocks of comparable claims: same concept, same dimension, same part-of status, and action
/// classes that do not exclude each other.
pub fn blocks(claims: &[FigureClaim]) -> Vec<Vec<&FigureClaim>> {
    let mut by_key: BTreeMap<(&str, &str, bool), Vec<&FigureClaim>> = BTreeMap::new();
    for c in claims {
        by_key
            .entry((c.concept.as_str(), c.dimension, c.part))
            .or_default()
            .push(c);
    }
    let mut out = Vec::new();
    for (_, block) in by_key {
        let mut classes: Vec<&str> = block
            .iter()
            .filter_map(|c| c.actions.first().map(|a| a.class))
            .collect();
        classes.sort_unstable();
        classes.dedup();
        if classes.len() <= 1 {
            out.push(block);
            continue;
        }
        // Claims without an action join every class they could belong to.
        for class in classes {
            out.push(
                block
                    .iter()
                    .copied()
                    .filter(|c| c.actions.first().is_none_or(|a| a.class == class))
                    .collect(),
            );
        }
    }
    out
}

pub fn statements<'c>(block: &[&'c FigureClaim]) -> Vec<Statement<'c>> {
    let mut out: Vec<Statement> = Vec::new();
    for &c in block {
        let key = (c.amount, c.hedge, c.bounds);
        match out
            .iter_mut()
            .find(|s| relate(s.key(), key) == Relation::Same)
        {
            Some(s) => s.claims.push(c),
            None => out.push(Statement { claims: vec![c] }),
        }
    }
    out.sort_by(|a, b| a.key().0.total_cmp(&b.key().0));
    out
}

fn pairs(n: usize) -> Vec<(usize, usize)> {
    if n <= ALL_PAIRS_UP_TO {
        (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .collect()
    } else {
        let mut p: Vec<(usize, usize)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        p.push((0, n - 1));
        p
    }
}

/// The earliest claims of two statements that come from different articles.
fn witnesses<'c>(
    s: &Statement<'c>,
    t: &Statement<'c>,
) -> Option<(&'c FigureClaim, &'c FigureClaim)> {
    s.claims
        .iter()
        .flat_map(|&a| t.claims.iter().map(move |&b| (a, b)))
        .filter(|(a, b)| a.doc != b.doc)
        .min_by_key(|(a, b)| (a.doc.min(b.doc), a.figure, b.figure))
}

/// Other articles that say what `b` says, one claim each.
fn also(t: &Statement, a: &FigureClaim, b: &FigureClaim) -> Vec<Evidence> {
    let mut seen = vec![a.doc, b.doc];
    let mut out = Vec::new();
    for c in &t.claims {
        if !seen.contains(&c.doc) {
            seen.push(c.doc);
            out.push(c.evidence.clone());
        }
    }
    out
}

pub fn compare(claims: &[FigureClaim], labels: &[String]) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for block in blocks(claims) {
        let statements = statements(&block);
        for (i, j) in pairs(statements.len()) {
            let (s, t) = (&statements[i], &statements[j]);
            let Some((a, b)) = witnesses(s, t) else {
                continue;
            };
            let (la, lb) = (&labels[a.doc], &labels[b.doc]);
            let later = matches!((a.date, b.date), (Some(x), Some(y)) if !x.overlaps(&y));
            let (kind, by_time, explanation) = match relate(s.key(), t.key()) {
                Relation::Same => continue,
                Relation::Compatible => (
                    FindingKind::Compatible,
                    false,
                    explain::compatible(a, la, b, lb),
                ),
                Relation::Divergent => (
                    FindingKind::FigureDivergence,
                    false,
                    explain::divergent(a, la, b, lb),
                ),
                Relation::Conflict if a.update || b.update || later => (
                    FindingKind::FigureDivergence,
                    true,
                    explain::update(a, la, b, lb),
                ),
                Relation::Conflict => (
                    FindingKind::FigureConflict,
                    false,
                    explain::conflict(a, la, b, lb),
                ),
            };
            let finding = Finding {
                kind,
                concept: Some(a.concept.clone()),
                a: a.evidence.clone(),
                b: b.evidence.clone(),
                also: also(t, a, b),
                explainable_by_time: by_time,
                explanation,
            };
            // A claim without an action may sit in two blocks; report its pair once.
            if !out.iter().any(|f| f.a == finding.a && f.b == finding.b) {
                out.push(finding);
            }
        }
    }
    out
}
