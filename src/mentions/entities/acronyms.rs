//! Acronyms defined in the text: "Technisches Hilfswerk (THW)", "Bundesamt für Migration und
//! Flüchtlinge (BAMF)". The name before the brackets and the acronym become one entity, also when
//! no table knows either. The letters must fit the name's words — "Angela Merkel (CDU)" and
//! "Moskau (AFP)" name two entities each.

use super::recognize::EntityMention;
use crate::order;
use crate::report::EntityType;
use crate::text::words::{is_acronym, is_capitalized};
use crate::text::{Document, TokenKind};

/// How far back a defined name may start, in tokens.
const REACH: usize = 8;

/// Gives each acronym in brackets and the name before it one key, adding the name as a mention
/// when nothing has found it yet. `mentions` are in text order.
pub fn link_definitions(doc: &Document, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    for a in 0..mentions.len() {
        let m = &mentions[a];
        let i = m.first;
        let text = &doc.text[m.start..m.end];
        if m.in_compound || m.first != m.last || !is_acronym(text) || i < 2 {
            continue;
        }
        if doc.word(i - 1) != "(" || doc.word(i + 1) != ")" {
            continue;
        }
        let close = i - 2;
        // An acronym the model found has no key yet; it is its own name.
        if mentions[a].key.is_none() {
            mentions[a].key = Some(format!("organization:{}", text.to_lowercase()));
        }
        // The name that ends at the bracket. Mentions are in text order and names do not
        // overlap, so the search runs back from the acronym only until a name ends earlier.
        let before = (0..a)
            .rev()
            .take_while(|&k| mentions[k].in_compound || mentions[k].last >= close)
            .find(|&k| {
                let p = &mentions[k];
                !p.in_compound && p.last == close && p.first <= close
            });
        if let Some(b) = before {
            let (first, last) = (mentions[b].first, mentions[b].last);
            if !abbreviates(doc, text, first, last) {
                continue;
            }
            // The table's key wins; otherwise both take the acronym's.
            let from = if mentions[b].known || !mentions[a].known {
                b
            } else {
                a
            };
            let key = if mentions[b].known { b } else { a };
            let (key, kind) = (mentions[key].key.clone(), mentions[from].kind);
            for k in [a, b] {
                mentions[k].key.clone_from(&key);
                mentions[k].kind = kind;
            }
        } else if let Some(first) = defined_name(doc, text, close, mentions) {
            let (start, end) = doc.span(first, close);
            let kind = if mentions[a].known {
                mentions[a].kind
            } else {
                EntityType::Organization
            };
            mentions[a].kind = kind;
            added.push(EntityMention {
                start,
                end,
                first,
                last: close,
                kind,
                key: mentions[a].key.clone(),
                base_form: true,
                capital_of: None,
                in_compound: false,
                known: false,
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        order::sort_by_key(mentions, |m| (m.start, m.end));
    }
}

/// The first token of the longest name ending at `last` that the acronym abbreviates, within
/// the sentence and not overlapping another mention.
fn defined_name(
    doc: &Document,
    acronym: &str,
    last: usize,
    mentions: &[EntityMention],
) -> Option<usize> {
    let sentence_start = doc.sentence_tokens(last).start;
    let earliest = last.saturating_sub(REACH).max(sentence_start);
    // A word no name covers. Names are in text order and do not overlap, so only the last one
    // that begins at or before the word can cover it.
    let free = |k: usize| {
        let begun = mentions.partition_point(|m| m.first <= k);
        doc.kind(k) == TokenKind::Word
            && mentions[..begun]
                .iter()
                .rev()
                .find(|m| !m.in_compound)
                .is_none_or(|m| k > m.last)
    };
    let mut best = None;
    let mut first = last;
    loop {
        if !free(first) {
            break;
        }
        if is_capitalized(doc.word(first)) && abbreviates(doc, acronym, first, last) {
            best = Some(first);
        }
        if first == earliest {
            break;
        }
        first -= 1;
    }
    best
}

/// Do the acronym's letters spell the words `first..=last`? Each capitalised word gives its first
/// letter and may give more from inside ("Hilfs|w|erk"); small words ("für", "und") may be skipped.
pub fn abbreviates(doc: &Document, acronym: &str, first: usize, last: usize) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<(Vec<char>, bool)> = (first..=last)
        .filter(|&k| doc.is_word(k))
        .map(|k| (doc.lower(k).chars().collect(), is_capitalized(doc.word(k))))
        .collect();
    letters.len() >= 2 && words.first().is_some_and(|w| w.1) && fits(&letters, &words)
}

fn fits(letters: &[char], words: &[(Vec<char>, bool)]) -> bool {
    let Some(((word, capital), rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if !capital && fits(letters, rest) {
        return true;
    }
    match (letters.split_first(), word.split_first()) {
        (Some((l, more)), Some((c, inside))) if l == c => within(more, inside, rest),
        _ => false,
    }
}

/// The letters after a word's first may come from later in the same word, then from the next words.
fn within(letters: &[char], inside: &[char], rest: &[(Vec<char>, bool)]) -> bool {
    if fits(letters, rest) {
        return true;
    }
    let Some((l, more)) = letters.split_first() else {
        return false;
    };
    inside
        .iter()
        .enumerate()
        .any(|(p, c)| c == l && within(more, &inside[p + 1..], rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(text: &str, acronym: &str) -> bool {
        let doc = Document::new("t", text);
        abbreviates(&doc, acronym, 0, doc.tokens.len() - 1)
    }

    #[test]
    fn initials_and_inner_letters_spell_an_acronym() {
        assert!(spelled("Technisches Hilfswerk", "THW"));
        assert!(spelled("Bundesamt für Migration und Flüchtlinge", "BAMF"));
        assert!(spelled("Demokratische Volksrepublik Korea", "DVRK"));
        assert!(spelled("North Atlantic Treaty Organization", "NATO"));
    }

    #[test]
    fn unrelated_letters_do_not_spell_it() {
        assert!(!spelled("Angela Merkel", "CDU"));
        assert!(!spelled("Moskau", "AFP"));
        assert!(!spelled("Technisches Hilfswerk", "DRK"));
    }
}
