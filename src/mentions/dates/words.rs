//! The vocabulary of dates, read once from the lexicon tables: month, weekday and ordinal names,
//! the single words that build dates (`date_words.tsv`), relative phrases and holidays.

use std::sync::LazyLock;

use crate::lexicon;
use crate::mentions::figures::number_words;
use crate::report::Language;
use crate::text::fxhash::hash_str;
use crate::text::word_table::WordTable;
use crate::text::words::PhraseTable;
use crate::text::{Document, TokenKind};

/// A calendar unit that relative dates count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A part of a period: "Anfang", "Mitte", "Ende".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Start,
    Mid,
    End,
}

/// What a word does in a date expression; see the header of `date_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Unit(Unit),
    Direction(i32),
    Ago,
    AgoAfter,
    Ahead,
    Since,
    MonthCue,
    YearCue,
    Part(Part),
    Article,
    Of,
    Last,
    DayWord,
    Ongoing,
    Start,
    Stamp,
    WeekdayOk,
}

fn role(name: &str, value: &str) -> Option<Role> {
    Some(match name {
        "unit" => Role::Unit(match value {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        }),
        "direction" => Role::Direction(value.parse().ok()?),
        "ago" => Role::Ago,
        "ago_after" => Role::AgoAfter,
        "ahead" => Role::Ahead,
        "since" => Role::Since,
        "month_cue" => Role::MonthCue,
        "year_cue" => Role::YearCue,
        "part" => Role::Part(match value {
            "start" => Part::Start,
            "mid" => Part::Mid,
            "end" => Part::End,
            _ => return None,
        }),
        "article" => Role::Article,
        "of" => Role::Of,
        "last" => Role::Last,
        "day_word" => Role::DayWord,
        "ongoing" => Role::Ongoing,
        "start" => Role::Start,
        "stamp" => Role::Stamp,
        "weekday_ok" => Role::WeekdayOk,
        _ => return None,
    })
}

/// The roles of each word, per language; looked up by the token's own hash, as the finder asks
/// about most tokens more than once.
static ROLES: LazyLock<[WordTable<Vec<Role>>; 2]> = LazyLock::new(|| {
    let mut tables: [WordTable<Vec<Role>>; 2] = Default::default();
    for row in lexicon::rows(lexicon::DATE_WORDS) {
        let Some(r) = role(row[2], row.get(3).copied().unwrap_or("")) else {
            continue;
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].entry(row[1]).push(r);
        }
    }
    tables
});

/// Numbered names per language (months, weekdays, ordinals), looked up by the hash the
/// document took of each token.
type Numbered = [WordTable<(u32, bool)>; 2];

fn numbered(src: &'static str) -> Numbered {
    let mut tables = Numbered::default();
    for row in lexicon::rows(src) {
        let Ok(n) = row[2].parse() else { continue };
        // A fourth column marks a short weekday name or a month name that is also a word.
        let short = row.get(3).is_some_and(|c| !c.is_empty());
        for &lang in lexicon::languages(row[0]) {
            *tables[lang as usize].entry(row[1]) = (n, short);
        }
    }
    tables
}

static MONTHS: LazyLock<Numbered> = LazyLock::new(|| numbered(lexicon::MONTHS));
static WEEKDAYS: LazyLock<Numbered> = LazyLock::new(|| numbered(lexicon::WEEKDAYS));
static ORDINALS: LazyLock<Numbered> = LazyLock::new(|| numbered(lexicon::ORDINALS));

/// A holiday's day: fixed in the calendar, or counted from Easter Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Fixed(u32, u32),
    Easter(i64),
}

static HOLIDAYS: LazyLock<[PhraseTable<Holiday>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::HOLIDAYS) {
        let day = match row[2].split_once(':') {
            Some(("fixed", md)) => {
                let Some((m, d)) = md.split_once('-') else {
                    continue;
                };
                match (m.parse(), d.parse()) {
                    (Ok(m), Ok(d)) => Holiday::Fixed(m, d),
                    _ => continue,
                }
            }
            Some(("easter", n)) => match n.parse() {
                Ok(n) => Holiday::Easter(n),
                Err(_) => continue,
            },
            _ => continue,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], day);
        }
    }
    tables
});

/// Words that may open a date expression, per language: every first word of the tables. Most
/// tokens are not among them, so one lookup rules them out before any pattern is tried.
static STARTERS: LazyLock<[WordTable<()>; 2]> = LazyLock::new(|| {
    let mut sets = [WordTable::default(), WordTable::default()];
    let mut add = |lang: Language, phrase: &str| {
        if let Some(first) = crate::text::words::phrase_tokens(phrase).into_iter().next() {
            sets[lang as usize].entry(&first);
        }
    };
    for lang in [Language::De, Language::En] {
        let l = lang as usize;
        for w in MONTHS[l].words().chain(WEEKDAYS[l].words()) {
            add(lang, w);
        }
        for w in ORDINALS[l].words() {
            add(lang, w);
            for ending in ["r", "n", "s", "m"] {
                add(lang, &format!("{w}{ending}"));
            }
        }
        for w in ROLES[l].words() {
            add(lang, w);
        }
    }
    for table in [lexicon::RELATIVE_DATES, lexicon::HOLIDAYS] {
        for row in lexicon::rows(table) {
            for &lang in lexicon::languages(row[0]) {
                add(lang, row[1]);
            }
        }
    }
    sets
});

/// Can token `i` open a date expression? Numbers always; words only when a table starts with
/// them, or when they carry digits ("Sep-23-2020", "Feb13").
pub fn may_start(doc: &Document, i: usize) -> bool {
    match doc.kind(i) {
        TokenKind::Number | TokenKind::NumberWord => true,
        TokenKind::Word => {
            STARTERS[doc.lang as usize].at(doc, i).is_some()
                || doc.word(i).bytes().any(|b| b.is_ascii_digit())
                // A count before a unit: "three weeks ago".
                || unit(doc, i + 1).is_some()
        }
        TokenKind::Punct => false,
    }
}

/// The roles of token `i`.
pub fn roles<'s>(doc: &'s Document, i: usize) -> &'s [Role] {
    if !doc.is_word(i) {
        return &[];
    }
    ROLES[doc.lang as usize]
        .at(doc, i)
        .map_or(&[], |v| v.as_slice())
}

pub fn is(doc: &Document, i: usize, r: Role) -> bool {
    roles(doc, i).contains(&r)
}

pub fn unit(doc: &Document, i: usize) -> Option<Unit> {
    roles(doc, i).iter().find_map(|r| match r {
        Role::Unit(u) => Some(*u),
        _ => None,
    })
}

pub fn direction(doc: &Document, i: usize) -> Option<i32> {
    roles(doc, i).iter().find_map(|r| match r {
        Role::Direction(d) => Some(*d),
        _ => None,
    })
}

pub fn part(doc: &Document, i: usize) -> Option<Part> {
    roles(doc, i).iter().find_map(|r| match r {
        Role::Part(p) => Some(*p),
        _ => None,
    })
}

/// A month name (full or abbreviated) in lower case.
pub fn month_name(lang: Language, lower: &str) -> Option<u32> {
    MONTHS[lang as usize]
        .get(lower, hash_str(lower))
        .map(|m| m.0)
}

/// Token `i` as a month name.
pub fn month(doc: &Document, i: usize) -> Option<u32> {
    month_in_context(doc, i).map(|(m, _)| m)
}

/// Token `i` as a month name, and whether it is a lower-case common word ("may", "march") that
/// is a month only next to a day or a year.
pub fn month_in_context(doc: &Document, i: usize) -> Option<(u32, bool)> {
    let &(m, word) = doc
        .is_word(i)
        .then(|| MONTHS[doc.lang as usize].at(doc, i))
        .flatten()?;
    Some((m, word && !doc.is_capitalized(i)))
}

/// Token `i` as a weekday (ISO number), and whether it is a short name ("Fr").
pub fn weekday(doc: &Document, i: usize) -> Option<(u32, bool)> {
    doc.is_word(i)
        .then(|| WEEKDAYS[doc.lang as usize].at(doc, i).copied())
        .flatten()
}

/// Token `i` as an ordinal: a word ("zweiten", "first") or digits with a suffix ("15th", "15ten").
pub fn ordinal(doc: &Document, i: usize) -> Option<u32> {
    match doc.kind(i) {
        TokenKind::Word => ordinal_word(doc, i),
        TokenKind::NumberWord => ordinal_digits(doc.lower(i)),
        _ => None,
    }
}

fn ordinal_word(doc: &Document, i: usize) -> Option<u32> {
    let table = &ORDINALS[doc.lang as usize];
    if let Some(&(n, _)) = table.at(doc, i) {
        return Some(n);
    }
    // German inflection: "zweiten", "erster", "drittes", "viertem" → the base form in -e.
    let base = ["r", "n", "s", "m"]
        .iter()
        .find_map(|e| doc.lower(i).strip_suffix(e).filter(|b| b.ends_with('e')))?;
    table.get(base, hash_str(base)).map(|o| o.0)
}

/// "15th", "1st", "15ten", "15te", "15ter".
pub fn ordinal_digits(lower: &str) -> Option<u32> {
    let digits = lower.chars().take_while(char::is_ascii_digit).count();
    let (n, suffix) = lower.split_at(digits);
    let ok = matches!(
        suffix,
        "st" | "nd" | "rd" | "th" | "te" | "ten" | "ter" | "tes" | "tem"
    );
    ok.then(|| n.parse().ok()).flatten()
}

/// Token `i` as a small count: digits or a number word ("drei", "einer", "two", "a").
pub fn count(doc: &Document, i: usize) -> Option<i64> {
    match doc.kind(i) {
        TokenKind::Number => doc.word(i).parse().ok().filter(|n| (1..1000).contains(n)),
        TokenKind::Word => {
            let value = number_words::word(doc.lang, doc.lower(i))
                .map(|w| w.value)
                .or_else(|| {
                    (doc.lang == Language::De)
                        .then(|| number_words::parse_german(doc.lower(i)))
                        .flatten()
                })?;
            (value >= 1.0 && value.fract() == 0.0 && value < 1000.0).then_some(value as i64)
        }
        _ => None,
    }
}

/// A holiday name starting at token `i`, with its length in tokens.
pub fn holiday_at(doc: &Document, i: usize) -> Option<(usize, Holiday)> {
    HOLIDAYS[doc.lang as usize]
        .longest_in(doc, i)
        .map(|(n, h)| (n, *h))
}

/// A four-digit year at token `i`.
pub fn year(doc: &Document, i: usize) -> Option<i32> {
    (doc.kind(i) == TokenKind::Number && doc.word(i).len() == 4)
        .then(|| doc.word(i).parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

/// A day of the month at token `i`: digits 1–31.
pub fn day(doc: &Document, i: usize) -> Option<u32> {
    (doc.kind(i) == TokenKind::Number && doc.word(i).len() <= 2)
        .then(|| doc.word(i).parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_ordinals_are_read_in_every_ending() {
        for (w, n) in [("zweiten", 2), ("erster", 1), ("neunundzwanzigsten", 29)] {
            let doc = Document::with_language("t", w, Language::De);
            assert_eq!(ordinal(&doc, 0), Some(n), "{w}");
        }
    }

    #[test]
    fn digit_ordinals_take_english_and_german_suffixes() {
        assert_eq!(ordinal_digits("15th"), Some(15));
        assert_eq!(ordinal_digits("15ten"), Some(15));
        assert_eq!(ordinal_digits("1st"), Some(1));
        assert_eq!(ordinal_digits("15kg"), None);
    }
}
