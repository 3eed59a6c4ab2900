//! Rules and model together. The rules' mentions stay as they are: they carry the tables' keys
//! (countries, capitals, known organisations) and the compounds. The model adds the names no table
//! knows, where the rules found nothing; and it overrules a guess of the rules (a bare acronym,
//! a capitalised word after a title) that it reads as no name at all.

use super::features::class_of;
use super::recognize::EntityMention;
use crate::report::EntityType;
use crate::text::Document;

/// The entity type of a model class (person, location, organisation; others are not reported).
fn kind_of(class: u8) -> Option<EntityType> {
    match class {
        0 => Some(EntityType::Person),
        1 => Some(EntityType::Place),
        2 => Some(EntityType::Organization),
        _ => None,
    }
}

/// Merges the rules' mentions with the model's spans `(first, last, class)`.
pub fn combine(
    doc: &Document,
    rules: Vec<EntityMention>,
    spans: &[(usize, usize, u8)],
) -> Vec<EntityMention> {
    let overlaps = |m: &EntityMention, s: &(usize, usize, u8)| m.first <= s.1 && s.0 <= m.last;
    let mut out: Vec<EntityMention> = rules
        .into_iter()
        .filter(|m| m.known || m.in_compound)
        .collect();
    let mut added = Vec::new();
    for s in spans {
        let Some(kind) = kind_of(s.2) else {
            continue;
        };
        if out.iter().any(|m| !m.in_compound && overlaps(m, s)) {
            continue;
        }
        let (start, end) = doc.span(s.0, s.1);
        added.push(EntityMention {
            start,
            end,
            first: s.0,
            last: s.1,
            kind,
            key: None,
            base_form: true,
            capital_of: None,
            in_compound: false,
            known: false,
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.start, m.end));
    }
    debug_assert!(out.iter().all(|m| class_of(m.kind).is_some()));
    out
}
