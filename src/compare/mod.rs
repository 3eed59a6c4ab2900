//! The fourth stage: comparison across articles. Each kind of finding has its own file; this
//! module runs them and orders the findings by severity.

mod attribution;
pub mod concepts;
mod dates;
mod denials;
pub mod explain;
pub mod figures;
pub mod intervals;

use crate::claims::{DenialClaim, EventClaim, FigureClaim};
use crate::order;
use crate::report::{Evidence, Finding};
use crate::text::fxhash::FxHashMap;

/// Everything comparison reads: the claims of all articles, and per article index its label (for
/// explanations) and its id (for an order that does not depend on the order of the articles).
pub struct ClaimSet<'a> {
    pub figures: &'a [FigureClaim],
    pub denials: &'a [DenialClaim],
    pub events: &'a [EventClaim],
    pub labels: &'a [String],
    /// Each article's place among the articles sorted by id; equal ids share a place.
    pub ranks: &'a [usize],
}

impl ClaimSet<'_> {
    /// A key that orders claims the same way whatever the order of the articles: by article id,
    /// compared as a number rather than as text, since sorts call this for every comparison.
    pub fn order(&self, doc: usize, start: usize) -> (usize, usize) {
        (self.ranks[doc], start)
    }
}

/// Each article's place among the articles sorted by id (see [`ClaimSet::ranks`]).
pub fn id_ranks<'i>(ids: impl Iterator<Item = &'i str> + Clone) -> Vec<usize> {
    let mut sorted: Vec<&str> = ids.clone().collect();
    order::sort(&mut sorted);
    sorted.dedup();
    ids.map(|id| sorted.binary_search(&id).unwrap_or(0))
        .collect()
}

/// All findings, the most serious first.
/// The pairs of evidence already reported: a claim may sit in two blocks, and its pair is
/// reported once.
#[derive(Default)]
pub(crate) struct ReportedPairs(std::collections::HashSet<(String, usize, String, usize)>);

impl ReportedPairs {
    /// Records the pair `a`, `b`; false if it was recorded before.
    pub(crate) fn first_time(&mut self, a: &Evidence, b: &Evidence) -> bool {
        self.0
            .insert((a.doc.clone(), a.start, b.doc.clone(), b.start))
    }
}

pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let mut out = figures::compare(set);
    out.extend(denials::compare(set));
    out.extend(attribution::compare(set));
    out.extend(dates::compare(set));
    order::sort_by(&mut out, |a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| a.a.doc.cmp(&b.a.doc))
            .then(a.a.start.cmp(&b.a.start))
            .then_with(|| a.b.doc.cmp(&b.b.doc))
            .then(a.b.start.cmp(&b.b.start))
    });
    out
}

/// The key each figure concept is compared under (see [`concepts::fold`]): the claim matrix's rows.
pub fn concept_rows(figures: &[FigureClaim]) -> FxHashMap<&str, &str> {
    concepts::fold(figures.iter().map(|c| c.concept.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_order_articles_by_id_and_equal_ids_share_a_place() {
        let ids = ["b.txt", "a.txt", "c.txt", "a.txt", "10.txt"];
        // Text order: "10.txt" < "a.txt" < "b.txt" < "c.txt".
        assert_eq!(id_ranks(ids.iter().copied()), [2, 1, 3, 1, 0]);
        assert!(id_ranks(std::iter::empty()).is_empty());
    }
}
