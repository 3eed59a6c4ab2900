//! A table of words that a document's tokens are looked up in by a hash taken once per token, when
//! the document is built ([`Document::hash`], the [`hash_str`] of its lower-case text), instead of
//! once per lookup. The date finder asks the same token about its roles several times over, and
//! hashing the word was most of each ask.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::fxhash::{hash_str, FxHashMap};
use super::Document;

/// Passes a [`hash_str`] through to the map. FxHash mixes its high bits best, and the map picks
/// a bucket by the low ones, so the halves swap.
#[derive(Default, Debug)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is ever called; any other key still hashes, just not prehashed.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash.rotate_left(32);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Bits in a table's filter: a few hundred words set under a tenth of them.
const FILTER_BITS: usize = 4096;

#[derive(Debug)]
pub struct WordTable<V> {
    /// One bit per slice of hash values, set for the slices the table's words fall in: most tokens
    /// are in no table, and one load and test turns them away before the map is probed.
    filter: [u64; FILTER_BITS / 64],
    by_hash: HashMap<u64, (Box<str>, V), BuildHasherDefault<Prehashed>>,
    /// Words whose hash an earlier word already took; with 64-bit hashes, in practice none.
    clashes: FxHashMap<Box<str>, V>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            filter: [0; FILTER_BITS / 64],
            by_hash: HashMap::default(),
            clashes: FxHashMap::default(),
        }
    }
}

/// The filter word and bit of a hash, from its high bits, which FxHash mixes best.
fn filter_bit(hash: u64) -> (usize, u64) {
    let slice = (hash >> 52) as usize % FILTER_BITS;
    (slice / 64, 1 << (slice % 64))
}

impl<V> WordTable<V> {
    /// The value of `word`, inserted with `V::default()` if it is new. An owned word becomes the
    /// table's key without a copy.
    pub fn entry<'w>(&mut self, word: impl Into<Cow<'w, str>>) -> &mut V
    where
        V: Default,
    {
        let word = word.into();
        let hash = hash_str(&word);
        let (at, bit) = filter_bit(hash);
        self.filter[at] |= bit;
        match self.by_hash.entry(hash) {
            Entry::Vacant(slot) => &mut slot.insert((word.into(), V::default())).1,
            Entry::Occupied(slot) => {
                let (listed, value) = slot.into_mut();
                if **listed == *word {
                    value
                } else {
                    self.clashes.entry(word.into()).or_default()
                }
            }
        }
    }

    /// Might a word with this hash be in the table? Most tokens are turned away here.
    #[inline]
    fn may_hold(&self, hash: u64) -> bool {
        let (at, bit) = filter_bit(hash);
        self.filter[at] & bit != 0
    }

    /// The value of `word`, whose [`hash_str`] is `hash`.
    pub fn get(&self, word: &str, hash: u64) -> Option<&V> {
        if !self.may_hold(hash) {
            return None;
        }
        self.probe(word, hash)
    }

    /// The map behind the filter; kept out of line, so that [`Self::at`] inlines into its
    /// callers as the filter test alone.
    #[inline(never)]
    fn probe(&self, word: &str, hash: u64) -> Option<&V> {
        match self.by_hash.get(&hash) {
            Some((listed, value)) if **listed == *word => Some(value),
            Some(_) => self.clashes.get(word),
            None => None,
        }
    }

    /// The value of token `i`'s lower-case text.
    #[inline]
    pub fn at(&self, doc: &Document, i: usize) -> Option<&V> {
        // The filter first: the word itself is only fetched for the few tokens that pass it.
        let hash = doc.hash(i);
        if !self.may_hold(hash) {
            return None;
        }
        self.probe(doc.lower(i), hash)
    }

    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.by_hash
            .values()
            .map(|(w, _)| &**w)
            .chain(self.clashes.keys().map(|w| &**w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_finds_its_word_and_only_its_word() {
        let mut table: WordTable<Vec<u8>> = WordTable::default();
        table.entry("gestern").push(1);
        table.entry("gestern").push(2);
        table.entry("woche").push(3);
        let doc = Document::new("t", "Gestern und letzte Woche");
        assert_eq!(table.at(&doc, 0), Some(&vec![1, 2]));
        assert_eq!(table.at(&doc, 1), None);
        assert_eq!(table.at(&doc, 3), Some(&vec![3]));
        // Past the end: the empty word, not listed.
        assert_eq!(table.at(&doc, 9), None);
        let mut words: Vec<&str> = table.words().collect();
        crate::order::sort(&mut words);
        assert_eq!(words, ["gestern", "woche"]);
    }

    #[test]
    fn a_word_under_another_words_hash_is_kept_apart() {
        let mut table: WordTable<u8> = WordTable::default();
        *table.entry("a") = 1;
        // Forced clash: "b" looked up under the hash of "a".
        assert_eq!(table.get("b", hash_str("a")), None);
        table.clashes.insert("b".into(), 2);
        assert_eq!(table.get("b", hash_str("a")), Some(&2));
        assert_eq!(table.get("a", hash_str("a")), Some(&1));
    }
}
