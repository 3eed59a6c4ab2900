//! One run of the core over the current articles, with what the views need beside the report:
//! the run time, each article's number and label, and the sentences a quote is cut from.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crosscheck::text::Document;
use crosscheck::{analyze, Article, Report};

/// What the reader should show: an article, and optionally a span in it with its sentence.
/// Offsets are UTF-8 byte offsets into the article text, as in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub doc: String,
    pub hit: Option<(usize, usize)>,
    pub sentence: Option<(usize, usize)>,
}

impl Selection {
    /// The whole article, nothing marked.
    pub fn article(doc: &str) -> Self {
        Selection {
            doc: doc.to_string(),
            hit: None,
            sentence: None,
        }
    }

    /// A span; the reader finds its sentence when `sentence` is `None`.
    pub fn span(doc: &str, start: usize, end: usize, sentence: Option<(usize, usize)>) -> Self {
        Selection {
            doc: doc.to_string(),
            hit: Some((start, end)),
            sentence,
        }
    }
}

/// Byte ranges of an article's sentences, in text order.
type Sentences = Vec<(usize, usize)>;

pub struct Analysis {
    pub report: Report,
    /// Wall time of `analyze` alone, from `performance.now()`.
    pub millis: f64,
    pub articles: Rc<Vec<Article>>,
    /// Words per article, in list order, counted once here rather than on every render.
    pub words: Vec<usize>,
    /// True for the stand-in shown while the first run is still to come: the articles, no report.
    pub pending: bool,
    /// Sentence ranges per article, cut on first use (entity mentions and finding evidence carry
    /// no sentence of their own).
    sentences: RefCell<HashMap<String, Rc<Sentences>>>,
}

/// One analysis belongs to one list of articles, so comparing the lists' addresses is enough and
/// spares Yew a deep comparison of the whole report on every render.
impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.articles, &other.articles) && self.pending == other.pending
    }
}

impl Analysis {
    pub fn run(articles: Rc<Vec<Article>>) -> Self {
        let started = now();
        let report = analyze(&articles);
        let millis = now() - started;
        Analysis::done(articles, report, millis)
    }

    /// A report computed elsewhere (in the analysis worker) for these articles.
    pub fn done(articles: Rc<Vec<Article>>, report: Report, millis: f64) -> Self {
        Analysis {
            report,
            millis,
            pending: false,
            ..Analysis::pending(articles)
        }
    }

    /// What the page shows before the first run: the articles, an empty report.
    pub fn pending(articles: Rc<Vec<Article>>) -> Self {
        let words = articles
            .iter()
            .map(|a| a.text.split_whitespace().count())
            .collect();
        Analysis {
            report: Report::default(),
            millis: 0.0,
            words,
            articles,
            pending: true,
            sentences: RefCell::default(),
        }
    }

    /// Words in the article with this id, if this analysis has it.
    pub fn words_of(&self, id: &str) -> Option<usize> {
        let (number, _) = self.article(id)?;
        self.words.get(number - 1).copied()
    }

    /// The article with this id, and its number (from 1) in the list.
    pub fn article(&self, id: &str) -> Option<(usize, &Article)> {
        self.articles
            .iter()
            .enumerate()
            .find(|(_, a)| a.id == id)
            .map(|(i, a)| (i + 1, a))
    }

    /// The number (from 1) shown beside an article everywhere; 0 for an unknown id.
    pub fn number(&self, id: &str) -> usize {
        self.article(id).map_or(0, |(n, _)| n)
    }

    /// The sentence that contains `start..end` in article `doc`.
    pub fn sentence_around(&self, doc: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let sentences = self.sentences_of(doc)?;
        sentences
            .iter()
            .copied()
            .find(|&(s, e)| s <= start && end <= e)
            .or_else(|| {
                sentences
                    .iter()
                    .copied()
                    .find(|&(s, e)| s <= start && start < e)
            })
    }

    fn sentences_of(&self, doc: &str) -> Option<Rc<Sentences>> {
        if let Some(found) = self.sentences.borrow().get(doc) {
            return Some(found.clone());
        }
        let (_, article) = self.article(doc)?;
        let cut = Document::new(&article.id, &article.text);
        let ranges: Rc<Sentences> =
            Rc::new(cut.sentences.iter().map(|s| (s.start, s.end)).collect());
        self.sentences
            .borrow_mut()
            .insert(doc.to_string(), ranges.clone());
        Some(ranges)
    }
}

/// Milliseconds from `performance.now()`; 0 where the browser has no performance API.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
