//! Figures as a reader sees them: what is found, with which value, hedge and counted noun, and
//! the quiet cases that must not be reported.

use super::*;
use crate::report::{Hedge, Language};

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
    assert!((acres[0].amount - 4_046_856.422_4).abs() < 1e-3);
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

fn figures_in(text: &str, lang: Language) -> Vec<(String, f64, Hedge, Option<String>)> {
    let doc = Document::with_language("t", text, lang);
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

fn value_in(text: &str, lang: Language) -> f64 {
    let all = figures_in(text, lang);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all[0].1
}

fn is_quiet(text: &str, lang: Language) {
    let all = figures_in(text, lang);
    assert!(all.is_empty(), "{text}: {all:?}");
}

#[test]
fn digits_with_german_and_english_grouping_are_read() {
    assert_eq!(
        value_in("Es kamen 10 000 Menschen.", Language::De),
        10_000.0
    );
    assert_eq!(
        value_in("Es kamen 1.200.000 Menschen.", Language::De),
        1_200_000.0
    );
    assert_eq!(value_in("Es waren 1,5 Prozent.", Language::De), 1.5);
    assert_eq!(value_in("Some 10,000 people came.", Language::En), 10_000.0);
    assert_eq!(value_in("It grew 1.5 percent.", Language::En), 1.5);
}

#[test]
fn magnitude_words_and_abbreviations_scale() {
    assert_eq!(value_in("Es kostet 5 Tsd. Euro.", Language::De), 5e3);
    assert_eq!(value_in("Es kostet 3 Mio. Euro.", Language::De), 3e6);
    assert_eq!(value_in("Es kostet 2 Mrd. Euro.", Language::De), 2e9);
    assert_eq!(value_in("Es kostet 4 Millionen Euro.", Language::De), 4e6);
    assert_eq!(value_in("It costs $5 billion.", Language::En), 5e9);
    assert_eq!(value_in("It costs £3bn.", Language::En), 3e9);
    assert_eq!(value_in("It costs €2m.", Language::En), 2e6);
}

#[test]
fn german_number_words_are_read() {
    assert_eq!(
        value_in("Es kamen dreitausend Soldaten.", Language::De),
        3000.0
    );
    assert_eq!(
        value_in("Es kamen zwölftausend Soldaten.", Language::De),
        12_000.0
    );
    assert_eq!(
        value_in("Es kamen eineinhalb Millionen Menschen.", Language::De),
        1.5e6
    );
    assert_eq!(
        value_in("Es kamen ein Dutzend Drohnen.", Language::De),
        12.0
    );
    let third = value_in("Ein Drittel der Soldaten fiel.", Language::De);
    assert!((third - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(value_in("Die Hälfte der Soldaten fiel.", Language::De), 0.5);
    assert_eq!(
        value_in("Es fehlen zwei Komma fünf Millionen Euro.", Language::De),
        2.5e6
    );
}

#[test]
fn english_number_words_are_read() {
    assert_eq!(value_in("They sent twelve drones.", Language::En), 12.0);
    let two_thirds = value_in("Two-thirds of the budget went there.", Language::En);
    assert!((two_thirds - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        value_in("It costs one and a half million dollars.", Language::En),
        1.5e6
    );
}

#[test]
fn a_dash_between_numbers_is_a_range() {
    let doc = Document::with_language("t", "Es kamen 40–50 Menschen.", Language::De);
    let f = &find(&doc)[0];
    assert_eq!((f.low, f.high), (Some(40.0), Some(50.0)));
}

#[test]
fn hundreds_of_is_an_interval() {
    let doc = Document::with_language("t", "Hundreds of people fled.", Language::En);
    let f = &find(&doc)[0];
    assert_eq!((f.low, f.high), (Some(200.0), Some(999.0)));
    let doc = Document::with_language("t", "Es flohen Hunderte Menschen.", Language::De);
    assert_eq!(find(&doc)[0].low, Some(200.0));
}

#[test]
fn or_more_after_the_number_is_a_hedge() {
    let all = figures_in("They found 1,000 or more bodies.", Language::En);
    assert_eq!((all[0].1, all[0].2), (1000.0, Hedge::AtLeast));
    let all = figures_in("Es kamen 50 Soldaten und mehr.", Language::De);
    assert_eq!(all[0].2, Hedge::AtLeast);
}

#[test]
fn one_percent_and_one_euro_count_one() {
    assert_eq!(
        value_in("Die Wirtschaft wuchs um ein Prozent.", Language::De),
        1.0
    );
    assert_eq!(value_in("Das kostet einen Euro.", Language::De), 1.0);
}

#[test]
fn minus_is_a_sign() {
    assert_eq!(value_in("Es wurde minus 5 Grad kalt.", Language::De), -5.0);
    assert_eq!(
        value_in("Der Index fiel (-3,2 Prozent).", Language::De),
        -3.2
    );
}

#[test]
fn a_full_date_is_quiet() {
    is_quiet("Am 14.03.2025 begann es.", Language::De);
    is_quiet("It began on November 15, 2024.", Language::En);
}

#[test]
fn an_english_year_is_quiet() {
    is_quiet("The war began in 2014.", Language::En);
}

#[test]
fn an_english_clock_time_is_quiet() {
    is_quiet("The meeting starts at 2:30 p.m. sharp.", Language::En);
}

#[test]
fn an_english_age_is_quiet() {
    is_quiet("The 54-year-old was arrested.", Language::En);
}

#[test]
fn an_international_phone_number_is_quiet() {
    is_quiet("Rufen Sie +49 30 1234567 an.", Language::De);
    is_quiet("Tel. 030 1234567", Language::De);
}

#[test]
fn a_section_sign_is_quiet() {
    is_quiet("Nach § 5 des Gesetzes ist das erlaubt.", Language::De);
}

#[test]
fn numbers_inside_names_are_quiet() {
    is_quiet("Die G7 trafen sich.", Language::De);
    is_quiet("Das CO2-Budget ist knapp.", Language::De);
    is_quiet("Die F-16 landete.", Language::De);
}

#[test]
fn a_standalone_one_or_zero_is_no_figure() {
    is_quiet("Platz eins ging an Berlin.", Language::De);
    is_quiet("One of them said zero tolerance.", Language::En);
}

#[test]
fn a_lone_half_is_no_figure() {
    is_quiet("In the second half they scored.", Language::En);
    is_quiet("He called it a half measure.", Language::En);
    let third = value_in("A third of the budget is gone.", Language::En);
    assert!((third - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn a_web_address_is_quiet() {
    is_quiet(
        "Mehr unter https://example.org/2024/11/30/artikel-5 dort.",
        Language::De,
    );
}

#[test]
fn capitals_in_glued_numbers_are_not_scales_in_news() {
    is_quiet("Der Ausbau von 5G kommt voran.", Language::De);
}

#[test]
fn a_length_squared_is_an_area() {
    let doc = Document::with_language("t", "Das Feld misst 4,18m^2 und mehr nicht.", Language::De);
    let f = &find(&doc)[0];
    assert_eq!(f.unit.as_ref().map(|u| u.dimension), Some("area"));
    assert!((f.amount - 4.18).abs() < 1e-9);
}

#[test]
fn a_coordinated_count_is_keyed_by_its_first_noun() {
    let doc = Document::new(
        "t",
        "Nordkorea hat über 10.000 Soldaten und Waffen nach Russland verlegt.",
    );
    let f = &find(&doc)[0];
    assert_eq!(f.concept.as_deref(), Some("soldat"));
    assert_eq!(f.counted.as_deref(), Some("Soldaten und Waffen"));
}

#[test]
fn a_duration_shows_its_written_unit() {
    let doc = Document::new("t", "Er ist zu einem dreitägigen Besuch in Berlin.");
    let f = &find(&doc)[0];
    assert_eq!(f.value, 3.0);
    assert_eq!(f.unit.as_ref().map(|u| u.symbol()), Some("day"));
}
