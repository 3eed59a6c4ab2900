//! The pipeline in one place: documents → mentions → claims → comparison → report.

use crate::article::Article;
use crate::claims::{self, Anchor, ArticleMentions, DenialClaim, EventClaim, FigureClaim};
use crate::compare;
use crate::mentions::dates::{self, Date, DateExpr, DateSource};
use crate::mentions::entities::{self, DocMentions, EntityMention};
use crate::mentions::figures::{self, FigureMention};
use crate::mentions::modality::{self, DenialMention};
use crate::mentions::sources::{self, Attribution};
use crate::order;
use crate::report::{self, DateMention, Denial, DocumentInfo, Figure, Report};
use crate::text::Document;

/// What the finders report for one article.
struct Found {
    figures: Vec<FigureMention>,
    attributions: Vec<Attribution>,
    denials: Vec<DenialMention>,
    dates: Vec<DateExpr>,
    date: Option<(Date, DateSource)>,
    anchor: Anchor,
}

/// Analyses a set of articles about one event. Deterministic, no I/O; the CLI, the browser and
/// the tests all call this.
pub fn analyze(articles: &[Article]) -> Report {
    extract(articles).compared()
}

/// What a set of articles claims, read but not yet compared: the report's mentions, and the
/// claims the comparison weighs. The two halves of [`analyze`], apart so that each can be timed.
pub struct Extracted {
    /// The report so far: documents, figures, entities, dates, attributions and denials.
    report: Report,
    figures: Vec<FigureClaim>,
    denials: Vec<DenialClaim>,
    events: Vec<EventClaim>,
    labels: Vec<String>,
    ranks: Vec<usize>,
}

impl Extracted {
    /// The comparison: the findings and the claim rows, from the claims alone.
    pub fn compare(&self) -> (Vec<report::Finding>, Vec<report::Claim>) {
        let set = compare::ClaimSet {
            figures: &self.figures,
            denials: &self.denials,
            events: &self.events,
            labels: &self.labels,
            ranks: &self.ranks,
        };
        (compare::compare(&set), report_claims(&self.report, &set))
    }

    /// The whole report.
    pub fn compared(self) -> Report {
        let (findings, claims) = self.compare();
        Report {
            findings,
            claims,
            ..self.report
        }
    }
}

/// Reads every article: documents, mentions, the articles' own dates and the claims.
pub fn extract(articles: &[Article]) -> Extracted {
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
    let date_starts: Vec<dates::Starts> = docs.iter().map(dates::Starts::of).collect();
    let own_dates: Vec<Option<(Date, DateSource)>> = articles
        .iter()
        .zip(&docs)
        .zip(&date_starts)
        .map(|((a, doc), starts)| dates::document_date_from(doc, starts, a.date.as_deref()))
        .collect();
    // An article without a date of its own is read against the latest firm date of the others:
    // articles of one set report one event, so that date places "im Juni" well enough for a
    // timeline, though never firmly enough to call a contradiction.
    let set_date = own_dates
        .iter()
        .flatten()
        .filter(|(_, s)| s.is_firm())
        .map(|(d, _)| *d)
        .max();
    let found: Vec<Found> = articles
        .iter()
        .zip(&mentions)
        .zip(own_dates)
        .zip(&date_starts)
        .map(|(((_, m), date), starts)| find(m.doc, &m.mentions, starts, date, set_date))
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
    let mut event_claims = Vec::new();
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
            date: f.date.filter(|(_, s)| s.is_firm()).map(|(d, _)| d),
            anchor: f.anchor,
            dates: &f.dates,
            first_date: report.dates.len(),
            first_denial: report.denials.len(),
            figures: &f.figures,
            first_figure: report.figures.len(),
            entities: &m.mentions,
            attributions: &f.attributions,
            denials: &f.denials,
        };
        figure_claims.extend(claims::figure_claims(&view));
        denial_claims.extend(claims::denial_claims(&view));
        event_claims.extend(claims::events::event_claims(&view));
        report_mentions(&mut report, doc, f, &view);
    }
    Extracted {
        report,
        figures: figure_claims,
        denials: denial_claims,
        events: event_claims,
        labels,
        ranks: compare::id_ranks(articles.iter().map(|a| a.id.as_str())),
    }
}

fn find(
    doc: &Document,
    entities: &[EntityMention],
    date_starts: &dates::Starts,
    date: Option<(Date, DateSource)>,
    set_date: Option<Date>,
) -> Found {
    let (reference, anchor) = match (date, set_date) {
        (Some((d, s)), _) if s.is_firm() => (Some(d), Anchor::Article),
        (Some((d, _)), _) => (Some(d), Anchor::Inferred),
        (None, Some(d)) => (Some(d), Anchor::Set),
        (None, None) => (None, Anchor::None),
    };
    Found {
        figures: figures::find(doc),
        attributions: sources::find(doc, entities),
        denials: modality::denials(doc, entities),
        dates: dates::expressions_from(doc, date_starts, reference),
        date,
        anchor,
    }
}

/// Adds one article's figures, dates and denials to the report.
fn report_mentions(report: &mut Report, doc: &Document, f: &Found, view: &ArticleMentions) {
    for fig in &f.figures {
        let (start, end) = doc.span(fig.first, fig.last);
        let source =
            sources::source_for(doc, view.attributions, fig.head).and_then(|a| a.name.clone());
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
            unit: fig.unit.as_ref().map(|u| u.symbol().to_string()),
            source,
            modality: modality::sentence_modality(doc, doc.sentence_of[fig.head] as usize),
            sentence: doc.sentence_ref(fig.head),
        });
    }
    for d in &f.dates {
        let (start, end) = doc.span(d.first, d.last);
        let explicit = d.basis == dates::Basis::Explicit;
        report.dates.push(DateMention {
            doc: doc.id.to_string(),
            text: doc.text[start..end].to_string(),
            start,
            end,
            value: d.value.map(|v| v.to_string()),
            basis: d.basis.as_str().to_string(),
            anchor: (!explicit).then(|| f.anchor.as_str().to_string()),
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

fn time_of(report: &Report, t: Option<claims::ClaimTime>) -> Option<report::ClaimTime> {
    let t = t?;
    let mention = report.dates.get(t.date)?;
    Some(report::ClaimTime {
        date: t.date,
        text: mention.text.clone(),
        value: t.value.map(|v| v.to_string()),
        known: t.known.describe(),
    })
}

/// The claims, in article order, for the claim matrix and the timeline.
fn report_claims(report: &Report, set: &compare::ClaimSet) -> Vec<report::Claim> {
    let rows = compare::concept_rows(set.figures);
    let mut out: Vec<(usize, usize, report::Claim)> = Vec::new();
    for c in set.figures {
        out.push((c.doc, c.evidence.start, figure_claim(report, c, &rows)));
    }
    for d in set.denials {
        out.push((d.doc, d.evidence.start, denial_claim(report, d)));
    }
    for e in set.events {
        out.push((e.doc, e.evidence.start, event_claim(report, e)));
    }
    order::sort_by_key(&mut out, |(doc, start, _)| (*doc, *start));
    out.into_iter().map(|(_, _, c)| c).collect()
}

fn figure_claim(
    report: &Report,
    c: &FigureClaim,
    rows: &crate::text::fxhash::FxHashMap<&str, &str>,
) -> report::Claim {
    let action = c.actions.first();
    report::Claim {
        doc: c.evidence.doc.clone(),
        kind: report::ClaimKind::Figure,
        figure: Some(c.figure),
        denial: None,
        concept: Some(
            rows.get(c.concept.as_str())
                .copied()
                .unwrap_or(&c.concept)
                .to_string(),
        ),
        topic: c.topics.first().cloned(),
        action: action.map(|a| a.key.to_string()),
        action_class: action.map(|a| a.class.to_string()),
        source: c.source.as_ref().map(|s| s.name.clone()),
        modality: c.modality,
        time: time_of(report, c.time),
        place: c.place.clone(),
        entities: c.entities.iter().cloned().collect(),
        update: c.update,
        evidence: c.evidence.clone(),
    }
}

fn denial_claim(report: &Report, d: &DenialClaim) -> report::Claim {
    let action = d.actions.first();
    report::Claim {
        doc: d.evidence.doc.clone(),
        kind: report::ClaimKind::Denial,
        figure: None,
        denial: Some(d.denial),
        concept: d.concepts.first().cloned(),
        topic: None,
        action: action.map(|a| a.key.to_string()),
        action_class: action.map(|a| a.class.to_string()),
        source: (!d.by.is_empty()).then(|| d.by.join(", ")),
        modality: report::Modality::Denied,
        time: time_of(report, d.time),
        place: d.place.clone(),
        entities: d.entities.iter().cloned().collect(),
        update: false,
        evidence: d.evidence.clone(),
    }
}

fn event_claim(report: &Report, e: &EventClaim) -> report::Claim {
    report::Claim {
        doc: e.evidence.doc.clone(),
        kind: report::ClaimKind::Event,
        figure: None,
        denial: None,
        concept: e.objects.first().cloned(),
        topic: None,
        action: Some(e.action.key.to_string()),
        action_class: Some(e.action.class.to_string()),
        source: None,
        modality: e.modality,
        time: time_of(
            report,
            Some(claims::ClaimTime {
                date: e.date,
                value: e.value,
                known: e.known,
            }),
        ),
        place: e.place.clone(),
        entities: e.entities.iter().cloned().collect(),
        update: false,
        evidence: e.evidence.clone(),
    }
}
