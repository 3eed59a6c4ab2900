//! Entity mentions looked up by token position, so that a finder asking "which names are in this
//! clause?" pays for the names near it, not for every name in the article.

use std::ops::Range;

use super::entities::EntityMention;

/// The mentions of one document with a lookup by first token. `entities::merge` returns each
/// document's mentions in text order, which allows a binary search; any other order still works,
/// by a scan.
#[derive(Debug, Clone, Copy)]
pub struct MentionIndex<'m> {
    mentions: &'m [EntityMention],
    in_order: bool,
}

impl<'m> MentionIndex<'m> {
    pub fn new(mentions: &'m [EntityMention]) -> Self {
        MentionIndex {
            mentions,
            in_order: mentions.is_sorted_by_key(|m| m.first),
        }
    }

    /// The mentions whose first token lies in `range`, in their original order.
    pub fn starting_in(&self, range: Range<usize>) -> impl Iterator<Item = &'m EntityMention> {
        let candidates = if self.in_order {
            let lo = self.mentions.partition_point(|m| m.first < range.start);
            let hi = lo + self.mentions[lo..].partition_point(|m| m.first < range.end);
            &self.mentions[lo..hi]
        } else {
            self.mentions
        };
        candidates.iter().filter(move |m| range.contains(&m.first))
    }

    /// For each token of a document with `tokens` tokens: is it part of a mention?
    pub fn covered(&self, tokens: usize) -> Vec<bool> {
        let mut covered = vec![false; tokens];
        for m in self.mentions {
            let last = m.last.min(tokens.saturating_sub(1));
            if m.first <= last {
                covered[m.first..=last].iter_mut().for_each(|c| *c = true);
            }
        }
        covered
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::EntityType;

    fn mention(first: usize, last: usize) -> EntityMention {
        EntityMention {
            start: first * 10,
            end: last * 10 + 5,
            first,
            last,
            kind: EntityType::Other,
            key: None,
            base_form: true,
            capital_of: None,
            in_compound: false,
        }
    }

    fn firsts(index: &MentionIndex, range: Range<usize>) -> Vec<usize> {
        index.starting_in(range).map(|m| m.first).collect()
    }

    #[test]
    fn mentions_in_text_order_are_found_by_their_first_token() {
        let mentions = [mention(1, 2), mention(4, 4), mention(4, 6), mention(9, 9)];
        let index = MentionIndex::new(&mentions);
        assert_eq!(firsts(&index, 2..5), vec![4, 4]);
        assert_eq!(firsts(&index, 0..100), vec![1, 4, 4, 9]);
        assert!(firsts(&index, 5..9).is_empty());
        let backwards = Range { start: 7, end: 3 };
        assert!(firsts(&index, backwards).is_empty());
    }

    #[test]
    fn mentions_out_of_order_are_found_all_the_same() {
        let mentions = [mention(9, 9), mention(1, 2), mention(4, 4)];
        let index = MentionIndex::new(&mentions);
        assert_eq!(firsts(&index, 0..5), vec![1, 4]);
    }

    #[test]
    fn covered_tokens_are_those_inside_a_mention() {
        let mentions = [mention(1, 2), mention(4, 4), mention(7, 20)];
        let covered = MentionIndex::new(&mentions).covered(9);
        let at: Vec<usize> = (0..9).filter(|&i| covered[i]).collect();
        assert_eq!(at, vec![1, 2, 4, 7, 8]);
    }
}
