//! Place: where a claim happens — the place or country a preposition puts it in ("in Kursk",
//! "nach Russland", "near Paradise"), nearest to the claim in its sentence.

use crate::mentions::entities::{starting_in, EntityMention};
use crate::report::EntityType;
use crate::text::words::{function_word, WordClass};
use crate::text::Document;

pub fn of(doc: &Document, entities: &[EntityMention], at: usize) -> Option<String> {
    let sentence = doc.sentence_tokens(at);
    starting_in(entities, sentence)
        .iter()
        .filter(|m| !m.in_compound)
        .filter(|m| matches!(m.kind, EntityType::Place | EntityType::Country))
        .filter(|m| {
            // A preposition, possibly with an article or a word like "Region" in between.
            (m.first.saturating_sub(3)..m.first)
                .any(|k| function_word(doc.lang, doc.lower(k)) == Some(WordClass::Preposition))
        })
        .min_by_key(|m| m.first.abs_diff(at))
        .map(|m| m.text(doc).to_string())
}
