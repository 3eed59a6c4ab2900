//! Denials linked to what they deny: a denial in one article ("Pjöngjang weist … zurück") is set
//! against the claims of other articles that speak of the same concept, the best match first:
//! the same action ("Kriegseinsatz" ~ "an den Kämpfen teilnehmen"), then shared entities.

use super::explain;
use crate::claims::{DenialClaim, FigureClaim};
use crate::report::{Finding, FindingKind};

fn score(d: &DenialClaim, c: &FigureClaim) -> usize {
    let same_action = d
        .actions
        .iter()
        .any(|a| c.actions.iter().any(|b| a.key == b.key));
    let same_class = d
        .actions
        .iter()
        .any(|a| c.actions.iter().any(|b| a.class == b.class));
    let shared = d.entities.intersection(&c.entities).count();
    4 * usize::from(same_action) + 2 * usize::from(same_class) + shared
}

pub fn compare(denials: &[DenialClaim], claims: &[FigureClaim], labels: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in denials {
        let mut candidates: Vec<(usize, &FigureClaim)> = claims
            .iter()
            .filter(|c| c.doc != d.doc && !c.part && d.concepts.contains(&c.concept))
            .map(|c| (score(d, c), c))
            .collect();
        // Best match first; among equals, the earliest article and figure.
        candidates.sort_by(|x, y| {
            y.0.cmp(&x.0)
                .then(x.1.doc.cmp(&y.1.doc))
                .then(x.1.figure.cmp(&y.1.figure))
        });
        let Some(&(_, best)) = candidates.first() else {
            continue;
        };
        let mut seen = vec![best.doc];
        let also = candidates
            .iter()
            .filter(|(_, c)| {
                let fresh = !seen.contains(&c.doc);
                seen.push(c.doc);
                fresh
            })
            .map(|(_, c)| c.evidence.clone())
            .collect();
        out.push(Finding {
            kind: FindingKind::Denial,
            concept: Some(best.concept.clone()),
            a: d.evidence.clone(),
            b: best.evidence.clone(),
            also,
            explainable_by_time: false,
            explanation: explain::denial(d, &labels[d.doc], best, &labels[best.doc]),
        });
    }
    out
}
