//! Dates: the article's own date, and every date expression normalised against it — absolute
//! ("15. November 2024", "Juni 2024", "14.03.2025", "November 15, 2024"), with a weekday
//! ("Freitag (15. November)"), and relative ("gestern", "im vergangenen Jahr", "last week").
//!
//! `absolute.rs` reads what the calendar names, `relative.rs` what is counted from the article's
//! date, `document_date.rs` finds that date, `words.rs` holds the vocabulary from the lexicon.

mod absolute;
pub mod calendar;
mod document_date;
mod relative;
mod words;

use crate::text::Document;
pub use calendar::Date;
pub use document_date::{document_date, document_date_from, DateSource};

/// A date expression in tokens `first..=last`; `value` is `None` when nothing places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    pub first: usize,
    pub last: usize,
    pub value: Option<Date>,
    pub basis: Basis,
}

/// How much of a date the text gives by itself, and how much comes from the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Complete as written: "15. November 2024", "Juni 2024".
    Explicit,
    /// Day and month as written, the year from the reference: "am 15. November", "im Juni".
    YearFromReference,
    /// Counted from the reference: "gestern", "im vergangenen Jahr", "am Dienstag".
    Reference,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Explicit => "explicit",
            Basis::YearFromReference => "year_from_reference",
            Basis::Reference => "relative",
        }
    }
}

/// The tokens of a document where a date expression may start, in order. The dates are read
/// twice, once for the article's own date and once against it, and which tokens may start one
/// does not depend on the reference: found once, asked twice.
pub struct Starts(Vec<usize>);

impl Starts {
    pub fn of(doc: &Document) -> Starts {
        Starts(
            (0..doc.tokens.len())
                .filter(|&i| words::may_start(doc, i))
                .collect(),
        )
    }
}

/// Every date expression, resolved against `reference` (the article's date) where relative.
pub fn expressions(doc: &Document, reference: Option<Date>) -> Vec<DateExpr> {
    expressions_from(doc, &Starts::of(doc), reference)
}

/// [`expressions`], at the `starts` found before.
pub fn expressions_from(doc: &Document, starts: &Starts, reference: Option<Date>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    // The first token not yet inside an expression.
    let mut next = 0;
    for &i in &starts.0 {
        if i < next {
            continue;
        }
        if let Some(e) = expression_at(doc, i, reference) {
            next = e.last + 1;
            out.push(e);
        }
    }
    out
}

fn expression_at(doc: &Document, i: usize, reference: Option<Date>) -> Option<DateExpr> {
    relative::at(doc, i, reference).or_else(|| absolute::at(doc, i, reference))
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
        assert_eq!(
            dates("Im vergangenen Jahr wurde unterzeichnet.", Some("2024-11")),
            vec![("Im vergangenen Jahr".into(), Some("2023".into()))]
        );
    }

    #[test]
    fn english_relative_dates() {
        assert_eq!(
            dates(
                "The dam broke on Tuesday, officials said yesterday.",
                Some("2025-08-14")
            ),
            vec![
                ("Tuesday".into(), Some("2025-08-12".into())),
                ("yesterday".into(), Some("2025-08-13".into()))
            ]
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
    fn figures_are_not_dates() {
        assert!(dates(
            "Über 10.000 Soldaten und 1,2 Milliarden Euro.",
            Some("2024-11")
        )
        .is_empty());
    }
}
