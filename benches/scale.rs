//! How comparison scales with the number of articles: a generated corpus of 10, 100 and 1,000
//! articles, analysed end to end. `cargo bench --bench scale` prints the time per set; since
//! claims are blocked by concept and large blocks compare only neighbours, time should grow about
//! linearly (×10 articles → about ×10 time).
//!
//! The corpus is deterministic: each article recombines sentences of the five sample articles
//! (in a shuffled order) and shifts every figure by a factor, so the figures of one concept
//! disagree across articles the way real reports do.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::{analyze, Article};

use crosscheck::samples::TEXTS as SAMPLES;

/// A small deterministic generator (an LCG), so the corpus is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The sentences of the samples: lines, split again after ". ".
fn sentences() -> Vec<&'static str> {
    SAMPLES
        .iter()
        .flat_map(|s| s.lines())
        .flat_map(|line| line.split_inclusive(". "))
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect()
}

/// German digit grouping: 12345 → "12.345".
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Every number of a sentence that is not a year, scaled by `factor`.
fn shift(sentence: &str, factor: f64) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut chars = sentence.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        let mut end = start + 1;
        while let Some(&(k, d)) = chars.peek() {
            let dot_then_digit =
                d == '.' && sentence[k + 1..].starts_with(|x: char| x.is_ascii_digit());
            if d.is_ascii_digit() || dot_then_digit {
                end = k + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let text = &sentence[start..end];
        let value: u64 = text.replace('.', "").parse().unwrap_or(0);
        let year = (1900..=2100).contains(&value) && !text.contains('.');
        if value < 10 || year || text.matches('.').count() > 1 && text.len() == 10 {
            out.push_str(text);
        } else {
            out.push_str(&group((value as f64 * factor).round() as u64));
        }
    }
    out
}

/// `n` articles, each 8–14 recombined sentences with its figures shifted.
pub fn corpus(n: usize) -> Vec<Article> {
    let pool = sentences();
    let mut rng = Lcg(42);
    (0..n)
        .map(|k| {
            let factor = [1.0, 1.0, 1.1, 0.9, 1.25, 0.75, 2.0][rng.below(7)];
            let count = 8 + rng.below(7);
            let text: Vec<String> = (0..count)
                .map(|_| shift(pool[rng.below(pool.len())], factor))
                .collect();
            Article::new(format!("gen_{k:04}.txt"), text.join(" "))
        })
        .collect()
}

/// One pass over the stages for `articles`, timed, to show where the time goes.
fn stage_times(articles: &[Article]) {
    use crosscheck::mentions::{dates, entities, figures, modality, sources};
    use crosscheck::text::Document;
    use std::time::Instant;
    let t = Instant::now();
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::new(&a.id, &a.text))
        .collect();
    let t_doc = t.elapsed();
    let t = Instant::now();
    let mut mentions: Vec<entities::DocMentions> = docs
        .iter()
        .map(|doc| entities::DocMentions {
            doc,
            mentions: entities::recognize(doc),
        })
        .collect();
    let t_rec = t.elapsed();
    let t = Instant::now();
    let _ = entities::merge(&mut mentions);
    let t_merge = t.elapsed();
    let t = Instant::now();
    for d in &docs {
        let _ = figures::find(d);
    }
    let t_fig = t.elapsed();
    let t = Instant::now();
    for d in &docs {
        let date = dates::document_date(d, None);
        let _ = dates::expressions(d, date.map(|x| x.0));
    }
    let t_dates = t.elapsed();
    let t = Instant::now();
    for m in &mentions {
        let _ = sources::find(m.doc, &m.mentions);
        let _ = modality::denials(m.doc, &m.mentions);
    }
    let t_src = t.elapsed();
    let t = Instant::now();
    let _ = analyze(articles);
    let t_all = t.elapsed();
    eprintln!(
        "{} articles, one pass: documents {t_doc:?}, entity recognition {t_rec:?}, entity merge {t_merge:?}, figures {t_fig:?}, dates {t_dates:?}, sources+denials {t_src:?}; analyze {t_all:?} (claims and comparison ≈ the rest)",
        articles.len()
    );
}

fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare_articles");
    group.sample_size(10);
    for n in [10usize, 100, 1000] {
        let articles = corpus(n);
        let report = analyze(&articles);
        eprintln!(
            "{n} articles: {} figures, {} claims, {} findings",
            report.figures.len(),
            report.claims.len(),
            report.findings.len()
        );
        stage_times(&articles);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("analyze", n), &articles, |b, a| {
            b.iter(|| analyze(a))
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
