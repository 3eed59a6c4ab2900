//! Relative dates, counted from the reference (the article's date): "gestern", "vergangene Woche",
//! "im vergangenen Jahr", "vor drei Wochen", "in 3 days", "seit drei Jahren", "letzten Dienstag",
//! "am Freitag", "Sonntag letzte Woche" — and weekdays that carry their date ("Freitag
//! (15. November)", "Fr, 18. Juli 2014"), where the weekday also picks the year.

use std::sync::LazyLock;

use super::absolute;
use super::calendar::Date;
use super::words::{self, Role, Unit};
use super::{Basis, DateExpr};
use crate::lexicon;
use crate::text::words::PhraseTable;
use crate::text::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Day(i64),
    Week(i64),
    Month(i32),
    Year(i32),
    YearStart(i32),
    YearEnd(i32),
    MonthEnd(i32),
}

/// A phrase of `relative_dates.tsv`; `lower` phrases ("morgen") are not read when capitalised
/// inside a sentence, where they are another word ("am Morgen").
#[derive(Debug, Clone, Copy)]
struct Phrase {
    shift: Shift,
    lower: bool,
}

static RELATIVE: LazyLock<[PhraseTable<Phrase>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::RELATIVE_DATES) {
        let Some((unit, n)) = row[2].split_once(':') else {
            continue;
        };
        let Ok(n) = n.parse::<i64>() else { continue };
        let shift = match unit {
            "day" => Shift::Day(n),
            "week" => Shift::Week(n),
            "month" => Shift::Month(n as i32),
            "year" => Shift::Year(n as i32),
            "year_start" => Shift::YearStart(n as i32),
            "year_end" => Shift::YearEnd(n as i32),
            "month_end" => Shift::MonthEnd(n as i32),
            _ => continue,
        };
        let lower = row.get(3) == Some(&"lower");
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], Phrase { shift, lower });
        }
    }
    tables
});

fn relative(first: usize, last: usize, value: Option<Date>) -> DateExpr {
    DateExpr {
        first,
        last,
        value,
        basis: Basis::Reference,
    }
}

/// Every relative date starting at token `i`.
pub fn at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    weekday_at(doc, i, reference)
        .or_else(|| directed_weekday(doc, i, reference))
        .or_else(|| counted(doc, i, reference).map(|(e, _)| e))
        .or_else(|| phrase(doc, i, reference).map(|(e, _)| e))
}

pub fn apply(r: Date, shift: Shift) -> Option<Date> {
    match shift {
        Shift::Day(n) => r.add_days(n),
        Shift::Week(n) => {
            let base = r.monday().unwrap_or(r);
            base.add_days(7 * n)
                .map(|d| Date { day: None, ..d })
                .or(Some(r))
        }
        Shift::Month(n) => r.add_months(n).or(Some(Date::y(r.year))),
        Shift::Year(n) => Some(Date::y(r.year + n)),
        Shift::YearStart(n) => Date::ym(r.year + n, 1),
        Shift::YearEnd(n) => Date::ym(r.year + n, 12),
        Shift::MonthEnd(n) => r.add_months(n),
    }
}

/// A phrase of the table at `i`, with its shift.
fn phrase(doc: &Document, i: usize, reference: Option<Date>) -> Option<(DateExpr, Shift)> {
    let (n, p) = RELATIVE[doc.lang as usize].longest_in(doc, i)?;
    if p.lower && doc.is_capitalized(i) && !doc.starts_sentence(i) {
        return None;
    }
    let value = reference.and_then(|r| apply(r, p.shift));
    Some((relative(i, i + n - 1, value), p.shift))
}

/// `n` units from `r`, at the precision the unit allows: days, weeks and months keep the day,
/// years keep the month ("vor zwei Jahren" is a month two years back).
fn shift_by(r: Date, unit: Unit, n: i64) -> Option<Date> {
    match unit {
        Unit::Day => r.add_days(n),
        Unit::Week => r.add_days(7 * n),
        Unit::Month => {
            let m = r.add_months(n as i32)?;
            match r.day {
                Some(d) => (1..=d).rev().find_map(|d| Date::ymd(m.year, m.month?, d)),
                None => Some(m),
            }
        }
        Unit::Year => {
            let y = r.add_years(n as i32);
            Some(Date { day: None, ..y })
        }
    }
}

/// "vor drei Wochen", "in 3 Tagen", "seit drei Jahren", "three weeks ago", "in two years".
/// Returns the unit count as a shift too, for "Mittwoch in zwei Wochen".
fn counted(doc: &Document, i: usize, reference: Option<Date>) -> Option<(DateExpr, Shift)> {
    let roles = words::roles(doc, i);
    let (sign, n_at) = if roles.contains(&Role::Ago) || roles.contains(&Role::Since) {
        (-1, i + 1)
    } else if roles.contains(&Role::Ahead) {
        (1, i + 1)
    } else {
        (-1, i)
    };
    // The unit first: it is one table lookup, while reading a number word is not.
    let unit = words::unit(doc, n_at + 1)?;
    let n = words::count(doc, n_at)?;
    let last = if n_at == i {
        // Only "three weeks ago" starts with the count.
        if !words::is(doc, n_at + 2, Role::AgoAfter) {
            return None;
        }
        n_at + 2
    } else {
        n_at + 1
    };
    let value = reference.and_then(|r| shift_by(r, unit, sign * n));
    let shift = match unit {
        Unit::Week => Shift::Week(sign * n),
        Unit::Day => Shift::Day(sign * n),
        Unit::Month => Shift::Month((sign * n) as i32),
        Unit::Year => Shift::Year((sign * n) as i32),
    };
    Some((relative(i, last, value), shift))
}

/// "letzten Dienstag", "nächsten Mittwoch", "übernächsten Freitag", "last Monday", "this Friday".
fn directed_weekday(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let dir = words::direction(doc, i)?;
    let (w, short) = words::weekday(doc, i + 1)?;
    // "letzter Montag im März" is the last Monday of a month, read by the absolute finder.
    if short || words::is(doc, i + 2, Role::Of) && words::month(doc, i + 3).is_some() {
        return None;
    }
    let value = reference.and_then(|r| {
        let today = i64::from(r.weekday()?);
        let w = i64::from(w);
        let days = match dir {
            d if d < 0 => -(today - w - 1).rem_euclid(7) - 1 - 7 * i64::from(-d - 1),
            0 => (w - today).rem_euclid(7),
            d => (w - today - 1).rem_euclid(7) + 1 + 7 * i64::from(d - 1),
        };
        r.add_days(days)
    });
    Some(relative(i, i + 1, value))
}

/// A weekday, with its date ("Freitag (15. November)", "Freitag, den 18.07.2014"), with a week
/// ("Sonntag letzte Woche", "Mittwoch in zwei Wochen"), or alone ("am Dienstag": the last one).
fn weekday_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let (w, short) = words::weekday(doc, i)?;
    let mut j = i + 1;
    if short && doc.word(j) == "." {
        j += 1;
    }
    let open = matches!(doc.word(j), "(" | ",");
    if open {
        j += 1;
    }
    if words::is(doc, j, Role::Article) {
        j += 1;
    }
    if let Some(inner) = absolute::at(doc, j, reference) {
        let last = if doc.word(inner.last + 1) == ")" {
            inner.last + 1
        } else {
            inner.last
        };
        let value = match (inner.basis, inner.value, reference) {
            (Basis::YearFromReference, Some(d), Some(r)) if d.day.is_some() => {
                Some(year_of_weekday(d, w, r))
            }
            _ => inner.value,
        };
        return Some(DateExpr {
            first: i,
            last,
            value,
            basis: inner.basis,
        });
    }
    // "Dienstag, der 25.": a day of the month; the weekday picks the month.
    if let Some(d) = words::day(doc, j).filter(|_| open && doc.word(j + 1) == ".") {
        let value = reference.and_then(|r| month_of_weekday(d, w, r));
        return Some(relative(i, j, value));
    }
    if short && !(i > 0 && words::is(doc, i - 1, Role::WeekdayOk)) {
        return None;
    }
    // "Sonntag letzte Woche", "Mittwoch nächste Woche", "Montag dieser Woche", "Mittwoch in zwei Wochen".
    let k = if words::is(doc, i + 1, Role::Article) {
        i + 2
    } else {
        i + 1
    };
    let week = phrase(doc, k, reference)
        .filter(|(_, s)| matches!(s, Shift::Week(_)))
        .or_else(|| counted(doc, k, reference).filter(|(_, s)| matches!(s, Shift::Week(_))));
    if let Some((e, Shift::Week(n))) = week {
        let value = reference
            .and_then(|r| r.monday())
            .and_then(|m| m.add_days(7 * n + i64::from(w) - 1));
        return Some(relative(i, e.last, value));
    }
    // Alone: the most recent such day, today included.
    let value = reference.and_then(|r| {
        let back = (i64::from(r.weekday()?) - i64::from(w)).rem_euclid(7);
        r.add_days(-back)
    });
    Some(relative(i, i, value))
}

/// The year, near the reference, in which day `d` falls on weekday `w`.
fn year_of_weekday(d: Date, w: u32, r: Date) -> Date {
    let (Some(m), Some(day)) = (d.month, d.day) else {
        return d;
    };
    (r.year - 6..=r.year + 6)
        .filter_map(|y| Date::ymd(y, m, day))
        .filter(|c| c.weekday() == Some(w))
        .min_by_key(|c| ((c.year - d.year).abs(), c.year > d.year))
        .unwrap_or(d)
}

/// The month, near the reference, in which day `d` falls on weekday `w`.
fn month_of_weekday(d: u32, w: u32, r: Date) -> Option<Date> {
    let base = Date::ym(r.year, r.month?)?;
    (0..12)
        .flat_map(|k| [k, -k])
        .filter_map(|k| base.add_months(k))
        .filter_map(|m| Date::ymd(m.year, m.month?, d))
        .find(|c| c.weekday() == Some(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, reference: &str) -> Option<String> {
        let doc = Document::new("t", text);
        let r = Date::parse(reference);
        (0..doc.tokens.len())
            .find_map(|i| at(&doc, i, r))
            .and_then(|e| e.value.map(|d| d.to_string()))
    }

    #[test]
    fn counted_units_go_back_and_forth() {
        assert_eq!(
            one("vor drei Wochen", "2013-02-12").as_deref(),
            Some("2013-01-22")
        );
        assert_eq!(
            one("vor zwei Jahren", "2013-02-12").as_deref(),
            Some("2011-02")
        );
        assert_eq!(
            one("The storm hit the coast three weeks ago.", "2013-02-12").as_deref(),
            Some("2013-01-22")
        );
        assert_eq!(
            one("Die Entscheidung fällt in 3 Tagen.", "2013-02-12").as_deref(),
            Some("2013-02-15")
        );
    }

    #[test]
    fn a_directed_weekday_never_means_today() {
        assert_eq!(
            one("letzten Dienstag", "2013-02-12").as_deref(),
            Some("2013-02-05")
        );
        assert_eq!(
            one("nächsten Dienstag", "2013-02-12").as_deref(),
            Some("2013-02-19")
        );
        assert_eq!(
            one(
                "The talks will resume next Wednesday in the capital.",
                "2013-02-12"
            )
            .as_deref(),
            Some("2013-02-13")
        );
    }

    #[test]
    fn a_weekday_with_a_week() {
        assert_eq!(
            one("Sonntag letzte Woche", "2013-02-12").as_deref(),
            Some("2013-02-10")
        );
        assert_eq!(
            one(
                "Wir sehen uns Mittwoch in zwei Wochen wieder.",
                "2013-02-12"
            )
            .as_deref(),
            Some("2013-02-27")
        );
    }

    #[test]
    fn the_weekday_picks_the_year_of_a_yearless_date() {
        // 15 November was a Friday in 2024, not in 2023.
        assert_eq!(
            one("am Freitag (15. November) vor", "2025-01-10").as_deref(),
            Some("2024-11-15")
        );
    }

    #[test]
    fn morning_is_not_tomorrow() {
        assert_eq!(one("Er kam am Morgen an.", "2013-02-12"), None);
        assert_eq!(
            one("Er kommt morgen an.", "2013-02-12").as_deref(),
            Some("2013-02-13")
        );
    }
}
