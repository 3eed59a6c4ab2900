//! The third stage: claims. Each figure and each denial becomes a claim that says what is counted
//! or denied (concept), what happens (action), who is involved (entities), on whose authority
//! (source), how firmly (modality) and when (time) — everything comparison needs, per article.

pub mod actions;
pub mod events;
pub mod place;
pub mod time;
pub mod topic;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::lexicon;
use crate::text::words::PhraseTable;

use crate::mentions::dates::{Date, DateExpr};
use crate::mentions::entities::gazetteer::GAZETTEER;
use crate::mentions::entities::{starting_in, EntityMention};
use crate::mentions::figures::FigureMention;
use crate::mentions::modality::DenialMention;
use crate::mentions::sources::Attribution;
use crate::report::{Evidence, Hedge, Modality};
use crate::text::Document;
pub use actions::Action;
pub use events::EventClaim;
pub use time::{Anchor, ClaimTime, Known};

/// A figure as a claim.
#[derive(Debug, Clone)]
pub struct FigureClaim {
    /// Index of the article in the set.
    pub doc: usize,
    /// Index into the report's figures.
    pub figure: usize,
    pub concept: String,
    /// For a measure without a counted noun, the nouns it is about ("lück" in "eine Lücke von
    /// 1,2 Milliarden Euro"), nearest first.
    pub topics: Vec<String>,
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
    /// The article's own date, when firm (given or printed in it).
    pub date: Option<Date>,
    /// The date expression of its sentence that governs it.
    pub time: Option<ClaimTime>,
    /// Where it happens, as written.
    pub place: Option<String>,
    pub evidence: Evidence,
    /// The figure as written, for explanations.
    pub text: String,
}

impl FigureClaim {
    /// When the claim holds, as far as known for certain: its own date if fully known, else the
    /// article's date.
    pub fn when(&self) -> Option<Date> {
        let own = self.time.and_then(|t| {
            let k = t.known;
            match (k.year, k.month, k.day) {
                (Some(y), Some(m), Some(d)) => Date::ymd(y, m, d),
                (Some(y), Some(m), None) => Date::ym(y, m),
                _ => None,
            }
        });
        own.or(self.date)
    }
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
    /// Index into the report's denials.
    pub denial: usize,
    pub time: Option<ClaimTime>,
    pub place: Option<String>,
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
    /// What the article's relative dates rest on.
    pub anchor: Anchor,
    pub dates: &'d [DateExpr],
    /// Index of this article's first date in the report.
    pub first_date: usize,
    /// Index of this article's first denial in the report.
    pub first_denial: usize,
    pub figures: &'d [FigureMention],
    /// Index of this article's first figure in the report.
    pub first_figure: usize,
    pub entities: &'d [EntityMention],
    pub attributions: &'d [Attribution],
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
pub(crate) fn entities_in(a: &ArticleMentions, range: std::ops::Range<usize>) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for m in starting_in(a.entities, range.clone()) {
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
    range
        .into_iter()
        .any(|i| UPDATE_CUES[doc.lang as usize].longest_in(doc, i).is_some())
}

/// The claims of one article.
pub fn figure_claims(a: &ArticleMentions) -> Vec<FigureClaim> {
    let doc = a.doc;
    let mut out = Vec::new();
    for (k, f) in a.figures.iter().enumerate() {
        let Some(concept) = f.concept.clone() else {
            continue;
        };
        let sentence = doc.sentence_tokens(f.head);
        let source =
            crate::mentions::sources::source_for(doc, a.attributions, f.head).and_then(|att| {
                let (first, last) = att.span?;
                Some(Source {
                    name: att.name.clone()?,
                    is_media: att.is_media,
                    evidence: evidence(doc, first.min(att.cue.0), last.max(att.cue.1)),
                })
            });
        let factor = f.unit.as_ref().map_or(1.0, |u| u.factor);
        // One-off acts date events; they say nothing about what a figure counts.
        let acts: Vec<Action> = actions::in_range(doc, sentence.clone(), f.head)
            .into_iter()
            .filter(|x| x.class != events::EVENT_CLASS)
            .collect();
        let concept = topic::concept(doc.lang, &concept, &acts).map_or(concept, str::to_string);
        let topics = if f.unit.is_some() {
            topic::of(doc, a.attributions, f.first)
        } else {
            Vec::new()
        };
        let window =
            f.first.saturating_sub(UPDATE_WINDOW).max(sentence.start)..f.last.min(sentence.end);
        let s = doc.sentence_of[f.head] as usize;
        // A figure inside a denial ("dementierte, 10.000 Soldaten entsandt zu haben") is denied.
        let modality = if a.denials.iter().any(|d| d.sentence == s) {
            Modality::Denied
        } else {
            crate::mentions::modality::sentence_modality(doc, s)
        };
        out.push(FigureClaim {
            doc: a.index,
            figure: a.first_figure + k,
            concept,
            topics,
            dimension: f.unit.as_ref().map_or("count", |u| u.dimension),
            amount: f.amount,
            hedge: f.hedge,
            bounds: f
                .low
                .zip(f.high)
                .filter(|_| f.hedge == Hedge::Approx)
                .map(|(lo, hi)| (lo * factor, hi * factor)),
            actions: acts,
            entities: entities_in(a, sentence.clone()),
            source,
            modality,
            part: f.elliptic,
            update: has_update_cue(doc, window),
            date: a.date,
            time: claim_time(a, f.head),
            place: place::of(doc, a.entities, f.head),
            evidence: evidence(doc, f.first, f.last),
            text: doc.slice(f.first, f.last).to_string(),
        });
    }
    out
}

/// The date that governs token `at`, with what is known of it.
fn claim_time(a: &ArticleMentions, at: usize) -> Option<ClaimTime> {
    let k = time::governing(a.doc, a.dates, at)?;
    let e = &a.dates[k];
    Some(ClaimTime {
        date: a.first_date + k,
        value: e.value,
        known: Known::of(e, a.anchor),
    })
}

pub fn denial_claims(a: &ArticleMentions) -> Vec<DenialClaim> {
    a.denials
        .iter()
        .enumerate()
        .map(|(k, d)| DenialClaim {
            doc: a.index,
            denial: a.first_denial + k,
            time: claim_time(a, d.last),
            place: place::of(a.doc, a.entities, d.last),
            by: d.by.clone(),
            concepts: d.concepts.clone(),
            actions: actions::in_range(a.doc, d.first..d.last + 1, d.last),
            entities: entities_in(a, d.first..d.last + 1),
            evidence: evidence(a.doc, d.first, d.last),
        })
        .collect()
}
