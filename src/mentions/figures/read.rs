//! Reading one numeral at a token: digits with their grouping ("10.000", "10 000"), number words
//! across tokens ("zwei Millionen dreihunderttausend", "three hundred and five"), scale words,
//! fractions ("zwei Drittel", "drei halbe"), dozens, decimals written as words ("zwei Komma
//! drei", "two point five") and a sign ("minus 5", "-3,2"). Ranges and vague amounts are read by
//! the finder around this, since they join two readings or stand for an interval.

use std::sync::LazyLock;

use super::number_words::{self, Part, Sum, Word};
use super::numerals;
use super::units::{self, MagnitudeKind, Unit};
use crate::lexicon;
use crate::report::Language;
use crate::text::fxhash::FxHashSet;
use crate::text::{Document, TokenKind};

/// The first three letters of every word that can begin a numeral (number words, vague amounts,
/// articles, signs), from the tables: most words of a text are turned away by one lookup before
/// any grammar runs, which keeps the finder fast.
static STARTS: LazyLock<[FxHashSet<[char; 3]>; 2]> = LazyLock::new(|| {
    let mut sets = [FxHashSet::default(), FxHashSet::default()];
    let words = lexicon::rows(lexicon::NUMBER_WORDS)
        .chain(lexicon::rows(lexicon::MAGNITUDES))
        .map(|row| (row[0], row[1].to_lowercase()));
    let extra = [
        ("de", "ein eine einen einem einer eines anderthalb"),
        ("en", "a an one point"),
    ];
    let extra = extra
        .iter()
        .flat_map(|(lang, list)| list.split(' ').map(move |w| (*lang, w.to_string())));
    for (lang, word) in words.chain(extra) {
        for &l in lexicon::languages(lang) {
            sets[l as usize].insert(first_three(&word));
        }
    }
    sets
});

/// Three letters tell "für" from "fünf" and "mit" from "Mio.", two do not.
fn first_three(lower: &str) -> [char; 3] {
    let mut chars = lower.chars();
    let mut next = || chars.next().unwrap_or(' ');
    [next(), next(), next()]
}

/// Can a numeral begin with this (lower-case) word?
fn may_begin(lang: Language, lower: &str) -> bool {
    STARTS[lang as usize].contains(&first_three(lower))
}

/// Which numerals a caller wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The news finder: "eins", "one", "zero" standing alone and "half" at the start are no
    /// figures of a story.
    News,
    /// Every numeral the text writes, as number recognisers count them (the article still is not
    /// one).
    Numeral,
}

/// A numeral: tokens `first..=last` and the value or interval they name.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// Explicit bounds, for ranges and vague amounts ("Tausende").
    pub bounds: Option<(f64, f64)>,
    pub unit: Option<Unit>,
    /// A scale word was read ("Millionen"), which a range partner may share.
    pub scaled: bool,
}

impl Reading {
    fn plain(first: usize, last: usize, value: f64) -> Self {
        Reading {
            first,
            last,
            value,
            bounds: None,
            unit: None,
            scaled: false,
        }
    }
}

/// The numeral that starts at token `i`.
pub fn reading_at(doc: &Document, i: usize, mode: Mode) -> Option<Reading> {
    // "1.1^99999" or four hundred digits overflow to infinity: no number anyone can compare.
    signed_at(doc, i, mode).filter(|r| {
        r.value.is_finite() && r.bounds.is_none_or(|(a, b)| a.is_finite() && b.is_finite())
    })
}

fn signed_at(doc: &Document, i: usize, mode: Mode) -> Option<Reading> {
    match doc.kind(i) {
        TokenKind::Word if !may_begin(doc.lang, doc.lower(i)) => return None,
        // Only a sign, a leading decimal mark or a fraction sign can begin a numeral.
        TokenKind::Punct if doc.word(i).is_ascii() && !matches!(doc.word(i), "-" | "." | ",") => {
            return None
        }
        _ => {}
    }
    let sign = after_sign(doc, i).or_else(|| {
        // "- 1.200.000" as a whole input: a sign, when numerals are asked for.
        let spaced = i == 0 && mode == Mode::Numeral && matches!(doc.word(0), "-" | "\u{2212}");
        spaced.then_some(1)
    });
    if let Some(number) = sign {
        let mut r = unsigned_at(doc, number, mode)?;
        if r.bounds.is_some() {
            return None;
        }
        r.first = i;
        r.value = -r.value;
        return Some(r);
    }
    unsigned_at(doc, i, mode)
}

fn unsigned_at(doc: &Document, i: usize, mode: Mode) -> Option<Reading> {
    match doc.kind(i) {
        TokenKind::NumberWord => match times_power(doc, i) {
            Some((mantissa, exponent, end)) => {
                Some(Reading::plain(i, end, mantissa * 10f64.powi(exponent)))
            }
            None => glued_at(doc, i, mode),
        },
        TokenKind::Word => {
            if let Some(r) = vague_at(doc, i).or_else(|| half_noun_at(doc, i)) {
                return Some(r);
            }
            if let Some(r) = word_with_unit(doc, i) {
                return Some(r);
            }
            if let Some((value, unit)) = duration_adjective(doc.lang, doc.lower(i)) {
                let mut r = Reading::plain(i, i, value);
                r.unit = Some(unit);
                return Some(r);
            }
            run_at(doc, i, mode)
        }
        TokenKind::Number | TokenKind::Punct => run_at(doc, i, mode),
    }
}

/// "minus 5", "negativ 1200", "-3,2": the token of the number after a sign at `i`.
fn after_sign(doc: &Document, i: usize) -> Option<usize> {
    let next = i + 1;
    let t = doc.tokens.get(next)?;
    if doc.kind(i) == TokenKind::Word {
        let negative = number_words::word(doc.lang, doc.lower(i))
            .is_some_and(|w| w.part == Part::Negative && !doc.is_capitalized(i))
            || (doc.starts_sentence(i)
                && number_words::word(doc.lang, doc.lower(i))
                    .is_some_and(|w| w.part == Part::Negative));
        return negative.then_some(next);
    }
    // A minus glued to the number and set off before it: " -5", "(-3,2 %)".
    let dash = matches!(doc.word(i), "-" | "\u{2212}");
    let set_off = i == 0 || doc.tokens[i].space_before || doc.word(i - 1) == "(";
    let glued = !t.space_before && matches!(t.kind, TokenKind::Number | TokenKind::NumberWord);
    (dash && set_off && glued).then_some(next)
}

/// Reads number parts from token `i` on, as far as they make one number.
fn run_at(doc: &Document, i: usize, mode: Mode) -> Option<Reading> {
    let lang = doc.lang;
    let mut sum = match lang {
        Language::De => Sum::default(),
        Language::En => Sum::english(),
    };
    let mut k = i;
    let mut last: Option<usize> = None;
    let mut scaled = false;
    let mut unit = None;
    let mut article = false;
    // Something beyond a leading article was read: "ein" alone is never a number.
    let mut more = false;
    while k < doc.tokens.len() && doc.same_sentence(i, k) {
        let lower = doc.lower(k);
        match doc.kind(k) {
            TokenKind::Number => {
                let Some((value, end)) = digits_value(doc, k) else {
                    break;
                };
                // Digits only begin a number or follow a hundred or a scale ("4 thousand 3").
                let follows_scale =
                    matches!(sum.last, Some(Part::Hundred | Part::Thousand | Part::Scale));
                if last.is_some() && !follows_scale {
                    break;
                }
                if follows_scale
                    && !continues_with_words(doc, end + 1)
                    && sum.last != Some(Part::Hundred)
                {
                    break;
                }
                if sum
                    .push(Word {
                        value,
                        part: Part::Value,
                    })
                    .is_none()
                {
                    break;
                }
                more = true;
                last = Some(end);
                k = end + 1;
                // A vulgar fraction glued to the digits ("2½") or a fraction after them ("2 1/4").
                if let Some(f) = vulgar(doc, k).filter(|_| !doc.tokens[k].space_before) {
                    sum.add_decimal(f);
                    last = Some(k);
                    k += 1;
                } else if let Some(f) = proper_fraction(doc, k).filter(|_| value.fract() == 0.0) {
                    sum.add_decimal(f);
                    last = Some(k);
                    k += 1;
                }
                // "1.1^23", "2.5^-1": a power.
                if let Some((exponent, end)) = power_after(doc, k) {
                    let base = sum.value();
                    sum = Sum::default();
                    sum.push(Word {
                        value: base.powi(exponent),
                        part: Part::Value,
                    })?;
                    last = Some(end);
                    k = end + 1;
                }
            }
            TokenKind::NumberWord if last.is_none() => {
                let r = glued_at(doc, k, mode)?;
                if r.bounds.is_some() {
                    return Some(r);
                }
                sum.push(Word {
                    value: r.value,
                    part: Part::Value,
                })?;
                more = true;
                scaled = r.scaled;
                unit = r.unit;
                last = Some(k);
                k += 1;
                if unit.is_some() {
                    break;
                }
            }
            TokenKind::Punct => {
                if last.is_none() {
                    if let Some(f) = vulgar(doc, k) {
                        sum.add_decimal(f);
                        last = Some(k);
                        more = true;
                        k += 1;
                        continue;
                    }
                    // ".77", ",77": a decimal without its leading zero (",0012G").
                    if let Some(value) = leading_decimal(doc, k, mode) {
                        sum.push(Word {
                            value,
                            part: Part::Value,
                        })?;
                        more = true;
                        last = Some(k + 1);
                        k += 2;
                        continue;
                    }
                    return None;
                }
                // "fifty - two": a spaced hyphen between English number words.
                let after = word_part(doc, k + 1, false).map(|w| w.part);
                if lang == Language::En
                    && lower == "-"
                    && (sum.last == Some(Part::Ten) && after.is_some()
                        || after == Some(Part::Fraction))
                {
                    k += 1;
                    continue;
                }
                break;
            }
            TokenKind::Word | TokenKind::NumberWord => {
                if last.is_none() && is_article(lang, lower) {
                    let numeral_one = lang == Language::En
                        && lower == "one"
                        && mode == Mode::Numeral
                        && !is_pronoun_one(doc, k);
                    article = !numeral_one;
                    sum.push(Word {
                        value: 1.0,
                        part: Part::Unit,
                    })?;
                    last = Some(k);
                    k += 1;
                    continue;
                }
                if last.is_some() {
                    if let Some((n, m)) = units::scale_at(lang, doc.lowers(), k) {
                        if m.kind == MagnitudeKind::Scale
                            && (lang == Language::En || !is_single_letter(lower))
                        {
                            if sum
                                .push(Word {
                                    value: m.factor,
                                    part: Part::Scale,
                                })
                                .is_none()
                            {
                                break;
                            }
                            scaled = true;
                            more = true;
                            k += n;
                            last = Some(k - 1);
                            continue;
                        }
                    }
                    if let Some(n) = cased_scale(doc, k).filter(|_| mode == Mode::Numeral) {
                        if sum
                            .push(Word {
                                value: n,
                                part: Part::Scale,
                            })
                            .is_none()
                        {
                            break;
                        }
                        scaled = true;
                        more = true;
                        k += 1;
                        last = Some(k - 1);
                        continue;
                    }
                }
                // "three hundred and five", "two thousand and twelve".
                if lang == Language::En
                    && lower == "and"
                    && matches!(sum.last, Some(Part::Hundred | Part::Thousand | Part::Scale))
                    && (word_part(doc, k + 1, false).is_some_and(|w| w.part != Part::Fraction)
                        || doc.kind(k + 1) == TokenKind::Number)
                    && (!is_article(lang, doc.lower(k + 1)) || doc.lower(k + 1) == "one")
                    && !unit_over_fraction(doc, k + 1)
                    && !(sum.last == Some(Part::Hundred) && doc.lower(k + 2) == "hundred")
                {
                    k += 1;
                    continue;
                }
                // "zwei Komma drei", "two point five", "point 77".
                if matches!(lower, "komma" | "point") && sum.last != Some(Part::Fraction) {
                    if let Some((fraction, end)) = decimal_words(doc, k + 1) {
                        if last.is_none() && lang == Language::De {
                            break;
                        }
                        sum.add_decimal(fraction);
                        if sum.last.is_none() {
                            sum.push(Word {
                                value: 0.0,
                                part: Part::Value,
                            })?;
                        }
                        more = true;
                        last = Some(end);
                        k = end + 1;
                        continue;
                    }
                    break;
                }
                // "two thirds of a million".
                if sum.last == Some(Part::Fraction)
                    && lower == "of"
                    && matches!(doc.lower(k + 1), "a" | "an")
                    && units::scale_at(lang, doc.lowers(), k + 2).is_some()
                {
                    k += 2;
                    continue;
                }
                // "half a dozen", "half a million": the article after a leading fraction.
                if sum.last == Some(Part::Fraction)
                    && last == Some(i)
                    && matches!(lower, "a" | "an")
                {
                    k += 1;
                    continue;
                }
                let Some(w) = word_part(doc, k, last.is_none()) else {
                    break;
                };
                if !word_allowed(doc, k, w, last.is_none(), mode) {
                    break;
                }
                if !push_word(doc, k, &mut sum) {
                    break;
                }
                more = true;
                last = Some(k);
                k += 1;
                // "a dozen of", "a couple of".
                if mode == Mode::Numeral
                    && matches!(w.part, Part::Dozen | Part::Pair)
                    && doc.lower(k) == "of"
                {
                    last = Some(k);
                    k += 1;
                }
            }
        }
    }
    let mut last = last?;
    if sum.last == Some(Part::Zero) && mode == Mode::News {
        return None;
    }
    // A lone "eins" or "one" is no figure of a story.
    if mode == Mode::News && last == i && matches!(lang, Language::De) && doc.lower(i) == "eins" {
        return None;
    }
    if mode == Mode::News && sum.last == Some(Part::Pair) {
        return None;
    }
    let mut value = sum.value();
    // "fünf und drei Viertel Milliarde", "one and a half", "3 million and a half".
    if let Some((extra, own_scale, end)) = and_fraction(doc, last + 1) {
        let scale = sum.scale_read();
        value = match (own_scale, scale > 0.0) {
            (Some(s), false) => (value + extra) * s,
            (Some(s), true) => value + extra * s,
            (None, true) => value + extra * scale,
            (None, false) => value + extra,
        };
        scaled |= own_scale.is_some();
        last = end;
        more = true;
    }
    if article && !more {
        return None;
    }
    // "a half measure", "a quarter final": in English news an article and a fraction count only
    // as a part of something ("a third of the budget").
    let bare_fraction = article && last == i + 1 && sum.last == Some(Part::Fraction);
    if mode == Mode::News && lang == Language::En && bare_fraction && doc.lower(last + 1) != "of" {
        return None;
    }
    Some(Reading {
        first: i,
        last,
        value,
        bounds: None,
        unit,
        scaled: scaled || sum.scale_read() >= 1e6,
    })
}

/// Pushes the number word at `k` (an English hyphenated word part by part); false if it does not fit.
fn push_word(doc: &Document, k: usize, sum: &mut Sum) -> bool {
    let lower = doc.lower(k);
    let before = *sum;
    let ok = match doc.lang {
        Language::De => match single_word(doc.lang, lower) {
            Some(w) => sum.push(w).is_some(),
            None => number_words::parse_german(lower).is_some_and(|v| {
                sum.push(Word {
                    value: v,
                    part: Part::Value,
                })
                .is_some()
            }),
        },
        Language::En => lower
            .split('-')
            .all(|piece| single_word(doc.lang, piece).is_some_and(|w| sum.push(w).is_some())),
    };
    if !ok {
        *sum = before;
    }
    ok
}

/// The part a table word plays as a token of its own: "halbe" after a number is a fraction.
fn single_word(lang: Language, lower: &str) -> Option<Word> {
    let mut w = number_words::word(lang, lower)?;
    if w.part == Part::Half {
        w.part = Part::Fraction;
    }
    (w.part != Part::Negative).then_some(w)
}

/// The number word at `k` as a part, if it is one; `first` asks whether it may begin a number.
fn word_part(doc: &Document, k: usize, first: bool) -> Option<Word> {
    if !doc.is_word(k) {
        return None;
    }
    let lower = doc.lower(k);
    if is_article(doc.lang, lower) && !(doc.lang == Language::En && lower == "one") {
        return None;
    }
    match doc.lang {
        Language::De => single_word(doc.lang, lower).or_else(|| {
            number_words::parse_german(lower).map(|value| Word {
                value,
                part: Part::Value,
            })
        }),
        Language::En => {
            let mut pieces = lower.split('-');
            let w = single_word(doc.lang, pieces.next()?)?;
            let rest_ok = pieces.all(|p| single_word(doc.lang, p).is_some());
            (rest_ok && !(first && w.part == Part::Scale)).then_some(w)
        }
    }
}

/// Whether a number word may stand here: German capitalises nouns, so "die Elf" and "Claudia
/// Tausend" are no numbers, while "zwei Drittel" and a sentence start are.
fn word_allowed(doc: &Document, k: usize, w: Word, first: bool, mode: Mode) -> bool {
    if first {
        if matches!(w.part, Part::Dozen | Part::Pair) {
            return false;
        }
        if w.part == Part::Fraction {
            // "half a million" in any text; "half" alone only when numerals are asked for.
            let english_half =
                doc.lang == Language::En && matches!(doc.lower(k), "half" | "quarter");
            let scale_follows = units::scale_at(doc.lang, doc.lowers(), k + 1).is_some()
                || matches!(doc.lower(k + 1), "a" | "an");
            return english_half && (mode == Mode::Numeral || scale_follows);
        }
    }
    let capital_ok = match (doc.lang, mode) {
        (Language::En, Mode::Numeral) => true,
        _ => doc.starts_sentence(k) || !doc.is_capitalized(k),
    };
    capital_ok || (!first && matches!(w.part, Part::Fraction | Part::Dozen | Part::Hundred))
}

/// Does a number word follow at `k` ("4 thousand 3 hundred")?
fn continues_with_words(doc: &Document, k: usize) -> bool {
    matches!(
        word_part(doc, k, false).map(|w| w.part),
        Some(Part::Hundred | Part::Thousand | Part::Scale)
    ) || units::scale_at(doc.lang, doc.lowers(), k).is_some()
}

/// The value of a digit token and any space-separated groups after it ("10 000", "1 234 567,89").
fn digits_value(doc: &Document, i: usize) -> Option<(f64, usize)> {
    let text = doc.word(i);
    if let Some((a, b)) = text.split_once('/') {
        // "1/2": a fraction; dates with slashes are left to the quiet rules.
        return match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(a), Ok(b)) if b > 0.0 && a.fract() == 0.0 && b <= 100.0 => Some((a / b, i)),
            _ => None,
        };
    }
    if text.contains(':') || numerals::looks_like_date(text) {
        return None;
    }
    let mut value = numerals::parse_digits(text, doc.lang)?;
    let mut last = i;
    let decimal = match doc.lang {
        Language::De => ',',
        Language::En => '.',
    };
    while text.len() <= 3 && value.fract() == 0.0 && doc.word(last).len() <= 3 {
        let Some(t) = doc.tokens.get(last + 1) else {
            break;
        };
        if t.kind != TokenKind::Number {
            break;
        }
        let group = t.text(doc.text);
        let (Some(head), Some(tail)) = (group.get(..3), group.get(3..)) else {
            break;
        };
        let is_group = head.len() == 3
            && head.bytes().all(|b| b.is_ascii_digit())
            && (tail.is_empty()
                || (tail.starts_with(decimal) && tail[1..].bytes().all(|b| b.is_ascii_digit())))
            && is_group_space(&doc.text[doc.tokens[last].end..t.start]);
        if !is_group {
            break;
        }
        last += 1;
        value = value * 1000.0 + numerals::parse_digits(group, doc.lang)?;
        if !tail.is_empty() {
            break;
        }
    }
    Some((value, last))
}

fn is_group_space(between: &str) -> bool {
    matches!(between, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// "1/4" after a whole number: the fraction of a mixed number ("2 1/4").
fn proper_fraction(doc: &Document, k: usize) -> Option<f64> {
    let (a, b) = doc.word(k).split_once('/')?;
    let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
    (doc.kind(k) == TokenKind::Number && a < b && b <= 100).then(|| f64::from(a) / f64::from(b))
}

/// "1.3x10^6", "6.23×10^-4", "12.32e+14" from token `k`: the mantissa, the exponent and the
/// last token.
fn times_power(doc: &Document, k: usize) -> Option<(f64, i32, usize)> {
    let text = doc.word(k);
    if let Some(mantissa) = text.strip_suffix(['e', 'E']) {
        let (exponent, end) = exponent_at(doc, k + 1)?;
        return Some((numerals::parse_digits(mantissa, doc.lang)?, exponent, end));
    }
    let mantissa = text
        .strip_suffix("x10")
        .or_else(|| text.strip_suffix("×10"))?;
    let mantissa = numerals::parse_digits(mantissa, doc.lang)?;
    let (exponent, end) = power_after(doc, k + 1)?;
    Some((mantissa, exponent, end))
}

/// "^23", "^-1", "^+23" glued after digits: the exponent and the last token.
fn power_after(doc: &Document, k: usize) -> Option<(i32, usize)> {
    let glued = doc.tokens.get(k).is_some_and(|t| !t.space_before);
    if doc.word(k) != "^" || !glued {
        return None;
    }
    exponent_at(doc, k + 1)
}

/// A signed exponent glued on at `k` ("+14", "-1", "--23"): its value and last token.
fn exponent_at(doc: &Document, k: usize) -> Option<(i32, usize)> {
    let glued = |i: usize| doc.tokens.get(i).is_some_and(|t| !t.space_before);
    let mut i = k;
    let mut negative = false;
    while matches!(doc.word(i), "-" | "+") && glued(i) {
        negative ^= doc.word(i) == "-";
        i += 1;
    }
    let exponent: i32 = doc.word(i).parse().ok().filter(|_| glued(i))?;
    Some((if negative { -exponent } else { exponent }, i))
}

/// ".77" or ",77" set off before: a decimal written without its zero, perhaps with a scale
/// glued to it (",0012G").
fn leading_decimal(doc: &Document, k: usize, mode: Mode) -> Option<f64> {
    let mark = match doc.lang {
        Language::De => ",",
        Language::En => ".",
    };
    let next = doc.tokens.get(k + 1)?;
    let text = next.text(doc.text);
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, suffix) = text.split_at(split);
    let set_off = k == 0 || doc.tokens[k].space_before || matches!(doc.word(k - 1), "-" | "(");
    if doc.word(k) != mark || !set_off || next.space_before || digits.is_empty() {
        return None;
    }
    let value: f64 = format!("0.{digits}").parse().ok()?;
    if suffix.is_empty() {
        return Some(value);
    }
    let factor = units::cased_scale(suffix)
        .filter(|_| mode == Mode::Numeral)
        .or_else(|| units::glued_suffix(doc.lang, suffix).and_then(|(m, _)| m.map(|m| m.factor)))?;
    Some(value * factor)
}

/// A vulgar fraction sign ("½", "¾") at `k`.
fn vulgar(doc: &Document, k: usize) -> Option<f64> {
    let sign = doc.word(k);
    if doc.kind(k) != TokenKind::Punct || sign.is_ascii() {
        return None;
    }
    number_words::vulgar_fraction(sign)
}

/// The digits after "Komma"/"point", as the fraction they write: "fünfzehn" → 0.15,
/// "zero three" → 0.03, "seventy-one" → 0.71.
fn decimal_words(doc: &Document, from: usize) -> Option<(f64, usize)> {
    if doc.kind(from) == TokenKind::Number {
        let digits = doc.word(from);
        if digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some((format!("0.{digits}").parse().ok()?, from));
        }
        return None;
    }
    let mut digits = String::new();
    let mut k = from;
    let mut last = None;
    let mut previous_ten = false;
    while doc.is_word(k) && doc.same_sentence(from, k) {
        let lower = doc.lower(k);
        let value = match doc.lang {
            Language::De => number_words::parse_german(lower),
            Language::En => number_words::parse_english(&[lower]),
        };
        let Some(value) = value.filter(|v| v.fract() == 0.0 && *v < 100.0) else {
            break;
        };
        if is_article(doc.lang, lower) && lower != "one" {
            break;
        }
        let n = value as u32;
        if previous_ten && n < 10 && digits.ends_with('0') {
            digits.pop();
        }
        digits.push_str(&n.to_string());
        previous_ten = n >= 20 && n.is_multiple_of(10);
        last = Some(k);
        k += 1;
    }
    let last = last?;
    Some((format!("0.{digits}").parse().ok()?, last))
}

/// "und drei Viertel", "and a half", "and two thirds million" after a number: the fraction added,
/// the scale it carries and its last token.
fn and_fraction(doc: &Document, k: usize) -> Option<(f64, Option<f64>, usize)> {
    if !matches!(doc.lower(k), "und" | "and") || !doc.same_sentence(k.checked_sub(1)?, k) {
        return None;
    }
    let numerator_at = k + 1;
    let lower = doc.lower(numerator_at);
    let numerator = if is_article(doc.lang, lower) && lower != "one" {
        1.0
    } else {
        match word_part(doc, numerator_at, true)? {
            w if matches!(w.part, Part::Unit | Part::Teen | Part::Ten | Part::Value) => {
                match doc.lang {
                    Language::En => number_words::parse_english(&[lower])?,
                    Language::De => w.value,
                }
            }
            _ => return None,
        }
    };
    let fraction_at = numerator_at + 1;
    let w = word_part(doc, fraction_at, false)?;
    if w.part != Part::Fraction {
        return None;
    }
    let mut end = fraction_at;
    let scale = units::scale_at(doc.lang, doc.lowers(), fraction_at + 1)
        .filter(|(_, m)| m.kind == MagnitudeKind::Scale)
        .map(|(n, m)| {
            end += n;
            m.factor
        });
    Some((numerator * w.value, scale, end))
}

/// "three quarters" at `k`: a one-digit numerator with its fraction, which "and" adds to the
/// number before rather than continuing it ("five billion and three quarters").
fn unit_over_fraction(doc: &Document, k: usize) -> bool {
    word_part(doc, k, false).is_some_and(|w| w.part == Part::Unit)
        && word_part(doc, k + 1, false).is_some_and(|w| w.part == Part::Fraction)
}

/// "G" and "M" written in capitals after digits: giga and mega ("1,674.5 G", "10G").
fn cased_scale(doc: &Document, k: usize) -> Option<f64> {
    units::cased_scale(doc.word(k))
}

fn is_single_letter(lower: &str) -> bool {
    lower.chars().count() == 1
}

/// "ein", "eine", "a", "an", "one": a count only before a scale, a dozen or a fraction
/// ("eine Million", "a dozen", "ein Drittel"); otherwise the article, which is never a figure.
pub fn is_article(lang: Language, lower: &str) -> bool {
    match lang {
        Language::De => matches!(
            lower,
            "ein" | "eine" | "einen" | "einem" | "einer" | "eines"
        ),
        Language::En => matches!(lower, "a" | "an" | "one"),
    }
}

/// "the one you mentioned", "which one": "one" as a pronoun after a determiner.
fn is_pronoun_one(doc: &Document, k: usize) -> bool {
    k > 0
        && (matches!(
            doc.lower(k - 1),
            "the"
                | "this"
                | "that"
                | "which"
                | "each"
                | "every"
                | "any"
                | "no"
                | "some"
                | "another"
        ) || matches!(doc.lower(k + 1), "another" | "of"))
}

/// "Tausende", "hundreds of": an open amount, from twice to ten times its magnitude.
fn vague_at(doc: &Document, i: usize) -> Option<Reading> {
    let (n, m) = units::vague_at(doc.lang, doc.lowers(), i)?;
    if m.kind != MagnitudeKind::Vague {
        return None;
    }
    let mut last = i + n - 1;
    if doc.lower(last + 1) == "of" || doc.lower(last + 1) == "von" {
        last += 1;
    }
    let (lo, hi) = (2.0 * m.factor, 10.0 * m.factor - 1.0);
    Some(Reading {
        first: i,
        last,
        value: lo,
        bounds: Some((lo, hi)),
        unit: None,
        scaled: true,
    })
}

/// "die Hälfte": half of something, read from its article.
fn half_noun_at(doc: &Document, i: usize) -> Option<Reading> {
    let w = number_words::word(doc.lang, doc.lower(i))?;
    let after_article = i > 0 && matches!(doc.lower(i - 1), "die" | "der");
    (w.part == Part::Fraction && w.value == 0.5 && after_article)
        .then(|| Reading::plain(i - 1, i, 0.5))
}

/// Digits glued to letters: "5bn", "10km", "12-Pfund", "1e10", or a range "40-50".
pub fn glued_at(doc: &Document, i: usize, mode: Mode) -> Option<Reading> {
    let text = doc.word(i);
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (digits, suffix) = text.split_at(split);
    let value = numerals::parse_digits(digits, doc.lang)?;
    if let Some(rest) = suffix.strip_prefix('-') {
        if let Some(high) = numerals::parse_digits(rest, doc.lang) {
            // "2024-11" is a date, "40-50" a range.
            if digits.len() == 4 || high <= value {
                return None;
            }
            return Some(Reading {
                first: i,
                last: i,
                value: (value + high) / 2.0,
                bounds: Some((value, high)),
                unit: None,
                scaled: false,
            });
        }
        // "12-Pfund", "700-Euro": a unit joined by a hyphen, and nothing after it.
        let (_, unit) = units::glued_suffix(doc.lang, rest)?;
        let mut r = Reading::plain(i, i, value);
        r.unit = Some(unit?);
        return Some(r);
    }
    // "1e10", "1.3e6": a power of ten.
    if let Some(exponent) = suffix
        .strip_prefix(['e', 'E'])
        .and_then(|e| e.parse::<i32>().ok())
    {
        return Some(Reading::plain(i, i, value * 10f64.powi(exponent)));
    }
    // "3M", "10G": mega and giga in numeral mode; in news "5G" is a network and "3M" a company.
    if let Some(factor) = units::cased_scale(suffix).filter(|_| mode == Mode::Numeral) {
        let mut r = Reading::plain(i, i, value * factor);
        r.scaled = true;
        return Some(r);
    }
    let (magnitude, unit) = units::glued_suffix(doc.lang, suffix)?;
    // A lone capital glued to digits names a thing ("5G", "3D"), not a unit: "5g" is grams.
    if magnitude.is_none() && suffix.chars().count() == 1 && suffix.chars().all(char::is_uppercase)
    {
        return None;
    }
    Some(Reading {
        first: i,
        last: i,
        value: value * magnitude.map_or(1.0, |m| m.factor),
        bounds: None,
        unit,
        scaled: magnitude.is_some(),
    })
}

/// "siebenhundert-Euro", "zwei-Prozent": a number word joined to a unit by a hyphen.
fn word_with_unit(doc: &Document, i: usize) -> Option<Reading> {
    let (number, unit) = doc.lower(i).rsplit_once('-')?;
    let value = match doc.lang {
        Language::De => number_words::parse_german(number)?,
        Language::En => number_words::parse_english(&[number])?,
    };
    let (None, Some(unit)) = units::glued_suffix(doc.lang, unit)? else {
        return None;
    };
    let mut r = Reading::plain(i, i, value);
    r.unit = Some(unit);
    Some(r)
}

/// German adjectives of duration: "dreitägigen" (three days), "zweiwöchige" (two weeks).
fn duration_adjective(lang: Language, lower: &str) -> Option<(f64, Unit)> {
    const STEMS: &[(&str, f64)] = &[
        ("tägig", 86_400.0),
        ("wöchig", 604_800.0),
        ("stündig", 3_600.0),
        ("monatig", 2_629_800.0),
        ("minütig", 60.0),
    ];
    if lang != Language::De || !lower.contains("ig") {
        return None;
    }
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
