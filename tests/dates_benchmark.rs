//! The date finder measured on test suites that others wrote: Microsoft Recognizers-Text's German
//! `DateTimeModel.json` and Duckling's German and English Time corpora (copied, with their
//! licences, into `tests/fixtures/benchmarks/`). Prints the pass rates; fails when fewer than 80 %
//! of the cases that name a calendar date pass.
//!
//! Which cases count ("name a calendar date"):
//! - the expected result is one calendar day, month or year: Recognizers `datetimeV2.date`,
//!   `datetimeV2.datetime` whose timex starts with a day (`YYYY-MM-DD` or `XXXX-MM-DD`; the time is
//!   ignored), `datetimeV2.daterange` whose timex is a month (`YYYY-MM`, `XXXX-MM`) or a year
//!   (`YYYY`); Duckling `kind: value` with grain `day`, `month` or `year` (intervals, hours, weeks
//!   and quarters are left out);
//! - and its text names the date by the calendar: a month name (German or English, full or
//!   abbreviated, also glued to digits as in "Feb13"), or at least two digit groups joined by `.`,
//!   `/` or `-` ("22.04.", "2/15", "2018-08-31"), or — for an expected year — a four-digit year.
//!   Weekdays alone, relative words ("gestern", "next month") and holidays are not calendar
//!   names; they are measured too, as "other", and printed without a bar.
//!
//! A result passes when one of our expressions overlaps its text and has its value at its grain:
//! the day for a day, the year and month for a month, the year for a year. Where Recognizers
//! lists several values (a date without a year resolved to the past and the future), any of them
//! passes; an expected "not resolved" passes when we give no value. Each case is resolved against
//! its own reference time. A case (one input) passes when all of its counted results pass.
//!
//! A date written without its year ("10.12.", "fünfter Dezember") names a day and a month; the
//! year is context. Duckling resolves it to the next occurrence (an assistant's convention),
//! Recognizers lists both; crosscheck takes the occurrence nearest the article's date, since news
//! reports more of what happened. So for such a date the year before or after the suite's also
//! passes; the strict rate (the suite's year only) is printed next to it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use crosscheck::mentions::dates::{expressions, Date};
use crosscheck::report::Language;
use crosscheck::text::Document;
use serde_json::Value;

const MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "october",
    "december",
    "mar",
    "oct",
    "dec",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Grain {
    Day,
    Month,
    Year,
}

/// One expected date: where it stands in the input (bytes), its grain, the values that pass.
struct Expected {
    start: usize,
    end: usize,
    grain: Grain,
    /// `None` for "not resolved".
    values: Vec<Option<Date>>,
    calendar: bool,
    /// The text gives no year.
    yearless: bool,
}

fn yearless(text: &str) -> bool {
    let groups: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    !groups.iter().any(|g| g.len() == 4) && groups.len() < 3
}

fn names_a_calendar_date(text: &str, grain: Grain) -> bool {
    let lower = text.to_lowercase();
    let words = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let month = words.into_iter().any(|w| MONTHS.contains(&w));
    let groups: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let joined = lower.char_indices().any(|(k, c)| {
        matches!(c, '.' | '/' | '-')
            && lower[..k]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit())
            && lower[k + 1..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_digit())
    });
    let year = grain == Grain::Year && groups.iter().any(|g| g.len() == 4);
    month || (groups.len() >= 2 && joined) || year
}

fn at_grain(d: Date, grain: Grain) -> Option<String> {
    match grain {
        Grain::Day => d.day.map(|_| d.to_string()),
        Grain::Month => d.month.map(|m| format!("{:04}-{m:02}", d.year)),
        Grain::Year => Some(format!("{:04}", d.year)),
    }
}

fn passes(doc: &Document, reference: Date, e: &Expected, strict: bool) -> bool {
    let found = expressions(doc, Some(reference));
    let overlapping: Vec<Option<Date>> = found
        .iter()
        .filter(|x| {
            let (s, t) = doc.span(x.first, x.last);
            s < e.end && e.start < t
        })
        .map(|x| x.value)
        .collect();
    e.values.iter().any(|want| match want {
        None => overlapping.iter().all(Option::is_none),
        Some(w) => overlapping.iter().flatten().any(|got| {
            let same = |y: i32| {
                let got = Date { year: y, ..*got };
                at_grain(got, e.grain).is_some() && at_grain(got, e.grain) == at_grain(*w, e.grain)
            };
            same(got.year)
                || (!strict
                    && e.yearless
                    && e.grain != Grain::Year
                    && (same(got.year + 1) || same(got.year - 1)))
        }),
    })
}

fn byte_range(text: &str, start: usize, end_inclusive: usize) -> (usize, usize) {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    (byte(start), byte(end_inclusive + 1))
}

fn date_of(s: &str) -> Option<Date> {
    Date::parse(s.get(..10)?)
}

fn document(text: &str, lang: Language) -> Document<'_> {
    let mut doc = Document::new("case", text);
    // The cases are single phrases, too short for language detection: the suite says the language.
    doc.lang = lang;
    doc
}

#[derive(Default, Debug)]
struct Tally {
    calendar: (usize, usize),
    /// Calendar cases that pass with the suite's own year for yearless dates.
    strict: usize,
    other: (usize, usize),
    failures: Vec<String>,
}

impl Tally {
    fn add(&mut self, calendar: bool, ok: bool, strict: bool, note: String) {
        if calendar && strict {
            self.strict += 1;
        }
        let slot = if calendar {
            &mut self.calendar
        } else {
            &mut self.other
        };
        slot.1 += 1;
        if ok {
            slot.0 += 1;
        } else if calendar {
            self.failures.push(note);
        } else if std::env::var_os("DATES_SHOW_OTHER").is_some() {
            self.failures.push(format!("(other) {note}"));
        }
    }

    fn rate(&self) -> f64 {
        self.calendar.0 as f64 / self.calendar.1.max(1) as f64
    }

    fn print(&self, name: &str) {
        println!(
            "{name}: calendar dates {}/{} = {:.1} % (strict years: {}/{} = {:.1} %); other (weekdays, relative, holidays) {}/{} = {:.1} %",
            self.calendar.0,
            self.calendar.1,
            100.0 * self.rate(),
            self.strict,
            self.calendar.1,
            100.0 * self.strict as f64 / self.calendar.1.max(1) as f64,
            self.other.0,
            self.other.1,
            100.0 * self.other.0 as f64 / self.other.1.max(1) as f64
        );
        for f in self.failures.iter().take(60) {
            println!("  miss {f}");
        }
    }
}

fn load(path: &str) -> Value {
    let path = common::root().join(path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or_else(|e| panic!("{e}"))
}

/// The expected dates of one Recognizers result, if it is one calendar day, month or year.
fn recognizers_expected(input: &str, r: &Value) -> Option<Expected> {
    let kind = r["TypeName"].as_str()?;
    let values = r["Resolution"]["values"].as_array()?;
    let timex = values.first()?["timex"].as_str().unwrap_or("");
    let day_timex = |t: &str| {
        let b = t.as_bytes();
        b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && t[5..7].chars().all(|c| c.is_ascii_digit())
            && t[8..10].chars().all(|c| c.is_ascii_digit())
    };
    let grain = match kind {
        "datetimeV2.date" if day_timex(timex) => Grain::Day,
        "datetimeV2.datetime" if day_timex(timex) => Grain::Day,
        "datetimeV2.daterange"
            if timex.len() == 7
                && timex.as_bytes()[4] == b'-'
                && timex[5..].chars().all(|c| c.is_ascii_digit()) =>
        {
            Grain::Month
        }
        "datetimeV2.daterange" if timex.len() == 4 && timex.chars().all(|c| c.is_ascii_digit()) => {
            Grain::Year
        }
        _ => return None,
    };
    let expected: Vec<Option<Date>> = values
        .iter()
        .map(|v| {
            let s = v["value"]
                .as_str()
                .or_else(|| v["start"].as_str())
                .or_else(|| v["end"].as_str())?;
            if s == "not resolved" {
                return None;
            }
            date_of(s)
        })
        .collect();
    let (start, end) = byte_range(
        input,
        r["Start"].as_u64()? as usize,
        r["End"].as_u64()? as usize,
    );
    let text = r["Text"].as_str().unwrap_or("");
    Some(Expected {
        start,
        end,
        grain,
        values: expected,
        calendar: names_a_calendar_date(text, grain),
        yearless: yearless(text),
    })
}

fn recognizers() -> Tally {
    let cases = load("tests/fixtures/benchmarks/recognizers-text/DateTimeModel.json");
    let mut tally = Tally::default();
    for case in cases.as_array().into_iter().flatten() {
        let input = case["Input"].as_str().unwrap_or("");
        let Some(reference) = case["Context"]["ReferenceDateTime"]
            .as_str()
            .and_then(date_of)
        else {
            continue;
        };
        let expected: Vec<Expected> = case["Results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| recognizers_expected(input, r))
            .collect();
        if expected.is_empty() {
            continue;
        }
        let doc = document(input, Language::De);
        let calendar: Vec<&Expected> = expected.iter().filter(|e| e.calendar).collect();
        let others: Vec<&Expected> = expected.iter().filter(|e| !e.calendar).collect();
        for (group, is_calendar) in [(calendar, true), (others, false)] {
            if group.is_empty() {
                continue;
            }
            let ok = group.iter().all(|e| passes(&doc, reference, e, false));
            let strict = group.iter().all(|e| passes(&doc, reference, e, true));
            let texts: Vec<&str> = group.iter().map(|e| &input[e.start..e.end]).collect();
            tally.add(
                is_calendar,
                ok,
                strict,
                format!("{:?} in {input:?} (ref {reference})", texts),
            );
        }
    }
    tally
}

fn duckling(lang: &str, language: Language) -> Tally {
    let corpus = load(&format!(
        "tests/fixtures/benchmarks/duckling/duckling_{lang}.json"
    ));
    let mut tally = Tally::default();
    for ex in corpus["examples"].as_array().into_iter().flatten() {
        let positive = ex["set"]
            .as_str()
            .is_some_and(|s| s.starts_with("positive"));
        if ex["dimension"] != "Time" || !positive || ex["expected"]["kind"] != "value" {
            continue;
        }
        let grain = match ex["expected"]["grain"].as_str() {
            Some("day") => Grain::Day,
            Some("month") => Grain::Month,
            Some("year") => Grain::Year,
            _ => continue,
        };
        let (Some(text), Some(value), Some(reference)) = (
            ex["text"].as_str(),
            ex["expected"]["value"].as_str().and_then(date_of),
            ex["reference_time"].as_str().and_then(date_of),
        ) else {
            continue;
        };
        let e = Expected {
            start: 0,
            end: text.len(),
            grain,
            values: vec![Some(value)],
            calendar: names_a_calendar_date(text, grain),
            yearless: yearless(text),
        };
        let doc = document(text, language);
        let ok = passes(&doc, reference, &e, false);
        let strict = passes(&doc, reference, &e, true);
        tally.add(
            e.calendar,
            ok,
            strict,
            format!("{text:?} → {}", at_grain(value, grain).unwrap_or_default()),
        );
    }
    tally
}

#[test]
fn recognizers_german_calendar_dates_pass_the_bar() {
    let tally = recognizers();
    tally.print("Recognizers-Text German DateTimeModel");
    assert!(
        tally.calendar.1 >= 30,
        "too few cases counted: {:?}",
        tally.calendar
    );
    assert!(
        tally.rate() >= 0.8,
        "Recognizers calendar dates {:.3} < 0.8",
        tally.rate()
    );
}

#[test]
fn duckling_german_calendar_dates_pass_the_bar() {
    let tally = duckling("de", Language::De);
    tally.print("Duckling German Time");
    assert!(
        tally.calendar.1 >= 30,
        "too few cases counted: {:?}",
        tally.calendar
    );
    assert!(
        tally.rate() >= 0.8,
        "Duckling German calendar dates {:.3} < 0.8",
        tally.rate()
    );
}

#[test]
fn duckling_english_calendar_dates_pass_the_bar() {
    let tally = duckling("en", Language::En);
    tally.print("Duckling English Time");
    assert!(
        tally.calendar.1 >= 30,
        "too few cases counted: {:?}",
        tally.calendar
    );
    assert!(
        tally.rate() >= 0.8,
        "Duckling English calendar dates {:.3} < 0.8",
        tally.rate()
    );
}
