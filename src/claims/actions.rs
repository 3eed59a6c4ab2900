//! Actions: what happens to what a figure counts ("entsandt" → send, "getötet" → kill), read from
//! `actions.tsv`. Figures of one concept are compared only when their action classes agree.

use std::sync::LazyLock;

use crate::lexicon;
use crate::order;
use crate::text::words::PhraseTable;
use crate::text::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Action {
    pub key: &'static str,
    pub class: &'static str,
}

static ACTIONS: LazyLock<[PhraseTable<Action>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::ACTIONS) {
        let action = Action {
            key: row[2],
            class: row[3],
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], action);
        }
    }
    tables
});

/// The actions named in tokens `range`, nearest to token `at` first.
pub fn in_range(doc: &Document, range: std::ops::Range<usize>, at: usize) -> Vec<Action> {
    nearest(&named_in(doc, range), at)
}

/// The actions named in tokens `range` with the token each starts at, in text order. A sentence
/// with several figures is read once and [`nearest`] orders it for each figure.
pub fn named_in(doc: &Document, range: std::ops::Range<usize>) -> Vec<(usize, Action)> {
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        match ACTIONS[doc.lang as usize].longest_in(doc, i) {
            Some((n, a)) => {
                found.push((i, *a));
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

/// The distinct actions of `named` (from [`named_in`]), nearest to token `at` first; at equal
/// distance the earlier one.
pub fn nearest(named: &[(usize, Action)], at: usize) -> Vec<Action> {
    let mut found: Vec<(usize, Action)> = named.iter().map(|&(i, a)| (i.abs_diff(at), a)).collect();
    order::sort_by_key(&mut found, |(d, _)| *d);
    let mut out: Vec<Action> = Vec::new();
    for (_, a) in found {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_map_to_actions() {
        let doc = Document::new(
            "t",
            "Nordkorea hat 10.000 Soldaten nach Russland entsandt, die an den Kämpfen teilnehmen.",
        );
        let keys: Vec<&str> = in_range(&doc, 0..doc.tokens.len(), 2)
            .iter()
            .map(|a| a.key)
            .collect();
        assert_eq!(keys, vec!["send", "fight"]);
    }

    #[test]
    fn nouns_of_presence_are_actions() {
        let doc = Document::new("t", "Die Anwesenheit der Soldaten");
        assert_eq!(in_range(&doc, 0..doc.tokens.len(), 0)[0].key, "be_at");
    }
}
