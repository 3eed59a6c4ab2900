//! Figures: every quantity an article states, with its hedge, unit and counted noun.
//!
//! The finder walks the tokens once. At each numeral (digits, number words, vague amounts) it
//! reads outward: a range partner, a unit, the counted noun after it, the hedge before it, and
//! asks [`quiet`] whether the context makes it a date, a time, an age or a reference instead.

pub mod counted;
pub mod hedges;
pub mod number_words;
pub mod numerals;
pub mod quiet;
pub mod units;

use crate::report::{Hedge, Language};
use crate::text::{Document, TokenKind};
use units::{MagnitudeKind, Unit};

/// A figure found in one document, in token positions.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureMention {
    /// First and last token of the whole figure, hedge to counted noun.
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: Hedge,
    pub unit: Option<Unit>,
    /// `value` in the unit's base unit, for comparison.
    pub amount: f64,
    /// The counted phrase, as written.
    pub counted: Option<String>,
    pub concept: Option<String>,
    /// Token of the counted head noun, or of the number when nothing is counted.
    pub head: usize,
    /// The counted noun was taken from an earlier figure of the sentence ("wobei 3.000 bereits …"):
    /// this figure is a part of that one.
    pub elliptic: bool,
}

/// A numeral: tokens `first..=last` and the value or interval they name.
#[derive(Debug, Clone, PartialEq)]
struct Numeral {
    first: usize,
    last: usize,
    value: f64,
    /// Explicit bounds, for ranges and vague amounts ("Tausende").
    bounds: Option<(f64, f64)>,
    unit: Option<Unit>,
    /// A scale word was read ("Millionen"), which a range partner may share.
    scaled: bool,
}

/// Finds every figure in the document, in text order.
pub fn find(doc: &Document) -> Vec<FigureMention> {
    let mut out: Vec<FigureMention> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match figure_at(doc, i, &out) {
            Some(f) => {
                i = f.last.max(i) + 1;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

fn figure_at(doc: &Document, i: usize, earlier: &[FigureMention]) -> Option<FigureMention> {
    let mut num = numeral_at(doc, i)?;
    let mut start = num.first;
    // A range: "16 bis 17 Milliarden", "zwischen 40 und 50", "40 to 50".
    if let Some(range) = range_after(doc, &num) {
        if doc.lower(start.saturating_sub(1)).starts_with("zwischen")
            || doc.lower(start.saturating_sub(1)) == "between"
        {
            start -= 1;
        }
        num = range;
    }
    // A currency sign before the number: "$5 billion", "€ 1,2 Mio.".
    let mut unit = num.unit.clone();
    if unit.is_none() && num.first > 0 {
        if let Some((1, u)) = units::unit_at(doc.lang, doc.lowers(), num.first - 1) {
            if doc.kind(num.first - 1) == TokenKind::Punct
                || crate::text::words::is_acronym(doc.word(num.first - 1))
            {
                unit = Some(u);
                start = start.min(num.first - 1);
            }
        }
    }
    let mut end = num.last;
    if unit.is_none() {
        if let Some((n, u)) = units::unit_at(doc.lang, doc.lowers(), end + 1) {
            if doc.same_sentence(end, end + n) {
                unit = Some(u);
                end += n;
            }
        }
    }
    let time_unit = unit.as_ref().is_some_and(|u| u.dimension == "time");
    if quiet::check(doc, num.first, num.last, num.value, time_unit).is_some() {
        return None;
    }
    let (hedge, start) = match num.bounds {
        Some(_) => (Hedge::Approx, start),
        None => match hedges::before(doc.lang, doc.lowers(), start) {
            Some((n, h)) if doc.same_sentence(start - n, start) => (h, start - n),
            _ => (Hedge::Exact, start),
        },
    };
    let (low, high) = match num.bounds {
        Some((lo, hi)) => (Some(lo), Some(hi)),
        None => hedges::interval(hedge, num.value),
    };
    let counted = if end + 1 < doc.tokens.len() && doc.same_sentence(end, end + 1) {
        counted::after(doc, end + 1)
    } else {
        None
    };
    let (counted_text, concept, head, last, elliptic) = match counted {
        Some(c) => {
            let head_word = doc.word(c.head);
            (
                Some(doc.slice(c.first, c.last).to_string()),
                Some(counted::concept(doc.lang, head_word)),
                c.head,
                c.last,
                false,
            )
        }
        None => match earlier
            .iter()
            .rev()
            .find(|f| doc.same_sentence(f.head, num.first) && f.counted.is_some())
        {
            Some(parent) if unit.is_none() => (
                parent.counted.clone(),
                parent.concept.clone(),
                num.last,
                end,
                true,
            ),
            _ => (
                None,
                unit.as_ref().map(|u| u.dimension.to_string()),
                num.last,
                end,
                false,
            ),
        },
    };
    let factor = unit.as_ref().map_or(1.0, |u| u.factor);
    Some(FigureMention {
        first: start,
        last,
        value: num.value,
        low,
        high,
        hedge,
        amount: num.value * factor,
        unit,
        counted: counted_text,
        concept,
        head,
        elliptic,
    })
}

/// The numeral that starts at token `i`, with any scale word after it.
fn numeral_at(doc: &Document, i: usize) -> Option<Numeral> {
    let mut num = match doc.kind(i) {
        TokenKind::Number => digits_at(doc, i)?,
        TokenKind::NumberWord => glued_at(doc, i)?,
        TokenKind::Word => words_at(doc, i)?,
        TokenKind::Punct => return None,
    };
    if num.bounds.is_none() && !num.scaled {
        if let Some((n, m)) = units::scale_at(doc.lang, doc.lowers(), num.last + 1) {
            if m.kind == MagnitudeKind::Scale && doc.same_sentence(num.last, num.last + n) {
                num.value *= m.factor;
                num.last += n;
                num.scaled = true;
            }
        }
    }
    // A fraction word after a number: "zwei Drittel", "drei Viertel".
    if let Some(w) = doc
        .tokens
        .get(num.last + 1)
        .and_then(|_| number_words::word(doc.lang, doc.lower(num.last + 1)))
    {
        if w.part == number_words::Part::Fraction && num.bounds.is_none() {
            num.value *= w.value;
            num.last += 1;
        }
    }
    Some(num)
}

fn digits_at(doc: &Document, i: usize) -> Option<Numeral> {
    let text = doc.word(i);
    let (value, last) = if let Some((a, b)) = text.split_once('/') {
        // "1/2": a fraction; dates with slashes are left to the quiet rules.
        match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(a), Ok(b))
                if b > 0.0 && a.fract() == 0.0 && b <= 100.0 && !b.to_string().contains('/') =>
            {
                (a / b, i)
            }
            _ => return None,
        }
    } else if text.contains(':') || numerals::looks_like_date(text) {
        // Let the quiet rules see it: they know clock times and dates.
        (0.0, i)
    } else {
        let mut value = numerals::parse_digits(text, doc.lang)?;
        let mut last = i;
        // "10 000": groups of three digits separated by single spaces.
        while text.len() <= 3
            && value.fract() == 0.0
            && doc.tokens.get(last + 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.end - t.start == 3
                    && t.text(doc.text).bytes().all(|b| b.is_ascii_digit())
                    && is_group_space(&doc.text[doc.tokens[last].end..t.start])
            })
        {
            last += 1;
            value = value * 1000.0 + numerals::parse_digits(doc.word(last), doc.lang)?;
        }
        (value, last)
    };
    Some(Numeral {
        first: i,
        last,
        value,
        bounds: None,
        unit: None,
        scaled: false,
    })
}

fn is_group_space(between: &str) -> bool {
    matches!(between, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// Digits glued to letters: "5bn", "10km", or a range "40-50".
fn glued_at(doc: &Document, i: usize) -> Option<Numeral> {
    let text = doc.word(i);
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (digits, suffix) = text.split_at(split);
    let value = numerals::parse_digits(digits, doc.lang)?;
    if let Some(rest) = suffix.strip_prefix('-') {
        let high = numerals::parse_digits(rest, doc.lang)?;
        // "2024-11" is a date, "40-50" a range.
        if digits.len() == 4 || high <= value {
            return None;
        }
        return Some(Numeral {
            first: i,
            last: i,
            value: (value + high) / 2.0,
            bounds: Some((value, high)),
            unit: None,
            scaled: false,
        });
    }
    let (magnitude, unit) = units::glued_suffix(doc.lang, suffix)?;
    Some(Numeral {
        first: i,
        last: i,
        value: value * magnitude.map_or(1.0, |m| m.factor),
        bounds: None,
        unit,
        scaled: magnitude.is_some(),
    })
}

/// Number words: "drei", "zwölftausend", "eine Million", "ein Dutzend", "twenty-two",
/// "three hundred", "Tausende", "hundreds of".
fn words_at(doc: &Document, i: usize) -> Option<Numeral> {
    let lower = doc.lower(i);
    // A capitalised number word inside a sentence is a noun ("die Elf"), except vague amounts.
    let capital_ok = doc.starts_sentence(i) || !doc.is_capitalized(i);
    if let Some((n, m)) = units::vague_at(doc.lang, doc.lowers(), i) {
        if m.kind == MagnitudeKind::Vague {
            let mut last = i + n - 1;
            if doc.lower(last + 1) == "of" || doc.lower(last + 1) == "von" {
                last += 1;
            }
            let (lo, hi) = (2.0 * m.factor, 10.0 * m.factor - 1.0);
            return Some(Numeral {
                first: i,
                last,
                value: lo,
                bounds: Some((lo, hi)),
                unit: None,
                scaled: true,
            });
        }
    }
    // "die Hälfte" ("ein Drittel" is read from its article, see `article_count`).
    if let Some(w) = number_words::word(doc.lang, lower) {
        let after_article = i > 0 && matches!(doc.lower(i - 1), "die" | "der");
        if w.part == number_words::Part::Fraction && w.value == 0.5 && after_article {
            return Some(Numeral {
                first: i - 1,
                last: i,
                value: 0.5,
                bounds: None,
                unit: None,
                scaled: false,
            });
        }
    }
    if !capital_ok {
        return None;
    }
    let (value, last) = match doc.lang {
        Language::De => {
            if is_article(doc.lang, lower) {
                return article_count(doc, i);
            }
            let value = number_words::parse_german(lower)
                .or_else(|| duration_adjective(lower).map(|(v, _)| v))?;
            (value, i)
        }
        Language::En => {
            if is_article(doc.lang, lower) {
                return article_count(doc, i);
            }
            let mut last = i;
            while continues_english_number(doc, last + 1) {
                last += 1;
            }
            let words: Vec<&str> = (i..=last).map(|k| doc.word(k)).collect();
            (number_words::parse_english(&words)?, last)
        }
    };
    let unit = duration_adjective(lower).map(|(_, u)| u);
    Some(Numeral {
        first: i,
        last,
        value,
        bounds: None,
        unit,
        scaled: false,
    })
}

/// Does token `i` continue a run of English number words ("three hundred and five")?
fn continues_english_number(doc: &Document, i: usize) -> bool {
    let is_number_word = |k: usize| {
        doc.is_word(k)
            && !is_article(doc.lang, doc.lower(k))
            && number_words::word(doc.lang, doc.lower(k)).is_some()
    };
    is_number_word(i) || (doc.is_word(i) && doc.lower(i) == "and" && is_number_word(i + 1))
}

/// "ein", "eine", "a", "an", "one": a count only before a scale or a dozen ("eine Million",
/// "a dozen"); otherwise the article, which is never a figure.
fn is_article(lang: Language, lower: &str) -> bool {
    match lang {
        Language::De => matches!(
            lower,
            "ein" | "eine" | "einen" | "einem" | "einer" | "eines" | "eins"
        ),
        Language::En => matches!(lower, "a" | "an" | "one"),
    }
}

fn article_count(doc: &Document, i: usize) -> Option<Numeral> {
    let next = i + 1;
    if next >= doc.tokens.len() {
        return None;
    }
    if let Some((n, m)) = units::scale_at(doc.lang, doc.lowers(), next) {
        if m.kind == MagnitudeKind::Scale && !matches!(doc.lower(next), "k" | "m" | "b") {
            return Some(Numeral {
                first: i,
                last: i + n,
                value: m.factor,
                bounds: None,
                unit: None,
                scaled: true,
            });
        }
    }
    let w = number_words::word(doc.lang, doc.lower(next))?;
    match w.part {
        number_words::Part::Dozen
        | number_words::Part::Hundred
        | number_words::Part::Thousand
        | number_words::Part::Fraction => Some(Numeral {
            first: i,
            last: next,
            value: w.value,
            bounds: None,
            unit: None,
            scaled: false,
        }),
        _ => None,
    }
}

/// German adjectives of duration: "dreitägigen" (three days), "zweiwöchige" (two weeks).
fn duration_adjective(lower: &str) -> Option<(f64, Unit)> {
    const STEMS: &[(&str, f64)] = &[
        ("tägig", 86_400.0),
        ("wöchig", 604_800.0),
        ("stündig", 3_600.0),
        ("monatig", 2_629_800.0),
        ("minütig", 60.0),
    ];
    STEMS.iter().find_map(|&(stem, factor)| {
        let at = lower.find(stem)?;
        let value = number_words::parse_german(&lower[..at])?;
        Some((
            value,
            Unit {
                base: "s",
                factor,
                dimension: "time",
            },
        ))
    })
}

/// "16 bis 17 Milliarden", "40 to 50", "zwischen 40 und 50": the range that `num` begins.
fn range_after(doc: &Document, num: &Numeral) -> Option<Numeral> {
    let link = num.last + 1;
    if link + 1 >= doc.tokens.len() || !doc.same_sentence(num.last, link + 1) {
        return None;
    }
    let word = doc.lower(link);
    let between = doc.lower(num.first.saturating_sub(1));
    let linked = match word {
        "bis" | "to" | "–" | "—" => true,
        "-" => !doc.tokens[link].space_before || doc.tokens[link + 1].space_before,
        "und" => between == "zwischen",
        "and" => between == "between",
        _ => false,
    };
    if !linked || doc.lower(link + 1) == "zu" {
        return None;
    }
    let second = numeral_at(doc, link + 1)?;
    if second.bounds.is_some() {
        return None;
    }
    let mut low = num.value;
    // "16 bis 17 Milliarden": the scale after the second number applies to the first.
    if second.scaled && !num.scaled && second.value / 1000.0 > low {
        let factor = second.value
            / numerals::parse_digits(doc.word(second.first), doc.lang).unwrap_or(second.value);
        low *= factor;
    }
    if second.value <= low {
        return None;
    }
    Some(Numeral {
        first: num.first,
        last: second.last,
        value: (low + second.value) / 2.0,
        bounds: Some((low, second.value)),
        unit: second.unit.or_else(|| num.unit.clone()),
        scaled: second.scaled,
    })
}

#[cfg(test)]
mod tests;
