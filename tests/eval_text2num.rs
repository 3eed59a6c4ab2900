//! Temporary evaluation of the `text2num` crate (issue 3): the same numeral suites, read by
//! text2num instead of crosscheck. Duckling texts go through `text2digits` (the whole text as one
//! number); Recognizers-Text inputs through `find_numbers` over whitespace tokens, compared by
//! values only (a lenient reading in text2num's favour). Prints the rates; asserts nothing.
#![cfg(not(target_arch = "wasm32"))]

mod suites;

use std::borrow::Cow;

use text2num::{find_numbers, text2digits, Language, Token};

/// A whitespace token, lower-cased as text2num expects.
struct Word(String);

impl Token for &Word {
    fn text(&self) -> Cow<'_, str> {
        self.0.as_str().into()
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        self.0.to_lowercase().into()
    }
}

fn value(digits: &str) -> Option<f64> {
    digits.replace(',', ".").parse().ok()
}

fn duckling(suite: &str, path: &str, lang: &Language) {
    let skips = suites::skips();
    let corpus = suites::json(path);
    let mut tally = suites::Tally::new(&format!("text2num {suite}"));
    let mut words = suites::Tally::new(&format!("text2num {suite}, texts without digits"));
    for ex in corpus["examples"].as_array().into_iter().flatten() {
        let text = ex["text"].as_str().unwrap_or_default();
        if ex["set"].as_str() != Some("positive")
            || suites::skip_reason(&skips, suite, text).is_some()
        {
            continue;
        }
        let want = ex["expected"]["value"].as_f64().unwrap_or(f64::NAN);
        let got = text2digits(text, lang).ok().and_then(|d| value(&d));
        let ok = got.is_some_and(|g| suites::same_value(g, want));
        if !text.chars().any(|c| c.is_ascii_digit()) {
            words.record(ok, || format!("{text:?}: {got:?}"));
        }
        tally.record(ok, || format!("{text:?}: {got:?}"));
    }
    tally.report(0.0);
    words.report(0.0);
}

fn recognizers(suite: &str, path: &str, lang: &Language) {
    let skips = suites::skips();
    let cases = suites::json(path);
    let mut tally = suites::Tally::new(&format!("text2num {suite}"));
    for case in cases.as_array().into_iter().flatten() {
        let input = case["Input"].as_str().unwrap_or_default();
        if suites::skip_reason(&skips, suite, input).is_some()
            || case["NotSupported"]
                .as_str()
                .unwrap_or_default()
                .contains("dotnet")
        {
            continue;
        }
        let mut want: Vec<f64> = case["Results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| value(r["Resolution"]["value"].as_str()?))
            .collect();
        let tokens: Vec<Word> = input
            .split_whitespace()
            .map(|t| {
                Word(
                    t.trim_end_matches(['.', ',', '!', '?', ';', ':'])
                        .to_string(),
                )
            })
            .collect();
        let mut got: Vec<f64> = find_numbers(tokens.iter(), lang, 0.0)
            .iter()
            .map(|o| o.value)
            .collect();
        want.sort_by(f64::total_cmp);
        got.sort_by(f64::total_cmp);
        let ok = want.len() == got.len()
            && want
                .iter()
                .zip(&got)
                .all(|(a, b)| suites::same_value(*a, *b));
        tally.record(ok, || format!("{input:?}: {got:?}"));
    }
    tally.report(0.0);
}

#[test]
fn text2num_on_the_numeral_suites() {
    let (de, en) = (Language::german(), Language::english());
    duckling("duckling/Numeral/de", "duckling/numeral_de.json", &de);
    duckling("duckling/Numeral/en", "duckling/numeral_en.json", &en);
    recognizers(
        "recognizers-text/Number/German/NumberModel",
        "recognizers-text/Number/German/NumberModel.json",
        &de,
    );
    recognizers(
        "recognizers-text/Number/English/NumberModel",
        "recognizers-text/Number/English/NumberModel.json",
        &en,
    );
    for text in [
        "eine Million",
        "zwei Komma drei",
        "eineinhalb",
        "10.000",
        "zweiundzwanzig",
    ] {
        println!("text2num {text:?} → {:?}", text2digits(text, &de));
    }
}
