//! The learned tagger: a greedy averaged perceptron over hashed features (see `features.rs`) that
//! tags tokens B/I for persons, locations, organisations and other names, left to right.
//!
//! The weights (src/mentions/entities/entity_model.bin) were trained offline by
//! `scripts/train_entities.sh` on the GermEval 2014 *test* split only (Benikova, Biemann,
//! Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014; CC-BY 4.0); the dev split is
//! kept for evaluation (tests/bench_germeval.rs). Only capitalised tokens, and tokens continuing a
//! name, are scored, so the tagger costs little on the lower-case bulk of a text.
//!
//! The file is small: a header, then the buckets with a non-zero weight, each as the
//! varint-coded distance to the one before and one signed byte per tag. Only features seen three
//! times or more in training keep their weights (`Trainer::finish`), which halves the file at no
//! cost on held-out text. Scoring runs in integers on the quantised bytes.

use std::sync::LazyLock;

use super::features::{features, flag, shape_capitalized, Facts, WORD_FEATURES};

/// The tags, in the order of the weights: O, then B and I for PER, LOC, ORG, OTH.
pub const TAGS: usize = 9;
pub const O: u8 = 0;
const MAGIC: &[u8; 4] = b"CCNE";

/// The class (0 person, 1 location, 2 organisation, 3 other) and whether the tag begins a name.
pub fn split_tag(tag: u8) -> Option<(u8, bool)> {
    (tag != O).then(|| ((tag - 1) / 2, (tag - 1).is_multiple_of(2)))
}

pub fn tag_of(class: u8, begin: bool) -> u8 {
    1 + class * 2 + u8::from(!begin)
}

/// May `tag` follow `prev`? An I tag only continues its own class.
fn allowed(prev: u8, tag: u8) -> bool {
    match split_tag(tag) {
        Some((class, false)) => split_tag(prev).is_some_and(|(c, _)| c == class),
        _ => true,
    }
}

/// Is token `i` scored at all? Capitalised words, and any token after a name has begun. A
/// capitalised function word ("Die", "Im" at the start of a sentence) begins a name too rarely to
/// be worth a score (11 of 3,745 in GermEval test), and a sixth of the capitals are such words.
fn candidate(facts: &Facts, i: usize, prev: u8) -> bool {
    prev != O || shape_capitalized(facts.shape[i]) && facts.flags[i] & flag::FUNCTION == 0
}

/// Weights as a dense table: `buckets` rows of `TAGS` values.
pub struct Weights<W> {
    pub bits: u32,
    pub values: Vec<W>,
}

impl<W: Copy + Into<f32>> Weights<W> {
    fn mask(&self) -> u64 {
        (1u64 << self.bits) - 1
    }

    /// The best allowed tag for the features, with its score.
    fn best(&self, feats: &[u64], prev: u8) -> u8 {
        let mut scores = [0f32; TAGS];
        let mask = self.mask();
        for &f in feats {
            let row = (f & mask) as usize * TAGS;
            for (s, w) in scores.iter_mut().zip(&self.values[row..row + TAGS]) {
                *s += (*w).into();
            }
        }
        let mut best = O;
        for t in 1..TAGS as u8 {
            if allowed(prev, t) && scores[t as usize] > scores[best as usize] {
                best = t;
            }
        }
        best
    }
}

impl Weights<i8> {
    /// `best` in integers, for the committed model: the same argmax, without a float per weight.
    fn best_quantised(&self, feats: &[u64], prev: u8) -> u8 {
        let mut scores = [0i32; TAGS];
        let mask = self.mask();
        for &f in feats {
            let row = (f & mask) as usize * TAGS;
            let Some(w) = self.values.get(row..row + TAGS) else {
                continue;
            };
            for (s, &w) in scores.iter_mut().zip(w) {
                *s += i32::from(w);
            }
        }
        let mut best = O;
        for t in 1..TAGS as u8 {
            if allowed(prev, t) && scores[t as usize] > scores[best as usize] {
                best = t;
            }
        }
        best
    }
}

/// Scores one token: the float path for training, the integer one for the committed weights.
pub trait Scorer {
    fn best_tag(&self, feats: &[u64], prev: u8) -> u8;
}

impl Scorer for Weights<f32> {
    fn best_tag(&self, feats: &[u64], prev: u8) -> u8 {
        self.best(feats, prev)
    }
}

impl Scorer for Weights<i8> {
    fn best_tag(&self, feats: &[u64], prev: u8) -> u8 {
        self.best_quantised(feats, prev)
    }
}

/// Tags every token of a document, greedily, each tag seeing the two before it.
pub fn tag_with<S: Scorer>(weights: &S, facts: &Facts) -> Vec<u8> {
    let mut tags = vec![O; facts.len()];
    let mut feats = Vec::with_capacity(40);
    for i in 0..facts.len() {
        let new_sentence = i == 0 || facts.sentence[i] != facts.sentence[i - 1];
        let prev = if new_sentence { O } else { tags[i - 1] };
        if !candidate(facts, i, prev) {
            continue;
        }
        let prev2 = if i >= 2 && !new_sentence && facts.sentence[i - 2] == facts.sentence[i] {
            tags[i - 2]
        } else {
            O
        };
        feats.clear();
        features(facts, i, prev, prev2, &mut feats);
        tags[i] = weights.best_tag(&feats, prev);
    }
    tags
}

static MODEL: LazyLock<Option<Weights<i8>>> =
    LazyLock::new(|| decode(include_bytes!("entity_model.bin")));

/// Tags a document with the committed model; all O if the model cannot be read.
pub fn tag(facts: &Facts) -> Vec<u8> {
    match MODEL.as_ref() {
        Some(w) => tag_with(w, facts),
        None => vec![O; facts.len()],
    }
}

/// Token ranges `(first, last, class)` that tags encode.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if let Some((class, true)) = split_tag(tags[i]) {
            let mut last = i;
            while last + 1 < tags.len() && tags[last + 1] == tag_of(class, false) {
                last += 1;
            }
            out.push((i, last, class));
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn decode(bytes: &[u8]) -> Option<Weights<i8>> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (&bits, rest) = rest.split_first()?;
    let (&tags, mut rest) = rest.split_first()?;
    if tags as usize != TAGS || bits > 24 {
        return None;
    }
    let mut values = vec![0i8; (1usize << bits) * TAGS];
    let mut bucket = 0usize;
    let mut first = true;
    while !rest.is_empty() {
        let mut delta = 0usize;
        let mut shift = 0;
        loop {
            let (&b, r) = rest.split_first()?;
            rest = r;
            delta |= usize::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        bucket = if first { delta } else { bucket + delta };
        first = false;
        let row = values.get_mut(bucket * TAGS..(bucket + 1) * TAGS)?;
        let (w, r) = rest.split_at_checked(TAGS)?;
        for (v, &b) in row.iter_mut().zip(w) {
            *v = b as i8;
        }
        rest = r;
    }
    Some(Weights {
        bits: u32::from(bits),
        values,
    })
}

/// Writes weights in the compact form `decode` reads: non-zero buckets only.
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

/// Training: the averaged perceptron (Collins 2002) with lazy averaging, run offline by
/// `examples/train_entities.rs`.
pub struct Trainer {
    weights: Weights<f32>,
    totals: Vec<f32>,
    stamps: Vec<u32>,
    step: u32,
    /// How often each bucket's features were seen in the first epoch (saturating).
    seen: Vec<u8>,
    first_epoch: bool,
    /// State of the generator that drops word features now and then (see `learn`).
    rng: u64,
    pub word_dropout: f32,
}

impl Trainer {
    pub fn new(bits: u32) -> Trainer {
        let n = (1usize << bits) * TAGS;
        Trainer {
            weights: Weights {
                bits,
                values: vec![0.0; n],
            },
            totals: vec![0.0; n],
            stamps: vec![0; n],
            seen: vec![0; 1usize << bits],
            first_epoch: true,
            step: 0,
            rng: 0x853c_49e6_748f_ea9b,
            word_dropout: 0.0,
        }
    }

    /// One pass over a sentence with its gold tags: tags greedily and corrects mistakes.
    /// Returns the number of tokens tagged wrongly.
    pub fn learn(&mut self, facts: &Facts, gold: &[u8]) -> usize {
        let mut tags = vec![O; facts.len()];
        let mut feats = Vec::with_capacity(40);
        let mut errors = 0;
        for i in 0..facts.len() {
            self.step += 1;
            let prev = if i == 0 { O } else { tags[i - 1] };
            if !candidate(facts, i, prev) {
                continue;
            }
            let prev2 = if i >= 2 { tags[i - 2] } else { O };
            feats.clear();
            features(facts, i, prev, prev2, &mut feats);
            // Words seen in training are learnt by heart; hiding them now and then makes the
            // weights of shape, suffix and lexicon features carry the unseen words.
            if self.chance() < self.word_dropout {
                for k in WORD_FEATURES {
                    feats[k] = feats[0];
                }
            }
            if self.first_epoch {
                let mask = self.weights.mask();
                for &f in &feats {
                    let b = &mut self.seen[(f & mask) as usize];
                    *b = b.saturating_add(1);
                }
            }
            let guess = self.weights.best(&feats, prev);
            // The gold tag, unless the decoder may not produce it here.
            // An I tag the decoder may not produce here becomes the B tag of its class.
            let truth = if allowed(prev, gold[i]) {
                gold[i]
            } else {
                gold[i].saturating_sub(1)
            };
            let truth = if allowed(prev, truth) { truth } else { O };
            if guess != truth {
                errors += 1;
                let mask = self.weights.mask();
                for &f in &feats {
                    let row = (f & mask) as usize * TAGS;
                    self.bump(row + truth as usize, 1.0);
                    self.bump(row + guess as usize, -1.0);
                }
            }
            tags[i] = guess;
        }
        errors
    }

    /// Marks the end of an epoch: from now on features are no longer counted.
    pub fn end_epoch(&mut self) {
        self.first_epoch = false;
    }

    fn chance(&mut self) -> f32 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 40) as f32 / (1u64 << 24) as f32
    }

    fn bump(&mut self, k: usize, by: f32) {
        let elapsed = (self.step - self.stamps[k]) as f32;
        self.totals[k] += elapsed * self.weights.values[k];
        self.stamps[k] = self.step;
        self.weights.values[k] += by;
    }

    /// The averaged weights, quantised to signed bytes; weights smaller than `prune` of the
    /// largest are dropped, and so are those of features seen fewer than `min_seen` times in the
    /// first epoch, which is what keeps the file small. With `log_levels`, magnitudes are further
    /// rounded to that many steps of a geometric scale from the pruning threshold to 127: the
    /// bytes take few distinct values, which compresses well, and a perceptron's argmax hardly
    /// notices.
    pub fn finish(mut self, prune: f32, min_seen: u8, log_levels: u8) -> Weights<i8> {
        let step = self.step;
        for k in 0..self.totals.len() {
            let elapsed = (step - self.stamps[k]) as f32;
            self.totals[k] += elapsed * self.weights.values[k];
        }
        let avg: Vec<f32> = self.totals.iter().map(|t| t / step.max(1) as f32).collect();
        let max = avg.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = 127.0 / max;
        let floor = (prune * 127.0).max(1.0);
        let ratio = if log_levels > 1 {
            (127.0 / floor).powf(1.0 / f32::from(log_levels - 1))
        } else {
            1.0
        };
        let values = avg
            .iter()
            .enumerate()
            .map(|(k, w)| {
                if w.abs() < prune * max || self.seen[k / TAGS] < min_seen {
                    return 0;
                }
                let q = (w.abs() * scale).clamp(floor, 127.0);
                let q = if log_levels > 1 {
                    floor * ratio.powf(((q / floor).ln() / ratio.ln()).round())
                } else {
                    q
                };
                (q.round().min(127.0) * w.signum()) as i8
            })
            .collect();
        Weights {
            bits: self.weights.bits,
            values,
        }
    }

    /// Tags with the current (not averaged) weights.
    pub fn tag(&self, facts: &Facts) -> Vec<u8> {
        tag_with(&self.weights, facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_split_into_class_and_begin() {
        assert_eq!(split_tag(O), None);
        assert_eq!(split_tag(tag_of(2, true)), Some((2, true)));
        assert_eq!(split_tag(tag_of(2, false)), Some((2, false)));
    }

    #[test]
    fn an_inside_tag_only_continues_its_own_class() {
        assert!(allowed(tag_of(0, true), tag_of(0, false)));
        assert!(!allowed(tag_of(1, true), tag_of(0, false)));
        assert!(!allowed(O, tag_of(0, false)));
    }

    #[test]
    fn spans_are_read_from_tags() {
        let tags = [O, tag_of(0, true), tag_of(0, false), O, tag_of(1, true)];
        assert_eq!(spans(&tags), vec![(1, 2, 0), (4, 4, 1)]);
    }

    #[test]
    fn weights_survive_encoding() {
        let mut values = vec![0i8; 16 * TAGS];
        values[3 * TAGS + 2] = -5;
        values[10 * TAGS] = 7;
        values[15 * TAGS + 8] = 127;
        let w = Weights { bits: 4, values };
        let back = decode(&encode(&w)).expect("decodes");
        assert_eq!(back.values, w.values);
    }

    #[test]
    fn the_committed_model_loads() {
        assert!(MODEL.is_some());
    }
}
