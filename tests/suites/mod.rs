//! Shared by the benchmark tests: the public suites copied under `tests/fixtures/benchmarks/`
//! (so CI needs nothing outside the repository), the table of skipped cases with their reasons,
//! and a tally that prints a pass rate per suite.
#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::Value;

pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/benchmarks")
}

/// A suite file as JSON; Recognizers-Text files may start with a byte order mark.
pub fn json(relative: &str) -> Value {
    let path = dir().join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("bad JSON in {}: {e}", path.display()))
}

/// One skipped input of one suite, with why it is not a fair question for crosscheck.
pub struct Skip {
    pub suite: String,
    pub input: String,
    pub reason: String,
}

/// `skips.tsv`: suite, input (with `\u{…}` escapes for invisible characters), reason.
pub fn skips() -> Vec<Skip> {
    let path = dir().join("skips.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some(Skip {
                suite: cols.next()?.to_string(),
                input: unescape(cols.next()?),
                reason: cols.next()?.to_string(),
            })
        })
        .collect()
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let Some(close) = after.find('}') else { break };
        if let Some(c) = u32::from_str_radix(&after[..close], 16)
            .ok()
            .and_then(char::from_u32)
        {
            out.push(c);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

pub fn skip_reason<'s>(skips: &'s [Skip], suite: &str, input: &str) -> Option<&'s str> {
    skips
        .iter()
        .find(|s| s.suite == suite && s.input == input)
        .map(|s| s.reason.as_str())
}

/// Cases passed, failed and skipped in one suite.
#[derive(Default)]
pub struct Tally {
    pub name: String,
    pub passed: usize,
    pub failed: Vec<String>,
    pub skipped: Vec<String>,
}

impl Tally {
    pub fn new(name: &str) -> Self {
        Tally {
            name: name.to_string(),
            ..Tally::default()
        }
    }

    pub fn record(&mut self, ok: bool, describe: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            self.failed.push(describe());
        }
    }

    pub fn total(&self) -> usize {
        self.passed + self.failed.len()
    }

    pub fn rate(&self) -> f64 {
        if self.total() == 0 {
            return 1.0;
        }
        self.passed as f64 / self.total() as f64
    }

    /// Prints the score line, the skips and the failures; panics below `bar`.
    pub fn report(&self, bar: f64) {
        for s in &self.skipped {
            println!("  skipped: {s}");
        }
        for f in &self.failed {
            println!("  failed: {f}");
        }
        println!(
            "{}: {}/{} passed ({:.1} %), {} skipped, bar {:.0} %",
            self.name,
            self.passed,
            self.total(),
            100.0 * self.rate(),
            self.skipped.len(),
            100.0 * bar
        );
        assert!(
            self.rate() >= bar,
            "{}: {:.1} % is below the bar of {:.0} %",
            self.name,
            100.0 * self.rate(),
            100.0 * bar
        );
    }
}

/// Equal numbers, allowing for the rounding of written fractions ("0,666666666666667").
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A byte range as the character range Recognizers-Text writes (end inclusive).
pub fn char_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text[..start].chars().count();
    let e = text[..end].chars().count();
    (s, e.saturating_sub(1).max(s))
}
