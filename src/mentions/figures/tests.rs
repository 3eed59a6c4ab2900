//! Figures as a reader sees them: what is found, with which value, hedge and counted noun, and
//! the quiet cases that must not be reported.

use super::*;
use crate::report::Hedge;

fn figures(text: &str) -> Vec<(String, f64, Hedge, Option<String>)> {
    let doc = Document::new("t", text);
    find(&doc)
        .into_iter()
        .map(|f| {
            (
                doc.slice(f.first, f.last).to_string(),
                f.value,
                f.hedge,
                f.concept,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, f64, Hedge, Option<String>) {
    let all = figures(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn a_hedged_count_with_its_noun() {
    let f = one("Nordkorea hat über 10.000 Soldaten nach Russland entsandt.");
    assert_eq!(f.0, "über 10.000 Soldaten");
    assert_eq!((f.1, f.2), (10_000.0, Hedge::MoreThan));
    assert_eq!(f.3.as_deref(), Some("soldat"));
}

#[test]
fn just_under_is_read() {
    let f = one("So sollen knapp 50 schwere Haubitzen eingetroffen sein.");
    assert_eq!(f.0, "knapp 50 schwere Haubitzen");
    assert_eq!(f.2, Hedge::JustUnder);
}

#[test]
fn number_words_count() {
    let f = one("Unter ihnen sollen drei Generäle sein.");
    assert_eq!((f.1, f.3.as_deref()), (3.0, Some("general")));
    assert_eq!(one("Es kamen zweiundzwanzig Experten.").1, 22.0);
}

#[test]
fn magnitudes_scale_the_value() {
    assert_eq!(one("Die Hilfe beträgt 1,2 Milliarden Euro.").1, 1.2e9);
    assert_eq!(one("The aid is worth $5bn in total.").1, 5e9);
    assert_eq!(one("Es kamen eine Million Menschen.").1, 1e6);
}

#[test]
fn equal_amounts_have_equal_base_amounts() {
    let a = find(&Document::new("a", "Es waren 1,2 Milliarden Euro."));
    let b = find(&Document::new("b", "Es waren 1.200 Millionen Euro."));
    assert_eq!(a[0].amount, b[0].amount);
    let acres = find(&Document::new(
        "c",
        "The fire burned 1,000 acres of forest.",
    ));
    assert!((acres[0].amount - 4_046_856.4224).abs() < 1e-3);
}

#[test]
fn ranges_are_intervals() {
    let doc = Document::new("t", "Es fehlen 16 bis 17 Milliarden Euro.");
    let f = &find(&doc)[0];
    assert_eq!((f.low, f.high), (Some(16e9), Some(17e9)));
    let doc = Document::new("t", "Zwischen 40 und 50 Menschen kamen.");
    let f = &find(&doc)[0];
    assert_eq!((f.low, f.high), (Some(40.0), Some(50.0)));
}

#[test]
fn vague_amounts_are_intervals() {
    let doc = Document::new("t", "Tausende Menschen flohen.");
    let f = &find(&doc)[0];
    assert_eq!((f.low, f.high), (Some(2000.0), Some(9999.0)));
}

#[test]
fn an_elliptic_figure_takes_the_noun_of_the_sentence() {
    let doc = Document::new(
        "t",
        "Mehr als 10.000 Soldaten sind dort, wobei 3.000 bereits vor Ort erwartet werden.",
    );
    let all = find(&doc);
    assert_eq!(all.len(), 2);
    assert!(all[1].elliptic);
    assert_eq!(all[1].concept.as_deref(), Some("soldat"));
}

#[test]
fn english_figures() {
    let f = one("North Korea has sent more than 10,000 troops to Russia.");
    assert_eq!(
        (f.1, f.2, f.3.as_deref()),
        (10_000.0, Hedge::MoreThan, Some("soldat"))
    );
    assert_eq!(one("Nearly twenty-two people were hurt.").1, 22.0);
    assert_eq!(one("They sent a dozen drones.").1, 12.0);
}

#[test]
fn the_article_is_not_a_figure() {
    assert!(figures("Ein Vertrag wurde unterzeichnet, eine Einigung erzielt.").is_empty());
    assert!(figures("A treaty was signed.").is_empty());
}

#[test]
fn dates_times_ages_and_names_are_quiet() {
    for text in [
        "Am Freitag (15. November) sprach er.",
        "Seit Februar 2022 herrscht Krieg.",
        "Das Treffen beginnt um 14:30 Uhr.",
        "Der 54-Jährige wurde festgenommen.",
        "Er wohnt in der Hauptstraße 12.",
        "Die G7 und das CO2-Budget.",
        "Im Jahr 2014 begann es.",
        "Lesen Sie Seite 4.",
        "Kommentare (0)",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
}
