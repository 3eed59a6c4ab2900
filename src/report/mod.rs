//! The report: the one contract between the core, the CLI, the UI and the tests.
//!
//! Every span (`start`, `end`) is a byte range into the article's original text, on char
//! boundaries, and `text` is exactly that slice.

mod markdown;

pub use markdown::{describe, format_number, to_markdown};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub documents: Vec<DocumentInfo>,
    pub figures: Vec<Figure>,
    pub entities: Vec<Entity>,
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub denials: Vec<Denial>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    De,
    En,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub title: Option<String>,
    /// `YYYY-MM-DD` or `YYYY-MM`, given by the user or found in the text.
    pub date: Option<String>,
    /// Where the date comes from: `given`, `header` (a `date` line), `dateline`, or `inferred`
    /// (the latest date the text names, a weaker guess).
    #[serde(default)]
    pub date_source: Option<String>,
    pub language: Language,
    /// Bytes of the original text, so a reader can tell an empty analysis from an empty article.
    pub length: usize,
}

/// A byte range in one article, with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A byte range of a sentence, with its text, so that every finding can quote its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// How a figure is qualified, and so which interval it claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    Exact,
    MoreThan,
    AtLeast,
    Approx,
    JustUnder,
    LessThan,
    UpTo,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::Exact => "exact",
            Hedge::MoreThan => "more_than",
            Hedge::AtLeast => "at_least",
            Hedge::Approx => "approx",
            Hedge::JustUnder => "just_under",
            Hedge::LessThan => "less_than",
            Hedge::UpTo => "up_to",
        }
    }

    pub fn parse(s: &str) -> Option<Hedge> {
        Some(match s {
            "exact" => Hedge::Exact,
            "more_than" => Hedge::MoreThan,
            "at_least" => Hedge::AtLeast,
            "approx" => Hedge::Approx,
            "just_under" => Hedge::JustUnder,
            "less_than" => Hedge::LessThan,
            "up_to" => Hedge::UpTo,
            _ => return None,
        })
    }

    /// A phrase a reader understands: "more than 10,000".
    pub fn phrase(self) -> &'static str {
        match self {
            Hedge::Exact => "",
            Hedge::MoreThan => "more than",
            Hedge::AtLeast => "at least",
            Hedge::Approx => "about",
            Hedge::JustUnder => "just under",
            Hedge::LessThan => "less than",
            Hedge::UpTo => "up to",
        }
    }
}

/// Whether a claim is stated, passed on with reservation, or denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Reported,
    Denied,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub doc: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The number as written, scaled by its magnitude word, in the figure's own unit.
    pub value: f64,
    /// The interval the hedge implies; `None` is open.
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: Hedge,
    /// What is counted, as written ("schwere Haubitzen").
    pub counted: Option<String>,
    /// A stable key for comparison: the lemma of the counted noun ("haubitze").
    pub concept: Option<String>,
    /// The canonical unit ("EUR", "percent", "km"), if the figure is a measure.
    pub unit: Option<String>,
    /// Who vouches for the figure, as a name or as written ("Financial Times").
    pub source: Option<String>,
    pub modality: Modality,
    pub sentence: SentenceRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Country,
    Organization,
    Place,
    Media,
    Company,
    Other,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Media => "media",
            EntityType::Company => "company",
            EntityType::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "person" => EntityType::Person,
            "country" => EntityType::Country,
            "organization" => EntityType::Organization,
            "place" => EntityType::Place,
            "media" => EntityType::Media,
            "company" => EntityType::Company,
            "other" => EntityType::Other,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every distinct surface form met, the name first.
    pub aliases: Vec<String>,
    pub mentions: Vec<Evidence>,
    /// For a capital standing for its government ("Pjöngjang weist zurück"): the country it stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    FigureConflict,
    Denial,
    DateConflict,
    FigureDivergence,
    AttributionDivergence,
    Compatible,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::FigureConflict => "figure_conflict",
            FindingKind::Denial => "denial",
            FindingKind::DateConflict => "date_conflict",
            FindingKind::FigureDivergence => "figure_divergence",
            FindingKind::AttributionDivergence => "attribution_divergence",
            FindingKind::Compatible => "compatible",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub concept: Option<String>,
    pub a: Evidence,
    pub b: Evidence,
    /// Further claims that stand where `b` stands (the same statement in other articles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Evidence>,
    /// True when a later date or an update cue ("inzwischen") may explain the difference.
    #[serde(default)]
    pub explainable_by_time: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub doc: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when the text gives too little to place it.
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Denial {
    pub doc: String,
    /// The denial cue and what it denies, as written.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Who denies ("Pjöngjang"), when the sentence says.
    pub by: Option<String>,
    /// Concept keys of what is denied ("soldat").
    pub concepts: Vec<String>,
    pub sentence: SentenceRef,
}
