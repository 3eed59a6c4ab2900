//! Entities: people, countries, organisations, places and outlets, recognised per document and
//! merged across the whole article set.

pub mod fxhash;
pub mod gazetteer;
pub mod merge;
pub mod nouns;
pub mod recognize;

pub use merge::{merge, DocMentions};
pub use recognize::{recognize, recognize_rules, EntityMention};
