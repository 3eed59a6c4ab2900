//! A driver for profilers (callgrind, perf): runs `analyze` on one named input, `runs` times.
//!
//! `cargo build --release --example profile` then e.g.
//! `valgrind --tool=callgrind target/release/examples/profile seeds 10`.
//! Inputs: `seeds` (the five samples), `articles:N` (N samples in turn), `oneline:MB` (the samples
//! on one line, repeated to MB megabytes), `lines:MB` (the samples as they are, repeated),
//! `nopunct:MB` (the one line without sentence punctuation), `plain:MB` (a line of lower-case
//! words, figures, pipes and commas, without names), `file:PATH` (a text file as one article).
//! With `STAGE=extraction` only the document, figures and entities are timed (the bench page's
//! "figures + entities"), on the first article, fastest of N.
//! With `STAGE=compare` only the comparison is timed, on claims extracted once, fastest of N.
//! With `STAGE=entities` only entity recognition is timed, on the first article, and the fastest
//! run reported. With `PROFILE_JSON=path` set, the last report is written there, to check that an optimisation
//! leaves the output unchanged.

use std::time::Instant;

use crosscheck::{analyze, Article};

use crosscheck::samples::TEXTS as SAMPLES;

fn repeated(unit: &str, megabytes: f64) -> String {
    let bytes = (megabytes * (1 << 20) as f64) as usize;
    let mut text = String::with_capacity(bytes + unit.len() + 1);
    while text.len() < bytes {
        text.push_str(unit);
        text.push(' ');
    }
    text
}

fn input(name: &str) -> Option<Vec<Article>> {
    let one_line = || SAMPLES.map(|s| s.replace('\n', " ")).join(" ");
    let (kind, arg) = name.split_once(':').unwrap_or((name, ""));
    Some(match kind {
        "seeds" => SAMPLES
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("{i}.txt"), *t))
            .collect(),
        "articles" => (0..arg.parse::<usize>().ok()?)
            .map(|i| Article::new(format!("{i}.txt"), SAMPLES[i % 5]))
            .collect(),
        "oneline" => vec![Article::new("a", repeated(&one_line(), arg.parse().ok()?))],
        "lines" => vec![Article::new(
            "a",
            repeated(&SAMPLES.join("\n"), arg.parse().ok()?),
        )],
        "nopunct" => {
            let words = one_line().replace(['.', '!', '?', '…'], " ");
            vec![Article::new("a", repeated(&words, arg.parse().ok()?))]
        }
        // A text of one's own, read whole as one article ("file:/tmp/news.txt").
        "file" => vec![Article::new("a", std::fs::read_to_string(arg).ok()?)],
        "plain" => {
            let line =
                "es kamen 1.500 soldaten | und 20 panzer, laut angaben etwa 3,5 millionen euro; ";
            vec![Article::new("a", repeated(line, arg.parse().ok()?))]
        }
        _ => return None,
    })
}

/// Seconds of the fastest of `runs` calls of `work`: on a shared machine the fastest run is the
/// one least disturbed by others.
fn fastest_of<T>(runs: usize, mut work: impl FnMut() -> T) -> f64 {
    (0..runs.max(1))
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(work());
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(articles) = args.get(1).and_then(|name| input(name)) else {
        eprintln!("usage: profile seeds|articles:N|oneline:MB|lines:MB|nopunct:MB|plain:MB [runs]");
        std::process::exit(2);
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(1);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    if std::env::var("STAGE").is_ok_and(|s| s == "entities") {
        // Entity recognition alone on the first article, fastest of `runs`.
        let doc = crosscheck::text::Document::new("a", &articles[0].text);
        let fastest = fastest_of(runs, || crosscheck::mentions::entities::recognize(&doc));
        let mb = articles[0].text.len() as f64 / fastest;
        println!(
            "entities: fastest of {runs}: {:.2} ms, {:.1} MB/s ({:.1} MiB/s)",
            fastest * 1e3,
            mb / 1e6,
            mb / (1 << 20) as f64
        );
        return;
    }
    if std::env::var("STAGE").is_ok_and(|s| s == "extraction") {
        // What the bench page times as "figures + entities": the document, its figures and its
        // entity mentions, on the first article, fastest of `runs`.
        let text = &articles[0].text;
        // The tables are built first, so that one run times the text alone: on text it has not
        // seen, the words' lexical flags and lower-case forms are worked out as they come.
        crosscheck::warm_up();
        let fastest = fastest_of(runs, || {
            let doc = crosscheck::text::Document::new("a", text);
            crosscheck::mentions::figures::find(&doc).len()
                + crosscheck::mentions::entities::recognize(&doc).len()
        });
        println!(
            "extraction: fastest of {runs}: {:.2} ms, {:.1} MB/s",
            fastest * 1e3,
            text.len() as f64 / fastest / 1e6
        );
        return;
    }
    if std::env::var("STAGE").is_ok_and(|s| s == "compare") {
        // The comparison alone, on claims extracted once, fastest of `runs`.
        let extracted = crosscheck::extract(&articles);
        let fastest = fastest_of(runs, || extracted.compare());
        let (findings, _) = extracted.compare();
        println!(
            "compare: {} articles, {} findings, fastest of {runs}: {:.2} ms",
            articles.len(),
            findings.len(),
            fastest * 1e3
        );
        return;
    }
    let started = Instant::now();
    let mut report = analyze(&articles);
    for _ in 1..runs {
        report = analyze(&articles);
    }
    let each = started.elapsed().as_secs_f64() / runs as f64;
    let figures = report.figures.len();
    if let Ok(path) = std::env::var("PROFILE_JSON") {
        let json = serde_json::to_string_pretty(&report).unwrap_or_default();
        if let Err(e) = std::fs::write(&path, json) {
            eprintln!("cannot write {path}: {e}");
        }
    }
    println!(
        "{} articles, {bytes} bytes, {figures} figures: {:.3} ms per run, {:.1} MB/s",
        articles.len(),
        each * 1e3,
        bytes as f64 / each / 1e6
    );
}
