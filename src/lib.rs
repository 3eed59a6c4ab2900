//! crosscheck: reads news articles about one event and shows where they agree, diverge and
//! contradict. See ARCHITECTURE.md for the map; the pipeline is
//! text → mentions → claims → compare → report.

mod analyze;
pub mod article;
pub mod claims;
pub mod compare;
pub mod lexicon;
pub mod mentions;
pub mod order;
pub mod report;
pub mod samples;
pub mod text;
mod warm_up;

pub use analyze::{analyze, extract, Extracted};
pub use article::Article;
pub use report::Report;
pub use warm_up::warm_up;
