//! Word-level facts every finder asks: lower case, capitalisation, closed-class words, phrase tables.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::fxhash::{hash_str, FxHashMap};
use super::tokens::tokenize;
use super::word_table::WordTable;
use super::Document;
use crate::lexicon;
use crate::report::Language;

/// Lower-cases without allocating when the word is lower case already.
// Not inlined: called from every finder, and a copy of the case tests and the Unicode lowering
// at each call cost the wasm 5 KB gzipped.
#[inline(never)]
pub fn lower(word: &str) -> Cow<'_, str> {
    if is_lower(word) {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Is the word in lower case already (no capital letter in it)?
pub fn is_lower(word: &str) -> bool {
    // Most words are ASCII, whose case a byte test settles without decoding characters.
    if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        !word.chars().any(char::is_uppercase)
    }
}

pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "NATO", "KCNA", "DVRK": two or more letters, all upper case.
pub fn is_acronym(word: &str) -> bool {
    // One pass that stops at the first lower-case letter, which most words have by their second.
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
    }
    letters >= 2
}

/// The grammatical class of a closed-class word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Determiner,
    Preposition,
    Conjunction,
    Pronoun,
    Auxiliary,
    Adverb,
    Negation,
}

static FUNCTION_WORDS: LazyLock<FxHashMap<(Language, &'static str), WordClass>> =
    LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for row in lexicon::rows(lexicon::FUNCTION_WORDS) {
            let class = match row[2] {
                "det" => WordClass::Determiner,
                "prep" => WordClass::Preposition,
                "conj" => WordClass::Conjunction,
                "pron" => WordClass::Pronoun,
                "aux" => WordClass::Auxiliary,
                "adv" => WordClass::Adverb,
                "neg" => WordClass::Negation,
                _ => continue,
            };
            for &lang in lexicon::languages(row[0]) {
                map.entry((lang, row[1])).or_insert(class);
            }
        }
        map
    });

/// The class of a closed-class word (given in lower case), or `None` for an open-class word.
pub fn function_word(lang: Language, lower: &str) -> Option<WordClass> {
    FUNCTION_WORDS.get(&(lang, lower)).copied()
}

/// A phrase split into the lower-case token texts the tokenizer would produce for it.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .iter()
        .map(|t| t.text(phrase).to_lowercase())
        .collect()
}

/// Separates the tokens of a phrase in [`PhraseTable`]; the tokenizer never puts it in a token.
const JOIN: char = '\u{1F}';

/// Multi-word phrases keyed by their first token, longest first, for matching at a token position.
///
/// A phrase is stored as one string, its lower-case tokens joined by an invisible separator, and
/// the phrases of a first token are chained through one list rather than each token holding a
/// list of its own: building a table of thousands of names allocates about once per name, and
/// the tables are built on the first analysis, which in the page the user waits for.
#[derive(Debug)]
pub struct PhraseTable<V> {
    /// The first phrase of each first token, which most tokens of a text are not, as a [`Link`].
    by_first: WordTable<Link>,
    phrases: Vec<Phrase<V>>,
}

/// A place in [`PhraseTable::phrases`] counted from 1, so that 0 (the default) ends a chain.
type Link = u32;

#[derive(Debug)]
struct Phrase<V> {
    /// The tokens after the first, lower case, each preceded by [`JOIN`].
    rest: Box<str>,
    /// How many tokens the phrase has.
    len: usize,
    value: V,
    /// The next phrase of the same first token, no longer than this one.
    next: Link,
}

impl<V> Phrase<V> {
    /// Do `words` begin with the tokens after the first?
    fn continues<S: AsRef<str>>(&self, words: &[S]) -> bool {
        let Some(words) = words.get(..self.len - 1) else {
            return false;
        };
        // Walked by prefix rather than split: this runs for every candidate of every name start.
        let mut rest = &*self.rest;
        for w in words {
            match rest
                .strip_prefix(JOIN)
                .and_then(|r| r.strip_prefix(w.as_ref()))
            {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    }
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable {
            by_first: WordTable::default(),
            phrases: Vec::new(),
        }
    }
}

/// The phrase a link leads to; `None` at the end of a chain.
fn linked<V>(phrases: &[Phrase<V>], link: Link) -> Option<&Phrase<V>> {
    phrases.get((link as usize).checked_sub(1)?)
}

/// Is `phrase` one word, a single token to the tokenizer? Letters only ("Nordkorea", "Pjöngjang").
fn is_one_word(phrase: &str) -> bool {
    !phrase.is_empty() && phrase.chars().all(char::is_alphabetic)
}

impl<V> PhraseTable<V> {
    /// Adds a phrase. Among phrases of the same first token the longer comes first, and of equal
    /// length the one added first, which is the one [`Self::longest_at`] finds.
    pub fn insert(&mut self, phrase: &str, value: V) {
        self.insert_lower(lower(phrase).into_owned(), value);
    }

    /// [`Self::insert`] for a phrase in lower case already, which a one-word phrase becomes the
    /// key of as it is: the gazetteer lowers each name once for all its inflected forms.
    pub fn insert_lower(&mut self, phrase: String, value: V) {
        let (first, rest, len) = if is_one_word(&phrase) {
            // Most names: no tokenizer, and no rest.
            (phrase, String::new(), 1)
        } else {
            let tokens = tokenize(&phrase);
            let Some((first, others)) = tokens.split_first() else {
                return;
            };
            let mut rest = String::new();
            for t in others {
                rest.push(JOIN);
                rest.push_str(t.text(&phrase));
            }
            (first.text(&phrase).to_string(), rest, tokens.len())
        };
        let PhraseTable { by_first, phrases } = self;
        let head = by_first.entry(first);
        // After every phrase at least as long: the order a stable sort by length would give.
        let (mut before, mut after) = (None, *head);
        while let Some(p) = linked(phrases, after).filter(|p| p.len >= len) {
            before = Some(after);
            after = p.next;
        }
        phrases.push(Phrase {
            rest: rest.into_boxed_str(),
            len,
            value,
            next: after,
        });
        let new = phrases.len() as Link;
        match before {
            Some(link) => phrases[link as usize - 1].next = new,
            None => *head = new,
        }
    }

    /// The longest phrase that starts at `at` in `words` (lower-case token texts), with its length.
    pub fn longest_at<'s, S: AsRef<str>>(
        &'s self,
        words: &[S],
        at: usize,
    ) -> Option<(usize, &'s V)> {
        let first = words.get(at)?.as_ref();
        let head = *self.by_first.get(first, hash_str(first))?;
        self.longest_of(head, &words[at + 1..])
    }

    /// The longest phrase that starts at token `at` of `doc`, with its length; as
    /// [`Self::longest_at`] on the document's lower-case words, with the hash the document took.
    pub fn longest_in(&self, doc: &Document, at: usize) -> Option<(usize, &V)> {
        if at >= doc.tokens.len() {
            return None;
        }
        let head = *self.by_first.at(doc, at)?;
        self.longest_of(head, &doc.lowers()[at + 1..])
    }

    /// Does some phrase start with token `at` of `doc`?
    pub fn starts_at(&self, doc: &Document, at: usize) -> bool {
        at < doc.tokens.len() && self.by_first.at(doc, at).is_some()
    }

    /// The first phrase of the chain from `head`, longest first, that `after` continues.
    fn longest_of<S: AsRef<str>>(&self, head: Link, after: &[S]) -> Option<(usize, &V)> {
        let mut link = head;
        while let Some(p) = linked(&self.phrases, link) {
            if p.continues(after) {
                return Some((p.len, &p.value));
            }
            link = p.next;
        }
        None
    }

    /// The longest phrase that ends just before `end` in `words`, with its length.
    pub fn longest_ending_at<'s, S: AsRef<str>>(
        &'s self,
        words: &[S],
        end: usize,
    ) -> Option<(usize, &'s V)> {
        let mut best: Option<(usize, &V)> = None;
        for len in 1..=end.min(6) {
            if let Some((n, v)) = self.longest_at(words, end - len) {
                if n == len {
                    best = Some((n, v));
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_lowered_whole_splits_as_its_lowered_tokens() {
        // What lets `insert` lower a phrase before splitting it.
        for phrase in [
            "U.S. Army",
            "Kim Jong-un",
            "İSTANBUL Nord",
            "ΟΔΟΣ ΑΘΗΝΩΝ",
            "Korea's Kim",
        ] {
            let whole = lower(phrase);
            let split: Vec<&str> = tokenize(&whole).iter().map(|t| t.text(&whole)).collect();
            let each: Vec<String> = tokenize(phrase)
                .iter()
                .map(|t| lower(t.text(phrase)).into_owned())
                .collect();
            assert_eq!(split, each, "{phrase}");
        }
    }

    #[test]
    fn a_chain_keeps_the_longest_first_and_equals_in_their_order() {
        let mut table = PhraseTable::default();
        for (phrase, value) in [("a b", 1), ("a", 2), ("a b c", 3), ("a b", 4), ("a d", 5)] {
            table.insert(phrase, value);
        }
        assert_eq!(table.longest_at(&["a", "b", "c"], 0), Some((3, &3)));
        assert_eq!(table.longest_at(&["a", "b", "x"], 0), Some((2, &1)));
        assert_eq!(table.longest_at(&["a", "d"], 0), Some((2, &5)));
        assert_eq!(table.longest_at(&["a", "x"], 0), Some((1, &2)));
        assert_eq!(table.longest_at(&["b"], 0), None);
    }

    #[test]
    fn the_longest_phrase_wins() {
        let mut table = PhraseTable::default();
        table.insert("mehr", 1);
        table.insert("mehr als", 2);
        let words = ["mehr", "als", "10.000"];
        assert_eq!(table.longest_at(&words, 0), Some((2, &2)));
        assert_eq!(table.longest_ending_at(&words, 2), Some((2, &2)));
    }

    #[test]
    fn a_phrase_with_a_period_matches_its_tokens() {
        let mut table = PhraseTable::default();
        table.insert("ca.", "approx");
        assert_eq!(
            table.longest_ending_at(&["ca", ".", "5"], 2),
            Some((2, &"approx"))
        );
    }

    #[test]
    fn a_word_of_letters_is_one_token() {
        let tables = [
            lexicon::TOPONYMS,
            lexicon::FIRST_NAMES,
            lexicon::GERMAN_NOUNS,
        ];
        let words = tables.into_iter().flat_map(lexicon::front_decoded);
        for word in words.chain(["Pjöngjang", "Łódź", "Ελλάδα"]) {
            if is_one_word(word) {
                let tokens = tokenize(word);
                assert_eq!(tokens.len(), 1, "{word}");
                assert_eq!(tokens[0].text(word), word);
            }
        }
        assert!(!is_one_word("Kim Jong-un") && !is_one_word("U.S.") && !is_one_word(""));
    }

    #[test]
    fn acronyms_are_all_capitals() {
        assert!(is_acronym("DVRK"));
        assert!(!is_acronym("Kim"));
        assert!(!is_acronym("A"));
    }
}
