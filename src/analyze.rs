//! The pipeline in one place: documents → mentions → claims → comparison → report.

use crate::article::Article;
use crate::mentions::entities::{self, DocMentions};
use crate::mentions::figures;
use crate::report::{DocumentInfo, Figure, Modality, Report};
use crate::text::Document;

/// Analyses a set of articles about one event. Deterministic, no I/O; the CLI, the browser and
/// the tests all call this.
pub fn analyze(articles: &[Article]) -> Report {
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::new(&a.id, &a.text))
        .collect();
    let mut report = Report::default();
    for (article, doc) in articles.iter().zip(&docs) {
        report.documents.push(DocumentInfo {
            id: article.id.clone(),
            title: article.title.clone(),
            date: article.date.clone(),
            language: doc.lang,
            length: article.text.len(),
        });
        for f in figures::find(doc) {
            let (start, end) = doc.span(f.first, f.last);
            report.figures.push(Figure {
                doc: article.id.clone(),
                text: doc.text[start..end].to_string(),
                start,
                end,
                value: f.value,
                low: f.low,
                high: f.high,
                hedge: f.hedge,
                counted: f.counted,
                concept: f.concept,
                unit: f.unit.map(|u| u.base.to_string()),
                source: None,
                modality: Modality::Asserted,
                sentence: doc.sentence_ref(f.head),
            });
        }
    }
    let mut mentions: Vec<DocMentions> = docs
        .iter()
        .map(|doc| DocMentions {
            doc,
            mentions: entities::recognize(doc),
        })
        .collect();
    report.entities = entities::merge(&mut mentions);
    report
}
