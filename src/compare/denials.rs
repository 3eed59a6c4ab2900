//! Denials linked to what they deny: a denial in one article ("Pjöngjang weist … zurück") is set
//! against the claims of other articles that speak of the same concept, the best match first:
//! the same action ("Kriegseinsatz" ~ "an den Kämpfen teilnehmen"), then shared entities. Claims
//! are looked up by concept, so the cost grows with the claims each denial concerns.

use super::intervals::{relate, Relation};
use super::{explain, ClaimSet};
use crate::claims::{DenialClaim, FigureClaim};
use crate::report::{Finding, FindingKind, Modality};
use crate::text::fxhash::{FxHashMap, FxHashSet};

/// At most this many further articles are listed with one denial; the explanation counts the rest.
pub const ALSO_MAX: usize = 24;

/// How well a claim fits a denial: the figure the denial itself names ("Berichte über eine Lücke
/// von 5 Milliarden Euro"), the same action, the same class of action, shared entities.
fn score(d: &DenialClaim, denied: &[&FigureClaim], c: &FigureClaim) -> usize {
    // Only a denied figure of the same dimension can name it.
    let names_it = denied
        .iter()
        .filter(|x| x.dimension == c.dimension)
        .any(|x| {
            matches!(
                relate((x.amount, x.hedge, x.bounds), (c.amount, c.hedge, c.bounds)),
                Relation::Same | Relation::Compatible
            )
        });
    let same_action = d
        .actions
        .iter()
        .any(|a| c.actions.iter().any(|b| a.key == b.key));
    let same_class = d
        .actions
        .iter()
        .any(|a| c.actions.iter().any(|b| a.class == b.class));
    let shared = d.entities.intersection(&c.entities).count();
    8 * usize::from(names_it) + 4 * usize::from(same_action) + 2 * usize::from(same_class) + shared
}

pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let mut by_concept: FxHashMap<&str, Vec<&FigureClaim>> = FxHashMap::default();
    // The figures said inside denials, by article.
    let mut denied_in: FxHashMap<usize, Vec<&FigureClaim>> = FxHashMap::default();
    for c in set
        .figures
        .iter()
        .filter(|c| c.modality == Modality::Denied)
    {
        denied_in.entry(c.doc).or_default().push(c);
    }
    for c in set
        .figures
        .iter()
        .filter(|c| !c.part && c.modality != Modality::Denied)
    {
        by_concept.entry(c.concept.as_str()).or_default().push(c);
        // A measure is denied by what it is about ("Berichte über eine Lücke … zurück").
        for t in &c.topics {
            by_concept.entry(t.as_str()).or_default().push(c);
        }
    }
    let mut out = Vec::new();
    for d in set.denials {
        // Figures inside the denial; `score` weighs those of the dimension of what it is set against.
        let denied: Vec<&FigureClaim> = denied_in
            .get(&d.doc)
            .into_iter()
            .flatten()
            .copied()
            .filter(|c| c.evidence.start >= d.evidence.start && c.evidence.end <= d.evidence.end)
            .collect();
        let mut candidates: Vec<(usize, &FigureClaim)> = d
            .concepts
            .iter()
            .filter_map(|k| by_concept.get(k.as_str()))
            .flatten()
            .filter(|c| c.doc != d.doc)
            .map(|c| (score(d, &denied, c), *c))
            .collect();
        // Best match first; among equals, the first by article id and position.
        candidates.sort_by(|x, y| {
            y.0.cmp(&x.0).then_with(|| {
                set.order(x.1.doc, x.1.evidence.start)
                    .cmp(&set.order(y.1.doc, y.1.evidence.start))
            })
        });
        // A claim found under its concept and its topic counts once.
        candidates.dedup_by(|x, y| std::ptr::eq(x.1, y.1));
        let Some(&(_, best)) = candidates.first() else {
            continue;
        };
        let mut seen: FxHashSet<usize> = [best.doc].into_iter().collect();
        let others: Vec<&FigureClaim> = candidates
            .iter()
            .filter(|(_, c)| seen.insert(c.doc))
            .map(|(_, c)| *c)
            .collect();
        let also = others
            .iter()
            .take(ALSO_MAX)
            .map(|c| c.evidence.clone())
            .collect();
        out.push(Finding {
            kind: FindingKind::Denial,
            concept: Some(best.concept.clone()),
            a: d.evidence.clone(),
            b: best.evidence.clone(),
            also,
            explainable_by_time: false,
            explanation: explain::denial(
                d,
                &set.labels[d.doc],
                best,
                &set.labels[best.doc],
                others.len(),
            ),
        });
    }
    out
}
