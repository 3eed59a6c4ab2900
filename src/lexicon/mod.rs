//! Vocabularies as data: every word list the finders use lives in a `.tsv` table in this folder,
//! compiled into the binary with `include_str!` and parsed once on first use.
//!
//! A table is UTF-8 text: `#` starts a comment line (each table names its source and licence
//! there), blank lines are skipped, columns are separated by tabs. The first column is the
//! language (`de`, `en` or `*` for both) wherever wording differs between languages.

use crate::report::Language;

/// The rows of a table, split into columns, comments and blank lines skipped.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// The words of a table of one word a line (`surnames.txt`), comments and blank lines skipped.
pub fn words(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The words of a front-coded table (`german_nouns.txt`, `first_names.txt`, `toponyms.txt`):
/// sorted, each line a digit, the number of leading characters shared with the word before, and
/// the rest of the word (scripts/lexicon/front_coding.py writes them). Decoded once into one
/// buffer that lives as long as the program, like the table itself.
pub fn front_decoded(table: &'static str) -> Vec<&'static str> {
    let mut all = String::with_capacity(table.len() * 2);
    let mut bounds = Vec::new();
    let mut prev_start = 0;
    // Lines by `memchr`: tens of thousands of them are read on the first analysis.
    let mut line_start = 0;
    for line_end in memchr::memchr_iter(b'\n', table.as_bytes()).chain([table.len()]) {
        let line = table[line_start..line_end].trim_end_matches('\r');
        line_start = line_end + 1;
        let Some(shared) = line.chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        let shared = shared as usize;
        let start = all.len();
        // The shared characters, copied from the word before within the buffer; in bytes, which
        // they are one to one while they are ASCII.
        let previous = &all[prev_start..start];
        let bytes = match previous.as_bytes().get(..shared) {
            Some(head) if head.is_ascii() => shared,
            _ => previous
                .char_indices()
                .nth(shared)
                .map_or(previous.len(), |(b, _)| b),
        };
        all.extend_from_within(prev_start..prev_start + bytes);
        all.push_str(&line[1..]);
        bounds.push((start, all.len()));
        prev_start = start;
    }
    let all: &'static str = Box::leak(all.into_boxed_str());
    bounds.into_iter().map(|(s, e)| &all[s..e]).collect()
}

/// Does a row's language column apply to `lang`?
pub fn applies(column: &str, lang: Language) -> bool {
    match column {
        "*" => true,
        "de" => lang == Language::De,
        "en" => lang == Language::En,
        _ => false,
    }
}

/// Parses a language column into the languages it covers.
pub fn languages(column: &str) -> &'static [Language] {
    match column {
        "de" => &[Language::De],
        "en" => &[Language::En],
        _ => &[Language::De, Language::En],
    }
}

pub const ABBREVIATIONS: &str = include_str!("abbreviations.tsv");
pub const STOPWORDS: &str = include_str!("stopwords.tsv");
pub const CLUTTER: &str = include_str!("clutter.tsv");
pub const MONTHS: &str = include_str!("months.tsv");
pub const WEEKDAYS: &str = include_str!("weekdays.tsv");
pub const RELATIVE_DATES: &str = include_str!("relative_dates.tsv");
pub const DATE_WORDS: &str = include_str!("date_words.tsv");
pub const ORDINALS: &str = include_str!("ordinals.tsv");
pub const HOLIDAYS: &str = include_str!("holidays.tsv");
pub const HEDGES: &str = include_str!("hedges.tsv");
pub const NUMBER_WORDS: &str = include_str!("number_words.tsv");
pub const MAGNITUDES: &str = include_str!("magnitudes.tsv");
pub const UNITS: &str = include_str!("units.tsv");
pub const UNIT_SYMBOLS: &str = include_str!("unit_symbols.tsv");
pub const NOT_COUNTED: &str = include_str!("not_counted.tsv");
pub const FUNCTION_WORDS: &str = include_str!("function_words.tsv");
pub const SOURCE_CUES: &str = include_str!("source_cues.tsv");
pub const REPORTED_CUES: &str = include_str!("reported_cues.tsv");
pub const DENIAL_CUES: &str = include_str!("denial_cues.tsv");
pub const ACTIONS: &str = include_str!("actions.tsv");
pub const UPDATE_CUES: &str = include_str!("update_cues.tsv");
pub const COUNTRIES: &str = include_str!("countries.tsv");
pub const COUNTRY_ALIASES: &str = include_str!("country_aliases.tsv");
pub const DEMONYMS: &str = include_str!("demonyms.tsv");
pub const PLACES: &str = include_str!("places.tsv");
pub const ORGANIZATIONS: &str = include_str!("organizations.tsv");
pub const ORGANIZATION_HEADS: &str = include_str!("organization_heads.tsv");
pub const PLACE_CUES: &str = include_str!("place_cues.tsv");
pub const PLACE_PREFIXES: &str = include_str!("place_prefixes.tsv");
pub const PERSON_CUES: &str = include_str!("person_cues.tsv");
pub const FIRST_NAMES: &str = include_str!("first_names.txt");
pub const SURNAMES: &str = include_str!("surnames.txt");
pub const FAMILY_FIRST_SURNAMES: &str = include_str!("family_first_surnames.txt");
pub const GERMAN_NOUNS: &str = include_str!("german_nouns.txt");
pub const TOPONYMS: &str = include_str!("toponyms.txt");
pub const GERMAN_PLACES: &str = include_str!("german_places.txt");
pub const NOT_NAMES: &str = include_str!("not_names.tsv");
pub const NOUN_ENDINGS: &str = include_str!("noun_endings.tsv");
pub const CONCEPT_SYNONYMS: &str = include_str!("concept_synonyms.tsv");
pub const CONCEPT_BY_ACTION: &str = include_str!("concept_by_action.tsv");
pub const UNIT_SENSES: &str = include_str!("unit_senses.tsv");
pub const NOUN_LEMMAS: &str = include_str!("noun_lemmas.tsv");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coding_is_undone_and_comments_are_skipped() {
        let table = "# a comment\n0Aach\n4en\n2lborg\n0Bad\n";
        assert_eq!(front_decoded(table), ["Aach", "Aachen", "Aalborg", "Bad"]);
        // Shared characters count characters, not bytes.
        assert_eq!(front_decoded("0Köln\n2ln\n"), ["Köln", "Köln"]);
        // Windows line ends, and a last line without one.
        assert_eq!(front_decoded("0Aach\r\n4en"), ["Aach", "Aachen"]);
    }

    #[test]
    fn the_front_coded_tables_decode_to_sorted_words() {
        for table in [GERMAN_NOUNS, FIRST_NAMES, TOPONYMS] {
            let words = front_decoded(table);
            assert!(words.len() > 5000, "{}", words.len());
            assert!(words.windows(2).all(|w| w[0] < w[1]), "not sorted");
        }
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let table = "# source: test\n\nde\tüber\tmore_than\n";
        let all: Vec<_> = rows(table).collect();
        assert_eq!(all, vec![vec!["de", "über", "more_than"]]);
    }

    #[test]
    fn every_table_has_a_source_line() {
        for table in [
            ABBREVIATIONS,
            STOPWORDS,
            CLUTTER,
            MONTHS,
            WEEKDAYS,
            RELATIVE_DATES,
            DATE_WORDS,
            ORDINALS,
            HOLIDAYS,
            HEDGES,
            NUMBER_WORDS,
            MAGNITUDES,
            UNITS,
            UNIT_SYMBOLS,
            NOT_COUNTED,
            FUNCTION_WORDS,
            SOURCE_CUES,
            REPORTED_CUES,
            DENIAL_CUES,
            ACTIONS,
            UPDATE_CUES,
            COUNTRIES,
            DEMONYMS,
            PLACES,
            ORGANIZATIONS,
            ORGANIZATION_HEADS,
            PLACE_CUES,
            PLACE_PREFIXES,
            PERSON_CUES,
            FIRST_NAMES,
            SURNAMES,
            FAMILY_FIRST_SURNAMES,
            GERMAN_NOUNS,
            TOPONYMS,
            GERMAN_PLACES,
            NOT_NAMES,
            NOUN_ENDINGS,
            CONCEPT_SYNONYMS,
            CONCEPT_BY_ACTION,
            UNIT_SENSES,
            NOUN_LEMMAS,
        ] {
            let head: String = table.lines().take_while(|l| l.starts_with('#')).collect();
            assert!(
                head.to_lowercase().contains("source"),
                "table without source: {head}"
            );
        }
    }
}
