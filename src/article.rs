//! The input: one article as the user gave it.

use serde::{Deserialize, Serialize};

/// One news article. `id` names it in the report (a file name, or a label the user chose).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    /// The publication date if the user knows it: `YYYY-MM-DD` or `YYYY-MM`.
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
}

impl Article {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            title: None,
            date: None,
            text: text.into(),
        }
    }
}
