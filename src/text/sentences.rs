//! Sentence boundaries over tokens: line breaks end sentences (headlines, list items); `.`, `!`
//! and `?` end them unless they close an abbreviation ("ca.", "z. B.") or an ordinal before a month
//! ("15. November").

use std::sync::LazyLock;

use super::fxhash::FxHashSet;
use super::tokens::{Token, TokenKind};
use super::words::{function_word, lower, WordClass};
use crate::lexicon;
use crate::report::Language;

static ABBREVIATIONS: LazyLock<FxHashSet<(Language, &'static str)>> = LazyLock::new(|| {
    let mut set = FxHashSet::default();
    for row in lexicon::rows(lexicon::ABBREVIATIONS) {
        for &lang in lexicon::languages(row[0]) {
            set.insert((lang, row[1]));
        }
    }
    set
});

static MONTHS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lexicon::rows(lexicon::MONTHS).map(|r| r[1]).collect());

/// A run of text with no sentence end in sight (a list pasted as one line, text without
/// punctuation) is cut into pieces: after `LONG` tokens at the next clause mark, after `MAX`
/// tokens wherever it is. Written sentences stay far below both (the longest in the samples has 70
/// tokens). The cut keeps the work each finder does per sentence, and each quoted sentence, small.
const LONG: usize = 150;
const MAX: usize = 300;

/// Token index ranges, one per sentence, covering every token in order.
pub fn split(text: &str, tokens: &[Token], lang: Language) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for j in 1..tokens.len() {
        if breaks_before(text, tokens, j, lang)
            || ends_dateline(text, tokens, start, j)
            || too_long(text, tokens, start, j)
        {
            out.push(start..j);
            start = j;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The most tokens a dateline has ("Washington, Monday, March 3, 2025 (AP)").
const DATELINE: usize = 14;

/// Does a dateline end before token `j`? "Berlin, 12. März 2025 – Die …", "WASHINGTON (AP) —
/// More than …": at the start of a line a place, then a comma or a bracket, a short run and a
/// dash. The story's first sentence starts after it, so that its quote leaves the dateline out.
fn ends_dateline(text: &str, tokens: &[Token], start: usize, j: usize) -> bool {
    let dash = &tokens[j - 1];
    j - start <= DATELINE
        && j >= start + 3
        && matches!(dash.text(text), "–" | "—" | "-")
        && dash.space_before
        && tokens[j].space_before
        && (start == 0 || tokens[start].newline_before)
        && tokens[start].kind == TokenKind::Word
        && tokens[start].text(text).starts_with(char::is_uppercase)
        && matches!(tokens[start + 1].text(text), "," | "(")
}

/// Must a sentence that started at token `start` end before token `j`, for its length alone?
fn too_long(text: &str, tokens: &[Token], start: usize, j: usize) -> bool {
    let length = j - start;
    length >= MAX
        || (length >= LONG && matches!(tokens[j - 1].text(text), "," | ";" | ":" | "–" | "—"))
}

fn breaks_before(text: &str, tokens: &[Token], j: usize, lang: Language) -> bool {
    let next = &tokens[j];
    if next.newline_before {
        return true;
    }
    // Only punctuation ends a sentence: most tokens follow a word, and nothing is compared then.
    if !next.space_before || tokens[j - 1].kind != TokenKind::Punct {
        return false;
    }
    // The terminal mark may be followed by closing quotes or brackets: `… beendet.“ Dann`.
    let mut k = j - 1;
    while k > 0 && is_closer(tokens[k].text(text)) && !tokens[k].space_before {
        k -= 1;
    }
    let mark = tokens[k].text(text);
    if !matches!(mark, "." | "!" | "?" | "…") {
        return false;
    }
    let next_text = next.text(text);
    let starts_sentence = next_text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opener(c));
    if !starts_sentence {
        return false;
    }
    if mark == "." && k > 0 {
        let before = &tokens[k - 1];
        let word = lower(before.text(text));
        // An abbreviation keeps its period even set apart, as tokenised text has it ("St . Moritz").
        if before.kind == TokenKind::Word && ABBREVIATIONS.contains(&(lang, word.as_ref())) {
            return false;
        }
        if tokens[k].space_before {
            return true;
        }
        match before.kind {
            TokenKind::Word if word.chars().count() == 1 => return false,
            TokenKind::Number if MONTHS.contains(lower(next_text).as_ref()) => return false,
            // "im 2. Weltkrieg", "am 3. Tag": an ordinal after an article or preposition.
            TokenKind::Number
                if k >= 2 && is_article_or_preposition(text, &tokens[k - 2], lang) =>
            {
                return false
            }
            _ => {}
        }
    }
    true
}

fn is_article_or_preposition(text: &str, token: &Token, lang: Language) -> bool {
    let word = lower(token.text(text));
    matches!(
        function_word(lang, &word),
        Some(WordClass::Determiner | WordClass::Preposition)
    )
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "\"" | "“" | "”" | "’" | "'" | "«" | "»" | ")" | "]" | "‘"
    )
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '‚' | '«' | '»' | '(' | '[' | '–' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split(text, &tokens, Language::De)
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn a_dateline_is_not_part_of_the_first_sentence() {
        assert_eq!(
            sentences("Berlin, 12. März 2025 – Die Regierung tagte."),
            ["Berlin, 12. März 2025 –", "Die Regierung tagte."]
        );
        assert_eq!(
            sentences("WASHINGTON (AP) — More than 100 came."),
            ["WASHINGTON (AP) —", "More than 100 came."]
        );
        // A dash inside a sentence is no dateline.
        assert_eq!(
            sentences("Im Jahr 2024 – so der Bericht – kamen viele."),
            ["Im Jahr 2024 – so der Bericht – kamen viele."]
        );
    }

    #[test]
    fn periods_end_sentences() {
        assert_eq!(
            sentences("Das ist eins. Das ist zwei."),
            vec!["Das ist eins.", "Das ist zwei."]
        );
    }

    #[test]
    fn a_day_before_a_month_does_not_end_a_sentence() {
        assert_eq!(sentences("Am 15. November sprach er.").len(), 1);
    }

    #[test]
    fn an_abbreviation_set_apart_from_its_period_does_not_end_a_sentence() {
        let s = sentences("Das Kloster St . Johannis ist alt. Dann kam der Winter.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Es kamen ca. 500 Menschen, z. B. Kinder.").len(),
            1
        );
    }

    #[test]
    fn line_breaks_end_headlines_and_list_items() {
        assert_eq!(sentences("Titel\n- 50 Haubitzen\n- 20 Werfer").len(), 3);
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let s = sentences("Er sagte: „Wir siegen.“ Dann ging er.");
        assert_eq!(s, vec!["Er sagte: „Wir siegen.“", "Dann ging er."]);
    }

    #[test]
    fn a_text_without_sentence_ends_is_cut_at_a_clause_mark_once_it_is_long() {
        let text = "eins zwei drei vier fünf sechs sieben acht neun, ".repeat(40);
        let tokens = tokenize(&text);
        let pieces = split(&text, &tokens, Language::De);
        assert!(pieces.len() > 1);
        for p in &pieces[..pieces.len() - 1] {
            assert!((LONG..=MAX).contains(&p.len()), "{p:?}");
            assert_eq!(tokens[p.end - 1].text(&text), ",");
        }
        assert_eq!(pieces.last().map(|p| p.end), Some(tokens.len()));
    }

    #[test]
    fn a_text_without_any_marks_is_cut_at_the_maximum() {
        let text = "wort ".repeat(1000);
        let lengths: Vec<usize> = split(&text, &tokenize(&text), Language::De)
            .iter()
            .map(|p| p.len())
            .collect();
        assert_eq!(lengths, vec![MAX, MAX, MAX, 100]);
    }

    #[test]
    fn grouped_numbers_do_not_end_sentences() {
        assert_eq!(sentences("Es waren 10.000 Soldaten.").len(), 1);
    }
}
