//! Duckling's German and English Numeral corpora (BSD-3, copied under
//! tests/fixtures/benchmarks/duckling/, the Numeral records only) as a benchmark of the numeral
//! mode: a positive text must read as one numeral covering the whole text with the expected
//! value; a negative text must read as no numeral. Prints the rates and fails below 95 % of the
//! positives or on any negative read. Skips are listed in `skips.tsv` with their reasons.
#![cfg(not(target_arch = "wasm32"))]

mod suites;

use crosscheck::mentions::figures::numerals_in;
use crosscheck::report::Language;

fn run(suite: &str, path: &str, lang: Language) {
    let skips = suites::skips();
    let corpus = suites::json(path);
    let mut positive = suites::Tally::new(&format!("{suite} positive"));
    let mut negative = suites::Tally::new(&format!("{suite} negative"));
    for example in corpus["examples"].as_array().into_iter().flatten() {
        let text = example["text"].as_str().unwrap_or_default();
        let found = numerals_in(text, lang);
        match example["set"].as_str() {
            Some("positive") => {
                if let Some(reason) = suites::skip_reason(&skips, suite, text) {
                    positive.skipped.push(format!("{text:?}: {reason}"));
                    continue;
                }
                let want = example["expected"]["value"].as_f64().unwrap_or(f64::NAN);
                let whole = text.trim();
                let lead = text.len() - text.trim_start().len();
                let ok = matches!(found.as_slice(), [n] if n.start == lead
                    && n.end == lead + whole.len()
                    && suites::same_value(n.value, want));
                positive.record(ok, || format!("{text:?}: expected {want}, found {found:?}"));
            }
            Some("negative") => {
                negative.record(found.is_empty(), || format!("{text:?}: read {found:?}"));
            }
            _ => {}
        }
    }
    positive.report(0.95);
    println!(
        "{}: {} of {} negative cases read as a numeral",
        suite,
        negative.failed.len(),
        negative.total()
    );
    negative.report(1.0);
}

#[test]
fn german_numerals_read_at_least_95_percent() {
    run(
        "duckling/Numeral/de",
        "duckling/numeral_de.json",
        Language::De,
    );
}

#[test]
fn english_numerals_read_at_least_95_percent() {
    run(
        "duckling/Numeral/en",
        "duckling/numeral_en.json",
        Language::En,
    );
}
