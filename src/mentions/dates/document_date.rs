//! The article's own date, from the strongest evidence the text offers: given by the user, a
//! `date 2024-11` header, a stamp line ("Stand: 15.03.2025", "Published Aug. 11, 2025"), a
//! dateline ("Berlin, 12. März 2025 –"), or else an inference: the latest date the text names,
//! moved later when the text says how long something with a known start has lasted ("seit drei
//! Jahren andauernden Krieg" after "Beginn des Ukrainekriegs im Februar 2022" → 2025).

use super::words::{self, Role, Unit};
use super::{expressions_from, Basis, Date, DateExpr, Starts};
use crate::mentions::figures::counted;
use crate::report::Language;
use crate::text::clean::ClutterKind;
use crate::text::{Document, TokenKind};

/// Where an article's own date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    Given,
    Header,
    Stamp,
    Dateline,
    Inferred,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Header => "header",
            DateSource::Stamp => "stamp",
            DateSource::Dateline => "dateline",
            DateSource::Inferred => "inferred",
        }
    }

    /// Strong enough to count other dates from and to explain differences by time.
    pub fn is_firm(self) -> bool {
        self != DateSource::Inferred
    }
}

/// How far into the text a dateline may start.
const DATELINE_REACH: usize = 8;

/// The article's own date and where it came from.
pub fn document_date(doc: &Document, given: Option<&str>) -> Option<(Date, DateSource)> {
    document_date_from(doc, &Starts::of(doc), given)
}

/// [`document_date`], with the date expressions' `starts` found before.
pub fn document_date_from(
    doc: &Document,
    starts: &Starts,
    given: Option<&str>,
) -> Option<(Date, DateSource)> {
    if let Some(d) = given.and_then(Date::parse) {
        return Some((d, DateSource::Given));
    }
    if let Some(c) = doc.clutter.iter().find(|c| c.kind == ClutterKind::Metadata) {
        let header = &doc.text[c.start..c.end];
        if let Some(d) = header
            .split_whitespace()
            .find_map(Date::parse)
            .filter(|d| d.month.is_some())
        {
            return Some((d, DateSource::Header));
        }
    }
    let found = expressions_from(doc, starts, None);
    if let Some(d) = stamp(doc, &found) {
        return Some((d, DateSource::Stamp));
    }
    if let Some(d) = dateline(doc, &found) {
        return Some((d, DateSource::Dateline));
    }
    let latest = found
        .iter()
        .filter(|e| e.basis == Basis::Explicit)
        .filter_map(|e| e.value.filter(|d| d.month.is_some()))
        .max();
    let hint = lasting(doc, &found);
    match (latest, hint) {
        (Some(l), Some(h)) if h.year > l.year => Some((h, DateSource::Inferred)),
        (Some(l), _) => Some((l, DateSource::Inferred)),
        (None, h) => h.map(|h| (h, DateSource::Inferred)),
    }
}

/// Is token `i` the first of its line?
fn line_start(doc: &Document, i: usize) -> bool {
    i == 0 || doc.tokens.get(i).is_some_and(|t| t.newline_before)
}

/// "Stand: 15.03.2025", "Published Aug. 11, 2025", "Veröffentlicht am 12.03.2025": a stamp word
/// at the start of a line, a full date right after it.
fn stamp(doc: &Document, found: &[DateExpr]) -> Option<Date> {
    found.iter().find_map(|e| {
        let value = e
            .value
            .filter(|d| d.month.is_some() && e.basis == Basis::Explicit)?;
        let cue = (e.first.saturating_sub(3)..e.first)
            .find(|&k| words::is(doc, k, Role::Stamp) && line_start(doc, k))?;
        let glue =
            (cue + 1..e.first).all(|k| matches!(doc.lower(k), ":" | "am" | "on" | "|" | "-" | "–"));
        glue.then_some(value)
    })
}

/// "Berlin, 12. März 2025 –", "12.03.2025 –", "WASHINGTON, Aug. 11, 2025 —": a day-precise date
/// near the start of the text, set off by a dash, a colon or the end of its line.
fn dateline(doc: &Document, found: &[DateExpr]) -> Option<Date> {
    let e = found.first()?;
    let value = e
        .value
        .filter(|d| d.day.is_some() && e.basis == Basis::Explicit)?;
    let near_start = e.first < DATELINE_REACH;
    let set_off = matches!(doc.word(e.last + 1), "–" | "—" | "-" | ":" | "(" | "|")
        || doc.tokens.get(e.last + 1).is_none_or(|t| t.newline_before);
    let led = e.first == 0 || doc.word(e.first - 1) == "," || line_start(doc, e.first);
    (near_start && set_off && led).then_some(value)
}

/// "seit drei Jahren andauernden Krieg" with "Beginn des Ukrainekriegs im Februar 2022" elsewhere:
/// the text is at least that long after the start.
fn lasting(doc: &Document, found: &[DateExpr]) -> Option<Date> {
    let mut best: Option<Date> = None;
    for k in 0..doc.tokens.len() {
        if !words::is(doc, k, Role::Since) {
            continue;
        }
        let Some(n) = words::count(doc, k + 1) else {
            continue;
        };
        let unit = words::unit(doc, k + 2);
        if !matches!(unit, Some(Unit::Year | Unit::Month)) {
            continue;
        }
        let Some(thing) = lasting_thing(doc, k) else {
            continue;
        };
        let Some(start) = start_of(doc, found, &thing) else {
            continue;
        };
        let at = match unit {
            Some(Unit::Year) => Date::y(start.year + n as i32),
            _ => start
                .add_months(n as i32)
                .map_or(Date::y(start.year), |d| Date { day: None, ..d }),
        };
        best = best.max(Some(at));
    }
    best
}

/// The concept that lasts: the noun after "andauernden" (German), or the noun before "for three
/// years" (English: "the war, ongoing for three years").
fn lasting_thing(doc: &Document, since: usize) -> Option<String> {
    let ongoing = (since + 3..since + 6).find(|&k| words::is(doc, k, Role::Ongoing));
    let noun = match (doc.lang, ongoing) {
        (Language::De, Some(o)) => (o + 1..o + 3).find(|&k| doc.is_capitalized(k)),
        (Language::En, _) => (since.saturating_sub(4)..since).rev().find(|&k| {
            doc.is_word(k) && doc.lower(k).len() > 3 && !words::is(doc, k, Role::Ongoing)
        }),
        _ => None,
    }?;
    Some(counted::concept(doc.lang, doc.word(noun)))
}

/// The date something began: a sentence with a start word ("Beginn", "outbreak"), a word that
/// names the thing (compounds count: "Ukrainekriegs" names a "krieg") and an explicit date.
fn start_of(doc: &Document, found: &[DateExpr], thing: &str) -> Option<Date> {
    found
        .iter()
        .filter(|e| e.basis == Basis::Explicit)
        .filter_map(|e| {
            let value = e.value?;
            let sentence = doc.sentence_tokens(e.first);
            let starts = sentence.clone().any(|k| words::is(doc, k, Role::Start));
            let names = sentence
                .clone()
                .any(|k| doc.kind(k) == TokenKind::Word && doc.lower(k).contains(thing));
            (starts && names).then_some(value)
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_of(text: &str) -> Option<(String, DateSource)> {
        let doc = Document::new("t", text);
        document_date(&doc, None).map(|(d, s)| (d.to_string(), s))
    }

    #[test]
    fn a_header_line_dates_the_article() {
        assert_eq!(
            date_of(" date 2024-11 Die Spannungen steigen."),
            Some(("2024-11".into(), DateSource::Header))
        );
    }

    #[test]
    fn a_dateline_dates_the_article() {
        assert_eq!(
            date_of(
                "Berlin, 12. März 2025 – Der Bundestag tagt. Am 3. Januar 2025 war das anders."
            ),
            Some(("2025-03-12".into(), DateSource::Dateline))
        );
    }

    #[test]
    fn a_date_that_opens_a_sentence_is_no_dateline() {
        assert_eq!(
            date_of("Am 3. Januar 2025 kam es zum Streit. Berichte folgten."),
            Some(("2025-01-03".into(), DateSource::Inferred))
        );
    }

    #[test]
    fn a_stamp_line_dates_the_article() {
        assert_eq!(
            date_of("Die Flut steigt.\nStand: 15.03.2025"),
            Some(("2025-03-15".into(), DateSource::Stamp))
        );
        assert_eq!(
            date_of("Wildfire grows\nPublished Aug. 11, 2025\nThe fire spread."),
            Some(("2025-08-11".into(), DateSource::Stamp))
        );
    }

    #[test]
    fn how_long_a_war_has_lasted_moves_the_date_later() {
        let text = "Seit dem Beginn des Ukrainekriegs im Februar 2022 arbeiten sie zusammen. \
                    Kim unterstützt den seit drei Jahren andauernden Krieg.";
        assert_eq!(date_of(text), Some(("2025".into(), DateSource::Inferred)));
    }

    #[test]
    fn a_duration_without_a_known_start_changes_nothing() {
        let text = "Im Februar 2022 begann es. Der seit drei Jahren andauernde Streit geht weiter.";
        assert_eq!(
            date_of(text),
            Some(("2022-02".into(), DateSource::Inferred))
        );
    }
}
