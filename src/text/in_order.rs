//! Finds kept in text order (mentions, dates, attributions), looked up by position. A binary
//! search, so that looking at one sentence does not scan every find of the article: on a long
//! article that scan made per-sentence work quadratic.

use std::ops::Range;

/// The items of `sorted` whose `key` lies in `range`; `sorted` must be ordered by `key`.
pub fn keyed_in<T>(sorted: &[T], range: Range<usize>, key: impl Fn(&T) -> usize) -> &[T] {
    let from = sorted.partition_point(|t| key(t) < range.start);
    let to = sorted.partition_point(|t| key(t) < range.end).max(from);
    &sorted[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_items_with_keys_in_the_range_are_found() {
        let keys = [1, 3, 3, 5, 8];
        assert_eq!(keyed_in(&keys, 3..6, |&k| k), [3, 3, 5]);
        assert_eq!(keyed_in(&keys, 6..8, |&k| k), [] as [usize; 0]);
        assert_eq!(keyed_in(&keys, 0..100, |&k| k), keys);
    }
}
