//! Hedges: the words before a number that qualify it ("über", "knapp", "rund", "at least"), and
//! the interval each hedge implies.

use std::sync::LazyLock;

use crate::lexicon;
use crate::report::{Hedge, Language};
use crate::text::words::PhraseTable;

type Tables = [PhraseTable<Hedge>; 2];

/// Hedges before the number, and those after it ("und mehr", "or more").
static HEDGES: LazyLock<(Tables, Tables)> = LazyLock::new(|| {
    let mut before = [PhraseTable::default(), PhraseTable::default()];
    let mut after = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::HEDGES) {
        let Some(hedge) = Hedge::parse(row[2]) else {
            continue;
        };
        let tables = match row.get(3) {
            Some(&"after") => &mut after,
            _ => &mut before,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], hedge);
        }
    }
    (before, after)
});

/// The hedge whose phrase ends right before token `end`, with the phrase length in tokens.
pub fn before<S: AsRef<str>>(lang: Language, words: &[S], end: usize) -> Option<(usize, Hedge)> {
    HEDGES.0[lang as usize]
        .longest_ending_at(words, end)
        .map(|(n, h)| (n, *h))
}

/// The hedge whose phrase starts at token `at`, after a number ("oder mehr"), with its length.
pub fn after<S: AsRef<str>>(lang: Language, words: &[S], at: usize) -> Option<(usize, Hedge)> {
    HEDGES.1[lang as usize]
        .longest_at(words, at)
        .map(|(n, h)| (n, *h))
}

/// The interval `(low, high)` a hedged value claims, as the report states it (`None` is open).
/// "etwa" gives no bounds: its tolerance is a judgement the comparison makes, not a claim.
pub fn interval(hedge: Hedge, value: f64) -> (Option<f64>, Option<f64>) {
    match hedge {
        Hedge::Exact => (Some(value), Some(value)),
        Hedge::MoreThan | Hedge::AtLeast => (Some(value), None),
        Hedge::JustUnder | Hedge::LessThan | Hedge::UpTo => (None, Some(value)),
        Hedge::Approx => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_hedges() {
        assert_eq!(
            before(Language::De, &["über", "10.000"], 1),
            Some((1, Hedge::MoreThan))
        );
        assert_eq!(
            before(Language::De, &["mehr", "als", "10.000"], 2),
            Some((2, Hedge::MoreThan))
        );
        assert_eq!(
            before(Language::De, &["knapp", "50"], 1),
            Some((1, Hedge::JustUnder))
        );
        assert_eq!(
            before(Language::De, &["bis", "zu", "5"], 2),
            Some((2, Hedge::UpTo))
        );
    }

    #[test]
    fn english_hedges() {
        assert_eq!(
            before(Language::En, &["at", "least", "5"], 2),
            Some((2, Hedge::AtLeast))
        );
        assert_eq!(
            before(Language::En, &["nearly", "5"], 1),
            Some((1, Hedge::JustUnder))
        );
    }

    #[test]
    fn or_more_after_a_number_is_a_hedge() {
        assert_eq!(
            after(Language::En, &["1,000", "or", "more"], 1),
            Some((2, Hedge::AtLeast))
        );
        assert_eq!(
            after(Language::De, &["50", "und", "mehr"], 1),
            Some((2, Hedge::AtLeast))
        );
    }

    #[test]
    fn an_article_is_no_hedge() {
        assert_eq!(before(Language::De, &["den", "12.000"], 1), None);
    }

    #[test]
    fn intervals_follow_the_hedge() {
        assert_eq!(interval(Hedge::MoreThan, 10.0), (Some(10.0), None));
        assert_eq!(interval(Hedge::JustUnder, 50.0), (None, Some(50.0)));
        assert_eq!(interval(Hedge::Exact, 3.0), (Some(3.0), Some(3.0)));
    }
}
