//! Units and magnitude words: "Millionen", "Mrd.", "Euro", "%", "km", "acres", each with the factor
//! that brings an amount to its base unit, so that equal amounts compare equal.

use std::sync::LazyLock;

use crate::lexicon;
use crate::report::Language;
use crate::text::words::PhraseTable;

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The base unit amounts are normalised to ("EUR", "m", "m2", "kg", "s", "percent").
    pub base: &'static str,
    /// How many base units one written unit is.
    pub factor: f64,
    /// "money", "percent", "length", "area", "mass", "volume", "time", ...
    pub dimension: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MagnitudeKind {
    /// Scales a number: "1,2 Milliarden".
    Scale,
    /// Stands alone for an open amount: "Tausende" (thousands, more than one).
    Vague,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Magnitude {
    pub factor: f64,
    pub kind: MagnitudeKind,
}

type Tables<V> = [PhraseTable<V>; 2];

static UNITS: LazyLock<Tables<Unit>> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::UNITS) {
        let Ok(factor) = row[3].parse() else { continue };
        let unit = Unit {
            base: row[2],
            factor,
            dimension: row[4],
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], unit.clone());
        }
    }
    tables
});

static MAGNITUDES: LazyLock<(Tables<Magnitude>, Tables<Magnitude>)> = LazyLock::new(|| {
    let mut scale = [PhraseTable::default(), PhraseTable::default()];
    let mut vague = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::MAGNITUDES) {
        let Ok(factor) = row[2].parse() else { continue };
        let (table, kind) = match row[3] {
            "vague" => (&mut vague, MagnitudeKind::Vague),
            _ => (&mut scale, MagnitudeKind::Scale),
        };
        for &lang in lexicon::languages(row[0]) {
            table[lang as usize].insert(row[1], Magnitude { factor, kind });
        }
    }
    (scale, vague)
});

/// The unit whose name starts at token `at`, with its length in tokens.
pub fn unit_at<S: AsRef<str>>(lang: Language, words: &[S], at: usize) -> Option<(usize, Unit)> {
    UNITS[lang as usize]
        .longest_at(words, at)
        .map(|(n, u)| (n, u.clone()))
}

/// A scaling word after a number ("Millionen", "Mrd.", "billion").
pub fn scale_at<S: AsRef<str>>(
    lang: Language,
    words: &[S],
    at: usize,
) -> Option<(usize, Magnitude)> {
    MAGNITUDES.0[lang as usize]
        .longest_at(words, at)
        .map(|(n, m)| (n, *m))
}

/// A word that is an open amount by itself ("Tausende", "hundreds of").
pub fn vague_at<S: AsRef<str>>(
    lang: Language,
    words: &[S],
    at: usize,
) -> Option<(usize, Magnitude)> {
    MAGNITUDES.1[lang as usize]
        .longest_at(words, at)
        .map(|(n, m)| (n, *m))
}

/// Unit and scale glued to digits ("5bn", "10km", "3m"): the suffix after the digits.
pub fn glued_suffix(lang: Language, suffix: &str) -> Option<(Option<Magnitude>, Option<Unit>)> {
    let lower = suffix.to_lowercase();
    let words = [lower.as_str()];
    if let Some((_, m)) = scale_at(lang, &words, 0) {
        return Some((Some(m), None));
    }
    unit_at(lang, &words, 0).map(|(_, u)| (None, Some(u)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_and_percent_are_units() {
        assert_eq!(
            unit_at(Language::De, &["euro"], 0).map(|u| u.1.base),
            Some("EUR")
        );
        assert_eq!(
            unit_at(Language::De, &["%"], 0).map(|u| u.1.base),
            Some("percent")
        );
        assert_eq!(
            unit_at(Language::En, &["acres"], 0).map(|u| u.1.base),
            Some("m2")
        );
    }

    #[test]
    fn magnitudes_scale() {
        assert_eq!(
            scale_at(Language::De, &["milliarden"], 0).map(|m| m.1.factor),
            Some(1e9)
        );
        assert_eq!(
            scale_at(Language::De, &["mio", "."], 0).map(|m| m.0),
            Some(2)
        );
        assert_eq!(
            vague_at(Language::De, &["tausende"], 0).map(|m| m.1.factor),
            Some(1e3)
        );
    }

    #[test]
    fn glued_suffixes() {
        assert!(glued_suffix(Language::En, "bn").is_some_and(|(m, _)| m.is_some()));
        assert!(glued_suffix(Language::En, "km").is_some_and(|(_, u)| u.is_some()));
        assert!(glued_suffix(Language::De, "jährige").is_none());
    }
}
