//! Tokens: words, numbers and punctuation with byte offsets into the original text.
//!
//! One hand-written pass over the chars; every later finder reads these tokens instead of
//! re-scanning the text, which keeps the whole pipeline linear.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes and digits ("Kim", "Jong-un", "G7", "Nord-").
    Word,
    /// Digits with inner `.`, `,`, `:` or `/` between digits ("10.000", "1,5", "14:30", "1/2").
    Number,
    /// A number glued to a word by a hyphen or directly ("54-Jährige", "3D"): never a figure.
    NumberWord,
    /// Any other single char that is not whitespace.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into tokens. Never panics, whatever the input.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() || is_invisible(c) {
            space_before = true;
            newline_before |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i = scan_number(&chars, i);
            if i < chars.len() && (chars[i].1.is_alphabetic() || joins_word(&chars, i)) {
                i = scan_word(&chars, i);
                TokenKind::NumberWord
            } else {
                TokenKind::Number
            }
        } else if c.is_alphabetic() {
            i = scan_word(&chars, i);
            TokenKind::Word
        } else {
            i += 1;
            TokenKind::Punct
        };
        tokens.push(Token {
            start: byte_at(start),
            end: byte_at(i),
            kind,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// Zero-width and soft-hyphen chars that scraped text carries; they separate nothing.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'
    )
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A hyphen at `i` followed by a letter or digit continues the word ("Jong-un", "F-16").
fn joins_word(chars: &[(usize, char)], i: usize) -> bool {
    is_hyphen(chars[i].1) && chars.get(i + 1).is_some_and(|c| c.1.is_alphanumeric())
}

fn scan_number(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_ascii_digit() {
            i += 1;
        } else if matches!(c, '.' | ',' | ':' | '/')
            && chars.get(i + 1).is_some_and(|n| n.1.is_ascii_digit())
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() || is_combining(c) {
            i += 1;
        } else if joins_word(chars, i)
            || (matches!(c, '\'' | '’') && chars.get(i + 1).is_some_and(|n| n.1.is_alphabetic()))
        {
            i += 1;
        } else if is_hyphen(c) && is_truncation(chars, i) {
            // "Nord- und Südkorea": the hyphen marks a shortened compound and stays with it.
            i += 1;
            break;
        } else {
            break;
        }
    }
    i
}

/// A hyphen followed by a space and then "und"/"oder"/"and"/"or"/"bis" or a comma.
fn is_truncation(chars: &[(usize, char)], i: usize) -> bool {
    let Some(&(_, next)) = chars.get(i + 1) else {
        return false;
    };
    if next == ',' {
        return true;
    }
    if next != ' ' {
        return false;
    }
    let rest: String = chars[i + 2..].iter().take(5).map(|c| c.1).collect();
    ["und ", "oder ", "bis ", "and ", "or "]
        .iter()
        .any(|w| rest.starts_with(w))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    #[test]
    fn grouped_numbers_stay_whole() {
        let t = kinds("über 10.000 Soldaten und 1,5 Mio.");
        assert_eq!(t[1], ("10.000", TokenKind::Number));
        assert_eq!(t[4], ("1,5", TokenKind::Number));
        assert_eq!(t[6], (".", TokenKind::Punct));
    }

    #[test]
    fn hyphenated_names_are_one_word() {
        let t = kinds("Kim Jong-un und das US-Außenministerium");
        assert_eq!(t[1], ("Jong-un", TokenKind::Word));
        assert_eq!(t[4], ("US-Außenministerium", TokenKind::Word));
    }

    #[test]
    fn a_truncated_compound_keeps_its_hyphen() {
        let t = kinds("Nord- und Südkorea");
        assert_eq!(t[0], ("Nord-", TokenKind::Word));
    }

    #[test]
    fn numbers_glued_to_words_are_not_numbers() {
        let t = kinds("der 54-Jährige, G7 und CO2");
        assert_eq!(t[1], ("54-Jährige", TokenKind::NumberWord));
        assert_eq!(t[3], ("G7", TokenKind::Word));
        assert_eq!(t[5], ("CO2", TokenKind::Word));
    }

    #[test]
    fn a_sentence_final_period_is_punctuation() {
        let t = kinds("Es waren 12.");
        assert_eq!(t[2], ("12", TokenKind::Number));
        assert_eq!(t[3], (".", TokenKind::Punct));
    }

    #[test]
    fn offsets_slice_the_original_text_even_with_multibyte_chars() {
        let text = "Pjöngjang – „Gerücht“ 😀 e\u{301}";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(!t.text(text).trim().is_empty());
        }
    }

    #[test]
    fn line_breaks_are_recorded() {
        let t = tokenize("Titel\nText");
        assert!(t[1].newline_before);
        assert!(!t[0].newline_before);
    }
}
