//! The committed tagger weights: how they are written to `entity_model.bin` and how the tagger
//! holds them in memory.
//!
//! The file is a header, then the buckets with a non-zero weight, each as the varint-coded
//! distance to the one before and one signed byte per tag.
//!
//! In memory only those buckets keep a row, after one row of zeros that the others share, and
//! each bucket holds the 16-bit number of its row. That is 0.75 MB at 18 bits against 2.4 MB for
//! a dense table, and a lookup is two loads without a branch: the dense table missed the cache,
//! and a bitmap with ranks (a third of the size) spent more time counting bits than it saved
//! (entity recognition 38 against 33 MiB/s).

use super::model::{Scorer, Weights, TAGS};

const MAGIC: &[u8; 4] = b"CCNE";

pub struct Packed {
    bits: u32,
    /// The row of each bucket; 0, the zero row, for buckets without weights.
    row_of: Vec<u16>,
    rows: Vec<[i8; TAGS]>,
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
        let mut row_of = vec![0u16; 1usize << bits];
        // Row 0 is all zeros: what a bucket without weights reads.
        let mut rows = vec![[0i8; TAGS]];
        let mut bucket: Option<usize> = None;
        while !rest.is_empty() {
            let (delta, r) = varint(rest)?;
            // Strictly increasing buckets: a zero distance would write one bucket twice.
            if bucket.is_some() && delta == 0 {
                return None;
            }
            let b = bucket.map_or(Some(delta), |b| b.checked_add(delta))?;
            let (w, r) = r.split_at_checked(TAGS)?;
            *row_of.get_mut(b)? = u16::try_from(rows.len()).ok()?;
            rows.push(std::array::from_fn(|t| w[t] as i8));
            bucket = Some(b);
            rest = r;
        }
        Some(Packed {
            bits: u32::from(bits),
            row_of,
            rows,
        })
    }

    /// The row of a bucket: its own, or the zero row if it has none.
    #[inline]
    fn row(&self, bucket: usize) -> &[i8; TAGS] {
        &self.rows[usize::from(self.row_of[bucket])]
    }
}

impl Scorer for Packed {
    type Score = i32;
    #[inline]
    fn add(&self, feature: u64, scores: &mut [i32; TAGS]) {
        let bucket = (feature & ((1u64 << self.bits) - 1)) as usize;
        for (s, &w) in scores.iter_mut().zip(self.row(bucket)) {
            *s += i32::from(w);
        }
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
    fn packed_weights_score_as_the_dense_table() {
        let mut values = vec![0i8; 256 * TAGS];
        values[3 * TAGS + 2] = -5;
        values[10 * TAGS] = 7;
        values[63 * TAGS + 1] = 3;
        values[64 * TAGS + 4] = -1;
        values[255 * TAGS + 8] = 127;
        let dense = Weights { bits: 8, values };
        let packed = Packed::decode(&encode(&dense)).expect("decodes");
        assert_eq!(packed.rows.len(), 1 + 5);
        for feature in 0..1024u64 {
            let (mut a, mut b) = ([0; TAGS], [0; TAGS]);
            dense.add(feature, &mut a);
            packed.add(feature, &mut b);
            assert_eq!(a, b, "feature {feature}");
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
