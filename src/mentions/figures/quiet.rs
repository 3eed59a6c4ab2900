//! Numbers that are not figures of the story: dates and years, clock times, ages, phone numbers,
//! addresses, page and section numbers, ordinals, list markers and counters in page furniture.
//! Each rule reads the tokens around the number; the words they look for live in tables.

use std::sync::LazyLock;

use super::numerals::looks_like_date;
use crate::lexicon;
use crate::report::Language;
use crate::text::fxhash::{FxHashMap, FxHashSet};
use crate::text::words::{function_word, PhraseTable, WordClass};
use crate::text::{Document, TokenKind};

/// Why a number is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiet {
    Date,
    Year,
    ClockTime,
    Age,
    Phone,
    Address,
    Reference,
    Ordinal,
    ListMarker,
    Counter,
    RelativeTime,
    /// A number inside a web address ("…?q=30%25", "www.x.de/2024/5").
    Url,
}

static MONTHS: LazyLock<FxHashSet<(Language, &'static str)>> = LazyLock::new(|| {
    let mut set = FxHashSet::default();
    for row in lexicon::rows(lexicon::MONTHS) {
        for &lang in lexicon::languages(row[0]) {
            set.insert((lang, row[1]));
        }
    }
    set
});

static NOT_COUNTED: LazyLock<[PhraseTable<Quiet>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::NOT_COUNTED) {
        let why = match row[2] {
            "clock time" => Quiet::ClockTime,
            "age" => Quiet::Age,
            "temperature" => continue,
            _ => Quiet::Reference,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], why);
        }
    }
    tables
});

/// Words before a number that make it a reference, an age, a phone number or a year.
static BEFORE: LazyLock<FxHashMap<&'static str, Quiet>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for w in [
        "nr",
        "nummer",
        "no",
        "seite",
        "s",
        "page",
        "p",
        "pp",
        "paragraf",
        "§",
        "kapitel",
        "chapter",
        "artikel",
        "article",
        "section",
        "band",
        "heft",
        "ausgabe",
        "version",
        "folge",
        "episode",
        "staffel",
        "teil",
        "platz",
        "rang",
        "gleis",
        "zimmer",
        "raum",
        "buslinie",
        "linie",
        "route",
        "flug",
        "flight",
        "resolution",
    ] {
        map.insert(w, Quiet::Reference);
    }
    for w in [
        "tel", "telefon", "fax", "phone", "tel.:", "mobil", "hotline",
    ] {
        map.insert(w, Quiet::Phone);
    }
    for w in [
        "jahr",
        "jahre",
        "jahres",
        "year",
        "anno",
        "seit",
        "since",
        "bis",
        "until",
        "ab",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
        "spring",
        "summer",
        "autumn",
        "fall",
        "ende",
        "anfang",
        "mitte",
        "end",
        "early",
        "late",
        "mid",
    ] {
        map.insert(w, Quiet::Year);
    }
    map.insert("aged", Quiet::Age);
    map
});

/// Endings of street names: a number after them is a house number.
const STREET_ENDINGS: &[&str] = &[
    "straße",
    "strasse",
    "str",
    "weg",
    "gasse",
    "allee",
    "platz",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "street",
    "road",
    "avenue",
    "boulevard",
    "lane",
];

/// Words after a time span that make it a point in time ("zwei Tage nachdem", "three days ago").
const RELATIVE_AFTER: &[&str] = &[
    "nachdem", "nach", "zuvor", "vorher", "später", "danach", "davor", "ago", "later", "earlier",
    "after", "before",
];

/// The reason the numeral at tokens `first..=last` is not a figure, if it is not one.
pub fn check(
    doc: &Document,
    first: usize,
    last: usize,
    value: f64,
    time_unit: bool,
) -> Option<Quiet> {
    if in_url(doc, first) {
        return Some(Quiet::Url);
    }
    let text = doc.word(first);
    if doc.kind(first) == TokenKind::Number {
        if text.contains(':') {
            return Some(Quiet::ClockTime);
        }
        if looks_like_date(text) || text.matches('/').count() > 1 {
            return Some(Quiet::Date);
        }
    }
    let next = last + 1;
    if let Some(why) = after_period(doc, last) {
        return Some(why);
    }
    if let Some((_, why)) = NOT_COUNTED[doc.lang as usize].longest_in(doc, next) {
        return Some(*why);
    }
    if time_unit
        && doc.tokens.get(next + 1).is_some()
        && RELATIVE_AFTER.contains(&doc.lower(next + 1))
    {
        return Some(Quiet::RelativeTime);
    }
    if let Some(why) = before(doc, first, value) {
        return Some(why);
    }
    if is_year(doc, first, last, value) {
        return Some(Quiet::Year);
    }
    if is_phone(doc, first) {
        return Some(Quiet::Phone);
    }
    if is_list_marker(doc, first, last) {
        return Some(Quiet::ListMarker);
    }
    if is_counter(doc, first, last) {
        return Some(Quiet::Counter);
    }
    None
}

/// Is token `i` part of a web address: the run of text without spaces around it holds "://" or
/// begins with "www."?
fn in_url(doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let text = doc.text.as_bytes();
    // Addresses are long but not endless: look at most 400 bytes each way.
    let mut start = t.start;
    while start > 0 && t.start - start < 400 && !text[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    let mut end = t.end;
    while end < text.len() && end - t.end < 400 && !text[end].is_ascii_whitespace() {
        end += 1;
    }
    // Scraped text has no spaces inside addresses; a long run without one is worth a look only
    // when it holds a slash or a "www".
    let run = &text[start..end];
    run.len() > 6 && (run.windows(3).any(|w| w == b"://") || run.starts_with(b"www."))
}

/// "15. November" is a date; "am 3. Tag" an ordinal.
fn after_period(doc: &Document, last: usize) -> Option<Quiet> {
    let dot = last + 1;
    let next = last + 2;
    if doc.kind(last) != TokenKind::Number
        || doc.tokens.get(dot).is_none_or(|t| t.space_before)
        || doc.word(dot) != "."
        || next >= doc.tokens.len()
    {
        return None;
    }
    if MONTHS.contains(&(doc.lang, doc.lower(next))) {
        return Some(Quiet::Date);
    }
    // German ordinals: a period inside the sentence ("der 2. Weltkrieg").
    (doc.lang == Language::De && doc.same_sentence(last, next)).then_some(Quiet::Ordinal)
}

fn before(doc: &Document, first: usize, value: f64) -> Option<Quiet> {
    let mut i = first.checked_sub(1)?;
    if doc.word(i) == "." || doc.word(i) == ":" {
        i = i.checked_sub(1)?;
    }
    if doc.word(i) == "+" {
        return Some(Quiet::Phone);
    }
    if doc.word(i) == "§" {
        return Some(Quiet::Reference);
    }
    let word = doc.lower(i);
    if MONTHS.contains(&(doc.lang, word)) {
        return Some(Quiet::Date);
    }
    if STREET_ENDINGS.iter().any(|e| word.ends_with(e)) && doc.is_capitalized(i) {
        return Some(Quiet::Address);
    }
    // "im Alter von 54", "at the age of 54"
    if i > 0 && matches!((doc.lower(i - 1), word), ("alter", "von") | ("age", "of")) {
        return Some(Quiet::Age);
    }
    match BEFORE.get(word) {
        Some(Quiet::Year) if !is_year_value(doc, first, value) => None,
        other => other.copied(),
    }
}

fn is_year_value(doc: &Document, first: usize, value: f64) -> bool {
    let text = doc.word(first);
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1000.0..=2199.0).contains(&value)
}

/// A bare four-digit number from 1000 to 2199 is a year unless a counted noun or unit follows.
fn is_year(doc: &Document, first: usize, last: usize, value: f64) -> bool {
    if first != last || !is_year_value(doc, first, value) {
        return false;
    }
    let next = last + 1;
    if next >= doc.tokens.len() || !doc.same_sentence(last, next) || !doc.is_word(next) {
        return true;
    }
    let word = doc.word(next);
    match doc.lang {
        Language::De => {
            !super::counted::looks_like_noun(doc.lang, word) || doc.starts_sentence(next)
        }
        Language::En => {
            function_word(doc.lang, doc.lower(next)).is_some_and(|c| c != WordClass::Adverb)
                || word.ends_with("ed")
        }
    }
}

/// A long digit string with a leading zero ("030 1234567") is a phone number, and so is each
/// group of digits that continues one or follows a "+" ("+49 30 1234567").
fn is_phone(doc: &Document, first: usize) -> bool {
    let dialled = |k: usize| {
        let text = doc.word(k);
        doc.kind(k) == TokenKind::Number
            && text.len() >= 3
            && text.starts_with('0')
            && text.bytes().all(|b| b.is_ascii_digit())
    };
    let mut k = first;
    loop {
        if dialled(k) && (k < first || doc.word(k).len() >= 4) {
            return true;
        }
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if doc.word(prev) == "+" && !doc.tokens[k].space_before {
            return true;
        }
        let same_line = !doc.tokens[k].newline_before;
        if doc.kind(prev) == TokenKind::Number && same_line && first - prev < 5 {
            k = prev;
            continue;
        }
        return k < first && BEFORE.get(doc.lower(prev)) == Some(&Quiet::Phone);
    }
}

/// "1." or "2)" at the start of a line.
fn is_list_marker(doc: &Document, first: usize, last: usize) -> bool {
    let at_line_start = first == 0 || doc.tokens[first].newline_before;
    at_line_start
        && doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| !t.space_before && matches!(t.text(doc.text), "." | ")"))
}

/// "Kommentare (0)", "Likes (12)": a lone number in brackets right after a word.
fn is_counter(doc: &Document, first: usize, last: usize) -> bool {
    first > 1
        && doc.word(first - 1) == "("
        && doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.text(doc.text) == ")")
        && doc.is_word(first - 2)
        && doc.tokens.get(last + 2).is_none_or(|t| t.newline_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet(text: &str, needle: &str) -> Option<Quiet> {
        let doc = Document::new("t", text);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == needle)
            .unwrap_or(0);
        let value = needle.replace('.', "").parse().unwrap_or(0.0);
        check(&doc, i, i, value, false)
    }

    #[test]
    fn a_day_before_a_month_is_a_date() {
        assert_eq!(
            quiet("am Freitag (15. November) in Pjöngjang", "15"),
            Some(Quiet::Date)
        );
    }

    #[test]
    fn a_year_after_a_month_is_a_date() {
        assert_eq!(
            quiet("seit dem Beginn im Februar 2022 weiter", "2022"),
            Some(Quiet::Date)
        );
    }

    #[test]
    fn a_bare_year_is_a_year() {
        assert_eq!(
            quiet("Im Jahr 2014 begann der Krieg.", "2014"),
            Some(Quiet::Year)
        );
        assert_eq!(quiet("2014 begann der Krieg.", "2014"), Some(Quiet::Year));
    }

    #[test]
    fn a_four_digit_count_before_a_noun_is_a_figure() {
        assert_eq!(quiet("Es kamen 2000 Soldaten.", "2000"), None);
    }

    #[test]
    fn clock_times_are_quiet() {
        assert_eq!(quiet("um 14:30 Uhr", "14:30"), Some(Quiet::ClockTime));
        assert_eq!(quiet("gegen 20 Uhr", "20"), Some(Quiet::ClockTime));
    }

    #[test]
    fn ages_are_quiet() {
        assert_eq!(quiet("Er ist 54 Jahre alt.", "54"), Some(Quiet::Age));
        assert_eq!(quiet("im Alter von 54 Jahren", "54"), Some(Quiet::Age));
    }

    #[test]
    fn addresses_and_phone_numbers_are_quiet() {
        assert_eq!(
            quiet("in der Hauptstraße 12 in Berlin", "12"),
            Some(Quiet::Address)
        );
        assert_eq!(quiet("Tel. 030 1234567", "030"), Some(Quiet::Phone));
    }

    #[test]
    fn page_and_section_numbers_are_quiet() {
        assert_eq!(
            quiet("siehe Seite 12 und Artikel 5", "12"),
            Some(Quiet::Reference)
        );
        assert_eq!(
            quiet("nach Artikel 5 des Vertrags", "5"),
            Some(Quiet::Reference)
        );
    }

    #[test]
    fn ordinals_are_quiet() {
        assert_eq!(quiet("im 2. Weltkrieg", "2"), Some(Quiet::Ordinal));
    }

    #[test]
    fn list_markers_are_quiet() {
        assert_eq!(
            quiet("Punkte:\n1. Frieden\n2. Handel", "1"),
            Some(Quiet::ListMarker)
        );
    }

    #[test]
    fn numbers_in_web_addresses_are_quiet() {
        assert_eq!(
            quiet(
                "Mehr unter https://www.test.com/search?q=30%25%2020% dort",
                "30"
            ),
            Some(Quiet::Url)
        );
    }

    #[test]
    fn comment_counters_are_quiet() {
        assert_eq!(quiet("Leserbriefe (3)\nWeiter", "3"), Some(Quiet::Counter));
    }
}
