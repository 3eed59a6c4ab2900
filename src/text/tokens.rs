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
///
/// Walks byte positions and decodes each char where it stands, so no buffer of chars is built
/// (the text is read once, and most of it is ASCII).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while let Some(&b) = text.as_bytes().get(pos) {
        if b == b' ' {
            // The most frequent char of a text, and the cheapest to skip.
            space_before = true;
            pos += 1;
            continue;
        }
        let start = pos;
        let kind = if b.is_ascii_alphabetic() {
            // Most tokens begin with an ASCII letter: a word, known without decoding the char.
            pos = scan_word(text, pos);
            TokenKind::Word
        } else {
            let Some(c) = char_at(text, pos) else {
                break;
            };
            if c.is_whitespace() || is_invisible(c) {
                space_before = true;
                newline_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
                pos += c.len_utf8();
                continue;
            }
            if c.is_ascii_digit() {
                pos = scan_number(text, pos);
                if char_at(text, pos).is_some_and(char::is_alphabetic) || joins_word(text, pos) {
                    pos = scan_word(text, pos);
                    TokenKind::NumberWord
                } else {
                    TokenKind::Number
                }
            } else if c.is_alphabetic() {
                pos = scan_word(text, pos);
                TokenKind::Word
            } else if is_possessive(text, pos) {
                // "'s" after a name is a word of its own, so "Kim Jong Un's" holds the name whole.
                pos += c.len_utf8() + 1;
                TokenKind::Word
            } else {
                pos += c.len_utf8();
                TokenKind::Punct
            }
        };
        tokens.push(Token {
            start,
            end: pos,
            kind,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// The char that starts at byte `pos` (always a char boundary here), if any.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The char after the one at byte `pos`.
#[inline]
fn char_after(text: &str, pos: usize) -> Option<char> {
    let c = char_at(text, pos)?;
    char_at(text, pos + c.len_utf8())
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

/// A hyphen at `pos` followed by a letter or digit continues the word ("Jong-un", "F-16").
fn joins_word(text: &str, pos: usize) -> bool {
    char_at(text, pos).is_some_and(is_hyphen)
        && char_after(text, pos).is_some_and(char::is_alphanumeric)
}

fn scan_number(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        let joins = matches!(b, b'.' | b',' | b':' | b'/')
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || joins) {
            break;
        }
        pos += 1;
    }
    pos
}

fn scan_word(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, most of any word, continue it whatever follows: no decoding.
        while bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
            pos += 1;
        }
        match bytes.get(pos) {
            None => break,
            // Any other ASCII char but an apostrophe or a hyphen ends the word: most words end so.
            Some(&b) if b.is_ascii() && b != b'\'' && b != b'-' => break,
            _ => {}
        }
        let Some(c) = char_at(text, pos) else {
            break;
        };
        if is_latin1_letter(c) {
            // "ä", "ß", "é": letters, known without the Unicode tables.
            pos += c.len_utf8();
            continue;
        }
        let apostrophe = matches!(c, '\'' | '’')
            && char_after(text, pos).is_some_and(char::is_alphabetic)
            && !is_possessive(text, pos);
        if c.is_alphanumeric() || is_combining(c) || joins_word(text, pos) || apostrophe {
            pos += c.len_utf8();
        } else if is_hyphen(c) && is_truncation(text, pos) {
            // "Nord- und Südkorea": the hyphen marks a shortened compound and stays with it.
            pos += c.len_utf8();
            break;
        } else {
            break;
        }
    }
    pos
}

/// The letters of Latin-1 (U+00C0 to U+00FF but the signs × and ÷), which German and French
/// words are full of.
fn is_latin1_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{FF}') && c != '\u{D7}' && c != '\u{F7}'
}

/// An English possessive at `pos`: an apostrophe, "s", and the end of the word ("Korea's"), but
/// not "it's" inside a longer word or "O'Sullivan".
fn is_possessive(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let s_at = match bytes.get(pos) {
        Some(b'\'') => pos + 1,
        Some(0xE2) if text[pos..].starts_with('’') => pos + '’'.len_utf8(),
        _ => return false,
    };
    bytes.get(s_at) == Some(&b's')
        && char_at(text, s_at + 1).is_none_or(|c| !(c.is_alphanumeric() || is_combining(c)))
}

/// A hyphen at `pos` followed by a space and then "und"/"oder"/"and"/"or"/"bis" or a comma.
fn is_truncation(text: &str, pos: usize) -> bool {
    let Some(hyphen) = char_at(text, pos) else {
        return false;
    };
    let after = pos + hyphen.len_utf8();
    match char_at(text, after) {
        Some(',') => true,
        Some(' ') => {
            let rest = &text[after + 1..];
            ["und ", "oder ", "bis ", "and ", "or "]
                .iter()
                .any(|w| rest.starts_with(w))
        }
        _ => false,
    }
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
    fn a_possessive_is_a_word_of_its_own() {
        let t = kinds("Kim Jong Un's men and Korea’s army");
        assert_eq!(t[2], ("Un", TokenKind::Word));
        assert_eq!(t[3], ("'s", TokenKind::Word));
        assert_eq!(t[7], ("’s", TokenKind::Word));
        // Other apostrophes stay inside the word.
        let t = kinds("O'Sullivan doesn't say it's Côte d'Azur");
        assert_eq!(t[0].0, "O'Sullivan");
        assert_eq!(t[1].0, "doesn't");
        assert_eq!((t[3].0, t[4].0), ("it", "'s"));
        assert_eq!(t[6].0, "d'Azur");
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
    fn latin1_letters_are_the_alphabetic_chars_of_their_block() {
        for c in '\u{C0}'..='\u{FF}' {
            assert_eq!(is_latin1_letter(c), c.is_alphanumeric(), "{c}");
        }
        let t = kinds("Größe×Maß Ærø");
        assert_eq!(t[0], ("Größe", TokenKind::Word));
        assert_eq!(t[1], ("×", TokenKind::Punct));
        assert_eq!(t[2], ("Maß", TokenKind::Word));
        assert_eq!(t[3], ("Ærø", TokenKind::Word));
    }

    #[test]
    fn line_breaks_are_recorded() {
        let t = tokenize("Titel\nText");
        assert!(t[1].newline_before);
        assert!(!t[0].newline_before);
    }
}
