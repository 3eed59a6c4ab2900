//! Properties of `analyze` over generated input: no panic, every span on char boundaries and
//! slicing to its text, a deterministic report, and findings that do not depend on the order the
//! articles come in.
//!
//! The generators are biased towards what the finders look for — German news tokens: grouped
//! numbers, hedges, capitalised names, quotes, line breaks, month names, clutter — so that most
//! cases reach figures, sources, denials and comparison rather than stopping at the tokenizer.
//! `PROPTEST_CASES` sets the number of cases (256 by default; more when hunting).
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use std::collections::BTreeSet;

use crosscheck::report::{Evidence, FindingKind};
use crosscheck::{analyze, Article, Report};
use proptest::prelude::*;

const HEDGES: &[&str] = &[
    "über",
    "mehr als",
    "knapp",
    "etwa",
    "rund",
    "fast",
    "bis zu",
    "mindestens",
    "weniger als",
    "zwischen",
    "bis",
    "ca.",
    "more than",
    "about",
    "up to",
    "at least",
];

const NAMES: &[&str] = &[
    "Nordkorea",
    "Nordkoreas",
    "Russland",
    "Kim",
    "Jong",
    "Un",
    "Jong-un",
    "Putin",
    "Pjöngjang",
    "KCNA",
    "Financial",
    "Times",
    "Reuters",
    "Ukraine",
    "Südkorea",
    "Seoul",
    "Moskau",
    "HUR",
    "NATO",
    "USA",
    "Selenskyj",
    "Kursk",
    "Pentagon",
    "Bild",
    "Washington",
];

const NOUNS: &[&str] = &[
    "Soldaten",
    "Haubitzen",
    "Offiziere",
    "Generäle",
    "Panzer",
    "Raketen",
    "Menschen",
    "Euro",
    "Prozent",
    "Mio.",
    "Millionen",
    "Milliarden",
    "km",
    "Tote",
    "Verletzte",
    "troops",
    "soldiers",
];

const WORDS: &[&str] = &[
    "und",
    "der",
    "die",
    "das",
    "hat",
    "haben",
    "laut",
    "nach",
    "Angaben",
    "sollen",
    "soll",
    "weist",
    "zurück",
    "dementiert",
    "nicht",
    "bestätigt",
    "wurden",
    "geschickt",
    "entsandt",
    "getötet",
    "berichtete",
    "inzwischen",
    "stieg",
    "auf",
    "von",
    "im",
    "am",
    "sei",
    "denied",
    "according",
    "to",
    "the",
    "were",
    "sent",
    "zwei",
    "drei",
    "zehn",
    "tausend",
    "Dutzend",
    "Hälfte",
    "Berichten",
    "zufolge",
    "Gerücht",
    "unbegründet",
    "ohne",
    "weder",
    "noch",
];

const MONTHS: &[&str] = &[
    "Januar", "Februar", "März", "Oktober", "November", "Dezember", "Mai", "March", "October",
];

const MARKS: &[&str] = &[
    ".", ",", ":", ";", "!", "?", "(", ")", "[", "]", "-", "–", "—", "/", "|", "„", "“", "”", "\"",
    "«", "»", "‚", "‘", "'", "…", "%", "$", "€",
];

const BREAKS: &[&str] = &["\n", "\r\n", "\n\n", "\u{2028}", "\r"];

const CLUTTER: &[&str] = &[
    "Anzeige",
    "Kommentare (3)",
    "date 2024-11",
    "datum: 2024-11-05",
    "Foto: dpa",
    "Teilen",
    "| Ort | Kursk |",
    "---|---|",
];

const ODD: &[&str] = &[
    "\0",
    "\u{FEFF}",
    "\u{200B}",
    "\u{00AD}",
    "😀",
    "🇰🇵",
    "e\u{301}",
    "\u{202E}",
    "مرحبا",
    "שלום",
    "\u{3000}",
    "\u{a0}",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

/// Numbers as news write them: plain, grouped with dots or commas, decimals, dates, times, years.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..2_000).prop_map(|n| n.to_string()),
        (1u64..1_000, 0usize..5).prop_map(|(head, groups)| {
            std::iter::once(head.to_string())
                .chain(std::iter::repeat_n("000".to_string(), groups))
                .collect::<Vec<_>>()
                .join(".")
        }),
        (1u64..1_000_000).prop_map(|n| format!("{n}").replace('0', ",0")),
        (0u64..100, 0u64..100).prop_map(|(a, b)| format!("{a},{b}")),
        (0u64..100, 0u64..100).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..32, 1u32..13, 1990u32..2030).prop_map(|(d, m, y)| format!("{d}.{m:02}.{y}")),
        (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h}:{m:02}")),
        (1990u32..2030).prop_map(|y| y.to_string()),
        (1u32..100, 1u32..100).prop_map(|(a, b)| format!("{a}-{b}")),
        "[0-9]{20,60}".prop_map(|s| s),
    ]
}

/// One token of German-news-like text, or something odd.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => number(),
        3 => pick(NOUNS),
        3 => pick(NAMES),
        4 => pick(WORDS),
        2 => pick(HEDGES),
        1 => pick(MONTHS),
        3 => pick(MARKS),
        1 => pick(BREAKS),
        1 => pick(CLUTTER),
        1 => pick(ODD),
        1 => any::<String>(),
    ]
}

/// Tokens joined mostly by spaces, sometimes glued.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((token(), prop_oneof![6 => Just(" "), 1 => Just("")]), 0..80)
        .prop_map(|parts| parts.into_iter().map(|(t, sep)| t + sep).collect())
}

/// A user-given date: mostly well formed, sometimes not.
fn date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        2 => (1990u32..2030, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Some(format!("{y}-{m:02}-{d:02}"))),
        1 => (1990u32..2030, 1u32..13).prop_map(|(y, m)| Some(format!("{y}-{m:02}"))),
        1 => any::<String>().prop_map(Some),
    ]
}

/// Up to five articles with distinct ids.
fn articles() -> impl Strategy<Value = Vec<Article>> {
    proptest::collection::vec((text(), date(), proptest::option::of(text())), 0..6).prop_map(
        |parts| {
            parts
                .into_iter()
                .enumerate()
                .map(|(i, (text, date, title))| Article {
                    id: format!("{i}.txt"),
                    title,
                    date,
                    text,
                })
                .collect()
        },
    )
}

/// The sample articles with generated articles mixed in, so comparison has real claims to work on.
fn with_seeds() -> impl Strategy<Value = Vec<Article>> {
    (
        articles(),
        proptest::sample::subsequence(invariants::seeds(), 0..=5),
    )
        .prop_map(|(mut generated, seeds)| {
            let n = generated.len();
            generated.extend(seeds.into_iter().enumerate().map(|(i, mut a)| {
                a.id = format!("{}.txt", n + i);
                a
            }));
            generated
        })
}

type Key = (String, usize, usize);

fn key(e: &Evidence) -> Key {
    (e.doc.clone(), e.start, e.end)
}

/// The findings as a set, each keyed by its kind and the evidence it joins (in no order), so that
/// neither the order of the findings nor which side is `a` matters.
fn findings(report: &Report) -> BTreeSet<(FindingKind, BTreeSet<Key>)> {
    report
        .findings
        .iter()
        .map(|f| {
            let evidence = [&f.a, &f.b].into_iter().chain(&f.also).map(key).collect();
            (f.kind, evidence)
        })
        .collect()
}

/// The figures as a set keyed by where they stand and what they are worth.
fn figures(report: &Report) -> BTreeSet<(Key, String)> {
    report
        .figures
        .iter()
        .map(|f| ((f.doc.clone(), f.start, f.end), format!("{:?}", f.value)))
        .collect()
}

fn holds(report: &Report, articles: &[Article]) -> Result<(), TestCaseError> {
    invariants::check(report, articles).map_err(TestCaseError::fail)
}

fn inside(report: &Report) -> Result<(), TestCaseError> {
    invariants::contained(report).map_err(TestCaseError::fail)
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic_and_keep_the_span_invariants(
        texts in proptest::collection::vec(any::<String>(), 0..4),
    ) {
        let articles: Vec<Article> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("{i}.txt"), t))
            .collect();
        holds(&analyze(&articles), &articles)?;
    }

    #[test]
    fn news_like_article_sets_keep_the_span_invariants(articles in with_seeds()) {
        holds(&analyze(&articles), &articles)?;
    }

    #[test]
    fn figures_and_denials_lie_inside_their_sentences(articles in with_seeds()) {
        inside(&analyze(&articles))?;
    }

    #[test]
    fn the_report_is_deterministic(articles in with_seeds()) {
        // Compared as JSON, where a NaN would show as null rather than break `==`.
        let first = serde_json::to_string(&analyze(&articles)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again = serde_json::to_string(&analyze(&articles)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(first, again);
    }

    #[test]
    fn figures_do_not_depend_on_the_order_of_the_articles(
        (articles, shuffled) in with_seeds().prop_flat_map(|a| (Just(a.clone()), Just(a).prop_shuffle())),
    ) {
        prop_assert_eq!(figures(&analyze(&articles)), figures(&analyze(&shuffled)));
    }

    #[test]
    fn findings_do_not_depend_on_the_order_of_the_articles(
        (articles, shuffled) in with_seeds().prop_flat_map(|a| (Just(a.clone()), Just(a).prop_shuffle())),
    ) {
        prop_assert_eq!(findings(&analyze(&articles)), findings(&analyze(&shuffled)));
    }
}

#[test]
fn the_seeds_give_the_same_findings_in_reverse_order() {
    let seeds = invariants::seeds();
    let reversed: Vec<Article> = seeds.iter().rev().cloned().collect();
    assert_eq!(findings(&analyze(&seeds)), findings(&analyze(&reversed)));
}
