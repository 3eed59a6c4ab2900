//! What the learned tagger sees of each token: hashes of its word, suffixes and shape, facts from
//! the lexicons (first name, surname, German common noun, title, place cue, organisation head) and what the
//! rules found there. Computed once per document, in one pass, so the tagger never looks a word up
//! twice.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use super::cues::{has_org_head, is_first_name, is_person_cue, is_place_cue, is_surname};
use super::fxhash::{combine, hash_str, FxHashMap};
use super::nouns::{noun, NounEvidence};
use super::recognize::EntityMention;
use crate::report::{EntityType, Language};
use crate::text::words::{function_word, is_acronym};
use crate::text::{Document, TokenKind};

/// Lexical facts of a token, one bit each.
pub mod flag {
    pub const FIRST_NAME: u16 = 1;
    pub const NOUN: u16 = 1 << 1;
    pub const NOUN_COMPOUND: u16 = 1 << 2;
    pub const FUNCTION: u16 = 1 << 3;
    pub const SENTENCE_START: u16 = 1 << 4;
    pub const PERSON_CUE: u16 = 1 << 5;
    pub const PLACE_CUE: u16 = 1 << 6;
    pub const ORG_HEAD: u16 = 1 << 7;
    pub const DEMONYM: u16 = 1 << 8;
    pub const ENGLISH: u16 = 1 << 9;
    pub const SURNAME: u16 = 1 << 10;
    pub const COUNT: u32 = 11;
}

/// The word's form reduced to letter classes with runs collapsed: "Kim" → Xx, "DVRK" → X,
/// "Jong-un" → Xx-x, "10.000" → d.d; at most five symbols, three bits each.
pub type Shape = u16;

pub fn shape(word: &str) -> Shape {
    if word.is_ascii() {
        // Most words: classed by byte, without decoding chars.
        shape_of(word.bytes().map(ascii_symbol))
    } else {
        shape_of(word.chars().map(symbol))
    }
}

/// The class of an ASCII byte in a shape, as [`symbol`] classes its char.
fn ascii_symbol(b: u8) -> u16 {
    match b {
        b'A'..=b'Z' => 1,
        b'a'..=b'z' => 2,
        b'0'..=b'9' => 3,
        b'-' => 4,
        b'.' => 5,
        _ => 6,
    }
}

/// The class of a char in a shape.
fn symbol(c: char) -> u16 {
    if c.is_uppercase() {
        1
    } else if c.is_lowercase() {
        2
    } else if c.is_ascii_digit() {
        3
    } else if c == '-' {
        4
    } else if c == '.' {
        5
    } else {
        6
    }
}

/// [`shape`] over the classes of a word's chars: runs collapsed, at most five.
#[inline]
fn shape_of(symbols: impl Iterator<Item = u16>) -> Shape {
    let mut code: u16 = 0;
    let mut last = 0u16;
    let mut n = 0;
    for sym in symbols {
        if sym != last {
            if n == 5 {
                break;
            }
            code = code << 3 | sym;
            last = sym;
            n += 1;
        }
    }
    code
}

/// The letter class a word's shape begins with (see [`shape`]).
fn first_symbol(s: Shape) -> Shape {
    let mut first = s;
    while first > 7 {
        first >>= 3;
    }
    first
}

/// Does a word's shape begin with a capital ("Kim", "DVRK", "McCain")?
pub fn shape_capitalized(s: Shape) -> bool {
    first_symbol(s) == 1
}

/// Does a word's shape begin with a digit ("04" in "Schalke 04", "10.000")?
pub fn shape_numeric(s: Shape) -> bool {
    first_symbol(s) == 3
}

/// What the tagger and the rules read of one token.
#[derive(Clone, Copy, Default)]
pub struct TokenFacts {
    /// The hash of the lower-case word.
    pub word: u64,
    /// The hash of its last three chars (the other affixes are the word's, in [`Affixes`]).
    pub suffix3: u64,
    pub shape: Shape,
    pub flags: u16,
    /// What the rules found: 0 nothing, else `1 + class` (person, location, organisation),
    /// plus 8 at the first token of a mention and 16 when the name came from a table.
    pub rule: u8,
    /// All capitals, two letters or more ("NATO"); for the rules, not a feature.
    pub acronym: bool,
    /// Could a gazetteer name start here? Most words cannot, and then the phrase table is not
    /// asked; for the rules, not a feature.
    pub name_start: bool,
    /// Index of the token's sentence, for keeping context within it.
    pub sentence: u32,
    /// Tokens alike in all that [`own_features`] reads (the word as written, and whether it
    /// begins a sentence) share a number, below [`Facts::word_ids`].
    pub word_id: u32,
}

/// Per-token facts of one document, token by token: the features of a token read its
/// neighbours' facts too, which then lie side by side.
pub struct Facts {
    tokens: Vec<TokenFacts>,
    /// By word, in the order the document first wrote them (a word id halved).
    affixes: Vec<Affixes>,
}

/// The hashes of a word's last four and two chars and of its first three: only the word's own
/// features read them, so they are kept once a word rather than once a token.
#[derive(Clone, Copy)]
struct Affixes {
    suffix4: u64,
    suffix2: u64,
    prefix3: u64,
}

impl std::ops::Deref for Facts {
    type Target = [TokenFacts];

    fn deref(&self) -> &[TokenFacts] {
        &self.tokens
    }
}

/// The facts of a token that depend on its word alone, and the order in which the document first
/// wrote the word.
#[derive(Clone, Copy)]
struct WordFacts {
    id: u32,
    facts: TokenFacts,
}

/// A word as the per-document cache keys it: hashed by the hash the document took of its
/// lower-case form, so that it is not hashed again, and told apart as written ("Die" and "die"
/// share the hash but not the key).
#[derive(PartialEq, Eq)]
struct WordKey<'a> {
    lower_hash: u64,
    word: &'a str,
}

impl Hash for WordKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.lower_hash);
    }
}

/// The coarse class of an entity type: person 0, location 1, organisation 2.
pub fn class_of(kind: EntityType) -> Option<u8> {
    match kind {
        EntityType::Person => Some(0),
        EntityType::Country | EntityType::Place => Some(1),
        EntityType::Organization | EntityType::Media | EntityType::Company => Some(2),
        EntityType::Other => None,
    }
}

/// The hashes of a word's last two, three and four characters and of its first three.
fn affix_hashes(lower: &str) -> [u64; 4] {
    if lower.is_ascii() {
        // A char is a byte: no decoding.
        let suffix = |n: usize| hash_str(&lower[lower.len().saturating_sub(n)..]);
        return [
            suffix(2),
            suffix(3),
            suffix(4),
            hash_str(&lower[..3.min(lower.len())]),
        ];
    }
    let suffix = |n: usize| match lower.char_indices().rev().nth(n - 1) {
        Some((at, _)) => hash_str(&lower[at..]),
        None => hash_str(lower),
    };
    let prefix = match lower.char_indices().nth(3) {
        Some((at, _)) => &lower[..at],
        None => lower,
    };
    [suffix(2), suffix(3), suffix(4), hash_str(prefix)]
}

impl Facts {
    /// The lexical facts of every token; what the rules found is added by [`Facts::set_rules`].
    pub fn new(doc: &Document) -> Facts {
        let n = doc.tokens.len();
        let mut tokens = Vec::with_capacity(n);
        let mut affixes = Vec::new();
        // Everything that depends on the word alone, once per distinct word: news repeats its
        // words, and hashing, shapes and a compound split are dear.
        // Sized up front for a text's distinct words (two in five of the sample articles' tokens,
        // fewer in longer texts), so that the map seldom regrows and rehashes as it fills.
        let mut cache: FxHashMap<WordKey, WordFacts> =
            FxHashMap::with_capacity_and_hasher(n / 3, Default::default());
        let english = if doc.lang == Language::En {
            flag::ENGLISH
        } else {
            0
        };
        for i in 0..n {
            let word = doc.word(i);
            let is_word = doc.kind(i) == TokenKind::Word;
            let key = WordKey {
                lower_hash: doc.hash(i),
                word,
            };
            let w = *cache.entry(key).or_insert_with(|| {
                let lower = doc.lower(i);
                let [suffix2, suffix3, suffix4, prefix3] = affix_hashes(lower);
                let id = affixes.len() as u32;
                affixes.push(Affixes {
                    suffix4,
                    suffix2,
                    prefix3,
                });
                let facts = TokenFacts {
                    word: doc.hash(i),
                    suffix3,
                    shape: shape(word),
                    flags: if is_word {
                        lexical_flags(doc.lang, word, lower)
                    } else {
                        0
                    },
                    acronym: is_word && is_acronym(word),
                    name_start: is_word && super::gazetteer::GAZETTEER.may_start_at(doc, i),
                    ..TokenFacts::default()
                };
                WordFacts { id, facts }
            });
            let starts = doc.starts_sentence(i);
            let mut t = w.facts;
            t.sentence = doc.sentence_of[i];
            t.word_id = w.id * 2 + u32::from(starts);
            t.flags |= english | if starts { flag::SENTENCE_START } else { 0 };
            tokens.push(t);
        }
        Facts { tokens, affixes }
    }

    /// Records the rules' mentions, which the tagger reads as features.
    pub fn set_rules(&mut self, rules: &[EntityMention]) {
        for m in rules.iter().filter(|m| !m.in_compound) {
            let Some(class) = class_of(m.kind) else {
                continue;
            };
            let known = if m.known { 16 } else { 0 };
            for k in m.first..=m.last {
                let begin = if k == m.first { 8 } else { 0 };
                self.tokens[k].rule = 1 + class + begin + known;
            }
        }
    }

    /// How many numbers [`TokenFacts::word_id`] may give out.
    pub fn word_ids(&self) -> usize {
        2 * self.affixes.len()
    }
}

/// How many words' lexical flags are remembered between documents before they are all forgotten.
const REMEMBERED_WORDS: usize = 1 << 16;

thread_local! {
    /// Lexical flags by word, per language. They depend on the word alone and are dear (a
    /// compound split, a dozen table lookups), while the articles of a set share most of their
    /// words, as do the page's successive analyses of one set.
    static REMEMBERED: RefCell<[FxHashMap<Box<str>, u16>; 2]> = RefCell::default();
}

fn lexical_flags(lang: Language, word: &str, lower: &str) -> u16 {
    REMEMBERED.with(|remembered| {
        let mut remembered = remembered.borrow_mut();
        let table = &mut remembered[lang as usize];
        if let Some(&flags) = table.get(word) {
            return flags;
        }
        if table.len() >= REMEMBERED_WORDS {
            table.clear();
        }
        let flags = looked_up_flags(lang, word, lower);
        table.insert(word.into(), flags);
        flags
    })
}

fn looked_up_flags(lang: Language, word: &str, lower: &str) -> u16 {
    let mut f = 0;
    if is_first_name(word, lower) {
        f |= flag::FIRST_NAME;
    }
    if is_surname(word) {
        f |= flag::SURNAME;
    }
    if function_word(lang, lower).is_some() {
        f |= flag::FUNCTION;
    }
    if lang == Language::De && word.chars().next().is_some_and(char::is_uppercase) {
        match noun(lower) {
            NounEvidence::Word => f |= flag::NOUN,
            NounEvidence::Compound => f |= flag::NOUN_COMPOUND,
            NounEvidence::None => {}
        }
    }
    if is_person_cue(lang, lower) {
        f |= flag::PERSON_CUE;
    }
    if is_place_cue(lang, lower) {
        f |= flag::PLACE_CUE;
    }
    if has_org_head(lang, lower) {
        f |= flag::ORG_HEAD;
    }
    if super::gazetteer::GAZETTEER.demonym(lang, lower).is_some() {
        f |= flag::DEMONYM;
    }
    f
}

/// Feature templates; each feature is the hash of its template number and its value.
const BOUNDARY: u64 = 0x9e37_79b9_7f4a_7c15;

/// Positions in a [`Window`]: two tokens before, one before, the token, one after, two after.
const B2: usize = 0;
const B1: usize = 1;
const ME: usize = 2;
const A1: usize = 3;
const A2: usize = 4;

/// What the features read of a token and the two tokens either side of it; a position outside
/// the sentence reads as a boundary value. Gathered once, since most templates read it twice.
struct Window {
    word: [u64; 5],
    shape: [u64; 5],
    flags: [u64; 5],
    rule: [u64; 5],
    suffix3: [u64; 5],
}

impl Window {
    fn around(facts: &Facts, i: usize) -> Window {
        let mut w = Window {
            word: [BOUNDARY; 5],
            shape: [0xffff; 5],
            flags: [0xffff; 5],
            rule: [0xff; 5],
            suffix3: [BOUNDARY; 5],
        };
        // The tokens in reach, the first of them at window position 2 less the tokens before i.
        let near = &facts[i.saturating_sub(2)..(i + 3).min(facts.len())];
        let first = 2 - i.min(2);
        let own = facts[i].sentence;
        for (at, t) in (first..).zip(near) {
            if t.sentence == own {
                w.word[at] = t.word;
                w.shape[at] = u64::from(t.shape);
                w.flags[at] = u64::from(t.flags);
                w.rule[at] = u64::from(t.rule);
                w.suffix3[at] = t.suffix3;
            }
        }
        w
    }
}

/// The features of token `i` that do not depend on the tags, as hashes (appended to `out`).
/// Template numbers are kept as they were; the gaps are templates that 5-fold cross-validation
/// on the training data found to add nothing (`train_entities --folds 5`), each a lookup less.
pub fn features(facts: &Facts, i: usize, out: &mut Vec<u64>) {
    own_features(facts, i, out);
    context_features(facts, i, out);
}

/// A template's feature: the hash of its number and its value.
fn template(n: u64, v: u64) -> u64 {
    combine(n.wrapping_mul(0x100_0000_01b3), v)
}

/// The features that read token `i` alone: tokens with the same [`Facts::word_id`] have the same.
pub fn own_features(facts: &Facts, i: usize, out: &mut Vec<u64>) {
    let t = template;
    let me = &facts[i];
    let word = &facts.affixes[(me.word_id / 2) as usize];
    let flags = u64::from(me.flags);
    out.extend([
        t(0, 0),
        t(1, me.word),
        t(2, me.suffix3),
        t(3, word.suffix4),
        t(4, u64::from(me.shape)),
        t(8, flags),
        t(28, combine(me.suffix3, flags)),
        t(29, word.prefix3),
        t(30, word.suffix2),
    ]);
    for bit in 0..flag::COUNT {
        if me.flags & (1 << bit) != 0 {
            out.push(t(22, u64::from(bit)));
        }
    }
}

/// The features that read the tokens around `i` too, or what the rules found at `i`.
pub fn context_features(facts: &Facts, i: usize, out: &mut Vec<u64>) {
    let Window {
        word,
        shape,
        flags,
        rule,
        suffix3,
    } = Window::around(facts, i);
    let t = template;
    out.extend([
        t(5, word[B1]),
        t(7, combine(combine(shape[B1], shape[ME]), shape[A1])),
        t(9, flags[B1]),
        t(10, flags[A1]),
        t(11, rule[ME]),
        t(12, rule[B1]),
        t(13, rule[A1]),
        t(18, combine(word[B1], shape[ME])),
        t(23, combine(word[ME], word[A1])),
        t(24, combine(word[B1], word[ME])),
        t(26, combine(shape[B1], flags[B1])),
        t(27, word[A2]),
        t(34, suffix3[B1]),
        // The window two tokens out: a rule's mention or a cue there, and the words around.
        t(36, combine(rule[B2], rule[A2])),
        t(38, combine(word[B1], word[A1])),
        // Conjunctions: word pairs on either side ("sagte der", "GmbH &"), the word with what
        // stands around it, and shapes three in a row.
        t(43, combine(word[B2], word[B1])),
        t(44, combine(word[A1], word[A2])),
        t(46, combine(word[ME], flags[B1])),
        t(47, combine(word[ME], rule[ME])),
        t(48, combine(word[A1], shape[ME])),
        t(49, combine(combine(shape[B2], shape[B1]), shape[ME])),
        t(50, combine(combine(shape[ME], shape[A1]), shape[A2])),
        t(54, combine(suffix3[B1], shape[ME])),
        t(55, combine(word[B1], flags[ME])),
        t(56, combine(flags[A1], flags[ME])),
    ]);
}

/// The feature that weighs following the tag `prev` (a transition weight).
pub fn transition(prev: u8) -> u64 {
    combine(64u64.wrapping_mul(0x100_0000_01b3), u64::from(prev) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_letter_runs() {
        assert_eq!(shape("Kim"), shape("Selenskyj"));
        assert_ne!(shape("Kim"), shape("KIM"));
        assert_eq!(shape("Jong-un"), shape("Ab-cd"));
        assert!(shape_capitalized(shape("Kim")));
        assert!(shape_capitalized(shape("DVRK")));
        assert!(!shape_capitalized(shape("dpa")));
        assert!(!shape_capitalized(shape("10.000")));
        assert!(shape_numeric(shape("04")));
        assert!(!shape_numeric(shape("A380")));
        // Other letters class as ASCII ones do.
        assert_eq!(shape("Pjöngjang"), shape("Kim"));
        assert_eq!(shape("ÜBER"), shape("DVRK"));
        assert_eq!(shape("Süd-Korea"), shape("Nord-Korea"));
    }

    #[test]
    fn ascii_bytes_class_as_their_chars() {
        for b in 0..0x80u8 {
            assert_eq!(ascii_symbol(b), symbol(char::from(b)), "{b}");
        }
    }

    #[test]
    fn affixes_count_chars_not_bytes() {
        assert_eq!(affix_hashes("straße"), affix_hashes_of("straße"));
        assert_eq!(affix_hashes("kim"), affix_hashes_of("kim"));
        assert_eq!(affix_hashes("a"), affix_hashes_of("a"));
    }

    /// [`affix_hashes`] by chars alone.
    fn affix_hashes_of(word: &str) -> [u64; 4] {
        let chars: Vec<char> = word.chars().collect();
        let take = |from: usize, to: usize| hash_str(&chars[from..to].iter().collect::<String>());
        let n = chars.len();
        [
            take(n.saturating_sub(2), n),
            take(n.saturating_sub(3), n),
            take(n.saturating_sub(4), n),
            take(0, n.min(3)),
        ]
    }
}
