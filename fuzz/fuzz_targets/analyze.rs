//! `analyze` on arbitrary article sets. The input is cut at 0xFF bytes (never part of UTF-8) into
//! up to 16 articles, each read as lossy UTF-8; an article that starts with 0xFE takes its first
//! line as the user-given date, and one that starts with 0xFD as its title, so that those inputs
//! are fuzzed too. Besides panics, a broken span invariant is a crash. (Whether each figure lies
//! inside its sentence is left to the tests: see `tests/bad_input.rs` for the known exception.)
#![no_main]

use crosscheck::{analyze, Article};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fn article(index: usize, chunk: &[u8]) -> Article {
    let mut article = Article::new(format!("{index}.txt"), "");
    let mut rest = chunk;
    loop {
        let (field, body) = match rest.split_first() {
            Some((0xFE, body)) => ("date", body),
            Some((0xFD, body)) => ("title", body),
            _ => break,
        };
        let end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
        let value = String::from_utf8_lossy(&body[..end]).into_owned();
        if field == "date" {
            article.date = Some(value);
        } else {
            article.title = Some(value);
        }
        rest = body.get(end + 1..).unwrap_or_default();
    }
    article.text = String::from_utf8_lossy(rest).into_owned();
    article
}

fuzz_target!(|data: &[u8]| {
    let articles: Vec<Article> = data
        .split(|&b| b == 0xFF)
        .take(16)
        .enumerate()
        .map(|(i, chunk)| article(i, chunk))
        .collect();
    let report = analyze(&articles);
    if let Err(broken) = invariants::check(&report, &articles) {
        panic!("span invariant broken: {broken}");
    }
});
