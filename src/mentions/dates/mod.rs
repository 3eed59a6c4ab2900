//! Dates: the article's own date, and every date expression normalised against it — absolute
//! ("15. November 2024", "Juni 2024", "14.03.2025", "November 15, 2024"), with a weekday
//! ("Freitag (15. November)"), and relative ("gestern", "im vergangenen Jahr", "last week").

pub mod calendar;

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon;
use crate::report::Language;
use crate::text::clean::ClutterKind;
use crate::text::words::PhraseTable;
use crate::text::{Document, TokenKind};
pub use calendar::Date;

/// A date expression in tokens `first..=last`; `value` is `None` when nothing places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    pub first: usize,
    pub last: usize,
    pub value: Option<Date>,
}

/// Where an article's own date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    Given,
    Header,
    Dateline,
    Inferred,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Header => "header",
            DateSource::Dateline => "dateline",
            DateSource::Inferred => "inferred",
        }
    }
}

static MONTHS: LazyLock<HashMap<(Language, &'static str), u32>> =
    LazyLock::new(|| table(lexicon::MONTHS));
static WEEKDAYS: LazyLock<HashMap<(Language, &'static str), u32>> =
    LazyLock::new(|| table(lexicon::WEEKDAYS));

#[derive(Debug, Clone, Copy)]
enum Shift {
    Day(i64),
    Week(i64),
    Month(i32),
    Year(i32),
    YearEnd(i32),
}

static RELATIVE: LazyLock<[PhraseTable<Shift>; 2]> = LazyLock::new(|| {
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
            "year_end" => Shift::YearEnd(n as i32),
            _ => continue,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], shift);
        }
    }
    tables
});

fn table(src: &'static str) -> HashMap<(Language, &'static str), u32> {
    let mut map = HashMap::new();
    for row in lexicon::rows(src) {
        let Ok(n) = row[2].parse() else { continue };
        for &lang in lexicon::languages(row[0]) {
            map.insert((lang, row[1]), n);
        }
    }
    map
}

fn month(doc: &Document, i: usize) -> Option<u32> {
    doc.is_word(i)
        .then(|| MONTHS.get(&(doc.lang, doc.lower(i))).copied())
        .flatten()
}

fn number(doc: &Document, i: usize) -> Option<i64> {
    (doc.kind(i) == TokenKind::Number)
        .then(|| doc.word(i).parse().ok())
        .flatten()
}

/// The article's own date: given by the user, a `date 2024-11` header, a dateline
/// ("Berlin, 12. März 2025 –"), or else the latest full date the text names.
pub fn document_date(doc: &Document, given: Option<&str>) -> Option<(Date, DateSource)> {
    if let Some(d) = given.and_then(Date::parse) {
        return Some((d, DateSource::Given));
    }
    if let Some(c) = doc.clutter.iter().find(|c| c.kind == ClutterKind::Metadata) {
        let header = &doc.text[c.start..c.end];
        if let Some(d) = header
            .split_whitespace()
            .find_map(Date::parse)
            .filter(|d| d.month.is_some())
        {
            return Some((d, DateSource::Header));
        }
    }
    let found = expressions(doc, None);
    // A dateline or "Stand:" line: a full date in the first line of the text.
    let first_line_end = doc.sentences.first().map_or(0, |s| s.tokens.end);
    if let Some(d) = found
        .iter()
        .filter(|e| e.first < first_line_end)
        .find_map(|e| e.value.filter(|d| d.day.is_some()))
    {
        return Some((d, DateSource::Dateline));
    }
    found
        .iter()
        .filter_map(|e| e.value.filter(|d| d.month.is_some()))
        .max()
        .map(|d| (d, DateSource::Inferred))
}

/// Every date expression, resolved against `reference` (the article's date) where relative.
pub fn expressions(doc: &Document, reference: Option<Date>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match expression_at(doc, i, reference) {
            Some(e) => {
                i = e.last + 1;
                out.push(e);
            }
            None => i += 1,
        }
    }
    out
}

fn expression_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    // "Freitag (15. November)", "am Sonntag", "Friday, Nov. 15"
    if let Some(&weekday) = doc
        .is_word(i)
        .then(|| WEEKDAYS.get(&(doc.lang, doc.lower(i))))
        .flatten()
    {
        let open = matches!(doc.word(i + 1), "(" | ",");
        if let Some(inner) = open.then(|| absolute_at(doc, i + 2, reference)).flatten() {
            let last = if doc.word(inner.last + 1) == ")" {
                inner.last + 1
            } else {
                inner.last
            };
            return Some(DateExpr {
                first: i,
                last,
                value: inner.value,
            });
        }
        let value = reference.filter(|r| r.day.is_some()).and_then(|r| {
            let back = (i64::from(r.weekday()?) - i64::from(weekday)).rem_euclid(7);
            r.add_days(-back)
        });
        return Some(DateExpr {
            first: i,
            last: i,
            value,
        });
    }
    if let Some((n, shift)) = RELATIVE[doc.lang as usize].longest_at(doc.lowers(), i) {
        let value = reference.and_then(|r| apply(r, *shift));
        return Some(DateExpr {
            first: i,
            last: i + n - 1,
            value,
        });
    }
    absolute_at(doc, i, reference)
}

fn apply(r: Date, shift: Shift) -> Option<Date> {
    match shift {
        Shift::Day(n) => r.add_days(n),
        Shift::Week(n) => r
            .add_days(7 * n)
            .map(|d| Date { day: None, ..d })
            .or(Some(r)),
        Shift::Month(n) => r.add_months(n),
        Shift::Year(n) => Some(Date::y(r.year + n)),
        Shift::YearEnd(n) => Date::ym(r.year + n, 12),
    }
}

/// Absolute dates: "15. November 2024", "15. November", "November 2024", "im Juni",
/// "14.03.2025", "November 15, 2024", "15 November 2024", "im Jahr 2022".
fn absolute_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    let year_after = |k: usize| {
        number(doc, k)
            .filter(|y| (1000..=2199).contains(y))
            .map(|y| y as i32)
    };
    let this_year = |m: u32| {
        reference.map(|r| {
            if r.month.is_some_and(|rm| m > rm) {
                r.year - 1
            } else {
                r.year
            }
        })
    };
    if let Some(day) = number(doc, i).filter(|d| (1..=31).contains(d)) {
        // German "15. November [2024]"; English "15 November [2024]".
        let (dot, m_at) = if doc.word(i + 1) == "." {
            (true, i + 2)
        } else {
            (false, i + 1)
        };
        if let Some(m) = month(doc, m_at).filter(|_| dot || doc.lang == Language::En) {
            let year = year_after(m_at + 1);
            let last = if year.is_some() { m_at + 1 } else { m_at };
            let value = year
                .or_else(|| this_year(m))
                .and_then(|y| Date::ymd(y, m, day as u32));
            return Some(DateExpr {
                first: i,
                last,
                value,
            });
        }
    }
    if doc.kind(i) == TokenKind::Number {
        let text = doc.word(i);
        let parts: Vec<&str> = text.split(['.', '/']).collect();
        if parts.len() == 3 && parts[0].len() <= 2 && parts[1].len() <= 2 && parts[2].len() == 4 {
            let (a, b, y) = (
                parts[0].parse().ok()?,
                parts[1].parse().ok()?,
                parts[2].parse().ok()?,
            );
            let (d, m) = if text.contains('/') && doc.lang == Language::En {
                (b, a)
            } else {
                (a, b)
            };
            return Some(DateExpr {
                first: i,
                last: i,
                value: Date::ymd(y, m, d),
            });
        }
    }
    if doc.kind(i) == TokenKind::NumberWord {
        // "2024-11-15", "2024-11"
        if let Some(d) = Date::parse(doc.word(i)).filter(|d| d.month.is_some()) {
            return Some(DateExpr {
                first: i,
                last: i,
                value: Some(d),
            });
        }
    }
    if let Some(m) = month(doc, i) {
        // "Mai" and "March" are also words: a month needs a year, a day or a cue of time.
        let after = if doc.word(i + 1) == "." { i + 2 } else { i + 1 };
        if let Some(day) = (doc.lang == Language::En)
            .then(|| number(doc, after).filter(|d| (1..=31).contains(d)))
            .flatten()
        {
            let year_at = if doc.word(after + 1) == "," {
                after + 2
            } else {
                after + 1
            };
            let year = year_after(year_at);
            let last = if year.is_some() { year_at } else { after };
            let value = year
                .or_else(|| this_year(m))
                .and_then(|y| Date::ymd(y, m, day as u32));
            return Some(DateExpr {
                first: i,
                last,
                value,
            });
        }
        if let Some(y) = year_after(i + 1) {
            return Some(DateExpr {
                first: i,
                last: i + 1,
                value: Date::ym(y, m),
            });
        }
        let cue = matches!(
            doc.lower(i.saturating_sub(1)),
            "im" | "in"
                | "seit"
                | "bis"
                | "anfang"
                | "ende"
                | "mitte"
                | "since"
                | "until"
                | "early"
                | "late"
                | "mid"
        );
        if cue && i > 0 {
            let value = this_year(m).and_then(|y| Date::ym(y, m));
            return Some(DateExpr {
                first: i - 1,
                last: i,
                value,
            });
        }
    }
    // "im Jahr 2022", "seit 2014", "in 2022"
    if let Some(y) = year_after(i).filter(|_| doc.word(i).len() == 4) {
        let before = doc.lower(i.saturating_sub(1));
        if i > 0
            && matches!(
                before,
                "jahr" | "jahre" | "seit" | "since" | "in" | "im" | "bis" | "until" | "von" | "ab"
            )
        {
            return Some(DateExpr {
                first: i,
                last: i,
                value: Some(Date::y(y)),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let doc = Document::new("t", text);
        expressions(&doc, reference.and_then(Date::parse))
            .into_iter()
            .map(|e| {
                (
                    doc.slice(e.first, e.last).to_string(),
                    e.value.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_weekday_with_its_date() {
        assert_eq!(
            dates("am Freitag (15. November) vor", Some("2024-11")),
            vec![("Freitag (15. November)".into(), Some("2024-11-15".into()))]
        );
    }

    #[test]
    fn month_and_year() {
        assert_eq!(
            dates("seit Februar 2022 und im Juni 2024", None),
            vec![
                ("Februar 2022".into(), Some("2022-02".into())),
                ("Juni 2024".into(), Some("2024-06".into()))
            ]
        );
    }

    #[test]
    fn a_bare_month_needs_the_article_date() {
        assert_eq!(
            dates("Im Juni unterzeichneten sie.", None),
            vec![("Im Juni".into(), None)]
        );
        assert_eq!(
            dates("Im Juni unterzeichneten sie.", Some("2024-11-20")),
            vec![("Im Juni".into(), Some("2024-06".into()))]
        );
    }

    #[test]
    fn relative_dates_resolve_against_the_article_date() {
        assert_eq!(
            dates("Das war gestern.", Some("2025-03-12")),
            vec![("gestern".into(), Some("2025-03-11".into()))]
        );
        assert_eq!(
            dates("Ende vergangenen Jahres kam es.", Some("2025-03-12")),
            vec![("Ende vergangenen Jahres".into(), Some("2024-12".into()))]
        );
    }

    #[test]
    fn numeric_and_english_dates() {
        assert_eq!(
            dates("Stand: 15.03.2025", None)[0].1.as_deref(),
            Some("2025-03-15")
        );
        assert_eq!(
            dates("Published Aug. 11, 2025 by staff", None)[0]
                .1
                .as_deref(),
            Some("2025-08-11")
        );
    }

    #[test]
    fn the_article_date_comes_from_a_header_or_a_dateline() {
        let doc = Document::new("t", " date 2024-11 Die Spannungen steigen.");
        assert_eq!(
            document_date(&doc, None).map(|d| (d.0.to_string(), d.1)),
            Some(("2024-11".into(), DateSource::Header))
        );
        let doc = Document::new("t", "Berlin, 12. März 2025 – Der Bundestag tagt.");
        assert_eq!(
            document_date(&doc, None).map(|d| (d.0.to_string(), d.1)),
            Some(("2025-03-12".into(), DateSource::Dateline))
        );
    }
}
