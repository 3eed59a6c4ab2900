//! Entities: people, countries, organisations, places and outlets, recognised per document and
//! merged across the whole article set.

pub mod gazetteer;
pub mod merge;
pub mod recognize;

pub use merge::{merge, DocMentions};
pub use recognize::{recognize, EntityMention};
