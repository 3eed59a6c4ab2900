//! Which language an article is written in: German or English, by counting frequent function words.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use crate::lexicon;
use crate::report::Language;

static STOPWORDS: LazyLock<HashMap<&'static str, Language>> = LazyLock::new(|| {
    lexicon::rows(lexicon::STOPWORDS)
        .filter_map(|row| {
            let lang = match row[0] {
                "de" => Language::De,
                "en" => Language::En,
                _ => return None,
            };
            Some((row[1], lang))
        })
        .collect()
});

/// German unless English function words clearly outnumber German ones (German comes first).
pub fn detect(text: &str, tokens: &[Token]) -> Language {
    let (mut de, mut en) = (0usize, 0usize);
    for t in tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(2000)
    {
        let word = t.text(text);
        if word.len() > 5 {
            continue;
        }
        match STOPWORDS.get(word.to_lowercase().as_str()) {
            Some(Language::De) => de += 1,
            Some(Language::En) => en += 1,
            None => {}
        }
    }
    if en > de {
        Language::En
    } else {
        Language::De
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn lang(text: &str) -> Language {
        detect(text, &tokenize(text))
    }

    #[test]
    fn german_text_is_german() {
        assert_eq!(
            lang("Nordkorea hat über 10.000 Soldaten nach Russland geschickt."),
            Language::De
        );
    }

    #[test]
    fn english_text_is_english() {
        assert_eq!(
            lang("North Korea has sent more than 10,000 troops to Russia, officials said."),
            Language::En
        );
    }

    #[test]
    fn text_without_clues_defaults_to_german() {
        assert_eq!(lang("12345"), Language::De);
    }
}
