//! Figure comparison: figures are blocked by concept (compounds folded onto their heads) and unit
//! dimension, so cost grows with the figures of one concept, never with all pairs of everything;
//! equal statements are merged, and each pair of distinct statements from different articles is
//! judged by interval logic. A conflict that a later date or an update cue ("inzwischen", "stieg
//! auf") may explain is reported as an update: a soft divergence marked `explainable_by_time`.

use std::collections::{BTreeMap, HashSet};

use super::intervals::{relate, Relation};
use super::{concept_rows, explain, ClaimSet};
use crate::claims::FigureClaim;
use crate::report::{Evidence, Finding, FindingKind, Hedge, Modality};

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

/// Blocks of comparable claims: same concept (after folding compounds), same dimension, same
/// part-of status, and action classes that do not exclude each other. Denied figures are left to
/// the denial finder. Within a block, claims are in article-id order.
pub fn blocks<'c>(set: &ClaimSet<'c>) -> Vec<Vec<&'c FigureClaim>> {
    let rows = concept_rows(set.figures);
    let mut by_key: BTreeMap<(&str, &str, bool), Vec<&FigureClaim>> = BTreeMap::new();
    for c in set
        .figures
        .iter()
        .filter(|c| c.modality != Modality::Denied)
    {
        let concept = rows.get(c.concept.as_str()).copied().unwrap_or(&c.concept);
        by_key
            .entry((concept, c.dimension, c.part))
            .or_default()
            .push(c);
    }
    let mut out = Vec::new();
    for (_, mut block) in by_key {
        block.sort_by(|a, b| {
            set.order(a.doc, a.evidence.start)
                .cmp(&set.order(b.doc, b.evidence.start))
        });
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
    // A total order (value, then hedge, then bounds) so ties never depend on input order.
    out.sort_by(|a, b| {
        let (x, y) = (a.key(), b.key());
        x.0.total_cmp(&y.0)
            .then_with(|| x.1.as_str().cmp(y.1.as_str()))
            .then_with(|| {
                let lo = |k: Option<(f64, f64)>| k.map_or((f64::NAN, f64::NAN), |b| b);
                let (p, q) = (lo(x.2), lo(y.2));
                p.0.total_cmp(&q.0).then(p.1.total_cmp(&q.1))
            })
    });
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

/// The first claims (by article id) of two statements that come from different articles. Claims
/// are in article-id order, so the best pair holds the first claim of one statement: linear, not
/// all pairs.
fn witnesses<'c>(
    set: &ClaimSet,
    s: &Statement<'c>,
    t: &Statement<'c>,
) -> Option<(&'c FigureClaim, &'c FigureClaim)> {
    let key = |x: &FigureClaim, y: &FigureClaim| {
        let (p, q) = (
            set.order(x.doc, x.evidence.start),
            set.order(y.doc, y.evidence.start),
        );
        (p.min(q), p, q)
    };
    let first_a = s
        .claims
        .first()
        .and_then(|&a| t.claims.iter().find(|b| b.doc != a.doc).map(|&b| (a, b)));
    let first_b = t
        .claims
        .first()
        .and_then(|&b| s.claims.iter().find(|a| a.doc != b.doc).map(|&a| (a, b)));
    [first_a, first_b]
        .into_iter()
        .flatten()
        .min_by(|(a, b), (c, d)| key(a, b).cmp(&key(c, d)))
}

/// Other articles that say what `b` says, one claim each, in article-id order.
fn also(t: &Statement, a: &FigureClaim, b: &FigureClaim) -> Vec<Evidence> {
    let mut seen: HashSet<usize> = [a.doc, b.doc].into_iter().collect();
    t.claims
        .iter()
        .filter(|c| seen.insert(c.doc))
        .map(|c| c.evidence.clone())
        .collect()
}

/// Does time explain the difference: an update cue, or claims of different, firmly known dates?
fn by_time(a: &FigureClaim, b: &FigureClaim) -> bool {
    let later = matches!((a.when(), b.when()), (Some(x), Some(y)) if !x.overlaps(&y));
    a.update || b.update || later
}

pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let labels = set.labels;
    let mut out: Vec<Finding> = Vec::new();
    let mut reported: HashSet<(String, usize, String, usize)> = HashSet::new();
    for block in blocks(set) {
        let statements = statements(&block);
        for (i, j) in pairs(statements.len()) {
            let (s, t) = (&statements[i], &statements[j]);
            let Some((a, b)) = witnesses(set, s, t) else {
                continue;
            };
            let (la, lb) = (&labels[a.doc], &labels[b.doc]);
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
                Relation::Conflict if by_time(a, b) => (
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
            let key = (
                finding.a.doc.clone(),
                finding.a.start,
                finding.b.doc.clone(),
                finding.b.start,
            );
            if reported.insert(key) {
                out.push(finding);
            }
        }
    }
    out
}
