//! The third stage: claims. Each figure and each denial becomes a claim that says what is counted
//! or denied (concept), what happens (action), who is involved (entities), on whose authority
//! (source), how firmly (modality) and when (time) — everything comparison needs, per article.

pub mod actions;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::lexicon;
use crate::text::words::PhraseTable;

use crate::mentions::dates::Date;
use crate::mentions::entities::gazetteer::GAZETTEER;
use crate::mentions::entities::EntityMention;
use crate::mentions::figures::FigureMention;
use crate::mentions::modality::DenialMention;
use crate::mentions::sources::Attribution;
use crate::mentions::span_index::MentionIndex;
use crate::report::{Evidence, Hedge, Modality};
use crate::text::fast_hash::FastMap;
use crate::text::Document;
pub use actions::Action;

/// A figure as a claim.
#[derive(Debug, Clone)]
pub struct FigureClaim {
    /// Index of the article in the set.
    pub doc: usize,
    /// Index into the report's figures.
    pub figure: usize,
    pub concept: String,
    /// The dimension of its unit ("money", "length"), or "count".
    pub dimension: &'static str,
    pub amount: f64,
    pub hedge: Hedge,
    /// Explicit bounds, for ranges and vague amounts.
    pub bounds: Option<(f64, f64)>,
    pub actions: Vec<Action>,
    /// Entity keys of the sentence, with the countries that capitals and demonyms stand for.
    pub entities: BTreeSet<String>,
    pub source: Option<Source>,
    pub modality: Modality,
    /// Part of an earlier figure of its sentence ("wobei 3.000 bereits vor Ort").
    pub part: bool,
    /// The sentence says the figure is an update ("inzwischen", "stieg auf").
    pub update: bool,
    /// The article's date.
    pub date: Option<Date>,
    pub evidence: Evidence,
    /// The figure as written, for explanations.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    /// An outlet passing on what others said, rather than the origin of the figure.
    pub is_media: bool,
    pub evidence: Evidence,
}

/// A denial as a claim.
#[derive(Debug, Clone)]
pub struct DenialClaim {
    pub doc: usize,
    pub by: Vec<String>,
    pub concepts: Vec<String>,
    pub actions: Vec<Action>,
    pub entities: BTreeSet<String>,
    pub evidence: Evidence,
}

/// What one article contributes to comparison.
pub struct ArticleMentions<'d, 'a> {
    pub index: usize,
    pub doc: &'d Document<'a>,
    pub date: Option<Date>,
    pub figures: &'d [FigureMention],
    /// Index of this article's first figure in the report.
    pub first_figure: usize,
    pub entities: &'d [EntityMention],
    pub attributions: &'d [Attribution],
    /// For each figure: the index of its source in `attributions`, if it has one.
    pub figure_sources: &'d [Option<usize>],
    /// For each figure: the modality of its sentence.
    pub figure_modalities: &'d [Modality],
    pub denials: &'d [DenialMention],
}

pub fn evidence(doc: &Document, first: usize, last: usize) -> Evidence {
    let (start, end) = doc.span(first, last);
    Evidence {
        doc: doc.id.to_string(),
        text: doc.text[start..end].to_string(),
        start,
        end,
    }
}

/// Entity keys in tokens `range`, plus the countries capitals and demonyms point to.
fn entities_in(
    a: &ArticleMentions,
    entities: &MentionIndex,
    range: std::ops::Range<usize>,
) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for m in entities.starting_in(range.clone()) {
        if let Some(k) = &m.key {
            keys.insert(k.clone());
        }
        if let Some(c) = &m.capital_of {
            keys.insert(c.clone());
        }
    }
    for i in range {
        if let Some(country) = GAZETTEER.demonym(a.doc.lang, a.doc.lower(i)) {
            keys.insert(country.to_string());
        }
    }
    keys
}

const UPDATE_WINDOW: usize = 12;

static UPDATE_CUES: LazyLock<[PhraseTable<()>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::UPDATE_CUES) {
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], ());
        }
    }
    tables
});

fn has_update_cue(doc: &Document, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|i| {
        UPDATE_CUES[doc.lang as usize]
            .longest_at(doc.lowers(), i)
            .is_some()
    })
}

/// What every figure of one sentence shares: the entities and the actions named in it.
struct SentenceFacts {
    entities: BTreeSet<String>,
    actions: Vec<(usize, Action)>,
}

/// The claims of one article.
pub fn figure_claims(a: &ArticleMentions) -> Vec<FigureClaim> {
    let doc = a.doc;
    let entities = MentionIndex::new(a.entities);
    let mut facts: FastMap<u32, SentenceFacts> = FastMap::default();
    let mut out = Vec::new();
    for (k, f) in a.figures.iter().enumerate() {
        let Some(concept) = f.concept.clone() else {
            continue;
        };
        let sentence = doc.sentence_tokens(f.head);
        let shared = facts
            .entry(doc.sentence_of[f.head])
            .or_insert_with(|| SentenceFacts {
                entities: entities_in(a, &entities, sentence.clone()),
                actions: actions::named_in(doc, sentence.clone()),
            });
        let source = a
            .figure_sources
            .get(k)
            .copied()
            .flatten()
            .and_then(|s| a.attributions.get(s))
            .and_then(|att| {
                let (first, last) = att.span?;
                Some(Source {
                    name: att.name.clone()?,
                    is_media: att.is_media,
                    evidence: evidence(doc, first.min(att.cue.0), last.max(att.cue.1)),
                })
            });
        let factor = f.unit.as_ref().map_or(1.0, |u| u.factor);
        let window =
            f.first.saturating_sub(UPDATE_WINDOW).max(sentence.start)..f.last.min(sentence.end);
        out.push(FigureClaim {
            doc: a.index,
            figure: a.first_figure + k,
            concept,
            dimension: f.unit.as_ref().map_or("count", |u| u.dimension),
            amount: f.amount,
            hedge: f.hedge,
            bounds: f
                .low
                .zip(f.high)
                .filter(|_| f.hedge == Hedge::Approx)
                .map(|(lo, hi)| (lo * factor, hi * factor)),
            actions: actions::nearest(&shared.actions, f.head),
            entities: shared.entities.clone(),
            source,
            modality: a.figure_modalities.get(k).copied().unwrap_or_else(|| {
                crate::mentions::modality::sentence_modality(doc, doc.sentence_of[f.head] as usize)
            }),
            part: f.elliptic,
            update: has_update_cue(doc, window),
            date: a.date,
            evidence: evidence(doc, f.first, f.last),
            text: doc.slice(f.first, f.last).to_string(),
        });
    }
    out
}

pub fn denial_claims(a: &ArticleMentions) -> Vec<DenialClaim> {
    let entities = MentionIndex::new(a.entities);
    a.denials
        .iter()
        .map(|d| DenialClaim {
            doc: a.index,
            by: d.by.clone(),
            concepts: d.concepts.clone(),
            actions: actions::in_range(a.doc, d.first..d.last + 1, d.last),
            entities: entities_in(a, &entities, d.first..d.last + 1),
            evidence: evidence(a.doc, d.first, d.last),
        })
        .collect()
}
