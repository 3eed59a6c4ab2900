//! Entities: people, countries, organisations, places and outlets, recognised per document and
//! merged across the whole article set.

pub mod acronyms;
pub mod combine;
pub mod cues;
pub mod features;
pub mod fxhash;
pub mod gazetteer;
pub mod merge;
pub mod model;
pub mod nouns;
pub mod packed;
pub mod recognize;

pub use merge::{merge, DocMentions};
pub use recognize::{recognize, recognize_rules, recognize_with, starting_in, EntityMention};
