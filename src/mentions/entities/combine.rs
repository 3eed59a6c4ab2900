//! Rules and model together. The rules' mentions stay as they are: they carry the tables' keys
//! (countries, capitals, known organisations) and the compounds. The model adds the names no table
//! knows, and it replaces the rules' guesses (a bare acronym, a capitalised word after a title):
//! it reads the same evidence as features and has learnt how far to trust each. A model span that
//! holds one known name and more ("1. FC Nürnberg", "Bank of America") is the longer name, and it
//! replaces the known one inside it. A month, a weekday or a demonym adjective alone is never a
//! name.

use super::cues::{has_org_head, is_calendar_word};
use super::features::class_of;
use super::gazetteer::GAZETTEER;
use super::nouns::{noun, NounEvidence};
use super::recognize::EntityMention;
use crate::order;
use crate::report::EntityType;
use crate::text::words::is_acronym;
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

/// A month or weekday ("März"), or a demonym adjective ("Russische Offensive" in a headline):
/// capitalised, but alone never a name.
fn not_a_name_alone(doc: &Document, i: usize) -> bool {
    let lower = doc.lower(i);
    is_calendar_word(lower) || GAZETTEER.demonym(doc.lang, lower).is_some()
}

/// "Nordkoreanische Soldaten", "Russische Truppen": demonym adjectives before a common noun that
/// heads no organisation name a group of people, not an entity ("Deutsche Bank" keeps its head).
fn demonym_and_noun(doc: &Document, first: usize, last: usize) -> bool {
    let lower = doc.lower(last);
    last > first
        && (first..last).all(|k| GAZETTEER.demonym(doc.lang, doc.lower(k)).is_some())
        && noun(lower) == NounEvidence::Word
        && !has_org_head(doc.lang, lower)
}

/// "North Korean counterpart", "Russian Foreign Minister": a span that ends in a demonym adjective
/// is a description, and no person's name begins with one.
fn demonym_at_the_edge(doc: &Document, first: usize, last: usize, kind: EntityType) -> bool {
    let demonym = |k: usize| GAZETTEER.demonym(doc.lang, doc.lower(k)).is_some();
    // English demonyms of two words: "North Korean", "South African".
    let two_words = last > first
        && GAZETTEER
            .demonym(
                doc.lang,
                &format!("{} {}", doc.lower(last - 1), doc.lower(last)),
            )
            .is_some();
    demonym(last) || two_words || kind == EntityType::Person && demonym(first)
}

/// An acronym in brackets ("Bundesanstalt für Flussbau (BAF)") is being defined: the rules' guess
/// stands, and `acronyms.rs` links it to the name before it.
fn bracketed_acronym(doc: &Document, m: &EntityMention) -> bool {
    m.first == m.last
        && m.first > 0
        && is_acronym(doc.word(m.first))
        && doc.word(m.first - 1) == "("
        && doc.word(m.last + 1) == ")"
}

/// Does a model span hold the known mention and more besides? Not when the mention is an inflected
/// form that begins the span: "Nordkoreas Armee" is North Korea's army, not a longer name.
fn holds(span: &(usize, usize, u8), m: &EntityMention) -> bool {
    kind_of(span.2).is_some()
        && span.0 <= m.first
        && m.last <= span.1
        && (span.0, span.1) != (m.first, m.last)
        && (m.base_form || span.0 != m.first)
}

/// Merges the rules' mentions with the model's spans `(first, last, class)`.
pub fn combine(
    doc: &Document,
    rules: Vec<EntityMention>,
    spans: &[(usize, usize, u8)],
) -> Vec<EntityMention> {
    // The model span over each token (the model's spans never overlap).
    let mut span_at: Vec<Option<u32>> = vec![None; doc.tokens.len()];
    for (k, s) in spans.iter().enumerate() {
        span_at[s.0..=s.1].fill(Some(k as u32));
    }
    // How many known names each model span holds: one and more words is a longer name; two or
    // more side by side ("Nordkorea Russland") are a list the model ran together.
    let mut held = vec![0u8; spans.len()];
    for m in rules.iter().filter(|m| m.known && !m.in_compound) {
        if let Some(k) = span_at[m.first].filter(|&k| holds(&spans[k as usize], m)) {
            held[k as usize] = held[k as usize].saturating_add(1);
        }
    }
    let replaced = |m: &EntityMention| {
        span_at[m.first].is_some_and(|k| held[k as usize] == 1 && holds(&spans[k as usize], m))
    };
    let mut out: Vec<EntityMention> = rules
        .into_iter()
        .filter(|m| m.known || m.in_compound || bracketed_acronym(doc, m))
        .filter(|m| m.in_compound || !replaced(m))
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
        if taken[s.0..=s.1].iter().any(|&t| t)
            || s.0 == s.1 && not_a_name_alone(doc, s.0)
            || demonym_and_noun(doc, s.0, s.1)
            || demonym_at_the_edge(doc, s.0, s.1, kind)
        {
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
        order::sort_by_key(&mut out, |m| (m.start, m.end));
    }
    debug_assert!(out.iter().all(|m| class_of(m.kind).is_some()));
    out
}
