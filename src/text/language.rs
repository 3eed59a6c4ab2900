//! Which language an article is written in: German or English, by counting frequent function words.

use std::sync::LazyLock;

use super::fxhash::FxHashMap;
use super::tokens::{Token, TokenKind};
use crate::lexicon;
use crate::report::Language;

static STOPWORDS: LazyLock<FxHashMap<&'static str, Language>> = LazyLock::new(|| {
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
    let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
    detect_lowered(tokens, &lower)
}

/// [`detect`] for tokens whose lower-case text is known already (the [`Document`] has it), which
/// spares a lower-casing per word.
///
/// [`Document`]: super::Document
pub fn detect_lowered<S: AsRef<str>>(tokens: &[Token], lower: &[S]) -> Language {
    let (mut de, mut en) = (0usize, 0usize);
    for (t, word) in tokens
        .iter()
        .zip(lower)
        .filter(|(t, _)| t.kind == TokenKind::Word)
        .take(2000)
    {
        // Function words are short: the length is that of the word as written.
        if t.end - t.start > 5 {
            continue;
        }
        match STOPWORDS.get(word.as_ref()) {
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
