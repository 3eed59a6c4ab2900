//! German common nouns: is a capitalised word a noun of the language ("Soldaten", "Haubitzen",
//! "Bundesregierung") rather than a name?
//!
//! The table (src/lexicon/german_nouns.txt, from the German Wiktionary) holds the noun forms that
//! occur in running text (wordfreq Zipf frequency ≥ 3), is front-coded and leaves out what this
//! lookup rebuilds: inflection endings on a listed form, and compounds whose head
//! and modifier are both nouns. scripts/lexicon/german_nouns.py runs the same lookup while building
//! the table, so every form of every noun in the source is found.

use std::sync::LazyLock;

use super::fxhash::FxHashSet;
use crate::lexicon;

/// How a word is known as a common noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounEvidence {
    /// Not a known noun.
    None,
    /// A listed noun or an inflection of one ("Soldaten").
    Word,
    /// A compound of known nouns ("Bundesregierung"); surnames and towns can look like this too
    /// ("Steinmeier", "Wolfsburg"), so it is weaker evidence.
    Compound,
}

/// Inflection endings the table does not spell out; the same list as the generating script.
const ENDINGS: [&str; 10] = ["s", "es", "n", "en", "e", "er", "ern", "nen", "ns", "ens"];

static NOUNS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::front_decoded(lexicon::GERMAN_NOUNS)
        .into_iter()
        .collect()
});

fn listed(lower: &str) -> bool {
    let Some(&last) = lower.as_bytes().last() else {
        return false;
    };
    NOUNS.contains(lower)
        || ENDINGS.iter().any(|e| {
            // The last letter first: it turns most endings away without comparing the rest, and
            // this runs for every split of every new capitalised word.
            e.as_bytes().last() == Some(&last)
                && lower
                    .strip_suffix(e)
                    .is_some_and(|stem| stem.chars().nth(2).is_some() && NOUNS.contains(stem))
        })
}

/// A compound's first part, with the linking sounds German puts between nouns ("Bundes-",
/// "Hilfs-", "Straßen-").
fn modifier(part: &str) -> bool {
    if listed(part) {
        return true;
    }
    let trimmed = part
        .strip_suffix(['s', 'n', 'e'])
        .is_some_and(|p| !p.is_empty() && listed(p));
    trimmed
        || listed(&format!("{part}e"))
        || part
            .strip_suffix('s')
            .is_some_and(|p| !p.is_empty() && listed(&format!("{p}e")))
}

/// How `lower` (a lower-case word) is known as a German common noun.
pub fn noun(lower: &str) -> NounEvidence {
    if listed(lower) {
        return NounEvidence::Word;
    }
    let chars = lower.chars().count();
    if chars < 6 {
        return NounEvidence::None;
    }
    // Split points that leave at least three chars on each side, longest head first.
    let compound = lower
        .char_indices()
        .enumerate()
        .filter(|&(k, _)| k >= 3 && k + 3 <= chars)
        .any(|(_, (at, _))| listed(&lower[at..]) && modifier(&lower[..at]));
    if compound {
        NounEvidence::Compound
    } else {
        NounEvidence::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_nouns_and_their_inflections_are_nouns() {
        assert_eq!(noun("soldaten"), NounEvidence::Word);
        assert_eq!(noun("soldat"), NounEvidence::Word);
        assert_eq!(noun("zeit"), NounEvidence::Word);
    }

    #[test]
    fn compounds_of_nouns_are_nouns() {
        // "Haubitzen" itself is rarer than the table's cut (Zipf 2.3 < 3): the tagger's suffix
        // features carry such words; compounds of frequent nouns are rebuilt here.
        assert_eq!(noun("kampfpanzern"), NounEvidence::Compound);
        assert_eq!(noun("bundesregierung"), NounEvidence::Compound);
        assert_eq!(noun("hilfswerk"), NounEvidence::Compound);
    }

    #[test]
    fn names_are_not_nouns() {
        for name in [
            "merkel",
            "selenskyj",
            "pjöngjang",
            "hamburg",
            "schröder",
            "kim",
        ] {
            assert_eq!(noun(name), NounEvidence::None, "{name}");
        }
    }
}
