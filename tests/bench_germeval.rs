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

use crosscheck::mentions::entities::{self, EntityMention};
use crosscheck::text::Document;
use germeval::{predicted, Sentence, Tally};

const DEV: &str = include_str!("fixtures/germeval2014/dev.coarse.conll");

fn evaluate(sentences: &[Sentence], recognize: fn(&Document) -> Vec<EntityMention>) -> Tally {
    let mut tally = Tally::default();
    for s in sentences {
        tally.add(&germeval::spans(&s.tags), &predicted(s, recognize));
    }
    tally
}

/// The bar: overall F1 at least 0.70 (0.707 with the committed model).
#[test]
fn germeval_dev_scores_above_the_bar() {
    let full = evaluate(&germeval::read(DEV), entities::recognize);
    println!("{}", full.table("GermEval 2014 dev, rules and model"));
    let (_, _, f1) = full.prf(None);
    assert!(f1 >= 0.70, "GermEval dev overall F1 {f1:.3} < 0.70");
}

/// Prints both tables: the model must beat the rules clearly.
#[test]
fn germeval_dev_the_model_beats_the_rules() {
    let sentences = germeval::read(DEV);
    assert_eq!(sentences.len(), 2200, "the dev split has 2,200 sentences");
    let rules = evaluate(&sentences, entities::recognize_rules);
    println!("{}", rules.table("GermEval 2014 dev, rules only"));
    let full = evaluate(&sentences, entities::recognize);
    println!("{}", full.table("GermEval 2014 dev, rules and model"));
    let (_, _, rules_f1) = rules.prf(None);
    let (_, _, f1) = full.prf(None);
    assert!(
        f1 >= rules_f1 + 0.05,
        "the model adds too little: {f1:.3} vs {rules_f1:.3}"
    );
}
