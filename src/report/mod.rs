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
    /// Every claim of every article: figures, denials and dated events with what they are about,
    /// who vouches for them and when. The UI draws the claim matrix (one row per `concept`, one
    /// column per `doc`) and the timeline (`time` of events, `date` of documents) from these.
    #[serde(default)]
    pub claims: Vec<Claim>,
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
    /// Where the date comes from: `given`, `header` (a `date` line), `stamp` (a "Stand:" or
    /// "Published" line), `dateline`, or `inferred` (the latest date the text names, moved later by
    /// a duration with a known start such as "seit drei Jahren andauernden Krieg" — a weaker guess,
    /// never used to explain a difference by time).
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
    /// How much of the value the text gives: `explicit` ("Juni 2024"), `year_from_reference`
    /// ("im Juni": day and month written, the year from the article's date) or `relative`
    /// ("gestern", "im vergangenen Jahr": counted from the article's date).
    #[serde(default)]
    pub basis: String,
    /// What a non-explicit value was counted from: `article` (the article's own given or printed
    /// date), `inferred` (its inferred date), `set` (no date of its own: the latest firm date of
    /// the other articles) or `none`. `None` for explicit dates. Only `article` makes it firm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// What a claim rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A figure: `figure` indexes `Report::figures`.
    Figure,
    /// A denial: `denial` indexes `Report::denials`.
    Denial,
    /// A dated one-off act (a treaty signed, a dam that broke): `time` holds its date.
    Event,
}

/// When a claim holds: the date expression of its sentence that governs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimTime {
    /// Index into `Report::dates`.
    pub date: usize,
    /// The expression as written ("Im Juni").
    pub text: String,
    /// The normalised value, as in `DateMention::value`.
    pub value: Option<String>,
    /// The part of the date known for certain (`2024-06`; `--06` for June of an unknown year;
    /// empty when it rests on a guessed article date). Date conflicts are judged on this.
    pub known: String,
}

/// One claim of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The article id.
    pub doc: String,
    pub kind: ClaimKind,
    /// Index into `Report::figures`, for a figure claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<usize>,
    /// Index into `Report::denials`, for a denial claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denial: Option<usize>,
    /// The key claims are compared under — a matrix row: the counted concept with compounds and
    /// plurals folded onto the head another article uses ("raketenwerfer" for
    /// "Mehrfachraketenwerfer" when both occur); for a denial the first concept it denies; for an
    /// event what the act concerns ("vertrag").
    pub concept: Option<String>,
    /// For a measure without a counted noun, the noun it is about ("lücke" in "eine Lücke von
    /// 1,2 Milliarden Euro"): with `concept` ("money") it makes the matrix row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// What happens, as a key of `actions.tsv` ("send", "kill", "sign").
    pub action: Option<String>,
    /// The action's class ("deploy", "casualty", "event").
    pub action_class: Option<String>,
    /// Who vouches for it ("Financial Times"); for a denial, who denies.
    pub source: Option<String>,
    pub modality: Modality,
    /// The governing date of its sentence, if any.
    pub time: Option<ClaimTime>,
    /// Where it happens, as written ("Kursk").
    pub place: Option<String>,
    /// Entity keys involved (countries that capitals and demonyms stand for included).
    pub entities: Vec<String>,
    /// The sentence marks it as an update ("inzwischen", "stieg auf").
    #[serde(default)]
    pub update: bool,
    /// The claim as written.
    pub evidence: Evidence,
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
