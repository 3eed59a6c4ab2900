//! A small, fast hash for the word tables. Their keys are short words from our own tables and
//! lookups run once or more per token; the standard SipHash, built to resist flooding by an
//! adversary, costs several times more on such keys, and a table of our own vocabulary has no
//! adversary. This is the multiply-and-rotate scheme known as FxHash (used inside rustc), written
//! out here rather than pulled in as a dependency for twenty lines.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One FxHash step: `word` mixed into `hash`, order-sensitive. The entity model also uses it to
/// combine feature hashes.
#[inline]
pub fn combine(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(SEED)
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = combine(self.hash, word);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The length goes into the top byte so that "ab" and "ab\0" differ.
            // Byte by byte: a copy of unknown length would be a call to memcpy.
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            self.add(word ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The FxHash of a string: the same on every platform and in every build, so the entity model's
/// weights can be stored by it, and a document keeps it for each token's lower-case text.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<K> = HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_words_hash_equal_and_lookups_work() {
        let mut map: FxHashMap<&str, u32> = FxHashMap::default();
        map.insert("zweiundzwanzig", 22);
        map.insert("drei", 3);
        assert_eq!(map.get("drei"), Some(&3));
        assert_eq!(map.get(String::from("zweiundzwanzig").as_str()), Some(&22));
        assert_eq!(map.get("vier"), None);
    }
}
