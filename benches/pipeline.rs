//! Throughput of the core on German news text: the five sample articles repeated to 1 MB.
//! `cargo bench --bench pipeline` prints MB/s for each stage (criterion's "thrpt").

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::mentions::{entities, figures};
use crosscheck::text::Document;
use crosscheck::{analyze, Article};

use crosscheck::samples::TEXTS as SAMPLES;

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
        let articles: Vec<Article> = (0..n)
            .map(|i| Article::new(format!("{i}.txt"), SAMPLES[i % 5]))
            .collect();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_with_input(BenchmarkId::new("articles", n), &articles, |b, a| {
            b.iter(|| analyze(a))
        });
    }
    group.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
