//! Word lists that point at a name: first names and surnames, titles before a person ("Präsident"), words
//! before a place ("Region"), nouns that head an organisation's name ("-ministerium"), and the
//! capitalised everyday words that are not names after all ("Mai", "Will").

use std::sync::LazyLock;

use super::fxhash::FxHashSet;
use crate::lexicon;
use crate::report::Language;
use crate::text::word_ends::WordEnds;

static FIRST_NAMES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::front_decoded(lexicon::FIRST_NAMES)
        .into_iter()
        .collect()
});

static SURNAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::words(lexicon::SURNAMES).collect());

static FAMILY_FIRST: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::words(lexicon::FAMILY_FIRST_SURNAMES).collect());

static NOT_NAMES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::rows(lexicon::NOT_NAMES).map(|r| r[1]).collect());

fn by_language(table: &'static str) -> [WordEnds; 2] {
    let mut out = [Vec::new(), Vec::new()];
    for row in lexicon::rows(table) {
        for &lang in lexicon::languages(row[0]) {
            out[lang as usize].push(row[1]);
        }
    }
    out.map(WordEnds::new)
}

static CALENDAR: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [lexicon::MONTHS, lexicon::WEEKDAYS]
        .into_iter()
        .flat_map(lexicon::rows)
        .map(|r| r[1])
        .collect()
});

static PERSON_CUES: LazyLock<[WordEnds; 2]> = LazyLock::new(|| by_language(lexicon::PERSON_CUES));
static PLACE_CUES: LazyLock<[WordEnds; 2]> = LazyLock::new(|| by_language(lexicon::PLACE_CUES));
static PLACE_PREFIXES: LazyLock<[WordEnds; 2]> =
    LazyLock::new(|| by_language(lexicon::PLACE_PREFIXES));
static ORG_HEADS: LazyLock<[WordEnds; 2]> =
    LazyLock::new(|| by_language(lexicon::ORGANIZATION_HEADS));

/// A first name as written ("Wolodymyr"), unless it is an everyday word too ("Will", "Mai").
pub fn is_first_name(word: &str, lower: &str) -> bool {
    FIRST_NAMES.contains(word) && !NOT_NAMES.contains(lower)
}

/// A family name that comes first in the person's name ("Xi" in "Xi Jinping"), as written.
pub fn is_family_first(word: &str) -> bool {
    FAMILY_FIRST.contains(word)
}

/// A common surname as written ("Schröder"), everyday word or not ("Müller"); a feature only.
pub fn is_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

/// A capitalised word that looks like a name but is not one.
pub fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(lower)
}

/// A month or weekday ("März", "March", "Monday"): capitalised, never a name.
pub fn is_calendar_word(lower: &str) -> bool {
    CALENDAR.contains(lower)
}

/// A title or role before a person's name; German titles also as the end of a compound
/// ("Verteidigungsminister") and inflected ("Präsidenten").
pub fn is_person_cue(lang: Language, lower: &str) -> bool {
    let cues = &PERSON_CUES[lang as usize];
    match lang {
        Language::De => {
            let stem = lower
                .strip_suffix("en")
                .or_else(|| lower.strip_suffix('n'))
                .or_else(|| lower.strip_suffix('s'))
                .unwrap_or(lower);
            cues.ends(lower) || cues.ends(stem)
        }
        Language::En => cues.contains(lower),
    }
}

/// A word before a place's name ("Region", "nahe").
pub fn is_place_cue(lang: Language, lower: &str) -> bool {
    PLACE_CUES[lang as usize].contains(lower)
}

/// A word that begins a place name and belongs to it ("St" in "St. Moritz", "Bad" in "Bad Ischl").
pub fn is_place_prefix(lang: Language, lower: &str) -> bool {
    PLACE_PREFIXES[lang as usize].contains(lower)
}

/// A noun that heads an organisation's name, also as the end of a compound ("Außenministerium").
pub fn has_org_head(lang: Language, lower: &str) -> bool {
    ORG_HEADS[lang as usize].ends(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_found_inside_compounds_and_inflected() {
        assert!(is_person_cue(Language::De, "verteidigungsminister"));
        assert!(is_person_cue(Language::De, "präsidenten"));
        assert!(is_person_cue(Language::En, "president"));
        assert!(!is_person_cue(Language::De, "soldaten"));
    }

    #[test]
    fn everyday_words_are_not_first_names() {
        assert!(is_first_name("Wolodymyr", "wolodymyr"));
        assert!(!is_first_name("Mai", "mai"));
    }
}
