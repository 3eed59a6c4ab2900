//! Microsoft Recognizers-Text specs (MIT, copied under tests/fixtures/benchmarks/recognizers-text/)
//! as a benchmark: each case passes when every expected value is found and nothing else (values
//! equal, spans overlapping; units equal after normalisation). Prints a pass rate per suite and
//! fails below the bars of issue 3.
//!
//! Number models run [`numerals_in`], the numeral mode; percent, currency and dimension models
//! run the news finder [`figures::find`] and keep the figures of that dimension.
//!
//! Skipped: the cases listed in `tests/fixtures/benchmarks/skips.tsv` with their reasons, and the
//! cases whose `NotSupported` mark names `dotnet`, the suite's own reference implementation.
#![cfg(not(target_arch = "wasm32"))]

mod suites;

use crosscheck::mentions::figures::{self, numerals_in};
use crosscheck::report::Language;
use crosscheck::text::Document;
use serde_json::Value;

/// What a case expects or what crosscheck found: a character span (end inclusive), a value, and
/// for measures the unit's base and the amount in it.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    value: f64,
    unit: Option<(String, f64)>,
}

/// Recognizers-Text unit names → crosscheck base unit and how many base units one is.
/// German "Pfund" is 500 g; money compares by ISO code alone.
const UNITS: &[(&str, &str, f64)] = &[
    ("Dollar", "USD", 1.0),
    ("United States dollar", "USD", 1.0),
    ("Euro", "EUR", 1.0),
    ("Pound", "GBP", 1.0),
    ("Pound (weight)", "kg", 0.5),
    ("British pound", "GBP", 1.0),
    ("Cambodian riel", "KHR", 1.0),
    ("Finnish markka", "FIM", 1.0),
    ("Canadian dollar", "CAD", 1.0),
    ("Australian dollar", "AUD", 1.0),
    ("New Zealand dollar", "NZD", 1.0),
    ("Mexican peso", "MXN", 1.0),
    ("Indian rupee", "INR", 1.0),
    ("Rupee", "INR", 1.0),
    ("Milliliter", "l", 0.001),
    ("Liter", "l", 1.0),
    ("Teaspoon", "l", 0.005),
    ("Cubic meter", "l", 1000.0),
    ("Inch", "m", 0.0254),
    ("Mile", "m", 1609.344),
    ("Kilometer", "m", 1000.0),
    ("Micrometer", "m", 1e-6),
    ("Nanometer", "m", 1e-9),
    ("Square meter", "m2", 1.0),
    ("Kilometer per hour", "m/s", 1.0 / 3.6),
    ("Meter per second", "m/s", 1.0),
    ("Gigabyte", "B", 1e9),
    ("Degree", "deg", 1.0),
    ("Radian", "rad", 1.0),
];

fn parse_value(s: &str) -> Option<f64> {
    s.trim_end_matches('%').replace(',', ".").parse().ok()
}

/// The expected results; in a dimension suite a "Pound" is the German Pfund of 500 g.
fn expected(case: &Value, with_unit: bool, weights: bool) -> Option<Vec<Found>> {
    let mut out = Vec::new();
    for r in case["Results"].as_array()? {
        let res = &r["Resolution"];
        let value = parse_value(res["value"].as_str()?)?;
        let unit = if with_unit {
            let name = res["unit"].as_str()?;
            let name = if name == "Pound" && weights {
                "Pound (weight)"
            } else {
                name
            };
            let (_, base, factor) = UNITS.iter().find(|u| u.0 == name)?;
            let amount = if *factor == 1.0 {
                value
            } else {
                value * factor
            };
            Some((base.to_string(), amount))
        } else {
            None
        };
        out.push(Found {
            start: r["Start"].as_u64()? as usize,
            end: r["End"].as_u64()? as usize,
            value,
            unit,
        });
    }
    Some(out)
}

fn numbers(text: &str, lang: Language) -> Vec<Found> {
    numerals_in(text, lang)
        .into_iter()
        .map(|n| {
            let (start, end) = suites::char_span(text, n.start, n.end);
            Found {
                start,
                end,
                value: n.value,
                unit: None,
            }
        })
        .collect()
}

fn measures(text: &str, lang: Language, dimensions: &[&str]) -> Vec<Found> {
    let doc = Document::with_language("case", text, lang);
    figures::find(&doc)
        .into_iter()
        .filter_map(|f| {
            let unit = f.unit.as_ref()?;
            if !dimensions.contains(&unit.dimension) {
                return None;
            }
            let (s, e) = doc.span(f.first, f.last);
            let (start, end) = suites::char_span(text, s, e);
            Some(Found {
                start,
                end,
                value: f.value,
                unit: Some((unit.base.to_string(), f.amount)),
            })
        })
        .collect()
}

/// Exactly right: as many found as expected, pairwise in text order with equal values,
/// overlapping spans and equal units.
fn matches(expected: &[Found], found: &[Found]) -> bool {
    expected.len() == found.len()
        && expected.iter().zip(found).all(|(e, f)| {
            let overlap = e.start <= f.end && f.start <= e.end;
            let unit_ok = match (&e.unit, &f.unit) {
                (None, _) => true,
                (Some((eb, ea)), Some((fb, fa))) => eb == fb && suites::same_value(*ea, *fa),
                (Some(_), None) => false,
            };
            overlap && suites::same_value(e.value, f.value) && unit_ok
        })
}

enum Reader {
    Numbers,
    Measures(&'static [&'static str]),
}

fn run(suite: &str, path: &str, lang: Language, reader: Reader, bar: f64) {
    let skips = suites::skips();
    let cases = suites::json(path);
    let mut tally = suites::Tally::new(suite);
    for case in cases.as_array().into_iter().flatten() {
        let input = case["Input"].as_str().unwrap_or_default();
        let not_supported = case["NotSupported"].as_str().unwrap_or_default();
        if let Some(reason) = suites::skip_reason(&skips, suite, input) {
            tally.skipped.push(format!("{input:?}: {reason}"));
            continue;
        }
        if not_supported.contains("dotnet") {
            tally.skipped.push(format!(
                "{input:?}: marked NotSupported by the reference (.NET) implementation"
            ));
            continue;
        }
        let with_unit = matches!(reader, Reader::Measures(d) if !d.contains(&"percent"));
        let weights = suite.contains("Dimension");
        let Some(want) = expected(case, with_unit, weights) else {
            tally.record(false, || format!("{input:?}: expected value not readable"));
            continue;
        };
        let got = match reader {
            Reader::Numbers => numbers(input, lang),
            Reader::Measures(dimensions) => measures(input, lang, dimensions),
        };
        tally.record(matches(&want, &got), || {
            format!("{input:?}: expected {want:?}, found {got:?}")
        });
    }
    tally.report(bar);
}

const PERCENT: &[&str] = &["percent", "percentage_points"];
const MONEY: &[&str] = &["money"];
const DIMENSIONS: &[&str] = &[
    "length",
    "area",
    "volume",
    "mass",
    "speed",
    "angle",
    "information",
];

#[test]
fn german_number_model_is_at_least_95_percent_right() {
    run(
        "recognizers-text/Number/German/NumberModel",
        "recognizers-text/Number/German/NumberModel.json",
        Language::De,
        Reader::Numbers,
        0.95,
    );
}

#[test]
fn german_percent_model_is_at_least_90_percent_right() {
    run(
        "recognizers-text/Number/German/PercentModel",
        "recognizers-text/Number/German/PercentModel.json",
        Language::De,
        Reader::Measures(PERCENT),
        0.90,
    );
}

#[test]
fn german_currency_model_is_at_least_85_percent_right() {
    run(
        "recognizers-text/NumberWithUnit/German/CurrencyModel",
        "recognizers-text/NumberWithUnit/German/CurrencyModel.json",
        Language::De,
        Reader::Measures(MONEY),
        0.85,
    );
}

#[test]
fn german_dimension_model_is_at_least_85_percent_right() {
    run(
        "recognizers-text/NumberWithUnit/German/DimensionModel",
        "recognizers-text/NumberWithUnit/German/DimensionModel.json",
        Language::De,
        Reader::Measures(DIMENSIONS),
        0.85,
    );
}

#[test]
fn english_number_model_is_at_least_90_percent_right() {
    run(
        "recognizers-text/Number/English/NumberModel",
        "recognizers-text/Number/English/NumberModel.json",
        Language::En,
        Reader::Numbers,
        0.90,
    );
}
