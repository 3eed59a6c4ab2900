//! The learned tagger: a first-order structured perceptron over hashed features (see
//! `features.rs`) that tags tokens B/I for persons, locations, organisations and other names, and
//! reads the best tag sequence of each sentence by Viterbi search (Collins 2002). A token's
//! features are scored once per tag; what the tag before it adds (a transition weight) is added
//! per pair of tags. Only valid BIO sequences are
//! searched: an I tag continues its own class.
//!
//! The weights (src/mentions/entities/entity_model.bin) were trained offline by
//! `scripts/train_entities.sh` on the GermEval 2014 *test* split only (Benikova, Biemann,
//! Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014; CC-BY 4.0); the dev split is
//! kept for evaluation (tests/bench_germeval.rs). Only capitalised tokens may begin a name, and a
//! name runs on through at most two lower-case tokens ("Bank of America", "Gesellschaft für
//! bedrohte Völker"); other tokens are O without being scored, so the tagger costs little on the
//! lower-case bulk of a text.
//!
//! The file is small (see `packed.rs` for its form and how it is read). Only features seen three
//! times or more in training keep their weights (`Trainer::finish`), which halves the file at no
//! cost on held-out text; so do weights under 3 % of the largest (dropping those under 6 % cost
//! two points of F1). The weights are the sum of five runs over differently shuffled data, which
//! is steadier than one. Scoring runs in integers on the quantised bytes.

use std::ops::Add;
use std::sync::LazyLock;

use super::features::{
    context_features, features, flag, own_features, shape_capitalized, shape_numeric, transition,
    Facts,
};
use super::packed::Packed;

/// The tags, in the order of the weights: O, then B and I for PER, LOC, ORG, OTH.
pub const TAGS: usize = 9;
pub const O: u8 = 0;
/// The tag sets of the search lattice, one bit per tag.
const ONLY_O: u16 = 1;
const ALL: u16 = (1 << TAGS) - 1;
const O_OR_INSIDE: u16 = 1 | 0b1010_1010 << 1;
/// How many lower-case tokens a name may run through.
const LOWER_RUN: u8 = 2;

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

/// May token `i` begin a name? Capitalised words; but a capitalised function word ("Die", "Im"
/// at the start of a sentence) begins a name too rarely to be worth a score (11 of 3,745 in
/// GermEval test), and a sixth of the capitals are such words.
fn may_begin(facts: &Facts, i: usize) -> bool {
    shape_capitalized(facts[i].shape) && facts[i].flags & flag::FUNCTION == 0
}

/// The tag sets of a sentence's tokens: all tags where a name may begin; O or an inside tag for
/// a run of at most `LOWER_RUN` other tokens that a name-beginning word or a number closes
/// ("Gesellschaft für bedrohte Völker", "Schalke 04"); O alone elsewhere. Names that end in a
/// lower-case word are rare (30 of 5,192 in GermEval test), and lower-case words that no capital
/// follows closely are most of a text, which is then not scored at all.
fn lattice(facts: &Facts, range: std::ops::Range<usize>, out: &mut Vec<u16>) {
    out.clear();
    let mut last_begin: Option<usize> = None;
    for i in range {
        let begins = may_begin(facts, i);
        let k = out.len();
        out.push(if begins { ALL } else { ONLY_O });
        if !begins && !shape_numeric(facts[i].shape) {
            continue;
        }
        if let Some(b) = last_begin.filter(|&b| k - b <= usize::from(LOWER_RUN) + 1) {
            let run_end = if begins { k } else { k + 1 };
            out[b + 1..run_end].fill(O_OR_INSIDE);
        }
        if begins {
            last_begin = Some(k);
        }
    }
}

/// Weights as a dense table: `buckets` rows of `TAGS` values.
pub struct Weights<W> {
    pub bits: u32,
    pub values: Vec<W>,
}

impl<W> Weights<W> {
    fn mask(&self) -> u64 {
        (1u64 << self.bits) - 1
    }
}

/// A path's score: a float in training, an integer at run time.
pub trait Score: Copy + Default + PartialOrd + Add<Output = Self> {
    /// Below every score a path can reach: where a search for the best begins.
    const FLOOR: Self;
    /// Added to a transition the tags forbid, so that it loses to every allowed one: a long
    /// sentence's scores stay within a few million.
    const FORBIDDEN: Self;
}

impl Score for i32 {
    const FLOOR: i32 = i32::MIN;
    const FORBIDDEN: i32 = -(1 << 29);
}

impl Score for f32 {
    const FLOOR: f32 = f32::NEG_INFINITY;
    const FORBIDDEN: f32 = f32::NEG_INFINITY;
}

/// Scores tags: in floats for training, in integers on the quantised bytes of the committed model.
/// A token's scores are summed feature by feature into a `Sum`, so that the part of a sum that
/// a word's own features make can be kept and reused wherever the word recurs.
pub trait Scorer {
    type Score: Score;
    /// A token's scores while they are being added up.
    type Sum: Copy + Default;

    /// Adds the weights of `features` to `sum`.
    fn add_all(&self, features: &[u64], sum: &mut Self::Sum);

    /// Each tag's score from a finished sum. The Viterbi search compares one token's scores only
    /// with each other, so a scorer may add one constant to all of them.
    fn scores(&self, sum: &Self::Sum) -> [Self::Score; TAGS];

    /// Each tag's score for a token with these features.
    fn emission(&self, features: &[u64]) -> [Self::Score; TAGS] {
        let mut sum = Self::Sum::default();
        self.add_all(features, &mut sum);
        self.scores(&sum)
    }

    /// The weight of each tag after each tag: `[previous][next]`. These compare across paths,
    /// so they are exact.
    fn transitions(&self) -> [[Self::Score; TAGS]; TAGS];
}

/// The tagger's scores from a dense table of weights, row by row.
pub trait Rows {
    type Score: Score;
    fn add(&self, feature: u64, scores: &mut [Self::Score; TAGS]);
}

impl<R: Rows> Scorer for R {
    type Score = R::Score;
    type Sum = [R::Score; TAGS];

    fn add_all(&self, features: &[u64], sum: &mut Self::Sum) {
        for &f in features {
            self.add(f, sum);
        }
    }

    fn scores(&self, sum: &Self::Sum) -> [R::Score; TAGS] {
        *sum
    }

    fn transitions(&self) -> [[R::Score; TAGS]; TAGS] {
        let mut trans = [[R::Score::default(); TAGS]; TAGS];
        for (p, row) in trans.iter_mut().enumerate() {
            self.add(transition(p as u8), row);
        }
        trans
    }
}

impl Rows for Weights<f32> {
    type Score = f32;
    #[inline]
    fn add(&self, feature: u64, scores: &mut [f32; TAGS]) {
        let row = (feature & self.mask()) as usize * TAGS;
        for (s, w) in scores.iter_mut().zip(&self.values[row..row + TAGS]) {
            *s += *w;
        }
    }
}

impl Rows for Weights<i8> {
    type Score = i32;
    #[inline]
    fn add(&self, feature: u64, scores: &mut [i32; TAGS]) {
        let row = (feature & self.mask()) as usize * TAGS;
        let Some(w) = self.values.get(row..row + TAGS) else {
            return;
        };
        for (s, &w) in scores.iter_mut().zip(w) {
            *s += i32::from(w);
        }
    }
}

/// Buffers reused from sentence to sentence.
struct Search<S: Scorer> {
    sets: Vec<u16>,
    back: Vec<[u8; TAGS]>,
    feats: Vec<u64>,
    /// What a word's own features add to its scores, by [`Facts::word_id`], kept while the
    /// weights stay as they are: news repeats its names, and this is a third of a token's
    /// lookups. An entry counts only if it carries the current `era`.
    own: Vec<(u32, S::Sum)>,
    era: u32,
}

impl<S: Scorer> Search<S> {
    fn new() -> Search<S> {
        Search {
            sets: Vec::new(),
            back: Vec::new(),
            feats: Vec::new(),
            own: Vec::new(),
            era: 1,
        }
    }

    /// Forgets the words' sums: the weights have changed, or the document.
    fn forget(&mut self) {
        self.era += 1;
    }
}

/// Token `i`'s scores under `w`, the part its word's own features add taken from `buf` when the
/// word has been scored before.
fn token_scores<S: Scorer>(
    w: &S,
    facts: &Facts,
    i: usize,
    buf: &mut Search<S>,
) -> [S::Score; TAGS] {
    let id = facts[i].word_id as usize;
    if buf.own.len() <= id {
        buf.own.resize(facts.word_ids(), (0, S::Sum::default()));
    }
    let mut sum = match buf.own[id] {
        (era, sum) if era == buf.era => sum,
        _ => {
            buf.feats.clear();
            own_features(facts, i, &mut buf.feats);
            let mut sum = S::Sum::default();
            w.add_all(&buf.feats, &mut sum);
            buf.own[id] = (buf.era, sum);
            sum
        }
    };
    buf.feats.clear();
    context_features(facts, i, &mut buf.feats);
    w.add_all(&buf.feats, &mut sum);
    w.scores(&sum)
}

/// The best tag sequence of tokens `range` (one sentence), written into `tags[range]`.
fn viterbi<S: Scorer>(
    w: &S,
    facts: &Facts,
    range: std::ops::Range<usize>,
    tags: &mut [u8],
    buf: &mut Search<S>,
) {
    let start = range.start;
    lattice(facts, range.clone(), &mut buf.sets);
    buf.back.clear();
    buf.back.resize(buf.sets.len(), [O; TAGS]);
    // The tags each tag may be followed by, as a set.
    let follows: [u16; TAGS] = std::array::from_fn(|p| {
        (0..TAGS as u8)
            .filter(|&t| allowed(p as u8, t))
            .fold(0, |m, t| m | 1 << t)
    });
    // The transition weights, looked up once per sentence (training changes them), a forbidden
    // one made hopeless.
    let mut trans = w.transitions();
    for (p, row) in trans.iter_mut().enumerate() {
        for (t, weight) in row.iter_mut().enumerate() {
            if follows[p] & 1 << t == 0 {
                *weight = *weight + S::Score::FORBIDDEN;
            }
        }
    }
    let mut score = [S::Score::default(); TAGS];
    let mut alive = ONLY_O;
    for k in 0..buf.sets.len() {
        let set = buf.sets[k];
        let i = start + k;
        if set == ONLY_O {
            if alive != ONLY_O {
                // Only O may stand here: its best way in is all there is to find, where the loop
                // below would weigh nine tags. A quarter of a German text's tokens end a name so.
                let mut best = S::Score::FLOOR;
                let mut from = O;
                for p in bits(alive) {
                    let s = score[p] + trans[p][O as usize];
                    if s > best {
                        best = s;
                        from = p as u8;
                    }
                }
                buf.back[k][O as usize] = from;
                score[O as usize] = best;
                alive = ONLY_O;
            }
            continue;
        }
        let emit = token_scores(w, facts, i, buf);
        // Each tag's best way in, all nine tags in one loop without a branch per pair: a
        // forbidden pair scores too low to win. Among equal scores the earliest previous tag
        // wins. What a tag outside `set`, or one no alive tag may precede, gets is never read:
        // it is not alive.
        let mut next = [S::Score::FLOOR; TAGS];
        let mut from = [O; TAGS];
        let mut reached = 0u16;
        for p in bits(alive) {
            reached |= follows[p];
            for t in 0..TAGS {
                let s = score[p] + emit[t] + trans[p][t];
                if s > next[t] {
                    next[t] = s;
                    from[t] = p as u8;
                }
            }
        }
        buf.back[k] = from;
        alive = reached & set;
        score = next;
    }
    // Back from the best final tag.
    let mut t = O;
    for c in 0..TAGS as u8 {
        if alive & 1 << c != 0 && (alive & 1 << t == 0 || score[c as usize] > score[t as usize]) {
            t = c;
        }
    }
    for k in (0..buf.sets.len()).rev() {
        tags[start + k] = t;
        t = buf.back[k][t as usize];
    }
}

/// The members of a tag set, lowest first.
pub(super) fn bits(mut set: u16) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (set != 0).then(|| {
            let b = set.trailing_zeros() as usize;
            set &= set - 1;
            b
        })
    })
}

/// The sentences of a document as token ranges.
fn sentences(facts: &Facts) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= facts.len() {
            return None;
        }
        let start = i;
        let s = facts[i].sentence;
        while i < facts.len() && facts[i].sentence == s {
            i += 1;
        }
        Some(start..i)
    })
}

/// Tags every token of a document, sentence by sentence.
pub fn tag_with<S: Scorer>(weights: &S, facts: &Facts) -> Vec<u8> {
    let mut tags = vec![O; facts.len()];
    let mut buf = Search::<S>::new();
    for range in sentences(facts) {
        viterbi(weights, facts, range, &mut tags, &mut buf);
    }
    tags
}

static MODEL: LazyLock<Option<Packed>> =
    LazyLock::new(|| Packed::decode(include_bytes!("entity_model.bin")));

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

/// Training: the averaged structured perceptron (Collins 2002) with lazy averaging, run offline
/// by `examples/train_entities.rs`. Each sentence is tagged by the same Viterbi search as at run
/// time; where the best sequence differs from the gold one, the gold's features gain and the
/// guess's lose.
pub struct Trainer {
    weights: Weights<f32>,
    totals: Vec<f32>,
    stamps: Vec<u32>,
    step: u32,
    /// How often each bucket's features were seen in the training data (saturating).
    seen: Vec<u8>,
    buf: Search<Weights<f32>>,
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
            step: 0,
            buf: Search::new(),
        }
    }

    /// The gold tags as the search can produce them: an I tag where the lattice or the tag before
    /// forbids it becomes the B tag of its class, or O.
    fn reachable(facts: &Facts, range: std::ops::Range<usize>, gold: &[u8], out: &mut Vec<u8>) {
        let mut sets = Vec::new();
        lattice(facts, range.clone(), &mut sets);
        out.clear();
        let mut prev = O;
        for (k, &set) in sets.iter().enumerate() {
            let g = gold.get(range.start + k).copied().unwrap_or(O);
            let fits = |t: u8| set & 1 << t != 0 && allowed(prev, t);
            let t = if fits(g) {
                g
            } else if split_tag(g).is_some_and(|(_, begin)| !begin) && fits(g - 1) {
                g - 1
            } else {
                O
            };
            out.push(t);
            prev = t;
        }
    }

    /// Counts the features of a training document, before training: `finish` drops the weights
    /// of rare ones.
    pub fn count(&mut self, facts: &Facts) {
        let mask = self.weights.mask();
        let mut feats = Vec::with_capacity(48);
        let mut sets = Vec::new();
        for range in sentences(facts) {
            lattice(facts, range.clone(), &mut sets);
            for (k, _) in sets.iter().enumerate().filter(|(_, &set)| set != ONLY_O) {
                feats.clear();
                features(facts, range.start + k, &mut feats);
                feats.extend((0..TAGS as u8).map(transition));
                for &f in &feats {
                    let b = &mut self.seen[(f & mask) as usize];
                    *b = b.saturating_add(1);
                }
            }
        }
    }

    /// One pass over a document with its gold tags: tags each sentence and corrects mistakes.
    /// Returns the number of tokens tagged wrongly.
    pub fn learn(&mut self, facts: &Facts, gold: &[u8]) -> usize {
        let mut errors = 0;
        let mut guess = vec![O; facts.len()];
        let mut truth = Vec::new();
        let mut feats = Vec::with_capacity(48);
        let ranges: Vec<_> = sentences(facts).collect();
        for range in ranges {
            self.step += 1;
            let mut buf = std::mem::replace(&mut self.buf, Search::new());
            // The weights change after every sentence.
            buf.forget();
            viterbi(&self.weights, facts, range.clone(), &mut guess, &mut buf);
            Self::reachable(facts, range.clone(), gold, &mut truth);
            self.buf = buf;
            let mut prev = (O, O);
            for (k, &t) in truth.iter().enumerate() {
                let i = range.start + k;
                let g = guess[i];
                if g != t {
                    errors += 1;
                    feats.clear();
                    features(facts, i, &mut feats);
                    for &f in &feats {
                        self.update(f, t, 1.0);
                        self.update(f, g, -1.0);
                    }
                }
                if (prev.0, t) != (prev.1, g) {
                    self.update(transition(prev.0), t, 1.0);
                    self.update(transition(prev.1), g, -1.0);
                }
                prev = (t, g);
            }
        }
        errors
    }

    fn update(&mut self, feature: u64, tag: u8, by: f32) {
        let k = (feature & self.weights.mask()) as usize * TAGS + tag as usize;
        self.bump(k, by);
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
    pub fn finish(self, prune: f32, min_seen: u8, log_levels: u8) -> Weights<i8> {
        Self::finish_all(vec![self], prune, min_seen, log_levels)
    }

    /// The averaged weights of the run so far.
    fn averaged(&mut self) -> Vec<f32> {
        let step = self.step;
        for k in 0..self.totals.len() {
            let elapsed = (step - self.stamps[k]) as f32;
            self.totals[k] += elapsed * self.weights.values[k];
            self.stamps[k] = step;
        }
        self.totals.iter().map(|t| t / step.max(1) as f32).collect()
    }

    /// `finish` for several runs over the same data (other shuffles): their averages are summed.
    pub fn finish_all(
        mut runs: Vec<Trainer>,
        prune: f32,
        min_seen: u8,
        log_levels: u8,
    ) -> Weights<i8> {
        let mut avg = vec![0f32; runs[0].totals.len()];
        for run in &mut runs {
            for (a, w) in avg.iter_mut().zip(run.averaged()) {
                *a += w;
            }
        }
        let self_ = runs.swap_remove(0);
        let (seen, bits) = (self_.seen, self_.weights.bits);
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
                if w.abs() < prune * max || seen[k / TAGS] < min_seen {
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
        Weights { bits, values }
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
    fn a_words_kept_sum_scores_as_all_its_features_do() {
        let model = MODEL.as_ref().expect("model");
        let text = "Kim Jong Un traf Putin. Kim sprach in Moskau, und Putin sprach mit Kim.";
        let facts = Facts::new(&crate::text::Document::new("a", text));
        let mut buf = Search::new();
        let mut all = Vec::new();
        // Twice over, so that the second pass reads every word's kept sum.
        for i in (0..facts.len()).chain(0..facts.len()) {
            all.clear();
            features(&facts, i, &mut all);
            assert_eq!(
                token_scores(model, &facts, i, &mut buf),
                model.emission(&all)
            );
        }
        // "Kim" begins a sentence twice and stands inside one once: two numbers, not three.
        let kim: Vec<u32> = (0..facts.len())
            .filter(|&i| facts[i].word == facts[0].word)
            .map(|i| facts[i].word_id)
            .collect();
        assert_eq!(kim.len(), 3);
        assert_eq!((kim[0], kim[1]), (kim[1], kim[0]));
        assert_ne!(kim[1], kim[2]);
    }

    #[test]
    fn the_committed_model_loads() {
        assert!(MODEL.is_some());
    }
}
