//! A fast hasher for the lexicon tables and per-article maps.
//!
//! Every finder looks words up in tables keyed by short strings, once or more per token, and the
//! standard library's SipHash (built to resist hash flooding from an attacker) spends more on a
//! five-letter word than the lookup itself: a third of all instructions on the sample articles.
//! The text here comes from the user's own browser, so flooding is no threat; this is the multiply
//! and rotate step of FxHash (rustc's hasher), over eight bytes at a time. Use [`FastMap`] and
//! [`FastSet`] with `default()` (or `collect()`) where `HashMap::new()` would be.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of FxHash: an odd constant with well-spread bits.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length tells "ab" from "ab\0" in the last, zero-padded word.
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

pub type FastBuild = BuildHasherDefault<FastHasher>;
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;
pub type FastSet<K> = HashSet<K, FastBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        FastBuild::default().hash_one(s)
    }

    #[test]
    fn equal_words_hash_equal_and_different_words_differently() {
        assert_eq!(hash("soldaten"), hash("soldaten"));
        let words = [
            "",
            "a",
            "ab",
            "ab\0",
            "laut",
            "nach",
            "angaben",
            "nachrichtenagentur",
            "über",
        ];
        let hashes: FastSet<u64> = words.iter().map(|w| hash(w)).collect();
        assert_eq!(hashes.len(), words.len());
    }

    #[test]
    fn a_map_finds_what_was_put_in() {
        let mut map: FastMap<(u8, &str), usize> = FastMap::default();
        for (i, w) in ["und", "oder", "laut", "zufolge"].iter().enumerate() {
            map.insert((i as u8 % 2, w), i);
        }
        assert_eq!(map.get(&(0, "laut")), Some(&2));
        assert_eq!(map.get(&(1, "laut")), None);
    }
}
