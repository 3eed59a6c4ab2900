//! Trains the entity tagger (src/mentions/entities/model.rs) on a GermEval 2014 CoNLL file and
//! writes the compact weights. Run by scripts/train_entities.sh, on the *test* split only; the dev
//! split is for evaluation (tests/bench_germeval.rs).
//!
//! `train_entities TRAIN.conll OUT.bin [--holdout] [--score OTHER.conll] [--folds K]`: with
//! `--holdout` the last tenth of the training file is held out and scored each epoch (for choosing
//! epochs and pruning), and nothing is written. `--score` prints the scores on another file after
//! training, of the model alone (no rules kept over it) and of the whole recogniser; it is for
//! choosing between a few configurations, never for tuning. `--folds K` scores the whole
//! recogniser by K-fold cross-validation on the training file alone, which is what configurations
//! are chosen by. `EPOCHS`, `BITS`, `PRUNE`, `MIN_SEEN`, `LOG_LEVELS`, `RUNS` (summed runs) and
//! `SEED` (of the shuffles) in the environment override the defaults; `SHOW_ERRORS` prints what
//! the held-out scoring missed and found wrongly.

#[path = "../tests/common/germeval.rs"]
mod germeval;

use crosscheck::mentions::entities::features::Facts;
use crosscheck::mentions::entities::model::{self, tag_of, Trainer, O};
use crosscheck::mentions::entities::packed::encode;
use crosscheck::mentions::entities::recognize::{facts_and_rules, recognize_with};
use crosscheck::text::Document;

const EPOCHS: usize = 12;
const BITS: u32 = 18;
const PRUNE: f32 = 0.03;
const MIN_SEEN: u8 = 3;
const LOG_LEVELS: u8 = 0;
const RUNS: usize = 5;

fn class(kind: &str) -> Option<u8> {
    ["PER", "LOC", "ORG", "OTH"]
        .iter()
        .position(|k| *k == kind)
        .map(|p| p as u8)
}

/// Gold tags on our tokens: each takes the tag of the GermEval token it lies in; only the first
/// of ours inside a B token begins the name.
fn gold_tags(s: &germeval::Sentence, doc: &Document) -> Vec<u8> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut last_j = usize::MAX;
    for t in &doc.tokens {
        let j = s
            .tokens
            .iter()
            .position(|g| g.0 <= t.start && t.start < g.1)
            .unwrap_or(0);
        let (bio, kind) = s.tags[j].split_once('-').unwrap_or(("O", ""));
        let tag = match class(kind) {
            Some(c) if bio == "B" && j != last_j => tag_of(c, true),
            Some(c) => tag_of(c, false),
            None => O,
        };
        out.push(tag);
        last_j = j;
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: train_entities TRAIN.conll OUT.bin [--holdout]");
        std::process::exit(2);
    };
    let holdout = args.iter().any(|a| a == "--holdout");
    let score = args
        .iter()
        .position(|a| a == "--score")
        .and_then(|k| args.get(k + 1));
    let folds: Option<usize> = args
        .iter()
        .position(|a| a == "--folds")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok());
    let env = |name: &str, default: f32| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let text = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let sentences = germeval::read(&text);
    let data: Vec<Example> = sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let doc = Document::new("s", &s.text);
            let (facts, _) = facts_and_rules(&doc);
            (facts, gold_tags(s, &doc), k)
        })
        .collect();
    if std::env::var("STATS").is_ok() {
        use crosscheck::mentions::entities::features::{flag, shape_capitalized};
        let mut c = std::collections::BTreeMap::<(bool, bool, &str), usize>::new();
        for (facts, gold, _) in &data {
            for (i, &g) in gold.iter().enumerate().take(facts.len()) {
                if !shape_capitalized(facts[i].shape) || facts[i].flags & flag::SENTENCE_START != 0
                {
                    continue;
                }
                let f = facts[i].flags;
                let lex = if f & flag::NOUN != 0 {
                    "noun"
                } else if f & flag::NOUN_COMPOUND != 0 {
                    "compound"
                } else if f & flag::FUNCTION != 0 {
                    "function"
                } else if f & flag::FIRST_NAME != 0 {
                    "first"
                } else {
                    "none"
                };
                *c.entry((g != O, facts[i].rule != 0, lex)).or_default() += 1;
            }
        }
        for (k, v) in c {
            println!("entity={} rule={} {:<9} {v}", k.0, k.1, k.2);
        }
        return;
    }
    // Several runs over differently shuffled data, their averages summed: steadier than one.
    let fit = |train: &[&Example], held: Option<&[&Example]>| {
        let runs = (0..env("RUNS", RUNS as f32) as u64)
            .map(|run| {
                let seed = 0x2545_f491_4f6c_dd1du64 ^ (env("SEED", 0.0) as u64 + run * 7919);
                let epochs = env("EPOCHS", EPOCHS as f32) as usize;
                train_run(train, held, env("BITS", BITS as f32) as u32, epochs, seed)
            })
            .collect();
        Trainer::finish_all(
            runs,
            env("PRUNE", PRUNE),
            env("MIN_SEEN", MIN_SEEN as f32) as u8,
            env("LOG_LEVELS", LOG_LEVELS as f32) as u8,
        )
    };
    if let Some(k) = folds {
        // Each k-th sentence held out in turn; the whole recogniser scored on what was held out.
        let mut full = germeval::Tally::default();
        for fold in 0..k {
            let (held, train): (Vec<&Example>, Vec<&Example>) =
                data.iter().partition(|e| e.2 % k == fold);
            let weights = fit(&train, None);
            let tagger = |f: &Facts| model::tag_with(&weights, f);
            for e in held {
                let s = &sentences[e.2];
                let gold = germeval::spans(&s.tags);
                let predicted = germeval::predicted(s, |d: &Document| recognize_with(d, tagger));
                if std::env::var("SHOW_ERRORS").is_ok() {
                    let (missed, wrong) = differences(&gold, &predicted, |sp| {
                        let (a, b) = (s.tokens[sp.0].0, s.tokens[sp.1].1);
                        format!("{}:{}", sp.2, &s.text[a..b])
                    });
                    missed.iter().for_each(|m| println!("missed\t{m}"));
                    wrong.iter().for_each(|w| println!("wrong\t{w}"));
                }
                full.add(&gold, &predicted);
            }
        }
        println!(
            "{}",
            full.table(&format!("{k}-fold cross-validation, rules and model"))
        );
        return;
    }
    let split = if holdout {
        data.len() * 9 / 10
    } else {
        data.len()
    };
    let all: Vec<&Example> = data.iter().collect();
    let (train, held_out) = all.split_at(split);
    let weights = fit(train, holdout.then_some(held_out));
    if let Some(path) = score {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (mut alone, mut full) = (germeval::Tally::default(), germeval::Tally::default());
        for s in germeval::read(&text) {
            let doc = Document::new("s", &s.text);
            let (facts, _) = facts_and_rules(&doc);
            let gold = gold_tags(&s, &doc);
            alone.add(
                &spans_of(&gold),
                &spans_of(&model::tag_with(&weights, &facts)),
            );
            let tagger = |f: &Facts| model::tag_with(&weights, f);
            full.add(
                &germeval::spans(&s.tags),
                &germeval::predicted(&s, |d: &Document| recognize_with(d, tagger)),
            );
        }
        println!("{}", alone.table(&format!("{path}, model alone")));
        println!("{}", full.table(&format!("{path}, rules and model")));
    }
    if holdout {
        let mut tally = germeval::Tally::default();
        for &(facts, gold, k) in held_out {
            let (g, p) = (spans_of(gold), spans_of(&model::tag_with(&weights, facts)));
            if std::env::var("SHOW_ERRORS").is_ok() {
                let doc = Document::new("s", &sentences[*k].text);
                let (missed, wrong) =
                    differences(&g, &p, |s| format!("{}:{}", s.2, doc.slice(s.0, s.1)));
                if !missed.is_empty() || !wrong.is_empty() {
                    println!(
                        "{}\n   missed {missed:?}\n   wrong  {wrong:?}",
                        sentences[*k].text
                    );
                }
            }
            tally.add(&g, &p);
        }
        println!("{}", tally.table("held-out tenth, averaged and quantised"));
        return;
    }
    let bytes = encode(&weights);
    std::fs::write(output, &bytes).unwrap_or_else(|e| panic!("{output}: {e}"));
    println!("{} bytes -> {output}", bytes.len());
}

type Example = (Facts, Vec<u8>, usize);

/// The gold spans the tagger missed and the spans it found wrongly, each as `show` writes it.
fn differences(
    gold: &[germeval::Span],
    predicted: &[germeval::Span],
    show: impl Fn(&germeval::Span) -> String,
) -> (Vec<String>, Vec<String>) {
    let missed = gold.iter().filter(|s| !predicted.contains(s)).map(&show);
    let wrong = predicted.iter().filter(|s| !gold.contains(s)).map(&show);
    (missed.collect(), wrong.collect())
}

/// One run of the averaged perceptron over `train`, shuffled anew each epoch from `seed`; with
/// `held`, prints the held-out F1 after each epoch.
fn train_run(
    train: &[&Example],
    held: Option<&[&Example]>,
    bits: u32,
    epochs: usize,
    mut seed: u64,
) -> Trainer {
    let mut trainer = Trainer::new(bits);
    for (facts, _, _) in train.iter().copied() {
        trainer.count(facts);
    }
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 0..epochs {
        // A fixed-seed shuffle, so that training is reproducible.
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        let errors: usize = order
            .iter()
            .map(|&k| trainer.learn(&train[k].0, &train[k].1))
            .sum();
        print!("epoch {epoch}: {errors} training errors");
        if let Some(held) = held {
            let mut tally = germeval::Tally::default();
            for (facts, gold, _) in held.iter().copied() {
                tally.add(&spans_of(gold), &spans_of(&trainer.tag(facts)));
            }
            print!("; held-out F1 (current weights) {:.3}", tally.prf(None).2);
        }
        println!();
    }
    trainer
}

/// Tag spans on our tokens in the scorer's form.
fn spans_of(tags: &[u8]) -> Vec<germeval::Span> {
    model::spans(tags)
        .into_iter()
        .map(|(a, b, c)| (a, b, ["PER", "LOC", "ORG", "OTH"][c as usize].to_string()))
        .collect()
}
