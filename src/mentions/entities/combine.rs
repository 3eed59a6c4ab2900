//! Rules and model together. The rules' mentions stay as they are: they carry the tables' keys
//! (countries, capitals, known organisations) and the compounds. The model adds the names no table
//! knows, and it replaces the rules' guesses (a bare acronym, a capitalised word after a title):
//! it reads the same evidence as features and has learnt how far to trust each. A month or
//! weekday alone is never a name.

use super::cues::is_calendar_word;
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
    let mut out: Vec<EntityMention> = rules
        .into_iter()
        .filter(|m| m.known || m.in_compound)
        .collect();
    // Which tokens a kept mention covers, so that each span is checked in its own length.
    let mut taken = vec![false; doc.tokens.len()];
    for m in out.iter().filter(|m| !m.in_compound) {
        taken[m.first..=m.last].fill(true);
    }
    let mut added = Vec::new();
    for s in spans {
        let Some(kind) = kind_of(s.2) else {
            continue;
        };
        if taken[s.0..=s.1].iter().any(|&t| t) || (s.0 == s.1 && is_calendar_word(doc.lower(s.0))) {
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
