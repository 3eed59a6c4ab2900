//! The first stage: from raw article text to a [`Document`] of tokens and sentences that every
//! finder reads, with page clutter masked out.

pub mod clean;
pub mod document;
pub mod fxhash;
pub mod in_order;
pub mod language;
pub mod sentences;
pub mod tokens;
pub mod word_ends;
pub mod word_table;
pub mod words;

pub use document::{Document, Sentence};
pub use tokens::{Token, TokenKind};
