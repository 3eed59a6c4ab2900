//! Absolute dates: what the text names by the calendar — "15. November 2024", "zweiten Mai",
//! "November 15, 2024", "the 4th of July", "Juni 2024", "im Juni", "14.03.2025", "2024-11-15",
//! "31/Oct/1974", "im Jahr 2022", "erster Dienstag im Oktober". A date without its year takes
//! the year nearest to the reference (the article's date).

use super::calendar::{easter, nearest_year, nth_weekday, Date};
use super::words::{self, Holiday, Part, Role};
use super::{Basis, DateExpr};
use crate::report::Language;
use crate::text::{Document, TokenKind};

/// A date at day or month precision whose year the text may or may not give.
fn resolve(
    y: Option<i32>,
    m: u32,
    d: Option<u32>,
    reference: Option<Date>,
) -> (Option<Date>, Basis) {
    let make = |y: i32| match d {
        Some(d) => Date::ymd(y, m, d),
        None => Date::ym(y, m),
    };
    match y {
        Some(y) => (make(y), Basis::Explicit),
        None => (
            reference.and_then(|r| nearest_year(m, d, r)).and_then(make),
            Basis::YearFromReference,
        ),
    }
}

fn expr(first: usize, last: usize, (value, basis): (Option<Date>, Basis)) -> DateExpr {
    DateExpr {
        first,
        last,
        value,
        basis,
    }
}

/// Skips a full stop after token `i` (German ordinal dot, abbreviated month "Nov.").
fn after_dot(doc: &Document, i: usize) -> usize {
    if doc.word(i + 1) == "." && !doc.tokens.get(i + 1).is_some_and(|t| t.space_before) {
        i + 2
    } else {
        i + 1
    }
}

/// A year after a month or a day ("November 2024", "Aug. 11, 2025").
fn year_at(doc: &Document, i: usize) -> Option<(usize, i32)> {
    if let Some(y) = words::year(doc, i) {
        return Some((i, y));
    }
    (doc.word(i) == ",")
        .then(|| words::year(doc, i + 1).map(|y| (i + 1, y)))
        .flatten()
}

/// Every absolute date starting at token `i`.
pub fn at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    compact_at(doc, i, reference)
        .or_else(|| day_first(doc, i, reference))
        .or_else(|| month_first(doc, i, reference))
        .or_else(|| nth_weekday_at(doc, i, reference))
        .or_else(|| holiday(doc, i, reference))
        .or_else(|| bare_year(doc, i))
}

/// "15. November [2024]", "15 November 2024", "zweiten Mai", "the 4th of July", "15te Februar",
/// "27. 11. 2024".
fn day_first(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let start = i;
    let i = if words::is(doc, i, Role::Article) && doc.lang == Language::En {
        i + 1 // "the 4th of July"
    } else {
        i
    };
    let (d, next) = if let Some(d) = words::day(doc, i) {
        (d, after_dot(doc, i))
    } else if let Some(d) = words::ordinal(doc, i).filter(|d| (1..=31).contains(d)) {
        (d, after_dot(doc, i))
    } else {
        return None;
    };
    let next = if doc.lower(next) == "of" {
        next + 1
    } else {
        next
    };
    if let Some((m, common_word)) = words::month_in_context(doc, next) {
        let m_end = after_dot(doc, next) - 1;
        let year = year_at(doc, m_end + 1).or_else(|| short_year_at(doc, m_end + 1, reference));
        if common_word && year.is_none() && doc.lower(next - 1) != "of" {
            return None; // "5 may be", not "5 May"
        }
        let last = year.map_or(m_end, |(k, _)| k);
        return Some(expr(
            first_of(start, i, doc),
            last,
            resolve(year.map(|y| y.1), m, Some(d), reference),
        ));
    }
    // "27. 11." and "27. 11. 2024": a German day and month number, each with its dot.
    let numeric = doc.lang == Language::De && next == i + 2 && doc.word(i + 1) == ".";
    if numeric {
        let m = words::day(doc, next).filter(|m| *m <= 12)?;
        if doc.word(next + 1) != "." {
            return None;
        }
        let year = words::year(doc, next + 2);
        let last = if year.is_some() { next + 2 } else { next + 1 };
        return Some(expr(start, last, resolve(year, m, Some(d), reference)));
    }
    None
}

/// A two-digit year after a day and month ("14te April 15"), only where no noun follows, since
/// "am 14. April 15 Menschen" counts people.
fn short_year_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<(usize, i32)> {
    let n = (doc.kind(i) == TokenKind::Number && doc.word(i).len() == 2)
        .then(|| doc.word(i).parse::<u32>().ok())
        .flatten()?;
    let free = !matches!(doc.kind(i + 1), TokenKind::Word | TokenKind::Number);
    free.then(|| full_year(n, 2, reference).map(|y| (i, y)))
        .flatten()
}

fn first_of(start: usize, day: usize, doc: &Document) -> usize {
    // Keep "the" of "the 4th of July" only in English.
    if start < day && doc.lang == Language::En {
        start
    } else {
        day
    }
}

/// "November 15, 2024", "Aug. 11", "March 3rd 2015", "february the 15th", "Juni 2024", and a bare
/// month after a cue ("im Juni", "Ende Mai", "nächsten März").
fn month_first(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let (m, common_word) = words::month_in_context(doc, i)?;
    let after = after_dot(doc, i);
    // A day after the month: English always; German only where no noun follows
    // ("Februar 15" but not "im Februar 15 Menschen").
    let day_at = if doc.lower(after) == "the" {
        after + 1
    } else {
        after
    };
    let day = words::day(doc, day_at).or_else(|| words::ordinal(doc, day_at));
    if let Some(d) = day.filter(|d| (1..=31).contains(d)) {
        let german_ok = doc.lang == Language::En
            || !matches!(doc.kind(day_at + 1), TokenKind::Word | TokenKind::Number)
            || words::year(doc, day_at + 1).is_some();
        if german_ok {
            let year = year_at(doc, day_at + 1);
            let last = year.map_or(day_at, |(k, _)| k);
            return Some(expr(
                i,
                last,
                resolve(year.map(|y| y.1), m, Some(d), reference),
            ));
        }
    }
    if let Some(y) = words::year(doc, after) {
        return Some(expr(i, after, (Date::ym(y, m), Basis::Explicit)));
    }
    // "Mai" and "March" are also words: a bare month needs a cue of time before it.
    let before = i.checked_sub(1)?;
    if common_word {
        return None;
    }
    if let Some(dir) = words::direction(doc, before) {
        // "nächsten März", "letzten Juni", "diesen September".
        let value = reference.and_then(|r| {
            let rm = r.month.unwrap_or(6);
            let year = match dir {
                0 => r.year,
                d if d > 0 => r.year + i32::from(m <= rm) + (d - 1),
                d => r.year - i32::from(m >= rm) + (d + 1),
            };
            Date::ym(year, m)
        });
        return Some(expr(before, i, (value, Basis::Reference)));
    }
    if words::is(doc, before, Role::MonthCue) {
        return Some(expr(before, i, resolve(None, m, None, reference)));
    }
    None
}

/// "erster Dienstag im Oktober 2014", "letzter Montag im März", "dritter Tag im Oktober",
/// "the last Friday of October".
fn nth_weekday_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let start = i;
    let i = if doc.lower(i) == "the" { i + 1 } else { i };
    let n: i32 = if words::is(doc, i, Role::Last) {
        -1
    } else {
        words::ordinal(doc, i).filter(|n| (1..=5).contains(n))? as i32
    };
    let what = i + 1;
    let weekday = words::weekday(doc, what).filter(|w| !w.1).map(|w| w.0);
    let day_word = words::is(doc, what, Role::DayWord);
    if weekday.is_none() && !day_word {
        return None;
    }
    if !words::is(doc, what + 1, Role::Of) {
        return None;
    }
    let m = words::month(doc, what + 2)?;
    let year = words::year(doc, what + 3);
    let last = if year.is_some() { what + 3 } else { what + 2 };
    let y = year.or_else(|| reference.and_then(|r| nearest_year(m, None, r)));
    let value = y.and_then(|y| match weekday {
        Some(w) => nth_weekday(y, m, w, n),
        None if n > 0 => Date::ymd(y, m, n as u32),
        None => Date::ym(y, m).and_then(|d| d.month_end()),
    });
    let basis = if year.is_some() {
        Basis::Explicit
    } else {
        Basis::YearFromReference
    };
    Some(expr(start, last, (value, basis)))
}

/// "Weihnachten", "Ostern 2024", "Tag der Deutschen Einheit".
fn holiday(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let (n, h) = words::holiday_at(doc, i)?;
    let end = i + n - 1;
    let year = words::year(doc, end + 1);
    let on = |y: i32| match h {
        Holiday::Fixed(m, d) => Date::ymd(y, m, d),
        Holiday::Easter(k) => easter(y).and_then(|e| e.add_days(k)),
    };
    let (value, basis, last) = match year {
        Some(y) => (on(y), Basis::Explicit, end + 1),
        None => {
            // The occurrence nearest to the reference.
            let value = reference.and_then(|r| {
                let days = r.days();
                (r.year - 1..=r.year + 1)
                    .filter_map(on)
                    .min_by_key(|d| ((d.days() - days).abs(), d.days() > days))
            });
            (value, Basis::YearFromReference, end)
        }
    };
    Some(expr(i, last, (value, basis)))
}

/// "im Jahr 2022", "seit 2014", "in 2022": a year after a cue; "Ende 2024", "Anfang 2025": the
/// month that part of the year stands for.
fn bare_year(doc: &Document, i: usize) -> Option<DateExpr> {
    let y = words::year(doc, i)?;
    let cue = i.checked_sub(1)?;
    if !words::is(doc, cue, Role::YearCue) {
        return None;
    }
    let value = match words::part(doc, cue) {
        Some(Part::Start) => Date::ym(y, 1),
        Some(Part::Mid) => Date::ym(y, 6),
        Some(Part::End) => Date::ym(y, 12),
        None => Some(Date::y(y)),
    };
    let first = if words::part(doc, cue).is_some() {
        cue
    } else {
        i
    };
    Some(expr(first, i, (value, Basis::Explicit)))
}

/// A piece of a compact date ("31/Oct/1974", "2024-11-15", "Feb13").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Num(u32, usize),
    Month(u32),
}

/// Splits the text of a compact date into numbers and month names, and returns the separators.
fn pieces(lang: Language, text: &str) -> Option<(Vec<Piece>, Vec<char>)> {
    let seps: Vec<char> = text
        .chars()
        .filter(|c| matches!(c, '.' | '/' | '-'))
        .collect();
    let mut out = Vec::new();
    for segment in text.split(['.', '/', '-']) {
        if let Some(p) = piece(lang, segment) {
            out.push(p);
            continue;
        }
        // "14april", "Feb13": letters and digits glued together.
        let cut = segment
            .char_indices()
            .skip(1)
            .find(|&(k, c)| {
                let prev = segment[..k].chars().next_back().unwrap_or(c);
                prev.is_ascii_digit() != c.is_ascii_digit()
            })
            .map(|(k, _)| k)?;
        let (a, b) = segment.split_at(cut);
        out.push(piece(lang, a)?);
        out.push(piece(lang, b)?);
    }
    Some((out, seps))
}

fn piece(lang: Language, segment: &str) -> Option<Piece> {
    if segment.is_empty() {
        None
    } else if segment.chars().all(|c| c.is_ascii_digit()) {
        Some(Piece::Num(segment.parse().ok()?, segment.len()))
    } else if let Some(n) = words::ordinal_digits(&segment.to_lowercase()) {
        Some(Piece::Num(n, 2))
    } else {
        words::month_name(lang, &segment.to_lowercase()).map(Piece::Month)
    }
}

/// Two-digit years: "74" is 1974, "15" is 2015 (a pivot 20 years past the reference).
fn full_year(y: u32, digits: usize, reference: Option<Date>) -> Option<i32> {
    match digits {
        4 => Some(y as i32),
        2 => {
            let pivot = reference.map_or(2045, |r| r.year + 20) % 100;
            Some(if y as i32 <= pivot { 2000 } else { 1900 } + y as i32)
        }
        _ => None,
    }
}

/// Dates written without spaces: "14.03.2025", "22.04.", "2/15", "10/31/74", "2024-11-15",
/// "2014-10", "2/2013", "31/Oct/1974", "Sep-23-2020", "14april 2015", "Feb13".
fn compact_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    if !matches!(
        doc.kind(i),
        TokenKind::Number | TokenKind::NumberWord | TokenKind::Word
    ) {
        return None;
    }
    if doc.kind(i) == TokenKind::Word && !doc.word(i).chars().any(|c| c.is_ascii_digit()) {
        // A month name glued to separators: "Sep/23/2020".
        words::month(doc, i)?;
        if doc.tokens.get(i + 1).is_none_or(|t| t.space_before)
            || !matches!(doc.word(i + 1), "/" | "-")
        {
            return None;
        }
    }
    // The run of tokens without spaces between them.
    let mut last = i;
    while last + 1 < doc.tokens.len()
        && last < i + 6
        && !doc.tokens[last + 1].space_before
        && (matches!(doc.word(last + 1), "." | "/" | "-") || doc.kind(last + 1) != TokenKind::Punct)
    {
        last += 1;
    }
    // A trailing full stop belongs to German dates ("22.04.") but not to a sentence end.
    let text = doc.slice(i, last);
    let trailing_dot = text.ends_with('.');
    let (found, seps) = pieces(doc.lang, text.trim_end_matches('.'))?;
    let nums: Vec<(u32, usize)> = found
        .iter()
        .filter_map(|p| match p {
            Piece::Num(n, d) => Some((*n, *d)),
            _ => None,
        })
        .collect();
    let months: Vec<u32> = found
        .iter()
        .filter_map(|p| match p {
            Piece::Month(m) => Some(*m),
            _ => None,
        })
        .collect();
    if found.len() < 2 && months.is_empty() {
        return None;
    }
    let (value, basis) = match (months.as_slice(), nums.as_slice()) {
        ([m], [(d, dd)]) if *dd <= 2 && found.len() == 2 => {
            // "Feb13", "14april" and perhaps a year after a space: "14april 2015".
            let year = words::year(doc, last + 1);
            if year.is_some() {
                last += 1;
            }
            resolve(year, *m, Some(*d), reference)
        }
        ([m], [a, b]) => {
            // One of the two numbers is the year: four digits, or above 31.
            let (day, y) = if a.1 == 4 || (a.0 > 31 && b.1 <= 2) {
                (b.0, full_year(a.0, a.1, reference))
            } else {
                (a.0, full_year(b.0, b.1, reference))
            };
            (y.and_then(|y| Date::ymd(y, *m, day)), Basis::Explicit)
        }
        ([], [a, b, c]) => {
            let sep = seps.first().copied().unwrap_or('.');
            if a.1 == 4 {
                (Date::ymd(a.0 as i32, b.0, c.0), Basis::Explicit)
            } else {
                let y = full_year(c.0, c.1, reference);
                let (d, m) = if doc.lang == Language::En && (sep != '.' || b.0 > 12) {
                    (b.0, a.0)
                } else {
                    (a.0, b.0)
                };
                (y.and_then(|y| Date::ymd(y, m, d)), Basis::Explicit)
            }
        }
        ([], [a, b]) if a.1 == 4 && b.1 <= 2 && seps.len() == 1 => {
            (Date::ym(a.0 as i32, b.0), Basis::Explicit) // "2014-10"
        }
        ([], [a, b]) if b.1 == 4 && a.1 <= 2 && seps == ['/'] => {
            (Date::ym(b.0 as i32, a.0), Basis::Explicit) // "2/2013"
        }
        ([], [a, b]) if a.1 <= 2 && b.1 <= 2 && seps.len() == 1 => {
            // Day and month without a year: "22.04.", "15.2.", "2/15". Numbers like this are also
            // fractions and decimals, so they need a cue of time before them or a German dot after.
            let cue = i == 0
                || doc.starts_sentence(i)
                || words::is(doc, i - 1, Role::WeekdayOk)
                || words::is(doc, i - 1, Role::Article);
            let dotted = doc.lang == Language::De && seps[0] == '.';
            let clock = doc.lower(last + 1) == "uhr";
            if !(cue || dotted && trailing_dot) || clock {
                return None;
            }
            let (d, m) = match (doc.lang, seps[0]) {
                (Language::En, '/' | '-') => (b.0, a.0),
                (Language::En, _) if b.0 > 12 => (b.0, a.0),
                _ => (a.0, b.0),
            };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            resolve(None, m, Some(d), reference)
        }
        _ => return None,
    };
    if value.is_none() && basis == Basis::Explicit && !looks_like_date(&found) {
        return None;
    }
    Some(expr(i, last, (value, basis)))
}

/// An impossible date ("30/2") is still a date when it has the shape of one.
fn looks_like_date(found: &[Piece]) -> bool {
    found.iter().any(|p| matches!(p, Piece::Month(_)))
        || found
            .iter()
            .filter(|p| matches!(p, Piece::Num(n, _) if *n <= 31))
            .count()
            >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, reference: Option<&str>) -> Option<String> {
        let doc = Document::new("t", text);
        let r = reference.and_then(Date::parse);
        (0..doc.tokens.len())
            .find_map(|i| at(&doc, i, r))
            .and_then(|e| e.value.map(|d| d.to_string()))
    }

    #[test]
    fn compact_numeric_dates_in_both_orders() {
        assert_eq!(
            one("Stand: 15.03.2025", None).as_deref(),
            Some("2025-03-15")
        );
        assert_eq!(
            one("Am 2018-08-31 kam es", None).as_deref(),
            Some("2018-08-31")
        );
        assert_eq!(
            one("It happened on 10/31/1974 in Ohio.", None).as_deref(),
            Some("1974-10-31")
        );
        assert_eq!(
            one("Er kam am 22.04. zurück.", Some("2016-08-07")).as_deref(),
            Some("2016-04-22")
        );
    }

    #[test]
    fn month_names_glued_to_numbers() {
        assert_eq!(
            one("It was 31/Oct/1974 then.", None).as_deref(),
            Some("1974-10-31")
        );
        assert_eq!(
            one("Ich werde am Sep-23-2020.", None).as_deref(),
            Some("2020-09-23")
        );
    }

    #[test]
    fn a_fraction_is_not_a_date() {
        assert_eq!(
            one("The share rose by 1/2 again.", Some("2024-05-01")),
            None
        );
    }

    #[test]
    fn ordinal_days_and_nth_weekdays() {
        assert_eq!(
            one("Ich komme am zweiten Mai zurück", Some("2016-08-07")).as_deref(),
            Some("2016-05-02")
        );
        assert_eq!(
            one(
                "The parade is held on the 4th of July every year.",
                Some("2013-02-12")
            )
            .as_deref(),
            Some("2013-07-04")
        );
        assert_eq!(
            one("erster Dienstag im Oktober 2014", None).as_deref(),
            Some("2014-10-07")
        );
    }

    #[test]
    fn a_german_month_before_a_number_and_a_noun_is_no_date() {
        assert_eq!(
            one("Im Februar 15 Menschen", Some("2024-05-01")).as_deref(),
            Some("2024-02")
        );
    }

    #[test]
    fn holidays_fall_on_their_day() {
        assert_eq!(one("zu Ostern 2024", None).as_deref(), Some("2024-03-31"));
        assert_eq!(
            one(
                "Die Familie kam an Weihnachten nach Hause.",
                Some("2024-12-20")
            )
            .as_deref(),
            Some("2024-12-25")
        );
    }
}
