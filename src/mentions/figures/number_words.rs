//! Number words: German compounds ("zweiundzwanzig", "dreitausendfünfhundert", "eineinhalb") and
//! English words ("twenty-two", "three hundred and five"), parsed by one small grammar over the
//! parts listed in `number_words.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon;
use crate::report::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Unit,
    Teen,
    Ten,
    Hundred,
    Thousand,
    /// A part of a whole ("Drittel", "third"): multiplies what stands before it.
    Fraction,
    /// "halb" in "eineinhalb".
    Half,
    Dozen,
}

#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub value: f64,
    pub part: Part,
}

static WORDS: LazyLock<HashMap<(Language, &'static str), Word>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for row in lexicon::rows(lexicon::NUMBER_WORDS) {
        let part = match row[3] {
            "unit" => Part::Unit,
            "teen" => Part::Teen,
            "ten" => Part::Ten,
            "hundred" => Part::Hundred,
            "thousand" => Part::Thousand,
            "fraction" => Part::Fraction,
            "half" => Part::Half,
            "dozen" => Part::Dozen,
            _ => continue,
        };
        let Ok(value) = row[2].parse() else { continue };
        for &lang in lexicon::languages(row[0]) {
            map.insert((lang, row[1]), Word { value, part });
        }
    }
    map
});

/// The entry for one whole word, e.g. "drittel" or "twelve".
pub fn word(lang: Language, lower: &str) -> Option<Word> {
    WORDS.get(&(lang, lower)).copied()
}

/// Accumulates parts left to right: "drei" "hundert" "zwei" "und" "zwanzig".
#[derive(Debug, Default)]
struct Sum {
    total: f64,
    current: f64,
    last: Option<Part>,
    /// An "und"/"and" joined a unit to a ten ("zweiundzwanzig").
    joined: bool,
    /// English puts the unit after the ten ("twenty-two"); German before it, joined by "und".
    ten_then_unit: bool,
}

impl Sum {
    fn push(&mut self, w: Word) -> Option<()> {
        use Part::*;
        let allowed = match (self.last, w.part) {
            (None, _) => true,
            (Some(Fraction | Half | Dozen), _) => false,
            (Some(_), Half) => false,
            (Some(_), Fraction | Dozen) => true,
            (Some(Unit), Ten) => self.joined,
            (Some(Ten), Unit) => self.ten_then_unit,
            (Some(Unit | Teen | Ten), Unit | Teen | Ten) => false,
            (Some(Hundred), Hundred) => false,
            (Some(Thousand), Thousand) => false,
            _ => true,
        };
        if !allowed || (self.joined && w.part != Ten) {
            return None;
        }
        match w.part {
            Unit | Teen | Ten => self.current += w.value,
            Hundred => self.current = self.current.max(1.0) * 100.0,
            Thousand => {
                self.total += self.current.max(1.0) * 1000.0;
                self.current = 0.0;
            }
            Fraction | Half | Dozen => self.current = self.current.max(1.0) * w.value,
        }
        self.joined = false;
        self.last = Some(w.part);
        Some(())
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }
}

/// Parses one German word made of number parts ("zweiundzwanzig", "zwölftausend", "eineinhalb").
pub fn parse_german(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    if let Some(rest) = lower.strip_suffix("einhalb") {
        // "eineinhalb" = 1.5, "zweieinhalb" = 2.5; "einhalb" alone is 0.5.
        return if rest.is_empty() {
            Some(0.5)
        } else {
            parse_german(rest).map(|v| v + 0.5)
        };
    }
    if lower == "anderthalb" {
        return Some(1.5);
    }
    let mut sum = Sum::default();
    split_german(&lower, &mut sum)?;
    Some(sum.value())
}

/// Splits a compound into known parts, longest part first, backtracking when the rest fails.
fn split_german(rest: &str, sum: &mut Sum) -> Option<()> {
    if rest.is_empty() {
        return sum.last.map(|_| ());
    }
    if let Some(after) = rest.strip_prefix("und") {
        if sum.last == Some(Part::Unit) && !after.is_empty() {
            sum.joined = true;
            return split_german(after, sum);
        }
    }
    let ends: Vec<usize> = rest.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    for &end in ends.iter().rev() {
        let piece = &rest[..end];
        let Some(w) = word(Language::De, piece) else {
            continue;
        };
        // Only "eins" ends a number; "ein" only begins one ("einhundert", "einundzwanzig").
        if piece == "eins" && end != rest.len() {
            continue;
        }
        if matches!(piece, "eine" | "einen" | "einem" | "einer") {
            continue;
        }
        let saved = (sum.total, sum.current, sum.last, sum.joined);
        if sum.push(w).is_some() && split_german(&rest[end..], sum).is_some() {
            return Some(());
        }
        (sum.total, sum.current, sum.last, sum.joined) = saved;
    }
    None
}

/// Parses a run of English number words ("twenty-two", "three hundred and five").
pub fn parse_english(words: &[&str]) -> Option<f64> {
    let mut sum = Sum {
        ten_then_unit: true,
        ..Sum::default()
    };
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if lower == "and" && i > 0 && i + 1 < words.len() {
            continue;
        }
        for piece in lower.split('-') {
            let entry = word(Language::En, piece)?;
            sum.push(entry)?;
        }
    }
    sum.last.map(|_| sum.value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_compounds() {
        assert_eq!(parse_german("zweiundzwanzig"), Some(22.0));
        assert_eq!(parse_german("dreitausend"), Some(3000.0));
        assert_eq!(parse_german("zwölftausend"), Some(12000.0));
        assert_eq!(parse_german("einhundertfünfzig"), Some(150.0));
        assert_eq!(parse_german("dreitausendfünfhundertzwölf"), Some(3512.0));
        assert_eq!(parse_german("siebzehn"), Some(17.0));
        assert_eq!(parse_german("drei"), Some(3.0));
    }

    #[test]
    fn german_halves() {
        assert_eq!(parse_german("eineinhalb"), Some(1.5));
        assert_eq!(parse_german("zweieinhalb"), Some(2.5));
        assert_eq!(parse_german("anderthalb"), Some(1.5));
    }

    #[test]
    fn words_that_only_contain_number_parts_are_not_numbers() {
        assert_eq!(parse_german("dreitägigen"), None);
        assert_eq!(parse_german("zweizwei"), None);
        assert_eq!(parse_german("einer"), None);
        assert_eq!(parse_german("achtung"), None);
    }

    #[test]
    fn english_words() {
        assert_eq!(parse_english(&["twenty-two"]), Some(22.0));
        assert_eq!(
            parse_english(&["three", "hundred", "and", "five"]),
            Some(305.0)
        );
        assert_eq!(parse_english(&["twelve"]), Some(12.0));
        let two_thirds = parse_english(&["two-thirds"]).unwrap_or_default();
        assert!((two_thirds - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(parse_english(&["a", "dozen"]), Some(12.0));
    }
}
