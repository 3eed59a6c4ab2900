//! The shared [`Document`]: one article tokenised, split into sentences and cleaned, read by every finder.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use super::clean::{find_clutter, Clutter};
use super::fxhash::{hash_str, FxHashMap};
use super::tokens::{tokenize, Token, TokenKind};
use super::words::{is_capitalized, is_lower, lower};
use super::{language, sentences};
use crate::report::{Language, SentenceRef};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// The tokens of the sentence, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

#[derive(Debug)]
pub struct Document<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub lang: Language,
    /// Tokens outside clutter, in order.
    pub tokens: Vec<Token>,
    /// The lower-case text of each token, for table lookups.
    pub lower: Vec<Cow<'a, str>>,
    /// The hash of each lower-case text, for [`WordTable`](super::word_table::WordTable) lookups.
    hashes: Vec<u64>,
    pub sentences: Vec<Sentence>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
    pub clutter: Vec<Clutter>,
}

impl<'a> Document<'a> {
    pub fn new(id: &'a str, text: &'a str) -> Self {
        Self::build(id, text, None)
    }

    /// A document whose language the caller knows (a test suite, a short snippet): detection
    /// needs more text than a phrase gives.
    pub fn with_language(id: &'a str, text: &'a str, lang: Language) -> Self {
        Self::build(id, text, Some(lang))
    }

    fn build(id: &'a str, text: &'a str, lang: Option<Language>) -> Self {
        let clutter = find_clutter(text);
        let tokens = mask(tokenize(text), &clutter);
        let lower: Vec<Cow<'a, str>> = tokens.iter().map(|t| lowered(t.text(text))).collect();
        let hashes = lower.iter().map(|w| hash_str(w)).collect();
        let lang = lang.unwrap_or_else(|| language::detect_lowered(&tokens, &lower));
        let ranges = sentences::split(text, &tokens, lang);
        let mut sentence_of = vec![0u32; tokens.len()];
        let sentences = ranges
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                sentence_of[r.clone()]
                    .iter_mut()
                    .for_each(|s| *s = i as u32);
                Sentence {
                    start: tokens[r.start].start,
                    end: tokens[r.end - 1].end,
                    tokens: r,
                }
            })
            .collect();
        Document {
            id,
            text,
            lang,
            tokens,
            lower,
            hashes,
            sentences,
            sentence_of,
            clutter,
        }
    }

    /// The original text of token `i`; empty past the end, so look-ahead never panics.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The lower-case text of token `i`; empty past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    /// The [`hash_str`] of token `i`'s lower-case text; that of the empty word past the end.
    #[inline]
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes.get(i).copied().unwrap_or_else(|| hash_str(""))
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens.get(i).map_or(TokenKind::Punct, |t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && is_capitalized(self.word(i))
    }

    /// Is token `i` the first of its sentence (where capitals prove nothing)?
    pub fn starts_sentence(&self, i: usize) -> bool {
        let s = &self.sentences[self.sentence_of[i] as usize];
        let mut first = s.tokens.start;
        // Opening quotes and list dashes do not count.
        while first < i && self.kind(first) == TokenKind::Punct {
            first += 1;
        }
        first == i
    }

    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of[a] == self.sentence_of[b]
    }

    pub fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.sentences[self.sentence_of[i] as usize].tokens.clone()
    }

    /// The sentence that holds token `i`, as a report reference.
    pub fn sentence_ref(&self, i: usize) -> SentenceRef {
        let s = &self.sentences[self.sentence_of[i] as usize];
        SentenceRef {
            start: s.start,
            end: s.end,
            text: self.text[s.start..s.end].to_string(),
        }
    }

    /// The byte range of tokens `first..=last`.
    pub fn span(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[last].end)
    }

    pub fn slice(&self, first: usize, last: usize) -> &'a str {
        let (s, e) = self.span(first, last);
        &self.text[s..e]
    }

    /// Lower-case words from token `from` on, for phrase tables.
    pub fn lowers(&self) -> &[Cow<'a, str>] {
        &self.lower
    }
}

/// How many lower-case forms [`lowered`] keeps; past that, words are lowered anew each time.
const KEPT_WORDS: usize = 1 << 15;

/// The lower-case forms of words written with capitals, kept for the life of the page: a text
/// repeats its capitalised words (every German noun), and so do the articles of a set and the
/// page's successive analyses. At most [`KEPT_WORDS`] words, about 3 MB at worst.
#[derive(Default)]
struct Kept {
    /// Each word as written, to its place in `lower`. (`u16`: the map type the tagger's lexical
    /// flags use, so the wasm holds one copy of its code; a map of its own cost 1.8 KB gzipped.)
    index: FxHashMap<Box<str>, u16>,
    lower: Vec<&'static str>,
}

thread_local! {
    static KEPT: RefCell<Kept> = RefCell::default();
}

/// [`lower`], with the lower-case forms of capitalised words kept rather than built anew for
/// every token.
fn lowered(word: &str) -> Cow<'_, str> {
    if is_lower(word) {
        return Cow::Borrowed(word);
    }
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(&at) = kept.index.get(word) {
            return Cow::Borrowed(kept.lower[usize::from(at)]);
        }
        let lower = lower(word).into_owned();
        if kept.lower.len() >= KEPT_WORDS {
            return Cow::Owned(lower);
        }
        // Kept words live as long as the page: leaked on purpose, and bounded above.
        let known: &'static str = Box::leak(lower.into_boxed_str());
        let at = kept.lower.len() as u16;
        kept.lower.push(known);
        kept.index.insert(word.into(), at);
        Cow::Borrowed(known)
    })
}

/// Drops the tokens inside clutter (both lists are in text order, so one pass does it) and marks
/// the token after masked text as starting a new line.
fn mask(tokens: Vec<Token>, clutter: &[Clutter]) -> Vec<Token> {
    if clutter.is_empty() {
        return tokens;
    }
    let mut kept = Vec::with_capacity(tokens.len());
    let mut c = 0;
    let mut after_clutter = None;
    for mut t in tokens {
        while c < clutter.len() && clutter[c].end <= t.start {
            after_clutter = Some(());
            c += 1;
        }
        if c < clutter.len() && t.start >= clutter[c].start {
            continue;
        }
        if after_clutter.take().is_some() {
            t.newline_before = true;
            t.space_before = true;
        }
        kept.push(t);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_lower_case_forms_are_those_of_lower() {
        for word in [
            "Soldaten",
            "ÜBER",
            "İstanbul",
            "Nordkorea",
            "straße",
            "10.000",
            "NATO",
        ] {
            // Twice: the second time the form comes from the kept table.
            assert_eq!(lowered(word), lower(word), "{word}");
            assert_eq!(lowered(word), lower(word), "{word}");
        }
        // A word with capitals is kept: the same string both times, not a new one.
        let (a, b) = (lowered("Pjöngjang"), lowered("Pjöngjang"));
        assert!(matches!((&a, &b), (Cow::Borrowed(x), Cow::Borrowed(y)) if std::ptr::eq(*x, *y)));
    }

    #[test]
    fn clutter_tokens_are_dropped_but_offsets_stay_original() {
        let text = "Anzeige\nNordkorea schickt Soldaten.";
        let doc = Document::new("a", text);
        assert_eq!(doc.word(0), "Nordkorea");
        assert_eq!(doc.tokens[0].start, 8);
        assert_eq!(doc.sentences.len(), 1);
    }

    #[test]
    fn each_token_knows_its_sentence() {
        let doc = Document::new("a", "Eins zwei. Drei vier.");
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.same_sentence(0, 1));
        assert!(!doc.same_sentence(1, 3));
        assert_eq!(doc.sentence_ref(3).text, "Drei vier.");
    }

    #[test]
    fn an_empty_text_has_no_sentences() {
        let doc = Document::new("a", "");
        assert!(doc.tokens.is_empty() && doc.sentences.is_empty());
    }
}
