//! Time: which date expression governs a claim, and how much of that date is known for certain.
//!
//! A date is only as firm as what it rests on. "Juni 2024" stands by itself; "im Juni" needs the
//! year, and "im vergangenen Jahr" all of it, from the article's date. When that date is only
//! inferred, or borrowed from other articles of the set, those parts are a guess: good enough for
//! a timeline, never enough to call two articles contradictory.

use crate::mentions::dates::{Basis, Date, DateExpr};
use crate::text::Document;

/// What a date expression's value rests on, beyond the text itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The article's own date, given or printed in it.
    Article,
    /// The article's date, inferred from the dates it names.
    Inferred,
    /// No date of its own: the latest firm date of the other articles.
    Set,
    /// Nothing to count from.
    None,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Article => "article",
            Anchor::Inferred => "inferred",
            Anchor::Set => "set",
            Anchor::None => "none",
        }
    }

    fn firm(self) -> bool {
        self == Anchor::Article
    }
}

/// The parts of a date known for certain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Known {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Known {
    pub fn of(e: &DateExpr, anchor: Anchor) -> Known {
        let Some(v) = e.value else {
            return Known::default();
        };
        let all = Known {
            year: Some(v.year),
            month: v.month,
            day: v.day,
        };
        match (e.basis, anchor.firm()) {
            (Basis::Explicit, _) => all,
            (Basis::YearFromReference, true) => all,
            (Basis::YearFromReference, false) => Known { year: None, ..all },
            // A counted day ("gestern", "am Dienstag") or year ("im vergangenen Jahr") is exact; a
            // counted week or month-end may straddle a month, so only its year is sure.
            (Basis::Reference, true) if v.day.is_some() || v.month.is_none() => all,
            (Basis::Reference, true) => Known {
                year: Some(v.year),
                ..Known::default()
            },
            (Basis::Reference, false) => Known::default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.year.is_none() && self.month.is_none()
    }

    /// Can the two not be the same day? Parts are compared only where both sides know them and
    /// every coarser part known on both sides agrees.
    pub fn contradicts(&self, o: &Known) -> bool {
        if let (Some(a), Some(b)) = (self.year, o.year) {
            if a != b {
                return true;
            }
        }
        match (self.month, o.month) {
            (Some(a), Some(b)) if a != b => true,
            (Some(_), Some(_)) => matches!((self.day, o.day), (Some(a), Some(b)) if a != b),
            _ => false,
        }
    }

    /// The known parts as text: "2024-06", "06" for a month of unknown year.
    pub fn describe(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            _ => String::new(),
        }
    }
}

/// The date that governs a claim, as an index into the article's date expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimTime {
    /// Index into the report's dates.
    pub date: usize,
    pub value: Option<Date>,
    pub known: Known,
}

/// The date expression of `at`'s sentence nearest to it, if any.
pub fn governing(doc: &Document, dates: &[DateExpr], at: usize) -> Option<usize> {
    let sentence = doc.sentence_tokens(at);
    dates
        .iter()
        .enumerate()
        .filter(|(_, e)| sentence.contains(&e.first))
        .min_by_key(|(_, e)| {
            if e.last < at {
                at - e.last
            } else {
                e.first.saturating_sub(at)
            }
        })
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Known {
        Known {
            year: y,
            month: m,
            day: d,
        }
    }

    #[test]
    fn a_month_without_a_year_agrees_with_the_same_month_of_any_year() {
        let june = known(None, Some(6), None);
        assert!(!june.contradicts(&known(Some(2024), Some(6), None)));
        assert!(june.contradicts(&known(Some(2024), Some(3), None)));
    }

    #[test]
    fn a_coarser_date_never_contradicts_a_finer_one_inside_it() {
        assert!(!known(Some(2024), None, None).contradicts(&known(Some(2024), Some(6), Some(3))));
        assert!(known(Some(2023), None, None).contradicts(&known(Some(2024), Some(6), None)));
    }

    #[test]
    fn a_relative_date_of_an_undated_article_knows_nothing() {
        let e = DateExpr {
            first: 0,
            last: 2,
            value: Date::parse("2023"),
            basis: Basis::Reference,
        };
        assert!(Known::of(&e, Anchor::Inferred).is_empty());
        assert_eq!(Known::of(&e, Anchor::Article).year, Some(2023));
    }
}
