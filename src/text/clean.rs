//! Page clutter: lines a scraper carries along that belong to the web page, not to the story
//! ("Anzeige", "Kommentare (0)", table rows, a repeated headline, a `date 2024-11` header).
//! Clutter is masked, never deleted, so offsets keep pointing into the original text.
//!
//! The line shapes are few and fixed, so they are read by hand rather than by a regex engine,
//! which would be most of the page's code and a slow first run (its automata are built at start).
//! Words are compared as the regex `(?i)` did: simple case folding, which for the ASCII words of
//! `clutter.tsv` means ASCII case plus the Kelvin sign for "k" and the long s "ſ" for "s".
//! Digits are ASCII digits, as the tokenizer reads them.

use std::sync::LazyLock;

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
    /// A line of a kind that `clutter.tsv` names, or a table drawn with `|` and `-`.
    Boilerplate,
    /// A line repeated verbatim (a headline printed twice).
    Repeated,
}

/// The words of `clutter.tsv`, by the shape of line they make.
#[derive(Default)]
struct Words {
    /// The line is one of these ("Anzeige", "Mehr zum Thema").
    line: Vec<&'static str>,
    /// One of these, then a count in brackets ("Kommentare (3)").
    counter: Vec<&'static str>,
    /// One of these, then a colon and a short credit ("Foto: dpa").
    credit: Vec<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words = Words::default();
    for row in lexicon::rows(lexicon::CLUTTER) {
        let list = match row[0] {
            "line" => &mut words.line,
            "counter" => &mut words.counter,
            "credit" => &mut words.credit,
            _ => continue,
        };
        list.extend(row[1].split('|'));
    }
    words
});

/// Page furniture is short. A longer line is prose even when it happens to hold a pattern's marks
/// (two `|` in an article pasted as one line would otherwise mask the whole article as a table row).
const MAX_BOILERPLATE: usize = 500;

/// Only short lines can be a repeated headline; a repeated paragraph is content.
const MAX_REPEATED: usize = 300;

/// At most this many characters of credit after "Foto:".
const MAX_CREDIT: usize = 80;

/// At most this many characters before the last cell mark of a table cell ("Quellen |").
const MAX_CELL: usize = 40;

/// The lines of `text`, each with the line break that ends it: the breaks the tokenizer knows
/// ('\n', '\r', U+2028, U+2029), so that clutter lines and sentence lines agree. Found by bytes,
/// not chars, and many at a time (`memchr3`): this reads every byte of the text, and the breaks
/// are ASCII or begin with 0xE2.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut end = start;
        let cut = loop {
            let Some(at) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[end..]).map(|k| end + k)
            else {
                break bytes.len();
            };
            match bytes[at] {
                0xE2 if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0xA8 | 0xA9])) => {
                    break at + 3
                }
                0xE2 => end = at + 1,
                _ => break at + 1,
            }
        };
        let line = &text[start..cut];
        start = cut;
        Some(line)
    })
}

/// Does `c` fold to the lower-case ASCII letter `ascii` (the `(?i)` of a regex)?
fn folds_to(c: char, ascii: char) -> bool {
    c.to_ascii_lowercase() == ascii
        || (ascii == 'k' && c == '\u{212A}')
        || (ascii == 's' && c == '\u{17F}')
}

/// `text` without `word` at its start, compared without case, or `None`.
fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut chars = text.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if !folds_to(c, w) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &text[at..]))
}

/// `text` without one of `words` at its start, for each word that fits.
fn after_words<'t>(text: &'t str, words: &'t [&str]) -> impl Iterator<Item = &'t str> {
    words.iter().filter_map(move |w| strip_word(text, w))
}

/// "Anzeige", "Mehr zum Thema": the whole line is one of the words.
fn is_marker(line: &str, words: &Words) -> bool {
    after_words(line, &words.line).any(str::is_empty)
}

/// "Kommentare (3)", "Comments(12)".
fn is_counter(line: &str, words: &Words) -> bool {
    after_words(line, &words.counter).any(|rest| {
        rest.trim_start()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// "Foto: dpa", "Quelle : Reuters": a credit of at most [`MAX_CREDIT`] characters.
fn is_credit(line: &str, words: &Words) -> bool {
    after_words(line, &words.credit).any(|rest| {
        rest.trim_start()
            .strip_prefix(':')
            .is_some_and(|credit| credit.chars().count() <= MAX_CREDIT)
    })
}

/// "---|---|", "| --- | --- |": a table's rule line.
fn is_table_rule(line: &str) -> bool {
    let rest = line.strip_prefix('|').unwrap_or(line).trim_start();
    rest.starts_with("---")
        && rest
            .chars()
            .all(|c| c == '-' || c == '|' || c.is_whitespace())
}

/// "Ort | Myrne, Ukraine |": two cell marks make a table row.
fn is_table_row(line: &str) -> bool {
    memchr::memchr_iter(b'|', line.as_bytes()).nth(1).is_some()
}

/// "Quellen |": a short cell closed by a mark set off with a space.
fn is_table_cell(line: &str) -> bool {
    let Some(before) = line.strip_suffix('|') else {
        return false;
    };
    let mut chars = before.chars().rev();
    chars.next().is_some_and(char::is_whitespace) && chars.count() <= MAX_CELL
}

fn is_boilerplate(line: &str) -> bool {
    let words = &*WORDS;
    is_table_row(line)
        || is_table_rule(line)
        || is_table_cell(line)
        || is_marker(line, words)
        || is_counter(line, words)
        || is_credit(line, words)
}

/// A letter, digit or joiner: what a regex `\b` sees as part of a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(
            c as u32,
            0x0300..=0x036F | 0x200C | 0x200D | 0x203F | 0x2040
        )
}

/// `n` ASCII digits at the start of `text`, and the rest.
fn digits(text: &str, n: usize) -> Option<&str> {
    let head = text.get(..n)?;
    head.bytes().all(|b| b.is_ascii_digit()).then(|| &text[n..])
}

/// Ends a date at a word boundary: nothing, or no letter or digit, follows.
fn at_boundary(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !is_word_char(c))
}

/// The `date 2024-11(-05)` header at the very start of the text (after blanks and a byte-order
/// mark, which a file saved on Windows may begin with): its length in bytes.
fn metadata(text: &str) -> Option<usize> {
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let rest = strip_word(body, "date").or_else(|| strip_word(body, "datum"))?;
    let mut chars = rest.chars();
    let sep = chars.next()?;
    if sep != ':' && !sep.is_whitespace() {
        return None;
    }
    let rest = chars.as_str().trim_start();
    let month = digits(rest, 4)?.strip_prefix('-')?;
    let after_month = digits(month, 2)?;
    let end = match after_month.strip_prefix('-').and_then(|d| digits(d, 2)) {
        Some(after_day) if at_boundary(after_day) => after_day,
        _ if at_boundary(after_month) => after_month,
        _ => return None,
    };
    Some(text.len() - end.len())
}

/// Finds the clutter in `text`, in order and without overlaps.
pub fn find_clutter(text: &str) -> Vec<Clutter> {
    let mut found = Vec::new();
    if let Some(end) = metadata(text) {
        found.push(Clutter {
            start: 0,
            end,
            kind: ClutterKind::Metadata,
        });
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut offset = 0;
    for line in lines_inclusive(text) {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || found.last().is_some_and(|c| c.end > start) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = (start + lead, start + lead + trimmed.len());
        let kind = if trimmed.len() <= MAX_BOILERPLATE && is_boilerplate(trimmed) {
            Some(ClutterKind::Boilerplate)
        } else if trimmed.len() < MAX_REPEATED && !seen.insert(trimmed) {
            // Seen before (a short line is remembered the first time, with this one hash).
            Some(ClutterKind::Repeated)
        } else {
            None
        };
        if let Some(kind) = kind {
            found.push(Clutter {
                start: span.0,
                end: span.1,
                kind,
            });
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
    fn lines_end_at_each_kind_of_break_and_keep_it() {
        let text = "a\nb\r\nc\u{2028}d\u{2029}e \u{2013} f";
        let lines: Vec<&str> = lines_inclusive(text).collect();
        assert_eq!(
            lines,
            ["a\n", "b\r", "\n", "c\u{2028}", "d\u{2029}", "e \u{2013} f"]
        );
        assert_eq!(lines_inclusive("").count(), 0);
        assert_eq!(lines_inclusive("\n\n").count(), 2);
    }

    #[test]
    fn ordinary_prose_is_kept() {
        assert!(masked("Die Anzeige wurde erstattet. Kommentare gab es nicht.").is_empty());
    }
}
