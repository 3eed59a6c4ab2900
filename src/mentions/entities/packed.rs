//! The committed tagger weights: how they are written to `entity_model.bin` and how the tagger
//! holds them in memory.
//!
//! The file is a header, then the buckets with a non-zero weight, each as the varint-coded
//! distance to the one before and one signed byte per tag.
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
use super::model::{Scorer, Weights, TAGS};

const MAGIC: &[u8; 4] = b"CCNE";

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
        let (&tags, mut rest) = rest.split_first()?;
        if tags as usize != TAGS || bits > 24 {
            return None;
        }
        let mask = (1u64 << bits) - 1;
        let transition_bucket: [usize; TAGS] =
            std::array::from_fn(|p| (transition(p as u8) & mask) as usize);
        let mut transitions = [[0i32; TAGS]; TAGS];
        let mut row_of = vec![0u16; 1usize << bits];
        // Row 0 is all zeros: what a bucket without weights reads.
        let mut rows = vec![[0i16; NAMED]];
        let mut bucket: Option<usize> = None;
        while !rest.is_empty() {
            let (delta, r) = varint(rest)?;
            // Strictly increasing buckets: a zero distance would write one bucket twice.
            if bucket.is_some() && delta == 0 {
                return None;
            }
            let b = bucket.map_or(Some(delta), |b| b.checked_add(delta))?;
            let (w, r) = r.split_at_checked(TAGS)?;
            let w: [i32; TAGS] = std::array::from_fn(|t| i32::from(w[t] as i8));
            for (p, _) in transition_bucket
                .iter()
                .enumerate()
                .filter(|(_, &t)| t == b)
            {
                transitions[p] = w;
            }
            *row_of.get_mut(b)? = u16::try_from(rows.len()).ok()?;
            rows.push(std::array::from_fn(|t| (w[t + 1] - w[0]) as i16));
            bucket = Some(b);
            rest = r;
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

    fn emission(&self, features: &[u64]) -> [i32; TAGS] {
        let mask = (1u64 << self.bits) - 1;
        // At most 127 - -127 per feature: fifty features stay far from the 16-bit limit, and
        // saturation keeps more from wrapping round.
        let mut sum = [0i16; NAMED];
        for &f in features {
            for (s, &w) in sum.iter_mut().zip(self.row((f & mask) as usize)) {
                *s = s.saturating_add(w);
            }
        }
        let mut scores = [0i32; TAGS];
        for (s, w) in scores[1..].iter_mut().zip(sum) {
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

/// Writes weights in the form `Packed::decode` reads: non-zero buckets only.
pub fn encode(weights: &Weights<i8>) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(weights.bits as u8);
    out.push(TAGS as u8);
    let mut last: Option<usize> = None;
    for (bucket, row) in weights.values.chunks_exact(TAGS).enumerate() {
        if row.iter().all(|&w| w == 0) {
            continue;
        }
        let mut delta = last.map_or(bucket, |l| bucket - l);
        last = Some(bucket);
        loop {
            let b = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
        out.extend(row.iter().map(|&w| w as u8));
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
        assert!(Packed::decode(b"CCNE").is_none());
        assert!(Packed::decode(b"XXXX\x08\x09").is_none());
        // A bucket beyond the table.
        let mut file = b"CCNE\x08\x09".to_vec();
        file.extend([0xff, 0x7f]);
        file.extend([1u8; TAGS]);
        assert!(Packed::decode(&file).is_none());
        // A row cut short.
        assert!(Packed::decode(b"CCNE\x08\x09\x01\x01\x02").is_none());
    }
}
