//! Date conflicts: the same one-off act — the same action on the same thing, a treaty signed —
//! dated differently by two articles ("im Juni 2024" here, "im März 2024" there). Only the parts
//! of a date known for certain count: "im Juni" in an undated article knows its month but not its
//! year, "im vergangenen Jahr" there knows nothing, so neither can contradict "Juni 2024".
//!
//! Events are blocked by action and object (compounds folded onto their heads), so cost grows with
//! the events of one act.

use std::collections::{BTreeMap, HashSet};

use super::concepts::fold;
use super::{explain, ClaimSet, ReportedPairs};
use crate::claims::EventClaim;
use crate::order;
use crate::report::{Finding, FindingKind, Modality};

/// Above this many distinct dates for one act, only neighbours are compared.
const ALL_PAIRS_UP_TO: usize = 12;

/// Two events of one block (same action, a shared object) are the same act when they also share
/// an entity, when one names none, or when they share a second object ("Ridge" and "Fire").
fn same_act(a: &EventClaim, b: &EventClaim) -> bool {
    let shared = a.objects.iter().filter(|o| b.objects.contains(o)).count();
    a.entities.is_empty()
        || b.entities.is_empty()
        || !a.entities.is_disjoint(&b.entities)
        || shared >= 2
}

pub fn compare(set: &ClaimSet) -> Vec<Finding> {
    let events: Vec<&EventClaim> = set
        .events
        .iter()
        .filter(|e| !e.known.is_empty() && e.modality != Modality::Denied)
        .collect();
    let keys = fold(
        events
            .iter()
            .flat_map(|e| e.objects.iter().map(String::as_str)),
    );
    let mut blocks: BTreeMap<(&str, &str), Vec<&EventClaim>> = BTreeMap::new();
    for &e in &events {
        let mut mine: Vec<&str> = e
            .objects
            .iter()
            .map(|o| keys.get(o.as_str()).copied().unwrap_or(o))
            .collect();
        order::sort(&mut mine);
        mine.dedup();
        for o in mine {
            blocks.entry((e.action.key, o)).or_default().push(e);
        }
    }
    let mut out = Vec::new();
    let mut reported = ReportedPairs::default();
    for ((_, object), mut block) in blocks {
        order::sort_by(&mut block, |a, b| {
            set.order(a.doc, a.evidence.start)
                .cmp(&set.order(b.doc, b.evidence.start))
        });
        // Events that know the same parts of their date form one statement.
        let mut statements: Vec<Vec<&EventClaim>> = Vec::new();
        for e in block {
            match statements.iter_mut().find(|s| s[0].known == e.known) {
                Some(s) => s.push(e),
                None => statements.push(vec![e]),
            }
        }
        order::sort_by_key(&mut statements, |s| {
            let k = s[0].known;
            (k.year, k.month, k.day)
        });
        let n = statements.len();
        let pairs: Vec<(usize, usize)> = if n <= ALL_PAIRS_UP_TO {
            (0..n)
                .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
                .collect()
        } else {
            (0..n - 1).map(|i| (i, i + 1)).collect()
        };
        for (i, j) in pairs {
            let (s, t) = (&statements[i], &statements[j]);
            if !s[0].known.contradicts(&t[0].known) {
                continue;
            }
            let Some((a, b)) = s
                .iter()
                .flat_map(|a| t.iter().map(move |b| (*a, *b)))
                .find(|(a, b)| a.doc != b.doc && same_act(a, b))
            else {
                continue;
            };
            if !reported.first_time(&a.evidence, &b.evidence) {
                continue;
            }
            let mut seen: HashSet<usize> = [a.doc, b.doc].into_iter().collect();
            let also = t
                .iter()
                .filter(|c| seen.insert(c.doc))
                .map(|c| c.evidence.clone())
                .collect();
            out.push(Finding {
                kind: FindingKind::DateConflict,
                concept: Some(object.to_string()),
                a: a.evidence.clone(),
                b: b.evidence.clone(),
                also,
                explainable_by_time: false,
                explanation: explain::date_conflict(
                    a,
                    &set.labels[a.doc],
                    b,
                    &set.labels[b.doc],
                    object,
                ),
            });
        }
    }
    out
}
