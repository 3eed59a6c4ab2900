//! Concepts that name the same thing under different keys. Plurals and inflection are already
//! folded by the concept lemma (`noun_endings.tsv`, `concept_synonyms.tsv`); here a German
//! compound joins its head when another article uses the head alone ("Mehrfachraketenwerfer" and
//! "Raketenwerfer", "Partnerschaftsvertrag" and "Vertrag"), so blocking compares them.

use crate::text::fxhash::{FxHashMap, FxHashSet};

/// A head shorter than this is too generic to stand for a compound ("tote" in "verkehrstote").
const MIN_HEAD: usize = 5;

/// Maps every concept to the key it is compared under: itself, or the head among the concepts
/// present that it ends with (the longest such head, followed through chains of heads).
pub fn fold<'c>(concepts: impl IntoIterator<Item = &'c str>) -> FxHashMap<&'c str, &'c str> {
    fold_with(concepts, MIN_HEAD)
}

/// [`fold`] for topics, which are already narrowed by concept and unit: a shorter head will do
/// ("lück" for "Finanzierungslücke").
pub fn fold_topics<'c>(topics: impl IntoIterator<Item = &'c str>) -> FxHashMap<&'c str, &'c str> {
    fold_with(topics, 4)
}

fn fold_with<'c>(
    concepts: impl IntoIterator<Item = &'c str>,
    min_head: usize,
) -> FxHashMap<&'c str, &'c str> {
    let all: FxHashSet<&str> = concepts.into_iter().collect();
    let head = |c: &'c str| -> Option<&'c str> {
        // The longest proper suffix that is itself a concept: the most specific head.
        c.char_indices()
            .skip(1)
            .map(|(k, _)| &c[k..])
            .find(|s| s.chars().count() >= min_head && all.contains(s))
    };
    let mut out = FxHashMap::default();
    for &c in &all {
        let mut key = c;
        while let Some(h) = head(key) {
            key = h;
        }
        out.insert(c, key);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_joins_its_head() {
        let f = fold(["mehrfachraketenwerfer", "raketenwerfer", "haubitze"]);
        assert_eq!(f["mehrfachraketenwerfer"], "raketenwerfer");
        assert_eq!(f["haubitze"], "haubitze");
    }

    #[test]
    fn a_short_generic_head_stays_apart() {
        let f = fold(["verkehrstote", "tote"]);
        assert_eq!(f["verkehrstote"], "verkehrstote");
    }

    #[test]
    fn a_compound_alone_keeps_its_key() {
        let f = fold(["partnerschaftsvertrag"]);
        assert_eq!(f["partnerschaftsvertrag"], "partnerschaftsvertrag");
    }
}
