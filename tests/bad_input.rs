//! Bad input: text a user can paste or drop that no news article looks like. Each case must yield
//! a report whose spans all slice their article (see `invariants`), and never a panic; where the
//! input still carries meaning, the test says what the report must find in it.
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use crosscheck::{analyze, Article, Report};

/// Analyses `articles` and checks the span invariants on the report.
fn analysed(articles: &[Article]) -> Report {
    let report = analyze(articles);
    invariants::assert_holds(&report, articles);
    report
}

fn one(text: &str) -> Report {
    analysed(&[Article::new("a.txt", text)])
}

/// The five sample articles with their line breaks turned into spaces: sentences with figures,
/// names and quotes, on one line.
fn seeds_on_one_line() -> String {
    invariants::seeds()
        .iter()
        .map(|a| a.text.replace(['\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The figures of a report as (text, value, concept), in order, for comparing two readings of
/// the same words.
fn figures(report: &Report) -> Vec<(String, f64, Option<String>)> {
    report
        .figures
        .iter()
        .map(|f| (f.text.clone(), f.value, f.concept.clone()))
        .collect()
}

#[test]
fn an_empty_article_yields_an_empty_report() {
    let report = one("");
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].length, 0);
    assert!(report.figures.is_empty() && report.entities.is_empty());
    assert!(report.findings.is_empty() && report.dates.is_empty() && report.denials.is_empty());
}

#[test]
fn no_articles_at_all_yield_an_empty_report() {
    assert_eq!(analysed(&[]), Report::default());
}

#[test]
fn an_article_of_only_whitespace_mentions_nothing() {
    let report = one(" \t\n\r\n \u{a0}\u{3000}\n\n\t ");
    assert!(report.figures.is_empty() && report.entities.is_empty() && report.dates.is_empty());
}

/// `text` repeated, separated by spaces, until it reaches `bytes`.
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len() + 1);
    while out.len() < bytes {
        out.push_str(text);
        out.push(' ');
    }
    out
}

#[test]
fn five_megabytes_on_one_line_are_read_in_linear_time() {
    // Counted figures, table pipes and clause marks, but no names: one line of five megabytes
    // that every stage reads in linear time.
    let line = "es kamen 1.500 Soldaten | und 20 Panzer, laut Angaben etwa 3,5 Millionen Euro; ";
    let text = repeated(line, 5 << 20);
    let report = one(&text);
    let copies = text.len() / (line.len() + 1);
    let soldiers = report.figures.iter().filter(|f| f.value == 1500.0).count();
    assert_eq!(soldiers, copies, "one soldier figure per copy");
}

#[test]
fn five_megabytes_of_news_on_one_line_are_read_as_prose() {
    let line = seeds_on_one_line();
    let text = repeated(&line, 5 << 20);
    let report = one(&text);
    // The seeds on one line still hold the troop figure, once per copy.
    let copies = text.len() / (line.len() + 1);
    let troops = report
        .figures
        .iter()
        .filter(|f| f.text.contains("10.000"))
        .count();
    assert!(
        troops >= copies,
        "{troops} troop figures in {copies} copies"
    );
}

#[test]
fn a_megabyte_of_figures_without_counted_nouns_is_read_in_linear_time() {
    let text = repeated(
        "es kamen 1.500 soldaten | und 20 panzer, etwa 3,5 millionen euro; ",
        1 << 20,
    );
    let report = one(&text);
    assert!(
        report.figures.len() > 10_000,
        "{} figures",
        report.figures.len()
    );
}

#[test]
fn a_figure_does_not_reach_across_a_line_break() {
    let text = "Es kamen 6\nHälfte der Soldaten.";
    let report = analyze(&[Article::new("a.txt", text)]);
    invariants::check(&report, &[Article::new("a.txt", text)]).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report.figures.iter().all(|f| !f.text.contains('\n')),
        "{:?}",
        report.figures
    );
    invariants::contained(&report).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_thousand_tiny_articles_each_get_a_document() {
    let articles: Vec<Article> = (0..1000)
        .map(|i| Article::new(format!("{i}.txt"), format!("{} Soldaten.", i + 1)))
        .collect();
    let report = analysed(&articles);
    assert_eq!(report.documents.len(), 1000);
    assert!(
        report.figures.len() >= 990,
        "{} figures",
        report.figures.len()
    );
    // Two different counts of the same thing in different articles disagree.
    assert!(!report.findings.is_empty());
}

#[test]
fn emoji_and_combining_marks_keep_spans_on_char_boundaries() {
    let report = one(
        "🇰🇵👍🏽 Laut Berichten hat Nordkorea 😀 über 10.000 Soldaten 🪖 geschickt. \
         Cafe\u{301} Zu\u{308}rich: Angela Merkel\u{301} traf 300 Pe\u{301}lerins 👨‍👩‍👧‍👦.",
    );
    let troops = report.figures.iter().find(|f| f.text.contains("10.000"));
    assert_eq!(
        troops.map(|f| f.value),
        Some(10_000.0),
        "{:?}",
        report.figures
    );
}

#[test]
fn right_to_left_text_keeps_spans_on_char_boundaries() {
    let report = one(
        "أرسلت كوريا الشمالية أكثر من 10000 جندي إلى روسيا، وفقا لوكالة رويترز.\n\
         צפון קוריאה שלחה 12,000 חיילים לרוסיה.\n\
         \u{202B}Mischtext: Nordkorea schickte 5.000 Soldaten\u{202C} ‏nach Russland‎.",
    );
    assert!(
        report.figures.iter().any(|f| f.text.contains("5.000")),
        "{:?}",
        report.figures
    );
}

#[test]
fn nul_bytes_are_ordinary_characters() {
    let report = one("Nordkorea\0 hat\0\0 über 10.000 Soldaten\0 geschickt.\0\0\0");
    assert!(
        report.figures.iter().any(|f| f.value == 10_000.0),
        "{:?}",
        report.figures
    );
}

#[test]
fn a_number_with_four_hundred_digits_does_not_panic() {
    let digits = "9".repeat(400);
    let report = one(&format!(
        "Es wurden {digits} Soldaten gezählt. Dann {digits}."
    ));
    // Whatever it makes of the number, it is a number, not "not a number".
    assert!(report.figures.iter().all(|f| !f.value.is_nan()));
}

#[test]
fn a_number_grouped_six_times_is_read_whole() {
    let report = one("Die Schulden betragen 10.000.000.000.000.000.000 Euro.");
    let figure = report
        .figures
        .iter()
        .find(|f| f.text.contains("10.000.000"));
    let figure = figure.unwrap_or_else(|| panic!("no figure in {:?}", report.figures));
    assert!(
        figure.text.starts_with("10.000.000.000.000.000.000"),
        "{:?}",
        figure.text
    );
    assert_eq!(figure.value, 1e19);
}

#[test]
fn unbalanced_quotes_and_brackets_do_not_swallow_the_text() {
    let report = one(
        "„Nordkorea hat (laut [KCNA 10.000 Soldaten\" geschickt.)) ]] “„“ «\n\
         Kim sagte: \"»(( 200 Panzer wurden geliefert. ‚Ende\n\
         ))) Russland erhielt 50 Haubitzen.",
    );
    let values: Vec<f64> = report.figures.iter().map(|f| f.value).collect();
    for v in [10_000.0, 200.0, 50.0] {
        assert!(values.contains(&v), "{v} missing from {values:?}");
    }
}

#[test]
fn html_with_scripts_is_read_as_text_without_panic() {
    let report = one(
        "<!DOCTYPE html><html><head><script>var x = \"</script>\"; if (a < 10.000) { \
         alert('1.000.000'); }</script><style>p{margin:0}</style></head><body>\n\
         <p>Nordkorea hat über 10.000 Soldaten geschickt.</p><script src=x.js></script>\n\
         <!-- 500 Panzer --><p>Pjöngjang weist die Berichte zurück.</p></body></html>",
    );
    assert!(report.figures.iter().any(|f| f.value == 10_000.0));
}

#[test]
fn a_text_of_only_clutter_mentions_nothing() {
    let report = one("Anzeige\n\nKommentare (12)\nWerbung\nTeilen\nFoto: dpa\nAnzeige\n");
    assert!(report.figures.is_empty(), "{:?}", report.figures);
    assert!(report.entities.is_empty(), "{:?}", report.entities);
    assert!(report.dates.is_empty() && report.denials.is_empty());
}

#[test]
fn a_megabyte_without_sentence_punctuation_is_analysed() {
    let words = seeds_on_one_line().replace(['.', '!', '?', '…'], " ");
    let text = repeated(&words, 1 << 20);
    let report = one(&text);
    assert!(!report.figures.is_empty() && !report.entities.is_empty());
}

#[test]
fn crlf_line_endings_find_what_lf_finds() {
    let lf = invariants::seeds();
    let crlf: Vec<Article> = lf
        .iter()
        .map(|a| Article::new(a.id.clone(), a.text.replace('\n', "\r\n")))
        .collect();
    let (a, b) = (analysed(&lf), analysed(&crlf));
    assert_eq!(figures(&a), figures(&b));
    assert_eq!(a.entities.len(), b.entities.len());
    assert_eq!(a.findings.len(), b.findings.len());
    assert!(b.figures.iter().all(|f| !f.sentence.text.contains('\r')));
}

#[test]
fn invisible_characters_and_line_separators_find_what_plain_text_finds() {
    let plain = invariants::seeds();
    let odd: Vec<Article> = plain
        .iter()
        .map(|a| {
            let text = a.text.replace('\n', "\u{2028}").replace(". ", ".\u{200B} ");
            Article::new(a.id.clone(), format!("\u{FEFF}{text}"))
        })
        .collect();
    let (a, b) = (analysed(&plain), analysed(&odd));
    assert_eq!(figures(&a), figures(&b));
}

#[test]
fn zero_width_characters_inside_words_and_numbers_do_not_break_spans() {
    let report = one("\u{FEFF}Nord\u{200B}korea hat 10\u{200B}.000 Sol\u{FEFF}daten\u{2028}und 5\u{2029}000 \u{200D}Panzer geschickt.\u{FEFF}");
    assert!(report.figures.iter().all(|f| !f.text.is_empty()));
}
