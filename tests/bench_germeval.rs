//! GermEval 2014 (German NER, dev split): exact-span precision, recall and F1 for persons,
//! locations and organisations, the way the shared task scored its outer level. Prints the table;
//! fails below an overall F1 of 0.70.
//!
//! Each sentence is one document; its text is the tokens joined by spaces. Our types map onto the
//! coarse GermEval ones: person → PER; country, place → LOC; organisation, media, company → ORG.
//! Names inside compounds ("US" in "US-Außenministerium") are GermEval's `*part` tags, which the
//! coarse file leaves out, so they are not scored either.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/germeval.rs"]
mod germeval;

use crosscheck::mentions::entities::{self, DocMentions, EntityMention};
use crosscheck::report::EntityType;
use crosscheck::text::Document;
use germeval::{Sentence, Span, Tally};

const DEV: &str = include_str!("fixtures/germeval2014/dev.coarse.conll");

fn coarse(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PER",
        EntityType::Country | EntityType::Place => "LOC",
        EntityType::Organization | EntityType::Media | EntityType::Company => "ORG",
        EntityType::Other => "OTH",
    }
}

/// The spans the pipeline reports for one sentence: recognition, then merging (which adds lone
/// surnames of persons named in full).
fn predicted(s: &Sentence, recognize: fn(&Document) -> Vec<EntityMention>) -> Vec<Span> {
    let doc = Document::new("s", &s.text);
    let mut docs = [DocMentions {
        mentions: recognize(&doc),
        doc: &doc,
    }];
    entities::merge(&mut docs);
    docs[0]
        .mentions
        .iter()
        .filter(|m| !m.in_compound)
        .map(|m| match germeval::token_range(s, m.start, m.end) {
            Some((first, last)) => (first, last, coarse(m.kind).to_string()),
            // A span that does not sit on GermEval's tokens cannot match; it still counts against us.
            None => (usize::MAX, usize::MAX, coarse(m.kind).to_string()),
        })
        .collect()
}

fn evaluate(sentences: &[Sentence], recognize: fn(&Document) -> Vec<EntityMention>) -> Tally {
    let mut tally = Tally::default();
    for s in sentences {
        tally.add(&germeval::spans(&s.tags), &predicted(s, recognize));
    }
    tally
}

#[test]
fn germeval_dev_scores_above_the_bar() {
    let sentences = germeval::read(DEV);
    assert_eq!(sentences.len(), 2200, "the dev split has 2,200 sentences");
    let rules = evaluate(&sentences, entities::recognize_rules);
    println!("{}", rules.table("GermEval 2014 dev, rules only"));
    let full = evaluate(&sentences, entities::recognize);
    println!("{}", full.table("GermEval 2014 dev, rules and model"));
    let (_, _, f1) = full.prf(None);
    assert!(f1 >= 0.70, "GermEval dev overall F1 {f1:.3} < 0.70");
}

#[test]
#[ignore]
fn show_errors() {
    let sentences = germeval::read(DEV);
    for s in sentences.iter().take(700) {
        let g = germeval::spans(&s.tags);
        let p = predicted(s, entities::recognize);
        let toks: Vec<&str> = s.tokens.iter().map(|t| &s.text[t.0..t.1]).collect();
        let show = |x: &Span| if x.0 == usize::MAX { format!("{}:?", x.2) } else { format!("{}:{}", x.2, toks[x.0..=x.1].join(" ")) };
        let scored = |x: &&Span| germeval::SCORED.contains(&x.2.as_str());
        let missed: Vec<String> = g.iter().filter(scored).filter(|x| !p.contains(x)).map(show).collect();
        let wrong: Vec<String> = p.iter().filter(scored).filter(|x| !g.contains(x)).map(show).collect();
        if !missed.is_empty() || !wrong.is_empty() {
            println!("{}\n   missed {missed:?}\n   wrong  {wrong:?}", s.text);
        }
    }
}
