//! The committed tagger weights: how they are written to `entity_model.bin` and how the tagger
//! holds them in memory.
//!
//! The file is a header and runs over the buckets with a non-zero weight: each bucket's
//! varint-coded distance to the one before; then each bucket's mask of the tags whose weight is
//! not zero, as a byte for the first eight tags and, after all those bytes, the ninth tag's bits,
//! eight buckets to a byte; then those weights, one signed byte each. Three quarters of the
//! weights are zero, and like values side by side are what gzip compresses best: 88 KB with
//! `gzip -9`, against 93 KB with each mask as two bytes side by side (whose second byte, 0 or 1,
//! broke up the runs of the first) and 104 KB for nine bytes per bucket in a row.
//!
//! In memory only those buckets keep a row, after one row of zeros that the others share, and
//! each bucket holds the 16-bit number of its row: 0.9 MB at 18 bits against 2.4 MB for a dense
//! table (which missed the cache), and a lookup is two loads without a branch (a bitmap with
//! ranks, smaller still, spent more time counting bits than it saved).
//!
//! A row keeps each tag's weight less the weight of O, as 16-bit numbers: adding one constant to
//! every tag's score of a token changes no choice of the search, so O's score is always 0 and a
//! row is eight lanes that one vector instruction adds. The transition weights compare across
//! paths and are kept whole.

use super::features::transition;
use super::model::{self, Scorer, Weights, TAGS};

const MAGIC: &[u8; 4] = b"CCN3";

// A mask is a byte and one bit: nine tags.
const _: () = assert!(TAGS == 9);

/// The tags other than O.
const NAMED: usize = TAGS - 1;

pub struct Packed {
    bits: u32,
    /// The row of each bucket; 0, the zero row, for buckets without weights.
    row_of: Vec<u16>,
    /// Per row, the weight of each tag but O less the weight of O.
    rows: Vec<[i16; NAMED]>,
    transitions: [[i32; TAGS]; TAGS],
}

impl Packed {
    /// Reads the file form; `None` if it is not a model of this tagger.
    pub fn decode(bytes: &[u8]) -> Option<Packed> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let (&bits, rest) = rest.split_first()?;
        let (&tags, rest) = rest.split_first()?;
        if tags as usize != TAGS || bits > 24 {
            return None;
        }
        let (count, mut rest) = varint(rest)?;
        // Each bucket takes at least two bytes, which bounds what a broken count can reserve.
        if count > rest.len() / 2 {
            return None;
        }
        let mut buckets = Vec::with_capacity(count);
        let mut bucket: Option<usize> = None;
        for _ in 0..count {
            let (delta, r) = varint(rest)?;
            // Strictly increasing buckets: a zero distance would write one bucket twice.
            if bucket.is_some() && delta == 0 {
                return None;
            }
            let b = bucket.map_or(Some(delta), |b| b.checked_add(delta))?;
            buckets.push(b);
            bucket = Some(b);
            rest = r;
        }
        let (low_masks, rest) = rest.split_at_checked(count)?;
        let (ninth_tags, mut values) = rest.split_at_checked(count.div_ceil(8))?;

        let mask = (1u64 << bits) - 1;
        let transition_bucket: [usize; TAGS] =
            std::array::from_fn(|p| (transition(p as u8) & mask) as usize);
        let mut transitions = [[0i32; TAGS]; TAGS];
        let mut row_of = vec![0u16; 1usize << bits];
        // Row 0 is all zeros: what a bucket without weights reads.
        let mut rows = Vec::with_capacity(count + 1);
        rows.push([0i16; NAMED]);
        for (k, (&b, &low)) in buckets.iter().zip(low_masks).enumerate() {
            let ninth = ninth_tags[k / 8] >> (k % 8) & 1;
            let m = u16::from(low) | u16::from(ninth) << 8;
            // The weights of the tags the mask names, lowest tag first.
            let (own, rest) = values.split_at_checked(m.count_ones() as usize)?;
            values = rest;
            let mut w = [0i32; TAGS];
            for (t, &v) in model::bits(m).zip(own) {
                w[t] = i32::from(v as i8);
            }
            for (p, _) in transition_bucket
                .iter()
                .enumerate()
                .filter(|(_, &t)| t == b)
            {
                transitions[p] = w;
            }
            *row_of.get_mut(b)? = u16::try_from(rows.len()).ok()?;
            rows.push(std::array::from_fn(|t| (w[t + 1] - w[0]) as i16));
        }
        if !values.is_empty() {
            return None;
        }
        Some(Packed {
            bits: u32::from(bits),
            row_of,
            rows,
            transitions,
        })
    }

    /// The row of a bucket: its own, or the zero row if it has none.
    #[inline]
    fn row(&self, bucket: usize) -> &[i16; NAMED] {
        &self.rows[usize::from(self.row_of[bucket])]
    }
}

impl Scorer for Packed {
    type Score = i32;
    /// Each named tag's weights less O's, in one vector.
    type Sum = [i16; NAMED];

    fn add_all(&self, features: &[u64], sum: &mut [i16; NAMED]) {
        let mask = (1u64 << self.bits) - 1;
        // At most 127 - -127 per feature: fifty features stay far from the 16-bit limit, and
        // saturation keeps more from wrapping round.
        for &f in features {
            for (s, &w) in sum.iter_mut().zip(self.row((f & mask) as usize)) {
                *s = s.saturating_add(w);
            }
        }
    }

    fn scores(&self, sum: &[i16; NAMED]) -> [i32; TAGS] {
        let mut scores = [0i32; TAGS];
        for (s, &w) in scores[1..].iter_mut().zip(sum) {
            *s = i32::from(w);
        }
        scores
    }

    fn transitions(&self) -> [[i32; TAGS]; TAGS] {
        self.transitions
    }
}

/// A little-endian base-128 number and the bytes after it.
fn varint(mut bytes: &[u8]) -> Option<(usize, &[u8])> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let (&b, rest) = bytes.split_first()?;
        bytes = rest;
        value |= usize::from(b & 0x7f).checked_shl(shift)?;
        shift += 7;
        if b & 0x80 == 0 {
            return Some((value, bytes));
        }
    }
}

/// Appends `value` as a little-endian base-128 number.
fn push_varint(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Writes weights in the form `Packed::decode` reads: non-zero buckets only.
pub fn encode(weights: &Weights<i8>) -> Vec<u8> {
    let kept: Vec<(usize, &[i8])> = weights
        .values
        .chunks_exact(TAGS)
        .enumerate()
        .filter(|(_, row)| row.iter().any(|&w| w != 0))
        .collect();
    let mut out = MAGIC.to_vec();
    out.push(weights.bits as u8);
    out.push(TAGS as u8);
    push_varint(&mut out, kept.len());
    let mut last: Option<usize> = None;
    for &(bucket, _) in &kept {
        push_varint(&mut out, last.map_or(bucket, |l| bucket - l));
        last = Some(bucket);
    }
    let masks: Vec<u16> = kept
        .iter()
        .map(|(_, row)| {
            (0..TAGS)
                .filter(|&t| row[t] != 0)
                .fold(0u16, |m, t| m | 1 << t)
        })
        .collect();
    out.extend(masks.iter().map(|&m| m as u8));
    for eight in masks.chunks(8) {
        let ninth = |(k, &m): (usize, &u16)| u8::from(m & 1 << 8 != 0) << k;
        out.push(eight.iter().enumerate().map(ninth).fold(0, |a, b| a | b));
    }
    for (_, row) in &kept {
        out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_weights_choose_as_the_dense_table() {
        let mut values = vec![0i8; 1024 * TAGS];
        for (k, v) in values.iter_mut().enumerate().filter(|(k, _)| k % 7 == 0) {
            *v = ((k * 37) % 255) as u8 as i8;
        }
        let dense = Weights { bits: 10, values };
        let packed = Packed::decode(&encode(&dense)).expect("decodes");
        assert_eq!(packed.transitions(), dense.transitions());
        for first in 0..200u64 {
            let features: Vec<u64> = (first..first + 40).map(|f| f * 2_654_435_761).collect();
            let (a, b) = (dense.emission(&features), packed.emission(&features));
            // The same scores up to one constant for all tags.
            let shift = a[0] - b[0];
            assert!(a.iter().zip(&b).all(|(x, y)| x - y == shift), "{a:?} {b:?}");
        }
    }

    #[test]
    fn broken_files_are_refused() {
        assert!(Packed::decode(b"CCN3").is_none());
        assert!(Packed::decode(b"XXXX\x08\x09\x00").is_none());
        // The second version's masks, two bytes each.
        assert!(Packed::decode(b"CCN2\x08\x09\x01\x03\x01\x00\x05").is_none());
        // A bucket beyond the table: 16383 in a table of 256.
        assert!(Packed::decode(b"CCN3\x08\x09\x01\xff\x7f\x01\x00\x05").is_none());
        // A mask naming two weights and one weight after it.
        assert!(Packed::decode(b"CCN3\x08\x09\x01\x03\x03\x00\x05").is_none());
        // A weight left over.
        assert!(Packed::decode(b"CCN3\x08\x09\x01\x03\x01\x00\x05\x06").is_none());
        // More buckets than the bytes could hold.
        assert!(Packed::decode(b"CCN3\x08\x09\x7f\x03\x01\x00\x05").is_none());
        // No byte for the ninth tags.
        assert!(Packed::decode(b"CCN3\x08\x09\x01\x03\x01").is_none());
        // A well-formed file of one bucket.
        assert!(Packed::decode(b"CCN3\x08\x09\x01\x03\x01\x00\x05").is_some());
    }

    #[test]
    fn the_ninth_tag_is_read_from_its_bit() {
        // Bucket 3 weighs the ninth tag alone, by 5; every other tag stays at 0.
        let packed = Packed::decode(b"CCN3\x08\x09\x01\x03\x00\x01\x05").expect("decodes");
        let scores = packed.emission(&[3]);
        assert_eq!(scores[TAGS - 1], 5);
        assert!(scores[..TAGS - 1].iter().all(|&s| s == 0), "{scores:?}");
    }
}
