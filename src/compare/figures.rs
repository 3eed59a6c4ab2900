//! Figure comparison: figures are blocked by concept (compounds folded onto their heads) and unit
//! dimension, so cost grows with the figures of one concept, never with all pairs of everything;
//! equal statements are merged, and each pair of distinct statements from different articles is
//! judged by interval logic. A conflict that a later date or an update cue ("inzwischen", "stieg
//! auf") may explain is reported as an update: a soft divergence marked `explainable_by_time`.

use std::collections::{BTreeMap, HashSet};

use super::intervals::{relate, Relation};
use super::{concept_rows, explain, ClaimSet, ReportedPairs};
use crate::claims::FigureClaim;
use crate::order;
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
/// part-of status, and action classes that do not exclude each other. (Measures are further
/// kept apart by topic when pairs are judged: see [`same_topic`].) Denied figures are left to
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
        order::sort_by(&mut block, |a, b| {
            set.order(a.doc, a.evidence.start)
                .cmp(&set.order(b.doc, b.evidence.start))
        });
        out.extend(split(block, |c| {
            c.actions.first().map(|a| a.class.to_string())
        }));
    }
    out
}

/// Splits a block by a key; claims without the key join every part they could belong to.
fn split(
    block: Vec<&FigureClaim>,
    key: impl Fn(&FigureClaim) -> Option<String>,
) -> Vec<Vec<&FigureClaim>> {
    let mut keys: Vec<String> = block.iter().filter_map(|c| key(c)).collect();
    order::sort(&mut keys);
    keys.dedup();
    if keys.len() <= 1 {
        return vec![block];
    }
    keys.iter()
        .map(|k| {
            block
                .iter()
                .copied()
                .filter(|c| key(c).is_none_or(|x| &x == k))
                .collect()
        })
        .collect()
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
    order::sort_by(&mut out, |a, b| {
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

/// Are two measures about the same thing? Their topic nouns share one, a compound counting as its
/// head ("Finanzierungslücke" and "Lücke"); a measure without topics may be about anything.
pub fn same_topic(a: &FigureClaim, b: &FigureClaim) -> bool {
    let heads = |x: &str, y: &str| {
        x == y
            || (y.chars().count() >= 4 && x.ends_with(y))
            || (x.chars().count() >= 4 && y.ends_with(x))
    };
    a.topics.is_empty()
        || b.topics.is_empty()
        || a.topics
            .iter()
            .any(|x| b.topics.iter().any(|y| heads(x, y)))
}

/// The first claims (by article id) of two statements that come from different articles and are
/// about the same thing. Claims are in article-id order, so the best pair mostly holds the first
/// claim of one statement: about linear, not all pairs.
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
    let fits = |a: &FigureClaim, b: &FigureClaim| a.doc != b.doc && same_topic(a, b);
    let from_s = s
        .claims
        .iter()
        .find_map(|&a| t.claims.iter().find(|b| fits(a, b)).map(|&b| (a, b)));
    let from_t = t
        .claims
        .iter()
        .find_map(|&b| s.claims.iter().find(|a| fits(a, b)).map(|&a| (a, b)));
    [from_s, from_t]
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
    let mut reported = ReportedPairs::default();
    for block in blocks(set) {
        let statements = statements(&block);
        // Conflicts of this block: (statement of a, statement of b, index in `out`).
        let mut conflicts: Vec<(usize, usize, usize)> = Vec::new();
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
            if !reported.first_time(&finding.a, &finding.b) {
                continue;
            }
            // One figure against several that agree with each other ("300" against "3.000" and
            // "etwa 3.000") is one contradiction: the others join the first finding's `also`.
            if kind == FindingKind::FigureConflict {
                let agrees = |x: usize, y: usize| {
                    matches!(
                        relate(statements[x].key(), statements[y].key()),
                        Relation::Same | Relation::Compatible
                    )
                };
                let joined = conflicts
                    .iter()
                    .find(|&&(ci, cj, _)| (ci == i && agrees(cj, j)) || (cj == j && agrees(ci, i)));
                if let Some(&(ci, _, k)) = joined {
                    let extra = if ci == i { finding.b } else { finding.a };
                    out[k].also.push(extra);
                    out[k].also.extend(finding.also);
                    continue;
                }
                conflicts.push((i, j, out.len()));
            }
            out.push(finding);
        }
    }
    out
}
