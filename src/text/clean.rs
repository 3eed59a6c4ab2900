//! Page clutter: lines a scraper carries along that belong to the web page, not to the story
//! ("Anzeige", "Kommentare (0)", table rows, a repeated headline, a `date 2024-11` header).
//! Clutter is masked, never deleted, so offsets keep pointing into the original text.

use std::sync::LazyLock;

use regex::Regex;

use super::fxhash::FxHashSet;
use crate::lexicon;

/// A masked range and why it was masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clutter {
    pub start: usize,
    pub end: usize,
    pub kind: ClutterKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClutterKind {
    /// A `date YYYY-MM(-DD)` header that scrapers put before the text; it holds the article's date.
    Metadata,
    /// A line that matched a pattern of `clutter.tsv`.
    Boilerplate,
    /// A line repeated verbatim (a headline printed twice).
    Repeated,
}

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    lexicon::rows(lexicon::CLUTTER)
        .filter_map(|row| Regex::new(row[0]).ok())
        .collect()
});

/// A byte-order mark may precede the header of a file saved on Windows.
static METADATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s\x{FEFF}]*(?i:date|datum)[:\s]\s*\d{4}-\d{2}(?:-\d{2})?\b")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Page furniture is short. A longer line is prose even when it happens to hold a pattern's marks
/// (two `|` in an article pasted as one line would otherwise mask the whole article as a table row).
const MAX_BOILERPLATE: usize = 500;

/// Only short lines can be a repeated headline; a repeated paragraph is content.
const MAX_REPEATED: usize = 300;

/// The line breaks the tokenizer knows, so that clutter lines and sentence lines agree.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Finds the clutter in `text`, in order and without overlaps.
pub fn find_clutter(text: &str) -> Vec<Clutter> {
    let mut found = Vec::new();
    if let Some(m) = METADATA.find(text) {
        found.push(Clutter {
            start: m.start(),
            end: m.end(),
            kind: ClutterKind::Metadata,
        });
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut offset = 0;
    for line in text.split_inclusive(is_line_break) {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || found.last().is_some_and(|c| c.end > start) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = (start + lead, start + lead + trimmed.len());
        let kind =
            if trimmed.len() <= MAX_BOILERPLATE && PATTERNS.iter().any(|p| p.is_match(trimmed)) {
                Some(ClutterKind::Boilerplate)
            } else if seen.contains(trimmed) {
                Some(ClutterKind::Repeated)
            } else {
                None
            };
        match kind {
            Some(kind) => found.push(Clutter {
                start: span.0,
                end: span.1,
                kind,
            }),
            None if trimmed.len() < MAX_REPEATED => {
                seen.insert(trimmed);
            }
            None => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> Vec<&str> {
        find_clutter(text)
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn advertising_and_comment_counters_are_clutter() {
        let text = "Erster Satz.\n\nAnzeige\n\nZweiter Satz.\nKommentare (0)\n";
        assert_eq!(masked(text), vec!["Anzeige", "Kommentare (0)"]);
    }

    #[test]
    fn a_repeated_headline_is_masked_once() {
        let text = "Titel der Meldung\nTitel der Meldung\nText.";
        assert_eq!(masked(text), vec!["Titel der Meldung"]);
        assert_eq!(find_clutter(text)[0].start, 18);
    }

    #[test]
    fn table_rows_are_clutter() {
        let text = "Text.\nDetails | |\n---|---|\nOrt | Myrne, Ukraine |\nQuellen |\n";
        assert_eq!(masked(text).len(), 4);
    }

    #[test]
    fn a_date_header_is_metadata() {
        let text = " date 2024-11 Die Spannungen steigen.";
        let c = find_clutter(text);
        assert_eq!(c[0].kind, ClutterKind::Metadata);
        assert_eq!(&text[c[0].start..c[0].end], " date 2024-11");
    }

    #[test]
    fn a_date_header_after_a_byte_order_mark_is_metadata() {
        let text = "\u{FEFF}date 2024-11-02\nText.";
        assert_eq!(find_clutter(text)[0].kind, ClutterKind::Metadata);
    }

    #[test]
    fn a_long_line_with_pipes_is_prose_not_a_table_row() {
        let prose = "Nordkorea schickt Soldaten | laut Berichten | nach Russland. ".repeat(20);
        assert!(masked(&prose).is_empty());
    }

    #[test]
    fn unicode_line_separators_end_clutter_lines() {
        let text = "Text.\u{2028}Anzeige\u{2029}Mehr Text.\r\nKommentare (3)\r\n";
        assert_eq!(masked(text), vec!["Anzeige", "Kommentare (3)"]);
    }

    #[test]
    fn ordinary_prose_is_kept() {
        assert!(masked("Die Anzeige wurde erstattet. Kommentare gab es nicht.").is_empty());
    }
}
