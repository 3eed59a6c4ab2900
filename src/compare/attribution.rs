//! Attribution divergence: the same figure credited to different origins ("laut südkoreanischen
//! Geheimdiensten" here, "der ukrainische Militärgeheimdienst HUR geht davon aus" there). Outlets
//! that only pass a figure on (a paper citing others) are not its origin and are left out.

use super::figures::{blocks, statements};
use super::{explain, ClaimSet};
use crate::claims::FigureClaim;
use crate::report::{Finding, FindingKind};

/// Claims come in article-id order (see [`blocks`]), so the first origins are the same whatever
/// the order of the articles.
pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let labels = set.labels;
    let mut out: Vec<Finding> = Vec::new();
    for block in blocks(set) {
        for statement in statements(&block) {
            let mut origins: Vec<&FigureClaim> = Vec::new();
            for &c in &statement.claims {
                let Some(source) = c.source.as_ref().filter(|s| !s.is_media) else {
                    continue;
                };
                let name = source.name.to_lowercase();
                if !origins.iter().any(|o| {
                    o.source
                        .as_ref()
                        .is_some_and(|s| s.name.to_lowercase() == name)
                }) {
                    origins.push(c);
                }
            }
            if origins.len() < 2 {
                continue;
            }
            let (a, b) = (origins[0], origins[1]);
            let (Some(sa), Some(sb)) = (&a.source, &b.source) else {
                continue;
            };
            let named: Vec<(String, String)> = origins
                .iter()
                .filter_map(|c| {
                    c.source
                        .as_ref()
                        .map(|s| (s.name.clone(), labels[c.doc].clone()))
                })
                .collect();
            let finding = Finding {
                kind: FindingKind::AttributionDivergence,
                concept: Some(a.concept.clone()),
                a: sa.evidence.clone(),
                b: sb.evidence.clone(),
                also: origins[2..]
                    .iter()
                    .filter_map(|c| c.source.as_ref().map(|s| s.evidence.clone()))
                    .collect(),
                explainable_by_time: false,
                explanation: explain::attribution(&explain::reading(a), &named),
            };
            if !out.iter().any(|f| f.a == finding.a && f.b == finding.b) {
                out.push(finding);
            }
        }
    }
    out
}
