//! Modality: whether a sentence asserts, passes on with reservation ("sollen", "offenbar",
//! "reportedly"), or denies ("weist … zurück", "dementiert", "nicht bestätigt", "denied").

use std::sync::LazyLock;

use super::entities::EntityMention;
use super::figures::counted;
use crate::lexicon;
use crate::report::{EntityType, Language, Modality};
use crate::text::fxhash::FxHashSet;
use crate::text::words::{function_word, is_capitalized, PhraseTable, WordClass};
use crate::text::{Document, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A word of denial: "dementiert", "zurückgewiesen", "denied".
    Deny,
    /// The finite verb of a separable denial: "weist … zurück".
    DenyParticle,
    /// A verb of confirmation: a denial only when negated.
    Unconfirmed,
    /// A noun for a false claim ("Gerücht"): part of a denial, never one alone.
    Rumour,
    /// A word that calls a claim false ("unbegründet"): a denial by itself.
    False,
}

static DENIAL_CUES: LazyLock<[PhraseTable<Cue>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::DENIAL_CUES) {
        let cue = match row[2] {
            "deny" => Cue::Deny,
            "deny_particle" => Cue::DenyParticle,
            "unconfirmed" => Cue::Unconfirmed,
            "rumour" => Cue::Rumour,
            "false" => Cue::False,
            _ => continue,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], cue);
        }
    }
    tables
});

static REPORTED: LazyLock<[PhraseTable<()>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::REPORTED_CUES) {
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], ());
        }
    }
    tables
});

/// Negations that turn "bestätigt" into a denial. "noch" counts only after "weder".
static NEGATIONS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        "nicht", "kein", "keine", "keinen", "keiner", "weder", "nie", "niemals", "not", "neither",
        "never", "no", "nor", "n't",
    ]
    .into_iter()
    .collect()
});

/// A denial in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DenialMention {
    pub sentence: usize,
    /// From the start of the clause to the end of the denial cue.
    pub first: usize,
    pub last: usize,
    /// Who denies, by name, when the sentence says.
    pub by: Vec<String>,
    /// Concept keys of the nouns in the denied clause ("soldat", "anwesenheit").
    pub concepts: Vec<String>,
}

/// The modality of sentence `s`: reported when it carries a cue of reservation.
pub fn sentence_modality(doc: &Document, s: usize) -> Modality {
    let range = doc.sentences[s].tokens.clone();
    let reported = range
        .clone()
        .any(|i| REPORTED[doc.lang as usize].longest_in(doc, i).is_some());
    if reported {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}

/// Every denial in the document.
pub fn denials(doc: &Document, entities: &[EntityMention]) -> Vec<DenialMention> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let mut cue_end = None;
        for i in range.clone() {
            let Some((n, &cue)) = DENIAL_CUES[doc.lang as usize].longest_in(doc, i) else {
                continue;
            };
            let denies = match cue {
                Cue::Deny | Cue::False => !undone(doc, i, range.start),
                Cue::DenyParticle => {
                    (i + 1..range.end).any(|k| doc.lower(k) == "zurück")
                        && !undone(doc, i, range.start)
                }
                Cue::Unconfirmed => negated(doc, i, range.start),
                Cue::Rumour => false,
            };
            if denies {
                let end = match cue {
                    Cue::DenyParticle => (i + 1..range.end)
                        .find(|&k| doc.lower(k) == "zurück")
                        .unwrap_or(i),
                    _ => i + n - 1,
                };
                cue_end = Some(cue_end.map_or(end, |e: usize| e.max(end)));
            }
        }
        let Some(last) = cue_end else { continue };
        let first = range.start;
        let entities = super::entities::starting_in(entities, range.clone());
        out.push(DenialMention {
            sentence: s,
            first,
            last,
            by: deniers(doc, entities, first, last),
            // What is denied may follow the cue ("have not confirmed the deaths").
            concepts: clause_concepts(doc, entities, first, last, clause_end(doc, last, range.end)),
        });
    }
    out
}

/// "ohne … zu dementieren", "nicht dementiert": a denial cue that is itself negated.
fn undone(doc: &Document, i: usize, start: usize) -> bool {
    (i.saturating_sub(6).max(start)..i).any(|k| {
        matches!(
            doc.lower(k),
            "ohne" | "without" | "nicht" | "not" | "kein" | "keine"
        )
    })
}

/// A negation in the clause before the cue ("haben … nicht bestätigt", "Weder … noch … bestätigt").
fn negated(doc: &Document, i: usize, start: usize) -> bool {
    let clause_start = (start..i)
        .rev()
        .find(|&k| matches!(doc.word(k), "," | ";"))
        .map_or(start, |k| k + 1);
    (clause_start..i).any(|k| NEGATIONS.contains(doc.lower(k))) || doc.lower(i + 1) == "nicht"
}

/// The entities that deny: after "von" ("von Pjöngjang zurückgewiesen"), else the actors
/// (persons, organisations, capitals, countries) of the clause.
fn deniers(doc: &Document, entities: &[EntityMention], first: usize, last: usize) -> Vec<String> {
    let actors: Vec<&EntityMention> = entities
        .iter()
        .filter(|m| m.first >= first && m.last <= last && !m.in_compound)
        .filter(|m| m.kind != EntityType::Place || m.capital_of.is_some())
        // "in Russland" is where, not who.
        .filter(|m| {
            m.first == 0
                || function_word(doc.lang, doc.lower(m.first - 1)) != Some(WordClass::Preposition)
                || matches!(doc.lower(m.first - 1), "von" | "by")
        })
        .collect();
    let agents: Vec<&EntityMention> = actors
        .iter()
        .copied()
        .filter(|m| m.first > 0 && matches!(doc.lower(m.first - 1), "von" | "by"))
        .collect();
    let chosen = if agents.is_empty() { actors } else { agents };
    let mut names: Vec<String> = Vec::new();
    for m in chosen {
        let name = m.text(doc).to_string();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The last token of the clause that holds token `i`.
fn clause_end(doc: &Document, i: usize, end: usize) -> usize {
    (i + 1..end)
        .find(|&k| matches!(doc.word(k), "," | ";" | ":" | "."))
        .map_or(end.saturating_sub(1), |k| k - 1)
        .max(i)
}

/// The concepts a denial speaks of: the nouns of its clause that are not names.
fn clause_concepts(
    doc: &Document,
    entities: &[EntityMention],
    first: usize,
    cue_end: usize,
    last: usize,
) -> Vec<String> {
    // English denies its object ("rejected the reports"); its subject ("the foreign ministry") is
    // the denier. Only a passive ("the reports were denied") leaves nothing after the cue.
    if doc.lang == Language::En {
        let after = concepts_in(doc, entities, cue_end + 1, last);
        if !after.is_empty() {
            return after;
        }
    }
    concepts_in(doc, entities, first, last)
}

/// The concepts of the nouns from token `first` to `last` that name no entity.
fn concepts_in(
    doc: &Document,
    entities: &[EntityMention],
    first: usize,
    last: usize,
) -> Vec<String> {
    let named = |i: usize| entities.iter().any(|m| m.first <= i && i <= m.last);
    let mut out: Vec<String> = Vec::new();
    for i in first..=last {
        if doc.kind(i) != TokenKind::Word
            || named(i)
            || function_word(doc.lang, doc.lower(i)).is_some()
        {
            continue;
        }
        // German nouns are capitalised; English ones end their phrase (see `english_noun`).
        let noun = match doc.lang {
            Language::De => is_capitalized(doc.word(i)),
            Language::En => english_noun(doc, i),
        };
        if noun {
            let concept = counted::concept(doc.lang, doc.word(i));
            if !out.contains(&concept) {
                out.push(concept);
            }
        }
    }
    out
}

/// Endings of English verbs, adverbs and adjectives, which are not what a denial is about.
const NOT_NOUN_ENDINGS: &[&str] = &["ed", "ing", "ly", "less", "ful", "ous", "ive"];

/// An English noun, roughly: a lower-case word of four letters or more that ends its phrase (no
/// lower-case content word follows: "the reports as", not "foreign ministry") and has no verb,
/// adverb or adjective ending.
fn english_noun(doc: &Document, i: usize) -> bool {
    let lower = doc.lower(i);
    // A participle after the noun starts a new phrase ("the deaths reported by the county").
    let content_word = |k: usize| {
        doc.kind(k) == TokenKind::Word
            && !is_capitalized(doc.word(k))
            && function_word(doc.lang, doc.lower(k)).is_none()
            && !NOT_NOUN_ENDINGS.iter().any(|e| doc.lower(k).ends_with(e))
    };
    let ends_phrase =
        i + 1 >= doc.tokens.len() || !doc.same_sentence(i, i + 1) || !content_word(i + 1);
    !is_capitalized(doc.word(i))
        && lower.chars().count() > 3
        && !NOT_NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
        && ends_phrase
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::entities::recognize;

    #[test]
    fn an_english_denial_is_about_the_nouns_that_end_its_phrases() {
        let found = denied("The foreign ministry rejected the reports as groundless.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].concepts, ["report"]);
        let found = denied("North Korea denied that it had sent troops to Russia.");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].concepts.contains(&"soldat".to_string()),
            "{:?}",
            found[0].concepts
        );
    }

    fn denied(text: &str) -> Vec<DenialMention> {
        let doc = Document::new("t", text);
        denials(&doc, &recognize(&doc))
    }

    #[test]
    fn zurueckgewiesen_is_a_denial_by_its_agent() {
        let d = denied("Die Anwesenheit nordkoreanischer Soldaten in Russland wird von Pjöngjang als „unbegründetes Gerücht“ zurückgewiesen.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].by, vec!["Pjöngjang".to_string()]);
        assert!(d[0].concepts.contains(&"soldat".to_string()));
    }

    #[test]
    fn a_separable_verb_is_a_denial() {
        assert_eq!(denied("Pjöngjang weist die Berichte zurück.").len(), 1);
    }

    #[test]
    fn neither_nor_confirmed_is_a_denial() {
        let d = denied(
            "Weder Moskau noch Pjöngjang haben den Kriegseinsatz der Soldaten bislang bestätigt.",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].by.len(), 2);
    }

    #[test]
    fn a_confirmation_is_not_a_denial() {
        assert!(denied("Das sei im Einsatz, wie das US-Außenministerium bestätigte.").is_empty());
    }

    #[test]
    fn not_denying_is_not_a_denial() {
        assert!(
            denied("Putin äußerte sich zu Videos, ohne deren Anwesenheit zu dementieren.")
                .is_empty()
        );
    }

    #[test]
    fn english_denials() {
        assert_eq!(denied("The Kremlin denied the reports.").len(), 1);
        assert_eq!(
            denied("Officials have not confirmed the deployment.").len(),
            1
        );
    }

    #[test]
    fn reported_speech_is_reported() {
        let doc = Document::new("t", "So sollen knapp 50 Haubitzen eingetroffen sein.");
        assert_eq!(sentence_modality(&doc, 0), Modality::Reported);
        let doc = Document::new("t", "Es kamen 50 Haubitzen.");
        assert_eq!(sentence_modality(&doc, 0), Modality::Asserted);
    }
}
