//! Number words: German compounds ("zweiundzwanzig", "dreitausendfünfhundert", "eineinhalb") and
//! English words ("twenty-two", "three hundred and five"), parsed by one small grammar over the
//! parts listed in `number_words.tsv`.

use std::sync::LazyLock;

use crate::lexicon;
use crate::report::Language;
use crate::text::fxhash::{FxHashMap, FxHashSet};
use crate::text::words::lower;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// "null", "zero": a number only where a numeral is asked for, never a count of the story.
    Zero,
    Unit,
    Teen,
    Ten,
    Hundred,
    Thousand,
    /// A part of a whole ("Drittel", "third"): multiplies what stands before it.
    Fraction,
    /// "halb" in "eineinhalb"; as a word of its own ("drei halbe") it is a fraction.
    Half,
    Dozen,
    /// "pair", "couple": two, after an article; read in numeral mode only.
    Pair,
    /// A scale word of its own token ("Millionen", "billion", "lakh"), with its factor.
    Scale,
    /// A whole number read from its own token (digits, or a German compound).
    Value,
    /// "minus", "negative": the sign of the number after it.
    Negative,
}

#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub value: f64,
    pub part: Part,
}

static WORDS: LazyLock<FxHashMap<(Language, &'static str), Word>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for row in lexicon::rows(lexicon::NUMBER_WORDS) {
        let part = match row[3] {
            "zero" => Part::Zero,
            "unit" => Part::Unit,
            "teen" => Part::Teen,
            "ten" => Part::Ten,
            "hundred" => Part::Hundred,
            "thousand" => Part::Thousand,
            "fraction" => Part::Fraction,
            "half" => Part::Half,
            "dozen" => Part::Dozen,
            "pair" => Part::Pair,
            "negative" => Part::Negative,
            _ => continue,
        };
        let Ok(value) = row[2].parse() else { continue };
        for &lang in lexicon::languages(row[0]) {
            map.insert((lang, row[1]), Word { value, part });
        }
    }
    map
});

static VULGAR: LazyLock<FxHashMap<&'static str, f64>> = LazyLock::new(|| {
    lexicon::rows(lexicon::NUMBER_WORDS)
        .filter(|row| row[3] == "vulgar")
        .filter_map(|row| Some((row[1], row[2].parse().ok()?)))
        .collect()
});

/// The value of a vulgar fraction sign ("½", "¾").
pub fn vulgar_fraction(sign: &str) -> Option<f64> {
    VULGAR.get(sign).copied()
}

/// The entry for one whole word, e.g. "drittel" or "twelve".
pub fn word(lang: Language, lower: &str) -> Option<Word> {
    WORDS.get(&(lang, lower)).copied()
}

/// Accumulates parts left to right: "drei" "hundert" "zwei" "und" "zwanzig", or across tokens
/// "two" "million" "three" "hundred" "thousand".
#[derive(Debug, Default, Clone, Copy)]
pub struct Sum {
    total: f64,
    current: f64,
    pub last: Option<Part>,
    /// The smallest scale read so far (1000 for "thousand"): what follows must be smaller.
    big: f64,
    /// The last number read from a token of its own, which a hundred may multiply ("322 hundred").
    last_value: f64,
    /// An "und"/"and" joined a unit to a ten ("zweiundzwanzig").
    joined: bool,
    /// English puts the unit after the ten ("twenty-two"); German before it, joined by "und".
    pub ten_then_unit: bool,
}

impl Sum {
    pub fn english() -> Self {
        Sum {
            ten_then_unit: true,
            ..Sum::default()
        }
    }

    /// Adds one part; `None` (and no change) when the part cannot follow what was read.
    pub fn push(&mut self, w: Word) -> Option<()> {
        let before = *self;
        let ok = self.apply(w);
        if ok.is_none() {
            *self = before;
        }
        ok
    }

    fn apply(&mut self, w: Word) -> Option<()> {
        use Part::*;
        if (self.joined && w.part != Ten) || w.part == Negative {
            return None;
        }
        let allowed = match (self.last, w.part) {
            (None, _) => true,
            (Some(Fraction | Half | Pair), Scale | Thousand | Dozen) => true,
            (Some(Unit), Pair) => self.total == 0.0 && self.current == 1.0,
            (Some(Fraction | Half | Dozen | Pair | Zero | Negative), _) => false,
            (Some(_), Half | Zero | Pair) => false,
            (Some(_), Fraction | Dozen) => true,
            (Some(Unit), Ten) => self.joined || self.hundreds_pair(),
            (Some(Teen), Ten) => self.hundreds_pair(),
            (Some(Ten), Unit) => self.ten_then_unit,
            (Some(Unit | Teen | Ten | Value), Unit | Teen | Ten | Value) => false,
            (Some(Hundred), Hundred) => false,
            (Some(Hundred | Thousand | Scale), Value) => w.value < self.room(),
            _ => true,
        };
        if !allowed {
            return None;
        }
        match w.part {
            Zero | Unit | Teen => self.current += w.value,
            Value => {
                self.current += w.value;
                self.last_value = w.value;
            }
            // "one twenty two" = 122, "nineteen ninety" = 1990: a pair of two-digit groups.
            Ten if matches!(self.last, Some(Unit | Teen)) && !self.joined => {
                self.current = self.current * 100.0 + w.value
            }
            Ten => self.current += w.value,
            Hundred => {
                let whole_value = self.last == Some(Value) && self.current == self.last_value;
                if self.current >= 100.0 && !whole_value {
                    return None;
                }
                self.current = self.current.max(1.0) * 100.0;
            }
            Thousand | Scale => self.scale(w.value)?,
            Fraction | Half => {
                let whole = self.total + self.current;
                self.total = if whole == 0.0 { 1.0 } else { whole } * w.value;
                self.current = 0.0;
            }
            Negative => return None,
            Dozen | Pair => {
                if self.current == 0.0 && self.total > 0.0 {
                    self.total *= w.value;
                } else {
                    self.current = self.current.max(1.0) * w.value;
                }
            }
        }
        self.joined = false;
        self.last = Some(w.part);
        Some(())
    }

    /// A scale after what was read: "drei Millionen", "thousand millions", "drei Viertel Milliarde".
    fn scale(&mut self, factor: f64) -> Option<()> {
        if self.big == 0.0 || factor < self.big {
            if matches!(self.last, Some(Part::Fraction | Part::Half | Part::Dozen))
                && self.current == 0.0
            {
                self.total *= factor;
            } else {
                self.total += self.current.max(1.0) * factor;
            }
            self.current = 0.0;
            self.big = factor;
            return Some(());
        }
        if self.current == 0.0 && factor > self.big {
            self.total *= factor;
            self.big = factor;
            return Some(());
        }
        None
    }

    /// How large a number may follow a hundred or a scale.
    fn room(&self) -> f64 {
        match self.last {
            Some(Part::Hundred) => 100.0,
            _ => self.big,
        }
    }

    fn hundreds_pair(&self) -> bool {
        self.ten_then_unit && self.total == 0.0 && self.current < 100.0
    }

    pub fn value(&self) -> f64 {
        self.total + self.current
    }

    /// The smallest scale read, 0 when none.
    pub fn scale_read(&self) -> f64 {
        self.big
    }

    /// Adds a decimal part ("Komma fünf") to the number being read.
    pub fn add_decimal(&mut self, fraction: f64) {
        self.current += fraction;
    }
}

/// The last three letters of every German number part a compound can end with ("…zwanzig",
/// "…tausend", "…einhalb"): most words are turned away by this one lookup before the parts are
/// tried. The article forms are left out, since "ein" and "eine" never end a number.
static GERMAN_ENDINGS: LazyLock<FxHashSet<[char; 3]>> = LazyLock::new(|| {
    lexicon::rows(lexicon::NUMBER_WORDS)
        .filter(|row| lexicon::applies(row[0], Language::De))
        .map(|row| row[1])
        .filter(|w| !matches!(*w, "ein" | "eine" | "einen" | "einem" | "einer" | "eines"))
        .chain(["halb"])
        .filter_map(last_three)
        .collect()
});

fn last_three(word: &str) -> Option<[char; 3]> {
    let mut chars = word.chars().rev();
    let (c, b, a) = (chars.next()?, chars.next()?, chars.next()?);
    Some([a, b, c])
}

/// Parses one German word made of number parts ("zweiundzwanzig", "zwölftausend", "eineinhalb").
pub fn parse_german(word: &str) -> Option<f64> {
    let lower = lower(word);
    let lower = lower.as_ref();
    if !last_three(lower).is_some_and(|end| GERMAN_ENDINGS.contains(&end)) {
        return None;
    }
    parse_german_lower(lower)
}

fn parse_german_lower(lower: &str) -> Option<f64> {
    for (suffix, half) in [("einhalb", 0.5), ("undhalb", 0.5)] {
        if let Some(rest) = lower.strip_suffix(suffix) {
            // "eineinhalb" = 1.5, "zweieinhalb" = 2.5, "einundhalb" = 1.5; "einhalb" alone is 0.5.
            return if rest.is_empty() {
                Some(half)
            } else {
                parse_german_lower(rest).map(|v| v + half)
            };
        }
    }
    if lower == "anderthalb" {
        return Some(1.5);
    }
    let mut sum = Sum::default();
    split_german(lower, &mut sum)?;
    Some(sum.value())
}

/// Splits a compound into known parts, longest part first, backtracking when the rest fails.
fn split_german(rest: &str, sum: &mut Sum) -> Option<()> {
    if rest.is_empty() {
        return sum.last.map(|_| ());
    }
    if let Some(after) = rest.strip_prefix("und") {
        // "zweiundzwanzig"; "tausendundzwölf", "hundertundeins".
        if !after.is_empty() {
            match sum.last {
                Some(Part::Unit) => {
                    let saved = *sum;
                    sum.joined = true;
                    if split_german(after, sum).is_some() {
                        return Some(());
                    }
                    *sum = saved;
                }
                Some(Part::Hundred | Part::Thousand) => return split_german(after, sum),
                _ => {}
            }
        }
    }
    // Longest piece first; walking the chars backwards needs no buffer.
    for end in rest.char_indices().rev().map(|(i, c)| i + c.len_utf8()) {
        let piece = &rest[..end];
        let Some(w) = word(Language::De, piece) else {
            continue;
        };
        // Only "eins" ends a number; "ein" only begins one ("einhundert", "einundzwanzig").
        if piece == "eins" && end != rest.len() {
            continue;
        }
        if matches!(piece, "eine" | "einen" | "einem" | "einer") || w.part == Part::Pair {
            continue;
        }
        let saved = *sum;
        if sum.push(w).is_some() && split_german(&rest[end..], sum).is_some() {
            return Some(());
        }
        *sum = saved;
    }
    None
}

/// Parses a run of English number words ("twenty-two", "three hundred and five").
pub fn parse_english(words: &[&str]) -> Option<f64> {
    let mut sum = Sum::english();
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
