//! Throughput of the core on German news text, the five sample articles repeated: extraction on
//! 100 KB, 1 MB and 10 MB (the bench page's measure, natively) and on the GermEval 2014 sentences
//! (text that does not repeat itself), each stage on 1 MB, the comparison
//! alone on 10, 100 and 1,000 articles, and the whole analysis. `cargo bench --bench pipeline`
//! prints MB/s (criterion's "thrpt"); scripts/bench.sh runs it and tabulates the results.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::mentions::{entities, figures};
use crosscheck::text::Document;
use crosscheck::{analyze, extract, Article};

use crosscheck::samples::TEXTS as SAMPLES;

#[path = "../tests/common/germeval.rs"]
mod germeval;

/// The samples concatenated until the text reaches `bytes`.
fn german_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    while text.len() < bytes {
        for s in SAMPLES {
            text.push_str(s);
            text.push('\n');
        }
    }
    text
}

/// The sentences of GermEval 2014 (test and dev, as tests/fixtures holds them), one a line, as
/// the evaluation reads them (the tokens joined by spaces): news and encyclopedia text that,
/// unlike the samples repeated, seldom says the same thing twice. scripts/germeval_text.py writes
/// the same text for the bench page.
fn germeval_text() -> String {
    let mut text = String::new();
    for split in ["test", "dev"] {
        let path = format!(
            "{}/tests/fixtures/germeval2014/{split}.coarse.conll",
            env!("CARGO_MANIFEST_DIR")
        );
        let conll = std::fs::read_to_string(&path).expect("the GermEval fixture");
        for sentence in germeval::read(&conll) {
            text.push_str(&sentence.text);
            text.push('\n');
        }
    }
    text
}

/// Figure and entity extraction, document included, as the bench page's `figures_and_entities`:
/// on the samples repeated, and on text that does not repeat itself. Each run after the first
/// finds the words' lexical flags remembered from the runs before, as the page does when it
/// analyses a set again after an edit.
fn extraction(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    let texts =
        [("100KB", 100 << 10), ("1MB", 1 << 20), ("10MB", 10 << 20)].map(|(label, bytes)| {
            (
                BenchmarkId::new("figures_entities", label),
                german_text(bytes),
            )
        });
    let germeval = germeval_text();
    let label = format!("{}KB", germeval.len() >> 10);
    let texts = texts.into_iter().chain([(
        BenchmarkId::new("figures_entities_germeval", label),
        germeval,
    )]);
    for (id, text) in texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(id, &text, |b, t| {
            b.iter(|| {
                let doc = Document::new("bench", t);
                figures::find(&doc).len() + entities::recognize(&doc).len()
            })
        });
    }
    group.finish();
}

/// The comparison alone: findings and claim rows from claims already extracted.
fn comparison(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for n in [10usize, 100, 1000] {
        let articles = articles(n);
        let extracted = extract(&articles);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("articles", n), &extracted, |b, e| {
            b.iter(|| e.compare())
        });
    }
    group.finish();
}

/// `n` articles, the samples in turn.
fn articles(n: usize) -> Vec<Article> {
    (0..n)
        .map(|i| Article::new(format!("{i}.txt"), SAMPLES[i % SAMPLES.len()]))
        .collect()
}

fn stages(c: &mut Criterion) {
    let text = german_text(1 << 20);
    let mut group = c.benchmark_group("stage_1mb");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("document", |b| b.iter(|| Document::new("bench", &text)));
    let doc = Document::new("bench", &text);
    group.bench_function("figures", |b| b.iter(|| figures::find(&doc)));
    group.bench_function("entities", |b| b.iter(|| entities::recognize(&doc)));
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    let seeds: Vec<Article> = SAMPLES
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("{i}.txt"), *t))
        .collect();
    let bytes: usize = SAMPLES.iter().map(|s| s.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("five_seeds", |b| b.iter(|| analyze(&seeds)));
    for n in [10usize, 100, 1000] {
        let articles = articles(n);
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_with_input(BenchmarkId::new("articles", n), &articles, |b, a| {
            b.iter(|| analyze(a))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction, stages, comparison, end_to_end);
criterion_main!(benches);
