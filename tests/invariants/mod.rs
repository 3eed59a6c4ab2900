//! The report's span invariants, checked the same way by the bad-input suite, the property tests
//! and the fuzz target: every `start..end` lies on char boundaries of its article's text and slices
//! to `text`, and the report survives JSON ([`check`]). Apart from that, [`contained`]: every
//! figure and denial lies inside the sentence it quotes.
#![allow(dead_code)]

use crosscheck::report::{Evidence, SentenceRef};
use crosscheck::{Article, Report};

/// The five sample articles, as the page ships them, in name order.
pub fn seeds() -> Vec<Article> {
    crosscheck::samples::articles()
}

/// Checks every span in `report` against `articles`; returns the first broken invariant.
pub fn check(report: &Report, articles: &[Article]) -> Result<(), String> {
    if report.documents.len() != articles.len() {
        return Err(format!(
            "{} documents for {} articles",
            report.documents.len(),
            articles.len()
        ));
    }
    for (info, article) in report.documents.iter().zip(articles) {
        if info.id != article.id || info.length != article.text.len() {
            return Err(format!(
                "document {:?} does not describe article {:?}",
                info.id, article.id
            ));
        }
    }
    // Ids may repeat in generated sets; a span must then fit the article it was found in, which
    // the check cannot tell apart, so it accepts any article with that id.
    let span =
        |what: &str, doc: &str, start: usize, end: usize, text: &str| -> Result<(), String> {
            let mut any = false;
            for t in articles
                .iter()
                .filter(|a| a.id == doc)
                .map(|a| a.text.as_str())
            {
                any = true;
                if start <= end
                    && end <= t.len()
                    && t.is_char_boundary(start)
                    && t.is_char_boundary(end)
                    && &t[start..end] == text
                {
                    return Ok(());
                }
            }
            if any {
                Err(format!(
                    "{what} {start}..{end} {text:?} does not slice article {doc:?}"
                ))
            } else {
                Err(format!("{what} names an unknown article {doc:?}"))
            }
        };
    let evidence = |what: &str, e: &Evidence| span(what, &e.doc, e.start, e.end, &e.text);
    let sentence =
        |what: &str, doc: &str, s: &SentenceRef| span(what, doc, s.start, s.end, &s.text);

    for f in &report.figures {
        span("figure", &f.doc, f.start, f.end, &f.text)?;
        sentence("figure sentence", &f.doc, &f.sentence)?;
        if f.value.is_nan() {
            return Err(format!("figure {:?} has no value", f.text));
        }
    }
    for e in &report.entities {
        if e.mentions.is_empty() {
            return Err(format!("entity {:?} without mentions", e.name));
        }
        for m in &e.mentions {
            evidence("entity mention", m)?;
        }
    }
    for f in &report.findings {
        evidence("finding a", &f.a)?;
        evidence("finding b", &f.b)?;
        for e in &f.also {
            evidence("finding also", e)?;
        }
        if f.explanation.trim().is_empty() {
            return Err(format!("finding {:?} without explanation", f.kind));
        }
    }
    for d in &report.dates {
        span("date", &d.doc, d.start, d.end, &d.text)?;
    }
    for d in &report.denials {
        span("denial", &d.doc, d.start, d.end, &d.text)?;
        sentence("denial sentence", &d.doc, &d.sentence)?;
    }
    serde_json::to_string(report).map_err(|e| format!("the report does not serialise: {e}"))?;
    Ok(())
}

/// Does every figure and denial lie inside the sentence it quotes?
pub fn contained(report: &Report) -> Result<(), String> {
    let inside = |what: &str, s: &SentenceRef, start: usize, end: usize, text: &str| {
        if s.start <= start && end <= s.end {
            Ok(())
        } else {
            Err(format!(
                "{what} {start}..{end} {text:?} reaches out of its sentence {}..{} {:?}",
                s.start, s.end, s.text
            ))
        }
    };
    for f in &report.figures {
        inside("figure", &f.sentence, f.start, f.end, &f.text)?;
    }
    for d in &report.denials {
        inside("denial", &d.sentence, d.start, d.end, &d.text)?;
    }
    Ok(())
}

/// [`check`] and [`contained`] as an assertion.
pub fn assert_holds(report: &Report, articles: &[Article]) {
    if let Err(broken) = check(report, articles).and_then(|()| contained(report)) {
        panic!("span invariant broken: {broken}");
    }
}
