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

/// Display symbols by base unit and factor (`unit_symbols.tsv`).
static SYMBOLS: LazyLock<Vec<(&'static str, f64, &'static str)>> = LazyLock::new(|| {
    lexicon::rows(lexicon::UNIT_SYMBOLS)
        .filter_map(|row| Some((row[0], row[1].parse().ok()?, row[2])))
        .collect()
});

impl Unit {
    /// The written unit as a reader names it ("km", "day"); the base unit when no symbol is listed.
    pub fn symbol(&self) -> &'static str {
        SYMBOLS
            .iter()
            .find(|(base, factor, _)| {
                *base == self.base && (factor - self.factor).abs() <= 1e-9 * factor
            })
            .map_or(self.base, |(_, _, symbol)| symbol)
    }

    /// A length squared is an area, cubed a volume (in litres, the base of volumes).
    pub fn raised(&self, power: i32) -> Unit {
        match power {
            2 => Unit {
                base: "m2",
                factor: self.factor * self.factor,
                dimension: "area",
            },
            3 => Unit {
                base: "l",
                factor: self.factor * self.factor * self.factor * 1000.0,
                dimension: "volume",
            },
            _ => self.clone(),
        }
    }
}

/// "^2" or "^3" glued on at token `at`: the power and its last token.
pub fn power_after(doc: &crate::text::Document, at: usize) -> Option<(i32, usize)> {
    let glued = |i: usize| doc.tokens.get(i).is_some_and(|t| !t.space_before);
    if doc.word(at) != "^" || !glued(at) || !glued(at + 1) {
        return None;
    }
    match doc.word(at + 1) {
        "2" => Some((2, at + 1)),
        "3" => Some((3, at + 1)),
        _ => None,
    }
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
        if is_cased(row[1]) {
            continue;
        }
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

/// A second sense of a unit and the cue stems that select it ("Pfund" weighs in a kitchen).
struct Sense {
    lang: Language,
    base: &'static str,
    unit: Unit,
    cues: Vec<&'static str>,
}

static SENSES: LazyLock<Vec<Sense>> = LazyLock::new(|| {
    let mut senses = Vec::new();
    for row in lexicon::rows(lexicon::UNIT_SENSES) {
        let (Some(&cues), Ok(factor)) = (row.get(5), row[3].parse()) else {
            continue;
        };
        for &lang in lexicon::languages(row[0]) {
            senses.push(Sense {
                lang,
                base: row[1],
                unit: Unit {
                    base: row[2],
                    factor,
                    dimension: row[4],
                },
                cues: cues.split(',').map(str::trim).collect(),
            });
        }
    }
    senses
});

/// The unit in the sense its sentence gives it: `words` are the sentence's lower-case tokens.
pub fn in_context<S: AsRef<str>>(lang: Language, unit: Unit, words: &[S]) -> Unit {
    let cued = |s: &Sense| {
        words
            .iter()
            .any(|w| s.cues.iter().any(|c| w.as_ref().starts_with(c)))
    };
    SENSES
        .iter()
        .find(|s| s.lang == lang && s.base == unit.base && cued(s))
        .map_or(unit, |s| s.unit.clone())
}

/// Scale words written in capitals, matched as written ("M", "G").
static CASED: LazyLock<Vec<(&'static str, f64)>> = LazyLock::new(|| {
    lexicon::rows(lexicon::MAGNITUDES)
        .filter(|row| is_cased(row[1]))
        .filter_map(|row| Some((row[1], row[2].parse().ok()?)))
        .collect()
});

fn is_cased(word: &str) -> bool {
    word.chars().any(char::is_uppercase)
}

/// The factor of a scale written in capitals, exactly as written ("G" is giga, "g" is gram).
pub fn cased_scale(word: &str) -> Option<f64> {
    CASED.iter().find(|(w, _)| *w == word).map(|(_, f)| *f)
}

/// The unit whose name starts at token `at`, with its length in tokens.
pub fn unit_at<S: AsRef<str>>(lang: Language, words: &[S], at: usize) -> Option<(usize, Unit)> {
    UNITS[lang as usize]
        .longest_at(words, at)
        .map(|(n, u)| (n, u.clone()))
}

/// The unit whose name ends right before token `end` ("$", "US$", "mxn$"), with its length.
pub fn unit_before<S: AsRef<str>>(
    lang: Language,
    words: &[S],
    end: usize,
) -> Option<(usize, Unit)> {
    UNITS[lang as usize]
        .longest_ending_at(words, end)
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
    fn a_pound_of_mince_weighs() {
        let pound = unit_at(Language::De, &["pfund"], 0).map(|u| u.1);
        let Some(pound) = pound else {
            panic!("Pfund is a unit")
        };
        assert_eq!(
            in_context(Language::De, pound.clone(), &["pfund", "hack"]).dimension,
            "mass"
        );
        assert_eq!(
            in_context(Language::De, pound, &["pfund", "strafe"]).dimension,
            "money"
        );
    }

    #[test]
    fn a_turn_of_ninety_degrees_is_an_angle() {
        let degree = unit_at(Language::De, &["grad"], 0).map(|u| u.1);
        let Some(degree) = degree else {
            panic!("Grad is a unit")
        };
        let turn = in_context(Language::De, degree, &["um", "90", "grad", "drehen"]);
        assert_eq!(turn.dimension, "angle");
    }

    #[test]
    fn glued_suffixes() {
        assert!(glued_suffix(Language::En, "bn").is_some_and(|(m, _)| m.is_some()));
        assert!(glued_suffix(Language::En, "km").is_some_and(|(_, u)| u.is_some()));
        assert!(glued_suffix(Language::De, "jährige").is_none());
    }
}
