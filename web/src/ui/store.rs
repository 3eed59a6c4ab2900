//! The list of articles: how it changes, and how it is kept in this browser's localStorage so a
//! reload loses nothing. Nothing is ever sent anywhere.

use std::rc::Rc;

use crosscheck::{samples, Article};
use gloo::storage::{LocalStorage, Storage};
use yew::Reducible;

/// Versioned, so that a later change of the stored shape starts clean instead of misreading.
const STORAGE_KEY: &str = "crosscheck.articles.v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Articles {
    /// Behind an `Rc` so the analysis (keyed on this list) notices a change by address.
    pub list: Rc<Vec<Article>>,
}

pub enum ArticleAction {
    /// Appends articles; an id already taken gets a number ("Pasted text (2)").
    Add(Vec<Article>),
    /// Renames `from` to `to`; the caller has checked `to` with [`unique_id`].
    Rename {
        from: String,
        to: String,
    },
    Remove(String),
    Clear,
    /// Adds back whichever samples are missing.
    LoadSamples,
    /// Undoes a removal: each article back at its old position (or the end, if the list has
    /// shrunk since), under a fresh name if its own was taken meanwhile.
    Reinsert(Vec<(usize, Article)>),
    /// Puts a whole list in place of the current one (a share link, an imported export, an undo
    /// of either).
    Replace(Vec<Article>),
}

impl Articles {
    /// What the last visit left, or the samples on a first visit (or if storage is unreadable).
    pub fn initial() -> Self {
        let stored =
            LocalStorage::get::<Vec<Article>>(STORAGE_KEY).unwrap_or_else(|_| samples::articles());
        // Ids key the list on screen and name articles in the report, so they must be unique
        // even if the stored copy was edited by hand.
        let mut list: Vec<Article> = Vec::with_capacity(stored.len());
        for mut article in stored {
            article.id = unique_id(&list, &article.id, None);
            list.push(article);
        }
        Articles {
            list: Rc::new(list),
        }
    }

    pub fn has_all_samples(&self) -> bool {
        samples::articles()
            .iter()
            .all(|s| self.list.iter().any(|a| a.id == s.id))
    }
}

impl Reducible for Articles {
    type Action = ArticleAction;

    fn reduce(self: Rc<Self>, action: ArticleAction) -> Rc<Self> {
        let mut list: Vec<Article> = self.list.as_ref().clone();
        match action {
            ArticleAction::Add(new) => {
                for mut article in new {
                    article.id = unique_id(&list, &article.id, None);
                    list.push(article);
                }
            }
            ArticleAction::Rename { from, to } => {
                let to = unique_id(&list, &to, Some(&from));
                if let Some(article) = list.iter_mut().find(|a| a.id == from) {
                    article.id = to;
                }
            }
            ArticleAction::Remove(id) => list.retain(|a| a.id != id),
            ArticleAction::Clear => list.clear(),
            ArticleAction::Reinsert(removed) => {
                for (position, mut article) in removed {
                    article.id = unique_id(&list, &article.id, None);
                    list.insert(position.min(list.len()), article);
                }
            }
            ArticleAction::Replace(new) => {
                list.clear();
                for mut article in new {
                    article.id = unique_id(&list, &article.id, None);
                    list.push(article);
                }
            }
            ArticleAction::LoadSamples => {
                for sample in samples::articles() {
                    if !list.iter().any(|a| a.id == sample.id) {
                        list.push(sample);
                    }
                }
            }
        }
        Rc::new(Articles {
            list: Rc::new(list),
        })
    }
}

/// `wanted` (trimmed, or "Untitled" if blank) if no other article has it, else the first free
/// "wanted (2)", "wanted (3)", …. `renaming` is the article being renamed: its own id is free.
pub fn unique_id(list: &[Article], wanted: &str, renaming: Option<&str>) -> String {
    let base = match wanted.trim() {
        "" => "Untitled",
        trimmed => trimmed,
    };
    let taken = |id: &str| renaming != Some(id) && list.iter().any(|a| a.id == id);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_string())
}

/// Keeps the list for the next visit. Fails when the browser refuses (storage full: a few MB in
/// most browsers; private mode); the page then says so instead of pretending, and the list kept
/// from before is dropped, so that a reload cannot bring back articles removed since.
pub fn save(list: &[Article]) -> Result<(), String> {
    LocalStorage::set(STORAGE_KEY, list).map_err(|e| {
        LocalStorage::delete(STORAGE_KEY);
        e.to_string()
    })
}
