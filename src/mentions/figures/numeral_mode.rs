//! Numeral mode: every number a text writes, the way number recognisers (Recognizers-Text,
//! Duckling) count them, for measuring the grammar against their test suites and for callers
//! that want numbers rather than figures of a story.
//!
//! It reads with the same grammar as the news finder ([`super::read`]) but keeps what the finder
//! deliberately drops: a standalone "eins", "one" or "zero", years, dates split into their
//! numbers, reference numbers. The indefinite article is still no number ("ein Vertrag", "a
//! treaty"), and a number that carries a unit ("180ml") is a measure, not a bare numeral.

use super::read::{self, Mode, Reading};
use crate::report::Language;
use crate::text::{Document, TokenKind};

/// One numeral: its byte range in the text and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
}

/// Every numeral in `text`, read as `lang`, in text order.
pub fn numerals_in(text: &str, lang: Language) -> Vec<Numeral> {
    let doc = Document::with_language("numerals", text, lang);
    let mut out: Vec<(usize, usize, f64)> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match read::reading_at(&doc, i, Mode::Numeral) {
            Some(r) => {
                push_reading(&doc, &r, &mut out);
                i = r.last.max(i) + 1;
            }
            None => {
                digit_runs(&doc, i, &mut out);
                i += 1;
            }
        }
    }
    let out = ratios(&doc, out);
    let out = restatements(&doc, out);
    out.into_iter()
        .map(|(first, last, value)| {
            let (start, end) = doc.span(first, last);
            Numeral { start, end, value }
        })
        .collect()
}

fn push_reading(doc: &Document, r: &Reading, out: &mut Vec<(usize, usize, f64)>) {
    if r.unit.is_some() {
        return;
    }
    match r.bounds {
        // "40-50" in one token: two numbers.
        Some((low, high)) if r.first == r.last && doc.kind(r.first) == TokenKind::NumberWord => {
            out.push((r.first, r.last, low));
            out.push((r.first, r.last, high));
        }
        // "Tausende", "hundreds of": an amount, not a numeral.
        Some(_) => {}
        None => out.push((r.first, r.last, r.value)),
    }
}

/// A token that holds numbers but does not read as one ("5/17/2018", "192.168.1.2",
/// "1-222-2222", "SCP-173", "three-nought-four"): each number in it.
fn digit_runs(doc: &Document, i: usize, out: &mut Vec<(usize, usize, f64)>) {
    let text = doc.word(i);
    match doc.kind(i) {
        TokenKind::Number => {
            if let Some(v) = super::numerals::parse_digits(text, other(doc.lang)) {
                out.push((i, i, v));
                return;
            }
        }
        // "1-222-2222" splits; "4th" and "54-Jährige" are ordinals and ages, no numerals.
        TokenKind::NumberWord if text.chars().any(char::is_alphabetic) => return,
        TokenKind::NumberWord => {}
        TokenKind::Word => {
            let pieces: Vec<&str> = text.split('-').collect();
            let words: Vec<f64> = pieces
                .iter()
                .filter_map(|p| match doc.lang {
                    Language::En => super::number_words::parse_english(&[p]),
                    Language::De => None,
                })
                .collect();
            if pieces.len() > 1 && words.len() == pieces.len() {
                out.extend(words.into_iter().map(|v| (i, i, v)));
                return;
            }
            // Only digits after a hyphen count: "SCP-173", not "CO2".
            if !text.contains('-') {
                return;
            }
        }
        TokenKind::Punct => return,
    }
    let digits = match doc.kind(i) {
        TokenKind::Word => text.split_once('-').map_or("", |(_, rest)| rest),
        _ => text,
    };
    for run in digits.split(|c: char| !c.is_ascii_digit()) {
        if let Some(v) = run.parse::<f64>().ok().filter(|v| v.is_finite()) {
            out.push((i, i, v));
        }
    }
}

fn other(lang: Language) -> Language {
    match lang {
        Language::De => Language::En,
        Language::En => Language::De,
    }
}

/// "one over three", "1 in 21", "two out of five hundred": a ratio written with words joins its
/// two numbers, when the first is the smaller one (or, for "over", nothing is counted after it).
fn ratios(doc: &Document, found: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, f64)> {
    let mut out: Vec<(usize, usize, f64)> = Vec::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let (first, last, value) = found[k];
        if let Some(&(next_first, next_last, next)) = found.get(k + 1) {
            let link: Vec<&str> = (last + 1..next_first).map(|t| doc.lower(t)).collect();
            let counted_after = doc.is_word(next_last + 1);
            let joins = match link.as_slice() {
                ["over"] => !counted_after,
                ["in"] | ["out", "of"] => value < next,
                _ => false,
            };
            if joins && next != 0.0 && doc.lang == Language::En {
                out.push((first, next_last, value / next));
                k += 2;
                continue;
            }
        }
        out.push((first, last, value));
        k += 1;
    }
    out
}

/// "forty-five (45)", "zwei (2)": a number restated in brackets is one numeral.
fn restatements(doc: &Document, found: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, f64)> {
    let mut out: Vec<(usize, usize, f64)> = Vec::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let (first, last, value) = found[k];
        if let Some(&(next_first, next_last, next)) = found.get(k + 1) {
            let bracketed = next_first == last + 2
                && doc.word(last + 1) == "("
                && doc.word(next_last + 1) == ")";
            if bracketed && (next - value).abs() < 1e-9 {
                out.push((first, next_last + 1, value));
                k += 2;
                continue;
            }
        }
        out.push((first, last, value));
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Language) -> Vec<f64> {
        numerals_in(text, lang).iter().map(|n| n.value).collect()
    }

    #[test]
    fn standalone_numerals_are_read() {
        assert_eq!(values("eins", Language::De), vec![1.0]);
        assert_eq!(values("Let's try one last time", Language::En), vec![1.0]);
        assert_eq!(values("zero is 0", Language::En), vec![0.0, 0.0]);
    }

    #[test]
    fn the_article_is_still_no_numeral() {
        assert!(values("Ein Vertrag wurde unterzeichnet.", Language::De).is_empty());
        assert!(values("I was a current student", Language::En).is_empty());
        assert!(values("Which one do you prefer?", Language::En).is_empty());
    }

    #[test]
    fn long_german_numbers_span_tokens() {
        assert_eq!(
            values("zwei Millionen eintausendeinhundertfünfzig", Language::De),
            vec![2_001_150.0]
        );
        assert_eq!(values("zwei Komma drei", Language::De), vec![2.3]);
        assert_eq!(values("eine halbe Million", Language::De), vec![500_000.0]);
    }

    #[test]
    fn english_words_with_scales_and_fractions() {
        assert_eq!(
            values("seven hundred twenty-one thousand and twelve", Language::En),
            vec![721_012.0]
        );
        assert_eq!(
            values("five and a half million", Language::En),
            vec![5_500_000.0]
        );
        assert_eq!(values("half a dozen", Language::En), vec![6.0]);
        assert_eq!(values("minus 1,200,000", Language::En), vec![-1_200_000.0]);
    }

    #[test]
    fn dates_and_addresses_split_into_numbers() {
        assert_eq!(
            values("on 5/17/2018?", Language::En),
            vec![5.0, 17.0, 2018.0]
        );
        assert_eq!(
            values("192.168.1.2", Language::En),
            vec![192.0, 168.0, 1.0, 2.0]
        );
    }

    #[test]
    fn a_number_with_a_unit_is_a_measure() {
        assert!(values("the 180ml liquid", Language::En).is_empty());
    }

    #[test]
    fn odd_mixtures_never_panic_and_spans_stay_on_char_boundaries() {
        const PIECES: &[&str] = &[
            "ein",
            "eine",
            "zwei",
            "Millionen",
            "und",
            "drei",
            "Viertel",
            "Komma",
            "minus",
            "-",
            "−",
            ".",
            ",",
            "½",
            "10",
            "000",
            "1,5",
            "2.5",
            "^",
            "+",
            "x10",
            "1e",
            "G",
            "k",
            "Mio",
            "Hälfte",
            "die",
            "half",
            "a",
            "dozen",
            "of",
            "and",
            "point",
            "one",
            "hundred",
            "€",
            "$",
            "Euro",
            "Prozent",
            "oder",
            "mehr",
            "(",
            ")",
            "über",
            "14:30",
            "5/17",
            "ü",
            "😀",
            "\n",
            "\u{202f}",
            "Tausende",
            "cent",
            "bis",
            "zu",
            "zwischen",
            "40-50",
            "12-Pfund",
            "www.",
            "://",
            "Grad",
            "Kehrtwende",
            "eineinhalb",
            "Dutzend",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..400 {
            let mut text = String::new();
            for _ in 0..(round % 17 + 1) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
                match seed % 7 {
                    0 => text.push('\u{a0}'),
                    1 => {}
                    _ => text.push(' '),
                }
            }
            for lang in [Language::De, Language::En] {
                for n in numerals_in(&text, lang) {
                    assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
                    assert!(n.value.is_finite(), "{text:?}");
                }
                let doc = Document::with_language("f", &text, lang);
                for f in super::super::find(&doc) {
                    assert!(f.first <= f.last && f.last < doc.tokens.len(), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "Es kamen 1\u{202f}234\u{202f}567,89 Menschen.";
        let n = &numerals_in(text, Language::De)[0];
        assert_eq!(&text[n.start..n.end], "1\u{202f}234\u{202f}567,89");
    }
}
