//! What a claim is about, beyond the counted noun. Two kinds of help:
//!
//! - A noun that only says who is counted ("34 Menschen starben", "12 people were killed") takes
//!   the concept of what happened to them (`concept_by_action.tsv`): the dead, like "34 Tote".
//! - A measure without a counted noun ("1,2 Milliarden Euro") is about the nouns before it in its
//!   clause ("eine Lücke von …", "Für die Bundeswehr sind …", "a gap of …"): its topics, so a
//!   budget gap is not compared with a defence budget.

use std::sync::LazyLock;

use super::Action;
use crate::lexicon;
use crate::mentions::figures::counted;
use crate::mentions::sources::{self, Attribution};
use crate::report::Language;
use crate::text::fxhash::FxHashMap;
use crate::text::words::{function_word, is_capitalized, WordClass};
use crate::text::{Document, TokenKind};

static BY_ACTION: LazyLock<FxHashMap<(Language, &'static str, &'static str), &'static str>> =
    LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for row in lexicon::rows(lexicon::CONCEPT_BY_ACTION) {
            if row.len() < 4 {
                continue;
            }
            for &lang in lexicon::languages(row[0]) {
                map.insert((lang, row[1], row[2]), row[3]);
            }
        }
        map
    });

/// The concept meant by a noun of persons, given the actions of its sentence.
pub fn concept(lang: Language, concept: &str, actions: &[Action]) -> Option<&'static str> {
    actions
        .iter()
        .find_map(|a| BY_ACTION.get(&(lang, concept, a.class)).copied())
}

/// How far back topic nouns may stand.
const REACH: usize = 8;

/// The nouns a measure at tokens `first..` is about: German, the capitalised nouns before it in
/// its clause, outside source phrases; English, the noun before "of" right before it.
pub fn of(doc: &Document, attributions: &[Attribution], first: usize) -> Vec<String> {
    let sentence = doc.sentence_tokens(first);
    let attributions = sources::in_sentence(attributions, doc.sentence_of[first] as usize);
    let in_source = |k: usize| {
        attributions.iter().any(|a| {
            let (s, e) = a.span.unwrap_or(a.cue);
            (s.min(a.cue.0)..=e.max(a.cue.1)).contains(&k)
        })
    };
    match doc.lang {
        Language::De => (sentence.start.max(first.saturating_sub(REACH))..first)
            .rev()
            .take_while(|&k| !matches!(doc.word(k), "," | ";" | ":"))
            .filter(|&k| doc.kind(k) == TokenKind::Word && !in_source(k))
            .filter(|&k| is_capitalized(doc.word(k)) && !is_function_like(doc, k))
            .map(|k| counted::concept(doc.lang, doc.word(k)))
            .collect(),
        Language::En => {
            let Some(of) = first.checked_sub(1).filter(|&k| doc.lower(k) == "of") else {
                return Vec::new();
            };
            of.checked_sub(1)
                .filter(|&k| {
                    doc.kind(k) == TokenKind::Word
                        && function_word(doc.lang, doc.lower(k)) != Some(WordClass::Determiner)
                })
                .map(|k| counted::concept(doc.lang, doc.word(k)))
                .into_iter()
                .collect()
        }
    }
}

/// A capitalised first word of a sentence that is no noun ("Für", "Laut").
fn is_function_like(doc: &Document, k: usize) -> bool {
    function_word(doc.lang, doc.lower(k)).is_some()
}
