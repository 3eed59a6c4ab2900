//! Denials linked to what they deny: a denial in one article ("Pjöngjang weist … zurück") is set
//! against the claims of other articles that speak of the same concept, the best match first:
//! the same action ("Kriegseinsatz" ~ "an den Kämpfen teilnehmen"), then shared entities. Claims
//! are looked up by concept, so the cost grows with the claims each denial concerns.

use std::cmp::Reverse;

use super::intervals::{relate, Relation};
use super::{explain, ClaimSet};
use crate::claims::{DenialClaim, FigureClaim};
use crate::order;
use crate::report::{Finding, FindingKind, Modality};
use crate::text::fxhash::FxHashMap;

/// At most this many further articles are listed with one denial; the explanation counts the rest.
pub const ALSO_MAX: usize = 24;

/// How well a claim fits a denial: the figure the denial itself names ("Berichte über eine Lücke
/// von 5 Milliarden Euro"), the same action, the same class of action, shared entities.
fn score(d: &Denied, c: &FigureClaim, c_entities: &[u32]) -> usize {
    let (denied, d_entities, d) = (&d.figures, &d.entities, d.claim);
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
    let shared = shared(d_entities, c_entities);
    8 * usize::from(names_it) + 4 * usize::from(same_action) + 2 * usize::from(same_class) + shared
}

/// How a candidate ranks: its score (higher first), its place in the article order, its place
/// among the candidates.
type RankKey = (Reverse<usize>, (usize, usize), usize);

/// A denial with what `score` reads of it.
struct Denied<'c> {
    claim: &'c DenialClaim,
    /// The figures said inside it.
    figures: Vec<&'c FigureClaim>,
    /// Its entities as numbers, sorted.
    entities: Vec<u32>,
}

/// How many numbers two sorted lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Entity names as numbers: a denial is scored against every claim of its concept in every other
/// article, and comparing numbers is much cheaper than comparing names.
#[derive(Default)]
struct EntityNumbers<'c>(FxHashMap<&'c str, u32>);

impl<'c> EntityNumbers<'c> {
    /// The numbers of `names`, sorted; a name not met before gets the next number.
    fn of(&mut self, names: impl Iterator<Item = &'c String>) -> Vec<u32> {
        let mut out: Vec<u32> = names
            .map(|n| {
                let next = self.0.len() as u32;
                *self.0.entry(n.as_str()).or_insert(next)
            })
            .collect();
        order::sort(&mut out);
        out
    }
}

pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let mut numbers = EntityNumbers::default();
    // Each figure claim's entities as numbers, by its place in `set.figures`.
    let entities: Vec<Vec<u32>> = set
        .figures
        .iter()
        .map(|c| numbers.of(c.entities.iter()))
        .collect();
    let mut by_concept: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    // The figures said inside denials, by article.
    let mut denied_in: FxHashMap<usize, Vec<&FigureClaim>> = FxHashMap::default();
    for c in set
        .figures
        .iter()
        .filter(|c| c.modality == Modality::Denied)
    {
        denied_in.entry(c.doc).or_default().push(c);
    }
    for (k, c) in set
        .figures
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.part && c.modality != Modality::Denied)
    {
        by_concept.entry(c.concept.as_str()).or_default().push(k);
        // A measure is denied by what it is about ("Berichte über eine Lücke … zurück").
        for t in &c.topics {
            by_concept.entry(t.as_str()).or_default().push(k);
        }
    }
    let mut out = Vec::new();
    // Each article's best candidate for the denial at hand; emptied, not dropped, between denials.
    let mut best_of: FxHashMap<usize, (RankKey, &FigureClaim)> = FxHashMap::default();
    for d in set.denials {
        let denial = Denied {
            claim: d,
            // `score` weighs those of the dimension of what the denial is set against.
            figures: denied_in
                .get(&d.doc)
                .into_iter()
                .flatten()
                .copied()
                .filter(|c| {
                    c.evidence.start >= d.evidence.start && c.evidence.end <= d.evidence.end
                })
                .collect(),
            entities: numbers.of(d.entities.iter()),
        };
        let candidates = d
            .concepts
            .iter()
            .filter_map(|k| by_concept.get(k.as_str()))
            .flatten()
            .map(|&k| (k, &set.figures[k]))
            .filter(|(_, c)| c.doc != d.doc)
            .map(|(k, c)| (score(&denial, c, &entities[k]), c));
        // Each article's best candidate, the best first: only one claim of an article is shown,
        // so ranking the articles' best suffices, not all their claims. Among equals the first by
        // article id and position, then the first found, as a stable sort would order them.
        for (found, (score, c)) in candidates.enumerate() {
            let key = (Reverse(score), set.order(c.doc, c.evidence.start), found);
            let kept = best_of.entry(c.doc).or_insert((key, c));
            if key < kept.0 {
                *kept = (key, c);
            }
        }
        let mut ranked: Vec<(RankKey, &FigureClaim)> = best_of.drain().map(|(_, v)| v).collect();
        // Only the best and the next ALSO_MAX are shown, so only they are put in order; the rest
        // are counted. The keys differ (each holds the candidate's place), so any sort gives one
        // order.
        let shown = ranked.len().min(ALSO_MAX + 1);
        if shown < ranked.len() {
            ranked.select_nth_unstable_by_key(shown, |&(key, _)| key);
        }
        order::sort_by_key(&mut ranked[..shown], |&(key, _)| key);
        let Some(&(_, best)) = ranked.first() else {
            continue;
        };
        let others = ranked.len() - 1;
        let also = ranked[1..shown]
            .iter()
            .map(|(_, c)| c.evidence.clone())
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
                others,
            ),
        });
    }
    out
}
