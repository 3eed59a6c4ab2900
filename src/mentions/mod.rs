//! The second stage: finders that read one [`Document`](crate::text::Document) each and report
//! what it mentions. Each phenomenon has its own folder or file and its own vocabulary tables.

pub mod dates;
pub mod entities;
pub mod figures;
pub mod modality;
pub mod sources;
pub mod span_index;
