//! Sorting with one copy of the standard library's sort for the whole program.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each call site compiles a
//! sort of its own: some 7 KB of wasm each, 150 KB over the page's 22 call sites. Here the
//! standard sort orders positions (`usize`) through a comparison behind a `dyn` reference, once
//! for every caller, and the elements are then moved into that order. The results are those of
//! the standard stable sort.

use std::cmp::Ordering;

/// The positions `0..n` in the order `compare` gives them, equal ones as they were.
fn stable_order(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // The one call of the standard sort that clippy.toml lets through.
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the items of `v` so that position `i` holds what was at `order[i]`, cycle by cycle,
/// each item moved once. `order` is a permutation of `0..v.len()`.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        // A cycle is followed from its first position; its other positions are then marked
        // done (`order[k] == k`).
        while order[at] != start {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

/// Sorts `v` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its own order, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small deterministic pseudo-random numbers (a linear congruential generator).
    fn numbers(seed: u64, n: usize, below: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (x >> 33) % below
            })
            .collect()
    }

    #[test]
    #[allow(clippy::disallowed_methods)]
    fn sorts_as_the_standard_stable_sort() {
        for (seed, n) in [(1, 0), (2, 1), (3, 2), (4, 7), (5, 100), (6, 1000)] {
            // Few distinct keys, so that many items tie and stability shows.
            let items: Vec<(u64, usize)> = numbers(seed, n, 10)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by_key(&mut ours, |&(k, _)| k);
            std_sorted.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std_sorted, "{n} items");
        }
    }

    #[test]
    fn sorts_reversed_and_sorted_input() {
        let mut down: Vec<u32> = (0..50).rev().collect();
        sort(&mut down);
        assert_eq!(down, (0..50).collect::<Vec<_>>());
        let mut up: Vec<u32> = (0..50).collect();
        sort_by(&mut up, |a, b| b.cmp(a));
        assert_eq!(up, (0..50).rev().collect::<Vec<_>>());
    }

    #[test]
    fn moves_items_that_own_memory() {
        let mut words: Vec<String> = ["delta", "alpha", "charlie", "bravo", "alpha"]
            .map(String::from)
            .to_vec();
        sort(&mut words);
        assert_eq!(words, ["alpha", "alpha", "bravo", "charlie", "delta"]);
    }
}
