//! The comparison rules end to end on small article pairs: each rule fires where it should and
//! stays quiet where it should not.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use crosscheck::report::{ClaimKind, Finding, FindingKind, Report};
use crosscheck::{analyze, Article};

fn article(id: &str, date: Option<&str>, text: &str) -> Article {
    Article {
        id: id.into(),
        title: None,
        date: date.map(str::to_string),
        text: text.into(),
    }
}

fn run(a: &str, b: &str) -> Report {
    analyze(&[article("a", None, a), article("b", None, b)])
}

fn of_kind(r: &Report, kind: FindingKind) -> Vec<&Finding> {
    r.findings.iter().filter(|f| f.kind == kind).collect()
}

fn flagged(r: &Report) -> Vec<&Finding> {
    r.findings
        .iter()
        .filter(|f| f.kind != FindingKind::Compatible)
        .collect()
}

#[test]
fn more_than_ten_thousand_and_twelve_thousand_are_compatible() {
    let r = run(
        "Nordkorea hat über 10.000 Soldaten nach Russland entsandt.",
        "Nordkorea hat 12.000 Soldaten nach Russland entsandt.",
    );
    assert_eq!(
        of_kind(&r, FindingKind::Compatible).len(),
        1,
        "{:#?}",
        r.findings
    );
    assert!(flagged(&r).is_empty(), "{:#?}", r.findings);
    assert!(r.findings[0].explanation.contains("consistent"));
}

#[test]
fn fifty_and_just_under_fifty_diverge_softly() {
    let r = run(
        "Nordkorea hat 50 Haubitzen nach Russland geliefert.",
        "Nordkorea hat knapp 50 Haubitzen nach Russland geliefert.",
    );
    let d = of_kind(&r, FindingKind::FigureDivergence);
    assert_eq!(d.len(), 1, "{:#?}", r.findings);
    assert!(!d[0].explainable_by_time);
    assert!(of_kind(&r, FindingKind::FigureConflict).is_empty());
}

#[test]
fn thirty_four_and_forty_one_dead_conflict() {
    let r = run(
        "Bei dem Unglück gab es 34 Tote.",
        "Bei dem Unglück gab es 41 Tote.",
    );
    let c = of_kind(&r, FindingKind::FigureConflict);
    assert_eq!(c.len(), 1, "{:#?}", r.findings);
    assert!(c[0].explanation.contains("cannot both be true"));
}

#[test]
fn inzwischen_makes_a_conflict_an_update() {
    let r = run(
        "Bei dem Unglück gab es 34 Tote.",
        "Die Zahl der Toten ist inzwischen auf 41 Tote gestiegen.",
    );
    assert!(
        of_kind(&r, FindingKind::FigureConflict).is_empty(),
        "{:#?}",
        r.findings
    );
    let u = of_kind(&r, FindingKind::FigureDivergence);
    assert_eq!(u.len(), 1, "{:#?}", r.findings);
    assert!(u[0].explainable_by_time);
    assert!(u[0].explanation.contains("update"));
}

#[test]
fn a_later_dated_article_makes_a_conflict_an_update() {
    let r = analyze(&[
        article(
            "a",
            Some("2024-09-14"),
            "Bei dem Hochwasser gab es 34 Tote.",
        ),
        article(
            "b",
            Some("2024-09-16"),
            "Bei dem Hochwasser gab es 41 Tote.",
        ),
    ]);
    let u = of_kind(&r, FindingKind::FigureDivergence);
    assert_eq!(u.len(), 1, "{:#?}", r.findings);
    assert!(u[0].explainable_by_time);
    assert!(
        u[0].explanation.contains("reports later"),
        "{}",
        u[0].explanation
    );
}

#[test]
fn the_same_day_keeps_the_conflict() {
    let r = analyze(&[
        article(
            "a",
            Some("2024-09-14"),
            "Bei dem Hochwasser gab es 34 Tote.",
        ),
        article(
            "b",
            Some("2024-09-14"),
            "Bei dem Hochwasser gab es 41 Tote.",
        ),
    ]);
    assert_eq!(
        of_kind(&r, FindingKind::FigureConflict).len(),
        1,
        "{:#?}",
        r.findings
    );
}

#[test]
fn billions_and_millions_of_euros_are_the_same_figure() {
    let r = run(
        "Der Bund stellt 1,2 Milliarden Euro für den Wiederaufbau bereit.",
        "Der Bund stellt 1.200 Millionen Euro für den Wiederaufbau bereit.",
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn an_english_pair_conflicts_and_agrees() {
    let r = run(
        "At least 12 people were killed when the dam broke, officials said. Three firefighters were injured.",
        "Fifteen people were killed when the dam broke, the governor said. Seven firefighters were injured.",
    );
    // "at least 12" allows 15; 3 and 7 injured firefighters cannot both be true.
    assert_eq!(
        of_kind(&r, FindingKind::FigureConflict).len(),
        1,
        "{:#?}",
        r.findings
    );
    assert_eq!(
        of_kind(&r, FindingKind::Compatible).len(),
        1,
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_compound_and_its_head_are_compared() {
    let r = run(
        "Nordkorea hat 20 Mehrfachraketenwerfer nach Russland geliefert.",
        "Nordkorea hat 60 Raketenwerfer nach Russland geliefert.",
    );
    assert_eq!(
        of_kind(&r, FindingKind::FigureConflict).len(),
        1,
        "{:#?}",
        r.findings
    );
}

#[test]
fn the_same_act_dated_differently_is_a_date_conflict() {
    let r = run(
        "Im März 2024 unterzeichneten Kim und Putin einen Vertrag über Zusammenarbeit.",
        "Im Juni 2024 wurde ein Vertrag zwischen Putin und Kim unterzeichnet.",
    );
    let d = of_kind(&r, FindingKind::DateConflict);
    assert_eq!(d.len(), 1, "{:#?}", r.findings);
    assert!(d[0].explanation.contains("March 2024") && d[0].explanation.contains("June 2024"));
}

#[test]
fn a_month_without_a_year_agrees_with_that_month_of_a_year() {
    let r = run(
        "Im Juni unterzeichneten Kim und Putin einen Vertrag über Zusammenarbeit.",
        "Im Juni 2024 wurde ein Vertrag zwischen Putin und Kim unterzeichnet.",
    );
    assert!(
        of_kind(&r, FindingKind::DateConflict).is_empty(),
        "{:#?}",
        r.findings
    );
}

#[test]
fn last_year_in_an_undated_article_cannot_conflict() {
    let r = run(
        "Im vergangenen Jahr wurde ein Partnerschaftsvertrag unterzeichnet.",
        "Im Juni 2024 wurde ein Vertrag zwischen Putin und Kim unterzeichnet.",
    );
    assert!(
        of_kind(&r, FindingKind::DateConflict).is_empty(),
        "{:#?}",
        r.findings
    );
}

#[test]
fn last_year_in_a_dated_article_can_conflict() {
    let r = analyze(&[
        article(
            "a",
            Some("2024-11-20"),
            "Im vergangenen Jahr wurde ein Partnerschaftsvertrag unterzeichnet.",
        ),
        article(
            "b",
            None,
            "Im Juni 2024 wurde ein Vertrag zwischen Putin und Kim unterzeichnet.",
        ),
    ]);
    assert_eq!(
        of_kind(&r, FindingKind::DateConflict).len(),
        1,
        "{:#?}",
        r.findings
    );
}

#[test]
fn an_english_date_conflict_and_its_quiet_twin() {
    let conflict = run(
        "The fire broke out on August 8, 2025 near the highway, officials said.",
        "The fire broke out on August 9, 2025 near the highway, according to the county.",
    );
    assert_eq!(
        of_kind(&conflict, FindingKind::DateConflict).len(),
        1,
        "{:#?}",
        conflict.findings
    );
    let quiet = run(
        "The fire broke out on August 8, 2025 near the highway, officials said.",
        "The fire broke out in August 2025 near the highway, according to the county.",
    );
    assert!(
        of_kind(&quiet, FindingKind::DateConflict).is_empty(),
        "{:#?}",
        quiet.findings
    );
}

#[test]
fn a_denial_is_linked_to_the_claims_it_denies() {
    let r = analyze(&[
        article("a", None, "Nordkorea hat über 10.000 Soldaten nach Russland entsandt."),
        article("b", None, "Nordkorea hat mehr als 10.000 Soldaten nach Russland verlegt."),
        article("c", None, "Pjöngjang weist die Anwesenheit nordkoreanischer Soldaten in Russland als Gerücht zurück."),
    ]);
    let d = of_kind(&r, FindingKind::Denial);
    assert_eq!(d.len(), 1, "{:#?}", r.findings);
    assert_eq!(d[0].a.doc, "c");
    assert_eq!(d[0].b.doc, "a");
    assert_eq!(d[0].also.len(), 1);
    assert!(
        d[0].explanation.contains("Pjöngjang denies"),
        "{}",
        d[0].explanation
    );
}

#[test]
fn a_denial_set_against_many_articles_names_the_first_by_id_and_lists_each_other_once() {
    // Thirty articles make the claim, given in reverse id order; one of them makes it twice.
    let mut articles: Vec<Article> = (1..=30)
        .rev()
        .map(|i| {
            let text = if i == 7 {
                "Nordkorea hat über 10.000 Soldaten nach Russland entsandt. Später kamen 2.000 Soldaten hinzu."
            } else {
                "Nordkorea hat über 10.000 Soldaten nach Russland entsandt."
            };
            article(&format!("a{i:02}"), None, text)
        })
        .collect();
    articles.push(article(
        "z",
        None,
        "Pjöngjang weist die Anwesenheit nordkoreanischer Soldaten in Russland als Gerücht zurück.",
    ));
    let r = analyze(&articles);
    let d = of_kind(&r, FindingKind::Denial);
    assert_eq!(d.len(), 1, "{:#?}", r.findings);
    assert_eq!(d[0].a.doc, "z");
    assert_eq!(d[0].b.doc, "a01");
    // The next articles by id, each once, up to the cap; the explanation counts all 29.
    let also: Vec<&str> = d[0].also.iter().map(|e| e.doc.as_str()).collect();
    let expected: Vec<String> = (2..=25).map(|i| format!("a{i:02}")).collect();
    assert_eq!(also, expected);
    assert!(d[0].explanation.contains("29"), "{}", d[0].explanation);
}

#[test]
fn a_figure_inside_a_denial_is_not_a_conflict() {
    let r = run(
        "Nordkorea hat 10.000 Soldaten nach Russland entsandt.",
        "Moskau dementierte, dass 3.000 Soldaten nach Russland entsandt wurden.",
    );
    assert!(
        of_kind(&r, FindingKind::FigureConflict).is_empty(),
        "{:#?}",
        r.findings
    );
}

#[test]
fn every_claim_points_at_its_figure_and_its_date() {
    let r = analyze(&[article(
        "a",
        Some("2024-11-20"),
        "Am Freitag (15. November) hat Nordkorea laut Reuters 10.000 Soldaten nach Russland entsandt.",
    )]);
    let c = r
        .claims
        .iter()
        .find(|c| c.kind == ClaimKind::Figure)
        .expect("a figure claim");
    let f = &r.figures[c.figure.unwrap_or(usize::MAX)];
    assert_eq!(f.text, c.evidence.text);
    assert_eq!(c.action.as_deref(), Some("send"));
    assert_eq!(c.place.as_deref(), Some("Russland"));
    let t = c.time.as_ref().expect("a time");
    assert_eq!(t.value.as_deref(), Some("2024-11-15"));
    assert_eq!(r.dates[t.date].text, "Freitag (15. November)");
}

#[test]
fn findings_do_not_depend_on_the_order_of_the_articles() {
    let mut articles = common::seeds();
    articles.extend(common::synthetic_articles());
    let forward = analyze(&articles);
    articles.reverse();
    let backward = analyze(&articles);
    assert!(!forward.findings.is_empty());
    assert_eq!(forward.findings, backward.findings);
}
