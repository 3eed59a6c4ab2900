//! What a figure counts: the noun phrase after the number ("schwere Haubitzen", "Pioniere und
//! Bauarbeiter", "North Korean soldiers") and its concept key, the lemma of the head noun.

use std::sync::LazyLock;

use crate::lexicon;
use crate::order;
use crate::report::Language;
use crate::text::fxhash::FxHashMap;
use crate::text::words::{function_word, is_capitalized};
use crate::text::Document;

/// The counted noun phrase, as tokens `first..=last` with its head noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub first: usize,
    pub last: usize,
    pub head: usize,
}

/// How far after the number the counted noun may stand.
const REACH: usize = 5;

/// The counted phrase that starts at token `from`, if any.
pub fn after(doc: &Document, from: usize) -> Option<Counted> {
    match doc.lang {
        Language::De => after_german(doc, from),
        Language::En => after_english(doc, from),
    }
}

/// German capitalises nouns: skip inflected adjectives, take the first capitalised word, and
/// join a coordinated second noun ("Pioniere und Bauarbeiter").
fn after_german(doc: &Document, from: usize) -> Option<Counted> {
    let end = doc
        .sentence_tokens(from.min(doc.tokens.len().checked_sub(1)?))
        .end;
    let mut first = None;
    let mut i = from;
    while i < end && i < from + REACH {
        if !doc.is_word(i) {
            return None;
        }
        let lower = doc.lower(i);
        if doc.is_capitalized(i) {
            let first = first.unwrap_or(i);
            let last = coordinated_german(doc, i, end).unwrap_or(i);
            // The number counts the first noun for sure ("10.000 Soldaten und Waffen"); the
            // coordinated one stays in the counted phrase but does not key the concept.
            return Some(Counted {
                first,
                last,
                head: i,
            });
        }
        if function_word(doc.lang, lower).is_some() || !is_adjective_de(lower) {
            return None;
        }
        first.get_or_insert(i);
        i += 1;
    }
    None
}

/// "… und (adjectives) Noun" after a head noun: the last token of the second noun.
fn coordinated_german(doc: &Document, head: usize, end: usize) -> Option<usize> {
    let conj = head + 1;
    if conj >= end || !matches!(doc.lower(conj), "und" | "oder" | "sowie") {
        return None;
    }
    let mut i = conj + 1;
    while i < end && i < conj + 3 {
        if !doc.is_word(i) {
            return None;
        }
        if doc.is_capitalized(i) {
            return Some(i);
        }
        if !is_adjective_de(doc.lower(i)) || function_word(doc.lang, doc.lower(i)).is_some() {
            return None;
        }
        i += 1;
    }
    None
}

/// Inflected German adjectives and participles end in -e, -en, -er, -es or -em.
fn is_adjective_de(lower: &str) -> bool {
    ["e", "en", "er", "es", "em"]
        .iter()
        .any(|e| lower.ends_with(e))
        && lower.chars().count() > 3
}

/// English nouns are lower case: take the words up to a closed-class word or a verb form, the head last.
fn after_english(doc: &Document, from: usize) -> Option<Counted> {
    let end = doc
        .sentence_tokens(from.min(doc.tokens.len().checked_sub(1)?))
        .end;
    let mut first = None;
    let mut last = None;
    let mut i = from;
    while i < end && i < from + REACH {
        if !doc.is_word(i) {
            break;
        }
        let lower = doc.lower(i);
        if function_word(doc.lang, lower).is_some() {
            break;
        }
        // A past form after the noun is the verb: "troops arrived".
        if last.is_some() && (lower.ends_with("ed") || lower.ends_with("ing")) {
            break;
        }
        first.get_or_insert(i);
        last = Some(i);
        i += 1;
    }
    let (first, last) = (first?, last?);
    Some(Counted {
        first,
        last,
        head: last,
    })
}

#[derive(Clone, Copy)]
struct Ending {
    ending: &'static str,
    replacement: &'static str,
    min: usize,
}

static ENDINGS: LazyLock<[Vec<Ending>; 2]> = LazyLock::new(|| {
    let mut tables = [Vec::new(), Vec::new()];
    for row in lexicon::rows(lexicon::NOUN_ENDINGS) {
        let ending = Ending {
            ending: row[1],
            replacement: row.get(2).copied().unwrap_or(""),
            min: row.get(3).and_then(|m| m.parse().ok()).unwrap_or(3),
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].push(ending);
        }
    }
    tables
});

static SYNONYMS: LazyLock<FxHashMap<(Language, &'static str), &'static str>> =
    LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for row in lexicon::rows(lexicon::CONCEPT_SYNONYMS) {
            for &lang in lexicon::languages(row[0]) {
                map.insert((lang, row[1]), row[2]);
            }
        }
        map
    });

/// The concept key of a head noun: the last part of a hyphenated compound, lower case, its
/// inflection ending stripped, then mapped through the synonym table.
pub fn concept(lang: Language, noun: &str) -> String {
    let last = noun.rsplit(['-', '\u{2011}']).next().unwrap_or(noun);
    let lower = last.to_lowercase();
    let lemma = lemma(lang, &lower);
    match SYNONYMS.get(&(lang, lemma.as_str())) {
        Some(concept) => concept.to_string(),
        None => lemma,
    }
}

/// Irregular plural endings and their lemma endings, longest first.
static IRREGULAR: LazyLock<[Vec<(&'static str, &'static str)>; 2]> = LazyLock::new(|| {
    let mut tables = [Vec::new(), Vec::new()];
    for row in lexicon::rows(lexicon::NOUN_LEMMAS) {
        let Some(&lemma) = row.get(2) else { continue };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].push((row[1], lemma));
        }
    }
    for table in &mut tables {
        order::sort_by_key(table, |(ending, _)| std::cmp::Reverse(ending.len()));
    }
    tables
});

fn lemma(lang: Language, lower: &str) -> String {
    // An irregular plural, or a compound that ends in one ("Arbeitsplätze").
    for (ending, replacement) in &IRREGULAR[lang as usize] {
        if let Some(stem) = lower.strip_suffix(ending) {
            return format!("{stem}{replacement}");
        }
    }
    for e in &ENDINGS[lang as usize] {
        if let Some(stem) = lower.strip_suffix(e.ending) {
            if stem.chars().count() >= e.min {
                return format!("{stem}{}", e.replacement);
            }
        }
    }
    lower.to_string()
}

/// Is this word a plausible counted noun for the language (a German noun is capitalised)?
pub fn looks_like_noun(lang: Language, word: &str) -> bool {
    match lang {
        Language::De => is_capitalized(word),
        Language::En => word.chars().all(|c| c.is_alphabetic() || c == '-'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str, from: usize) -> Option<String> {
        let doc = Document::new("t", text);
        after(&doc, from).map(|c| doc.slice(c.first, c.last).to_string())
    }

    #[test]
    fn german_adjectives_and_noun() {
        assert_eq!(
            counted("knapp 50 schwere Haubitzen aus Nordkorea", 2).as_deref(),
            Some("schwere Haubitzen")
        );
        assert_eq!(
            counted("mehr als 10.000 nordkoreanische Soldaten", 3).as_deref(),
            Some("nordkoreanische Soldaten")
        );
    }

    #[test]
    fn coordinated_nouns_are_one_counted_phrase() {
        assert_eq!(
            counted("etwa 6.000 Pioniere und Bauarbeiter zu", 2).as_deref(),
            Some("Pioniere und Bauarbeiter")
        );
    }

    #[test]
    fn a_number_after_und_is_not_coordinated() {
        assert_eq!(
            counted("500 Offiziere und drei Generäle", 1).as_deref(),
            Some("Offiziere")
        );
    }

    #[test]
    fn an_adverb_leaves_the_figure_elliptic() {
        assert_eq!(
            counted("wobei 3.000 bereits vor Ort erwartet werden", 2),
            None
        );
    }

    #[test]
    fn english_noun_phrase() {
        assert_eq!(
            counted("more than 10,000 North Korean soldiers to Russia", 3).as_deref(),
            Some("North Korean soldiers")
        );
        assert_eq!(
            counted("as 500 people were killed", 2).as_deref(),
            Some("people")
        );
    }

    #[test]
    fn concepts_are_lemmas() {
        assert_eq!(concept(Language::De, "Soldaten"), "soldat");
        assert_eq!(concept(Language::De, "Haubitzen"), "haubitze");
        assert_eq!(concept(Language::De, "Generäle"), "general");
        assert_eq!(concept(Language::De, "Offiziere"), "offizier");
        assert_eq!(concept(Language::De, "Kamikaze-Drohnen"), "drohne");
        assert_eq!(concept(Language::En, "soldiers"), "soldat");
        assert_eq!(concept(Language::En, "howitzers"), "haubitze");
    }

    #[test]
    fn every_case_of_a_plural_has_one_concept() {
        for (a, b) in [
            ("Flüchtlinge", "Flüchtlingen"),
            ("Verletzte", "Verletzten"),
            ("Gefangene", "Gefangenen"),
            ("Kinder", "Kindern"),
            ("Menschen", "Mensch"),
            ("Städte", "Stadt"),
        ] {
            assert_eq!(
                concept(Language::De, a),
                concept(Language::De, b),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn a_compound_takes_the_lemma_of_its_irregular_head() {
        assert_eq!(concept(Language::De, "Arbeitsplätze"), "arbeitsplatz");
        assert_eq!(concept(Language::De, "Kleinkindern"), "kleinkind");
        assert_eq!(concept(Language::En, "children"), "child");
    }
}
