//! Figures: every quantity an article states, with its hedge, unit and counted noun.
//!
//! The finder walks the tokens once. At each numeral (digits, number words, vague amounts) it
//! reads outward: a range partner, a unit, the counted noun after it, the hedge before it, and
//! asks [`quiet`] whether the context makes it a date, a time, an age or a reference instead.

pub mod counted;
pub mod hedges;
pub mod number_words;
mod numeral_mode;
pub mod numerals;
pub mod quiet;
pub mod read;
pub mod units;

pub use numeral_mode::{numerals_in, Numeral};

use crate::report::Hedge;
use crate::text::{Document, TokenKind};
use read::{Mode, Reading};
use units::Unit;

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
    let mut num = numeral_at(doc, i).or_else(|| article_with_unit(doc, i))?;
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
    // A currency sign before the number, on the same line: "$5 billion", "€ 1,2 Mio.", "US$ 15".
    // Only money is written so; a "%" before a number belongs to what came before.
    let mut unit = num.unit.clone();
    if unit.is_none() && num.first > 0 && !doc.tokens[num.first].newline_before {
        if let Some((n, u)) = units::unit_before(doc.lang, doc.lowers(), num.first) {
            let sign = num.first - 1;
            let written = doc.kind(sign) == TokenKind::Punct
                || crate::text::words::is_acronym(doc.word(sign));
            if written && u.dimension == "money" && doc.same_sentence(num.first - n, num.first) {
                unit = Some(u);
                start = start.min(num.first - n);
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
    let mut value = num.value;
    // "4,18m^2", "12 m³": a length squared or cubed.
    if let Some(u) = unit.as_mut().filter(|u| u.dimension == "length") {
        if let Some((power, last)) = units::power_after(doc, end + 1) {
            *u = u.raised(power);
            end = last;
        }
    }
    if let Some(u) = unit.take() {
        let sentence = &doc.lowers()[doc.sentence_tokens(num.first)];
        let u = units::in_context(doc.lang, u, sentence);
        // "zwei Euro und fünfzig Cent", "15 Dollar 50.": the cents after a currency.
        if u.dimension == "money" && num.bounds.is_none() {
            if let Some((cents, last)) = cents_after(doc, end + 1) {
                value += cents / 100.0;
                end = last;
            }
        }
        unit = Some(u);
    }
    let time_unit = unit.as_ref().is_some_and(|u| u.dimension == "time");
    if quiet::check(doc, num.first, num.last, value, time_unit).is_some() {
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
        None => hedges::interval(hedge, value),
    };
    // "1,000 or more people", "50 Soldaten und mehr": a hedge after the number or its noun.
    let open = hedge == Hedge::Exact && num.bounds.is_none();
    let (mut hedge, mut low, mut high) = (hedge, low, high);
    let mut post_hedged = false;
    if let Some((n, h)) = post_hedge(doc, end).filter(|_| open) {
        (hedge, post_hedged) = (h, true);
        (low, high) = hedges::interval(h, value);
        end += n;
    }
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
        // Earlier figures are in text order with their heads before `num`, so those of this
        // sentence are the last ones: the look-back stops at the sentence start, which keeps a
        // long run of figures without counted nouns linear.
        None => match earlier
            .iter()
            .rev()
            .take_while(|f| doc.same_sentence(f.head, num.first))
            .find(|f| f.counted.is_some())
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
    let mut last = last;
    if open && !post_hedged && last > end {
        if let Some((n, h)) = post_hedge(doc, last) {
            hedge = h;
            (low, high) = hedges::interval(h, value);
            last += n;
        }
    }
    let factor = unit.as_ref().map_or(1.0, |u| u.factor);
    Some(FigureMention {
        first: start,
        last,
        value,
        low,
        high,
        hedge,
        amount: value * factor,
        unit,
        counted: counted_text,
        concept,
        head,
        elliptic,
    })
}

/// The numeral that starts at token `i`, as the news finder reads it.
fn numeral_at(doc: &Document, i: usize) -> Option<Reading> {
    read::reading_at(doc, i, Mode::News)
}

/// A hedge right after token `last` in its sentence ("oder mehr"), with its length.
fn post_hedge(doc: &Document, last: usize) -> Option<(usize, Hedge)> {
    let (n, h) = hedges::after(doc.lang, doc.lowers(), last + 1)?;
    doc.same_sentence(last, last + n).then_some((n, h))
}

/// The cents after an amount of money: "und fünfzig Cent", "and 15 cents", or a bare two-digit
/// number ending the sentence ("15 Dollar 50."). Returns the cents and the last token read.
fn cents_after(doc: &Document, from: usize) -> Option<(f64, usize)> {
    let mut k = from;
    if matches!(doc.lower(k), "und" | "and") {
        k += 1;
    }
    if k >= doc.tokens.len() || !doc.same_sentence(from.checked_sub(1)?, k) {
        return None;
    }
    let r = read::reading_at(doc, k, Mode::News)?;
    if r.bounds.is_some() || r.value.fract() != 0.0 || !(1.0..100.0).contains(&r.value) {
        return None;
    }
    let after = r.last + 1;
    if let Some((n, u)) = units::unit_at(doc.lang, doc.lowers(), after) {
        return (u.base == "cent").then_some((r.value, after + n - 1));
    }
    let sentence_ends = matches!(doc.word(after), "." | "!" | "?")
        && doc
            .tokens
            .get(after + 1)
            .is_none_or(|t| !doc.same_sentence(after, after + 1) || t.newline_before);
    (sentence_ends && doc.kind(r.first) == TokenKind::Number).then_some((r.value, r.last))
}

/// "ein Prozent", "einen Euro", "eine Tonne": the article before a unit counts one. A span of
/// time is left out ("ein Jahr später" is a point in time, "seit einem Jahr" no amount).
fn article_with_unit(doc: &Document, i: usize) -> Option<Reading> {
    if !doc.is_word(i) || !read::is_article(doc.lang, doc.lower(i)) {
        return None;
    }
    let (n, unit) = units::unit_at(doc.lang, doc.lowers(), i + 1)?;
    if unit.dimension == "time" || !doc.same_sentence(i, i + n) {
        return None;
    }
    Some(Reading {
        first: i,
        last: i,
        value: 1.0,
        bounds: None,
        unit: None,
        scaled: false,
    })
}

/// "16 bis 17 Milliarden", "40 to 50", "zwischen 40 und 50": the range that `num` begins.
fn range_after(doc: &Document, num: &Reading) -> Option<Reading> {
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
    Some(Reading {
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
