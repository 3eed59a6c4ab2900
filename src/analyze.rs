//! The pipeline in one place: documents → mentions → claims → comparison → report.

use crate::article::Article;
use crate::claims::{self, ArticleMentions};
use crate::compare;
use crate::mentions::dates::{self, DateExpr, DateSource};
use crate::mentions::entities::{self, DocMentions, EntityMention};
use crate::mentions::figures::{self, FigureMention};
use crate::mentions::modality::{self, DenialMention};
use crate::mentions::sources::{self, Attribution};
use crate::report::{DateMention, Denial, DocumentInfo, Figure, Modality, Report};
use crate::text::Document;

/// What the finders report for one article.
struct Found {
    figures: Vec<FigureMention>,
    attributions: Vec<Attribution>,
    /// For each figure, its source as an index into `attributions`.
    figure_sources: Vec<Option<usize>>,
    /// For each figure, the modality of its sentence.
    figure_modalities: Vec<Modality>,
    denials: Vec<DenialMention>,
    dates: Vec<DateExpr>,
    date: Option<(dates::Date, DateSource)>,
}

/// Analyses a set of articles about one event. Deterministic, no I/O; the CLI, the browser and
/// the tests all call this.
pub fn analyze(articles: &[Article]) -> Report {
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::new(&a.id, &a.text))
        .collect();
    let mut mentions: Vec<DocMentions> = docs
        .iter()
        .map(|doc| DocMentions {
            doc,
            mentions: entities::recognize(doc),
        })
        .collect();
    let mut report = Report {
        entities: entities::merge(&mut mentions),
        ..Report::default()
    };
    let found: Vec<Found> = articles
        .iter()
        .zip(&mentions)
        .map(|(a, m)| find(a, m.doc, &m.mentions))
        .collect();
    let labels: Vec<String> = articles
        .iter()
        .map(|a| {
            a.title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| a.id.clone())
        })
        .collect();

    let mut figure_claims = Vec::new();
    let mut denial_claims = Vec::new();
    for (index, ((article, m), f)) in articles.iter().zip(&mentions).zip(&found).enumerate() {
        let doc = m.doc;
        report.documents.push(DocumentInfo {
            id: article.id.clone(),
            title: article.title.clone(),
            date: f.date.map(|(d, _)| d.to_string()),
            date_source: f.date.map(|(_, s)| s.as_str().to_string()),
            language: doc.lang,
            length: article.text.len(),
        });
        let view = ArticleMentions {
            index,
            doc,
            // An inferred date is too weak to explain a difference between articles.
            date: f
                .date
                .filter(|(_, s)| *s != DateSource::Inferred)
                .map(|(d, _)| d),
            figures: &f.figures,
            first_figure: report.figures.len(),
            entities: &m.mentions,
            attributions: &f.attributions,
            figure_sources: &f.figure_sources,
            figure_modalities: &f.figure_modalities,
            denials: &f.denials,
        };
        figure_claims.extend(claims::figure_claims(&view));
        denial_claims.extend(claims::denial_claims(&view));
        report_mentions(&mut report, doc, f);
    }
    report.findings = compare::compare(&figure_claims, &denial_claims, &labels);
    report
}

fn find(article: &Article, doc: &Document, entities: &[EntityMention]) -> Found {
    let date = dates::document_date(doc, article.date.as_deref());
    let figures = figures::find(doc);
    let attributions = sources::find(doc, entities);
    let mut by_sentence = sources::Sources::new(doc, &attributions);
    let figure_sources = figures
        .iter()
        .map(|f| by_sentence.source_index(f.head))
        .collect();
    let figure_modalities = modality::modalities(doc, figures.iter().map(|f| f.head));
    Found {
        figure_sources,
        figure_modalities,
        figures,
        attributions,
        denials: modality::denials(doc, entities),
        dates: dates::expressions(doc, date.map(|(d, _)| d)),
        date,
    }
}

/// Adds one article's figures, dates and denials to the report.
fn report_mentions(report: &mut Report, doc: &Document, f: &Found) {
    for (k, fig) in f.figures.iter().enumerate() {
        let (start, end) = doc.span(fig.first, fig.last);
        let source = f.figure_sources[k].and_then(|s| f.attributions[s].name.clone());
        report.figures.push(Figure {
            doc: doc.id.to_string(),
            text: doc.text[start..end].to_string(),
            start,
            end,
            value: fig.value,
            low: fig.low,
            high: fig.high,
            hedge: fig.hedge,
            counted: fig.counted.clone(),
            concept: fig.concept.clone(),
            unit: fig.unit.as_ref().map(|u| u.base.to_string()),
            source,
            modality: f.figure_modalities[k],
            sentence: doc.sentence_ref(fig.head),
        });
    }
    for d in &f.dates {
        let (start, end) = doc.span(d.first, d.last);
        report.dates.push(DateMention {
            doc: doc.id.to_string(),
            text: doc.text[start..end].to_string(),
            start,
            end,
            value: d.value.map(|v| v.to_string()),
        });
    }
    for d in &f.denials {
        let e = claims::evidence(doc, d.first, d.last);
        report.denials.push(Denial {
            doc: e.doc,
            text: e.text,
            start: e.start,
            end: e.end,
            by: (!d.by.is_empty()).then(|| d.by.join(", ")),
            concepts: d.concepts.clone(),
            sentence: doc.sentence_ref(d.first),
        });
    }
}
