//! GermEval 2014 in its coarse CoNLL form (`token TAB PER/LOC/ORG/OTH-BIO`), read into sentences
//! whose text is the tokens joined by single spaces, and exact-span scoring per type.
//!
//! Shared by `tests/bench_germeval.rs` (evaluation on dev) and `examples/train_entities.rs`
//! (training on test), so both see the corpus the same way.
#![allow(dead_code)]

use std::collections::BTreeMap;

use crosscheck::mentions::entities::{self, DocMentions, EntityMention};
use crosscheck::report::EntityType;
use crosscheck::text::Document;

/// One sentence: its text, the byte range of each token in it, and the gold tag of each token.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub tokens: Vec<(usize, usize)>,
    pub tags: Vec<String>,
}

/// The sentences of a CoNLL file; `#` lines (sources) are skipped, blank lines end a sentence.
pub fn read(conll: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        text: String::new(),
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    for line in conll.lines().chain(std::iter::once("")) {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        text: String::new(),
                        tokens: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let mut cols = line.split('\t');
        let token = cols.next().unwrap_or_default();
        let tag = cols.next().unwrap_or("O");
        if !cur.text.is_empty() {
            cur.text.push(' ');
        }
        let start = cur.text.len();
        cur.text.push_str(token);
        cur.tokens.push((start, cur.text.len()));
        cur.tags.push(tag.to_string());
    }
    out
}

/// Spans as token ranges `first..=last` with their coarse type ("PER", "LOC", "ORG", "OTH").
pub type Span = (usize, usize, String);

/// The spans a BIO tag row encodes; an I- tag after another type starts a span of its own.
pub fn spans(tags: &[String]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (bio, kind) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
        let continues = bio == "I" && open.as_ref().is_some_and(|(_, k)| k == kind);
        if continues {
            continue;
        }
        if let Some((first, k)) = open.take() {
            out.push((first, i - 1, k));
        }
        if bio == "B" || bio == "I" {
            open = Some((i, kind.to_string()));
        }
    }
    if let Some((first, k)) = open {
        out.push((first, tags.len() - 1, k));
    }
    out
}

/// Counts of true positives, false positives and false negatives per type.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

pub const SCORED: [&str; 3] = ["PER", "LOC", "ORG"];

impl Tally {
    /// Adds one sentence: exact span and type must match; OTH is not scored on either side.
    pub fn add(&mut self, gold: &[Span], predicted: &[Span]) {
        let scored = |s: &&Span| SCORED.contains(&s.2.as_str());
        for p in predicted.iter().filter(scored) {
            let e = self.by_type.entry(p.2.clone()).or_default();
            if gold.contains(p) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        for g in gold.iter().filter(scored) {
            if !predicted.contains(g) {
                self.by_type.entry(g.2.clone()).or_default().2 += 1;
            }
        }
    }

    /// Precision, recall and F1 of one type, or of all scored types with `None`.
    pub fn prf(&self, kind: Option<&str>) -> (f64, f64, f64) {
        let (tp, fp, fn_) = self
            .by_type
            .iter()
            .filter(|(k, _)| kind.is_none_or(|t| t == k.as_str()))
            .fold((0, 0, 0), |a, (_, c)| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// The score table, one row per type and one overall.
    pub fn table(&self, title: &str) -> String {
        let mut s = format!("{title}\n  type        P      R      F1     (tp/fp/fn)\n");
        for kind in SCORED {
            let (p, r, f) = self.prf(Some(kind));
            let c = self.by_type.get(kind).copied().unwrap_or_default();
            s += &format!(
                "  {kind:<8} {p:.3}  {r:.3}  {f:.3}   ({}/{}/{})\n",
                c.0, c.1, c.2
            );
        }
        let (p, r, f) = self.prf(None);
        s += &format!("  overall  {p:.3}  {r:.3}  {f:.3}\n");
        s
    }
}

/// A byte range in a sentence's text as a token range, if it starts and ends on token edges.
pub fn token_range(s: &Sentence, start: usize, end: usize) -> Option<(usize, usize)> {
    let first = s.tokens.iter().position(|t| t.0 == start)?;
    let last = s.tokens.iter().position(|t| t.1 == end)?;
    (first <= last).then_some((first, last))
}

/// Our entity types as the coarse GermEval ones.
pub fn coarse(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PER",
        EntityType::Country | EntityType::Place => "LOC",
        EntityType::Organization | EntityType::Media | EntityType::Company => "ORG",
        EntityType::Other => "OTH",
    }
}

/// The spans the pipeline reports for one sentence (recognition, then merging, which adds lone
/// surnames of persons named in full), written the way the shared task takes a system's output: as
/// one tag per GermEval token. A mention tags the tokens it lies in ("DFB" the token "DFB."), and
/// a token keeps the first mention's tag; names inside compounds ("US" in "US-Außenministerium")
/// are GermEval's `*part` tags, which the coarse file leaves out, so they tag nothing.
pub fn predicted(s: &Sentence, recognize: impl Fn(&Document) -> Vec<EntityMention>) -> Vec<Span> {
    let doc = Document::new("s", &s.text);
    let mut docs = [DocMentions {
        mentions: recognize(&doc),
        doc: &doc,
    }];
    entities::merge(&mut docs);
    let mut tags = vec![String::from("O"); s.tokens.len()];
    for m in docs[0].mentions.iter().filter(|m| !m.in_compound) {
        let inside = |t: &&(usize, usize)| t.0 < m.end && m.start < t.1;
        let Some(first) = s.tokens.iter().position(|t| inside(&t)) else {
            continue;
        };
        let last = s.tokens.iter().rposition(|t| inside(&t)).unwrap_or(first);
        if tags[first..=last].iter().any(|t| t != "O") {
            continue;
        }
        let kind = coarse(m.kind);
        tags[first] = format!("B-{kind}");
        tags[first + 1..=last].fill(format!("I-{kind}"));
    }
    spans(&tags)
}
