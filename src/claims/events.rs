//! Events: a dated act — a treaty signed, a dam that broke, a minister who resigned. Each date
//! expression whose sentence names a one-off act (an action of class `event` in `actions.tsv`)
//! becomes an event claim with the act, what it was done to (the nouns of the sentence) and the
//! parts of its date that are known for certain. Comparison looks for the same act dated
//! differently across articles.

use std::collections::BTreeSet;

use super::time::{Anchor, Known};
use super::{actions, entities_in, evidence, Action, ArticleMentions};
use crate::mentions::dates::{Date, DateExpr};
use crate::mentions::entities::starting_in;
use crate::mentions::figures::counted;
use crate::report::{Evidence, Language, Modality};
use crate::text::in_order::keyed_in;
use crate::text::words::{function_word, is_capitalized, WordClass};
use crate::text::TokenKind;

/// The action class of one-off acts that have a date.
pub const EVENT_CLASS: &str = "event";

#[derive(Debug, Clone)]
pub struct EventClaim {
    pub doc: usize,
    /// Index into the report's dates.
    pub date: usize,
    pub action: Action,
    /// Concept keys of the nouns the act concerns ("vertrag", "partnerschaftsvertrag").
    pub objects: Vec<String>,
    pub entities: BTreeSet<String>,
    pub value: Option<Date>,
    pub known: Known,
    pub modality: Modality,
    pub place: Option<String>,
    /// The date as written.
    pub when: String,
    /// From the date to the act.
    pub evidence: Evidence,
}

pub fn event_claims(a: &ArticleMentions) -> Vec<EventClaim> {
    let doc = a.doc;
    let mut out = Vec::new();
    for (k, e) in a.dates.iter().enumerate() {
        let sentence = doc.sentence_tokens(e.first);
        let Some(action) = actions::in_range(doc, sentence.clone(), e.first)
            .into_iter()
            .find(|x| x.class == EVENT_CLASS)
        else {
            continue;
        };
        let at = (sentence.start..sentence.end)
            .filter(|&t| actions::in_range(doc, t..t + 1, t).contains(&action))
            .min_by_key(|t| t.abs_diff(e.first))
            .unwrap_or(e.last);
        let objects = objects(a, sentence.clone(), e);
        if objects.is_empty() {
            continue;
        }
        out.push(EventClaim {
            doc: a.index,
            date: a.first_date + k,
            action,
            objects,
            entities: entities_in(a, sentence.clone()),
            value: e.value,
            known: Known::of(e, a.anchor),
            modality: crate::mentions::modality::sentence_modality(
                doc,
                doc.sentence_of[e.first] as usize,
            ),
            place: super::place::of(doc, a.entities, at),
            when: doc.slice(e.first, e.last).to_string(),
            evidence: evidence(doc, e.first.min(at), e.last.max(at)),
        });
    }
    out
}

/// The nouns of the sentence that are not names, not part of a date and not the action: German
/// nouns by their capital, English ones as the last word of a phrase after an article.
fn objects(a: &ArticleMentions, range: std::ops::Range<usize>, date: &DateExpr) -> Vec<String> {
    let doc = a.doc;
    // Names and dates do not cross sentences, so those of this one are all that can cover a word.
    let names = starting_in(a.entities, range.clone());
    let named = |i: usize| names.iter().any(|m| m.first <= i && i <= m.last);
    let dates = keyed_in(a.dates, range.clone(), |d| d.first);
    let in_date = |i: usize| {
        dates.iter().any(|d| d.first <= i && i <= d.last) || (date.first..=date.last).contains(&i)
    };
    let usable = |i: usize| {
        doc.kind(i) == TokenKind::Word
            && !named(i)
            && !in_date(i)
            && function_word(doc.lang, doc.lower(i)).is_none()
            && actions::in_range(doc, i..i + 1, i).is_empty()
    };
    let mut out: Vec<String> = Vec::new();
    let mut push = |word: &str| {
        let c = counted::concept(doc.lang, word);
        if c.chars().count() >= 3 && !out.contains(&c) {
            out.push(c);
        }
    };
    // Nouns by their capital (all German nouns; English names of things like "Ridge Fire").
    for i in range
        .clone()
        .filter(|&i| usable(i) && is_capitalized(doc.word(i)))
    {
        push(doc.word(i));
    }
    if doc.lang == Language::En {
        // English common nouns: the last word of a phrase after an article ("the dam").
        for i in range.clone() {
            if function_word(doc.lang, doc.lower(i)) != Some(WordClass::Determiner) {
                continue;
            }
            let mut last = None;
            let mut k = i + 1;
            while k < range.end && k < i + 4 && usable(k) {
                last = Some(k);
                k += 1;
            }
            if let Some(l) = last {
                push(doc.word(l));
            }
        }
    }
    out
}

/// For the report: the anchor each article's dates rest on.
pub fn anchor_of(own: Option<bool>, set: bool) -> Anchor {
    match (own, set) {
        (Some(true), _) => Anchor::Article,
        (Some(false), _) => Anchor::Inferred,
        (None, true) => Anchor::Set,
        (None, false) => Anchor::None,
    }
}
