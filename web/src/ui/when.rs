//! Dates for the timeline: the report's normalised values (`2024-11-15`, `2024-11`, `2024`) as
//! spans of days, in words (of the page's language, [`Text`]), and how firm each one is. Pure,
//! tested natively.

use crosscheck::mentions::dates::calendar;
use crosscheck::order;
use crosscheck::report::{DateMention, DocumentInfo, Report};

use super::i18n::Text;

/// How much of a date is known: a day, a month or only a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date as the days it covers: `start` inclusive, `end` exclusive, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: i64,
    pub end: i64,
    pub precision: Precision,
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else (or an impossible date) is `None`.
pub fn span(value: &str) -> Option<Span> {
    let mut parts = value.split('-');
    let year: i64 = number(parts.next()?, 4)?;
    let month = match parts.next() {
        Some(m) => Some(number(m, 2)?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(number(d, 2)?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    match (month, day) {
        (None, _) => Some(Span {
            start: days(year, 1, 1),
            end: days(year + 1, 1, 1),
            precision: Precision::Year,
        }),
        (Some(m), None) if (1..=12).contains(&m) => Some(Span {
            start: days(year, m, 1),
            end: next_month(year, m),
            precision: Precision::Month,
        }),
        (Some(m), Some(d)) if (1..=12).contains(&m) && d >= 1 && d <= month_length(year, m) => {
            let start = days(year, m, d);
            Some(Span {
                start,
                end: start + 1,
                precision: Precision::Day,
            })
        }
        _ => None,
    }
}

fn number(s: &str, width: usize) -> Option<i64> {
    (s.len() == width && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn next_month(year: i64, month: i64) -> i64 {
    if month == 12 {
        days(year + 1, 1, 1)
    } else {
        days(year, month + 1, 1)
    }
}

fn month_length(year: i64, month: i64) -> i64 {
    next_month(year, month) - days(year, month, 1)
}

/// Days from 1970-01-01 to a date (the core's calendar, in the timeline's integer types).
pub fn days(year: i64, month: i64, day: i64) -> i64 {
    calendar::days_from_civil(year as i32, month as u32, day as u32)
}

/// The year and month (1–12) a day falls in (the inverse of [`days`], without the day).
pub fn year_month(day: i64) -> (i64, i64) {
    let (year, month, _) = calendar::civil_from_days(day);
    (i64::from(year), i64::from(month))
}

/// "15 November 2024", "November 2024", "2024" ("15. November 2024" in German); the value itself
/// if it cannot be read.
pub fn in_words(t: &Text, value: &str) -> String {
    let Some(s) = span(value) else {
        return value.to_string();
    };
    let mut parts = value.split('-');
    let year = parts.next().unwrap_or_default();
    let month = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| t.months.get(m.wrapping_sub(1)));
    let day = parts.next().and_then(|d| d.parse::<u32>().ok());
    match (s.precision, month, day) {
        (Precision::Day, Some(m), Some(d)) => (t.day_month_year)(d, m, year),
        (Precision::Month, Some(m), _) => format!("{m} {year}"),
        _ => year.to_string(),
    }
}

/// How firmly a date is known, in words a reader can weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// Written out, or counted from the article's own printed date.
    Firm,
    /// Counted from a guessed date, or the guess itself: it places an event, it proves nothing.
    Inferred,
}

impl Certainty {
    pub fn key(self) -> &'static str {
        match self {
            Certainty::Firm => "firm",
            Certainty::Inferred => "inferred",
        }
    }
}

/// How a date was placed; the page says it in words ([`Text::date_basis`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBasis {
    /// A date in the text, written out in full.
    AsWritten,
    /// Counted ("am Freitag") from the article's printed date.
    FromArticleDate,
    /// Only the year taken from the article's printed date.
    YearFromArticleDate,
    /// Counted from an article date that is itself a guess.
    FromGuessedDate,
    /// Counted from the dates of the other articles.
    FromOtherArticles,
    NothingToCountFrom,
    /// An article's date given with it.
    Given,
    /// An article's date from a `date` line at its top.
    DateLine,
    /// An article's date from a time stamp in it.
    TimeStamp,
    /// An article's date from its dateline ("Berlin, 15. November").
    Dateline,
    /// An article's date guessed from the latest date it names.
    LatestNamed,
    Unknown,
}

/// How a date in the text was placed, and how firm that makes it.
pub fn of_mention(d: &DateMention) -> (Certainty, DateBasis) {
    match (d.basis.as_str(), d.anchor.as_deref()) {
        ("explicit", _) => (Certainty::Firm, DateBasis::AsWritten),
        (_, Some("article")) if d.basis == "relative" => {
            (Certainty::Firm, DateBasis::FromArticleDate)
        }
        (_, Some("article")) => (Certainty::Firm, DateBasis::YearFromArticleDate),
        (_, Some("inferred")) => (Certainty::Inferred, DateBasis::FromGuessedDate),
        (_, Some("set")) => (Certainty::Inferred, DateBasis::FromOtherArticles),
        _ => (Certainty::Inferred, DateBasis::NothingToCountFrom),
    }
}

/// Where an article's own date comes from, and how firm it is.
pub fn of_document(d: &DocumentInfo) -> (Certainty, DateBasis) {
    match d.date_source.as_deref() {
        Some("given") => (Certainty::Firm, DateBasis::Given),
        Some("header") => (Certainty::Firm, DateBasis::DateLine),
        Some("stamp") => (Certainty::Firm, DateBasis::TimeStamp),
        Some("dateline") => (Certainty::Firm, DateBasis::Dateline),
        Some("inferred") => (Certainty::Inferred, DateBasis::LatestNamed),
        _ => (Certainty::Inferred, DateBasis::Unknown),
    }
}

/// Labels for an axis from `lo` to `hi` (days): each year, or each quarter or month when the span
/// is short, at most about `most` of them.
pub fn ticks(t: &Text, lo: i64, hi: i64, most: usize) -> Vec<(i64, String)> {
    if hi <= lo {
        return Vec::new();
    }
    let (y0, m0) = year_month(lo);
    let (y1, _) = year_month(hi);
    let months = (hi - lo) / 30;
    let step = [1i64, 3, 6, 12, 24, 60, 120, 240, 600]
        .into_iter()
        .find(|s| months / s <= most.max(1) as i64)
        .unwrap_or(1200);
    let mut out = Vec::new();
    if step >= 12 {
        let years = step / 12;
        let mut y = y0 + 1;
        y += (years - y.rem_euclid(years)) % years;
        while y <= y1 {
            out.push((days(y, 1, 1), y.to_string()));
            y += years;
        }
    } else {
        // The first month start after `lo` that falls on a multiple of the step.
        let (mut y, mut m) = if m0 == 12 { (y0 + 1, 1) } else { (y0, m0 + 1) };
        while (m - 1) % step != 0 {
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        loop {
            let d = days(y, m, 1);
            if d > hi {
                break;
            }
            let label = if m == 1 {
                y.to_string()
            } else {
                format!("{} {y}", t.months_short[(m - 1) as usize])
            };
            out.push((d, label));
            m += step;
            while m > 12 {
                m -= 12;
                y += 1;
            }
        }
    }
    out
}

/// What a point on the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    /// An article's own date.
    Article,
    /// A date the text names.
    Event,
}

/// One point (or stretch, for a month or a year) on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub doc: String,
    /// The normalised value, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    pub span: Span,
    pub certainty: Certainty,
    /// How the date was placed.
    pub how: DateBasis,
    /// For an event, the index into `Report::dates`.
    pub date: Option<usize>,
    /// What happens then, from the claims this date governs ("sign · vertrag").
    pub what: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// Earliest first; at one date, the articles' own dates before the events.
    pub items: Vec<Item>,
    /// Dates the text names that could not be placed (`value` is `None`), as indexes into
    /// `Report::dates`.
    pub undated: Vec<usize>,
    /// The days the items cover, from the first start to the last end.
    pub first: i64,
    pub last: i64,
}

/// The articles' dates and the dates their texts name, on one axis.
pub fn timeline(report: &Report) -> Timeline {
    // What each date governs, from the claims: one pass.
    let mut what: Vec<Vec<String>> = vec![Vec::new(); report.dates.len()];
    for c in &report.claims {
        let Some(t) = &c.time else { continue };
        let Some(slot) = what.get_mut(t.date) else {
            continue;
        };
        let label = match (&c.action, &c.concept) {
            (Some(a), Some(k)) => format!("{a} · {k}"),
            (None, Some(k)) => k.clone(),
            (Some(a), None) => a.clone(),
            (None, None) => continue,
        };
        if !slot.contains(&label) {
            slot.push(label);
        }
    }
    let mut items: Vec<Item> = Vec::new();
    for d in &report.documents {
        let Some((value, span)) = d
            .date
            .as_deref()
            .and_then(|v| span(v).map(|s| (v.to_string(), s)))
        else {
            continue;
        };
        let (certainty, how) = of_document(d);
        items.push(Item {
            kind: ItemKind::Article,
            doc: d.id.clone(),
            value,
            span,
            certainty,
            how,
            date: None,
            what: Vec::new(),
        });
    }
    let mut undated = Vec::new();
    for (i, d) in report.dates.iter().enumerate() {
        let Some((value, span)) = d
            .value
            .as_deref()
            .and_then(|v| span(v).map(|s| (v.to_string(), s)))
        else {
            undated.push(i);
            continue;
        };
        let (certainty, how) = of_mention(d);
        items.push(Item {
            kind: ItemKind::Event,
            doc: d.doc.clone(),
            value,
            span,
            certainty,
            how,
            date: Some(i),
            what: std::mem::take(&mut what[i]),
        });
    }
    let column: std::collections::HashMap<&str, usize> = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    order::sort_by_key(&mut items, |it| {
        (
            it.span.start,
            it.span.end,
            it.kind,
            column.get(it.doc.as_str()).copied(),
            it.date,
        )
    });
    let first = items.iter().map(|it| it.span.start).min().unwrap_or(0);
    let last = items.iter().map(|it| it.span.end).max().unwrap_or(0);
    Timeline {
        items,
        undated,
        first,
        last,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::i18n::{DE, EN};
    use super::*;

    #[test]
    fn a_month_covers_its_days() {
        let s = span("2024-11").unwrap();
        assert_eq!(s.precision, Precision::Month);
        assert_eq!(s.end - s.start, 30);
        assert_eq!(s.start, days(2024, 11, 1));
    }

    #[test]
    fn a_day_a_year_and_a_leap_february() {
        assert_eq!(
            span("2024-11-15").unwrap().end - span("2024-11-15").unwrap().start,
            1
        );
        assert_eq!(span("2024").map(|s| s.end - s.start), Some(366));
        assert_eq!(span("2023").map(|s| s.end - s.start), Some(365));
        assert!(span("2024-02-29").is_some());
        assert!(span("2023-02-29").is_none());
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for bad in [
            "",
            "24-11",
            "2024-13",
            "2024-1",
            "2024-11-15-1",
            "--06",
            "abcd",
        ] {
            assert!(span(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn days_count_from_1970_and_come_back() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2000, 3, 1), 11_017);
        assert_eq!(year_month(days(2024, 11, 15)), (2024, 11));
        assert_eq!(year_month(days(1999, 12, 31)), (1999, 12));
    }

    #[test]
    fn dates_read_in_words() {
        assert_eq!(in_words(&EN, "2024-11-15"), "15 November 2024");
        assert_eq!(in_words(&EN, "2024-06"), "June 2024");
        assert_eq!(in_words(&EN, "2023"), "2023");
        assert_eq!(in_words(&EN, "sometime"), "sometime");
        assert_eq!(in_words(&DE, "2024-11-15"), "15. November 2024");
        assert_eq!(in_words(&DE, "2024-03"), "März 2024");
    }

    #[test]
    fn a_date_counted_from_a_guess_is_inferred() {
        let mention = |basis: &str, anchor: Option<&str>| DateMention {
            doc: "a".into(),
            text: "x".into(),
            start: 0,
            end: 1,
            value: Some("2024".into()),
            basis: basis.into(),
            anchor: anchor.map(String::from),
        };
        assert_eq!(of_mention(&mention("explicit", None)).0, Certainty::Firm);
        assert_eq!(
            of_mention(&mention("year_from_reference", Some("article"))).0,
            Certainty::Firm
        );
        assert_eq!(
            of_mention(&mention("relative", Some("inferred"))).0,
            Certainty::Inferred
        );
        assert_eq!(
            of_mention(&mention("year_from_reference", Some("set"))).0,
            Certainty::Inferred
        );
    }

    #[test]
    fn axis_labels_are_years_over_years_and_months_over_months() {
        let years = ticks(&EN, days(2021, 6, 1), days(2025, 3, 1), 6);
        let labels: Vec<&str> = years.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["2022", "2023", "2024", "2025"]);
        let months = ticks(&EN, days(2024, 5, 20), days(2024, 9, 10), 6);
        let labels: Vec<&str> = months.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024"]);
        let monate = ticks(&DE, days(2024, 2, 20), days(2024, 5, 10), 6);
        let labels: Vec<&str> = monate.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["März 2024", "Apr. 2024", "Mai 2024"]);
        assert!(ticks(&EN, 5, 5, 4).is_empty());
    }

    #[test]
    fn the_timeline_orders_article_dates_and_events_and_keeps_the_unplaced_apart() {
        let articles = [
            crosscheck::Article::new(
                "a",
                "date 2024-11\nKim sprach am Freitag (15. November) vor Kommandeuren. Im Juni 2024 wurde ein Vertrag unterzeichnet.",
            ),
            crosscheck::Article::new("b", "Am Sonntag kam es zu Gefechten."),
        ];
        let report = crosscheck::analyze(&articles);
        let t = timeline(&report);
        let values: Vec<(&str, ItemKind)> = t
            .items
            .iter()
            .map(|it| (it.value.as_str(), it.kind))
            .collect();
        assert!(
            values.contains(&("2024-11", ItemKind::Article)),
            "{values:?}"
        );
        assert!(
            values.contains(&("2024-11-15", ItemKind::Event)),
            "{values:?}"
        );
        let june = t
            .items
            .iter()
            .position(|it| it.value == "2024-06")
            .expect("June 2024");
        let november = t.items.iter().position(|it| it.value == "2024-11").unwrap();
        assert!(june < november, "earliest first");
        assert!(t
            .items
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start));
        assert_eq!(t.first, days(2024, 6, 1));
        assert_eq!(t.last, days(2024, 12, 1));
        assert_eq!(t.items[june].certainty, Certainty::Firm);
    }
}
