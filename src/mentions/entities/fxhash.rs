//! Hashed features for the entity model. The model's weights are stored by these hashes, so they
//! must be the same on every platform and in every build: the crate's own FxHash
//! (`text::fxhash`), never the randomly seeded standard hasher.

pub use crate::text::fxhash::{combine, hash_str, FxHashMap, FxHashSet};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_hash_equally_and_different_ones_differently() {
        assert_eq!(hash_str("Kim"), hash_str("Kim"));
        assert_ne!(hash_str("Kim"), hash_str("Kims"));
        assert_ne!(hash_str("abcdefgh"), hash_str("abcdefgh\0"));
    }

    #[test]
    fn the_hash_of_a_word_is_fixed_since_the_weights_are_stored_by_it() {
        // Changing the hash silently invalidates entity_model.bin; retrain if this must change.
        assert_eq!(hash_str("Kim"), hash_str_reference("Kim"));
    }

    /// FxHash of a string shorter than eight bytes, written out.
    fn hash_str_reference(s: &str) -> u64 {
        let mut word = [0u8; 8];
        word[..s.len()].copy_from_slice(s.as_bytes());
        combine(0, u64::from_le_bytes(word) ^ ((s.len() as u64) << 56))
    }

    #[test]
    fn combining_is_order_sensitive() {
        assert_ne!(combine(1, 2), combine(2, 1));
    }
}
