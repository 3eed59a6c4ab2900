//! In the browser: the core, the JS binding, the file reader and the whole page, run by
//! wasm-bindgen-test in headless Chromium (`CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --test wasm`; scripts/test.sh does it).

#![cfg(target_arch = "wasm32")]

use crosscheck::report::FindingKind;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

// The page's own modules, compiled into this test.
#[path = "../src/ui/mod.rs"]
mod ui;

use ui::files::{self, Format};
use ui::spans::{split, Mark};

wasm_bindgen_test_configure!(run_in_browser);

fn sample_report() -> crosscheck::Report {
    crosscheck::analyze(&ui::samples::articles())
}

#[wasm_bindgen_test]
fn the_samples_give_figures_in_the_browser() {
    let report = sample_report();
    assert_eq!(report.documents.len(), 5);
    assert!(
        report.figures.iter().any(|f| f.text.contains("10.000")),
        "a figure with 10.000 among {:?}",
        report.figures.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
}

#[wasm_bindgen_test]
fn the_samples_give_entities_in_the_browser() {
    assert!(!sample_report().entities.is_empty());
}

#[wasm_bindgen_test]
fn the_samples_give_the_denial_in_the_browser() {
    let report = sample_report();
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Denial),
        "no denial among {} findings",
        report.findings.len()
    );
}

#[wasm_bindgen_test]
fn every_span_in_the_report_slices_its_article() {
    let articles = ui::samples::articles();
    let report = crosscheck::analyze(&articles);
    let text_of = |doc: &str| &articles.iter().find(|a| a.id == doc).unwrap().text;
    for f in &report.figures {
        assert_eq!(text_of(&f.doc).get(f.start..f.end), Some(f.text.as_str()));
    }
    for m in report.entities.iter().flat_map(|e| &e.mentions) {
        assert_eq!(text_of(&m.doc).get(m.start..m.end), Some(m.text.as_str()));
    }
}

#[wasm_bindgen_test]
fn the_js_binding_takes_and_gives_plain_objects() {
    let input = js_sys::JSON::parse(r#"[{"id": "a", "text": "Die Polizei zählte 34 Tote."}]"#)
        .expect("valid JSON");
    let report = ui::binding::analyze_js(input).expect("a report");
    let get = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap();
    let documents = get(&report, "documents");
    assert_eq!(
        get(&get(&documents, "0"), "id").as_string().as_deref(),
        Some("a")
    );
    assert!(
        get(&get(&documents, "0"), "title").is_null(),
        "None is null, as in the JSON"
    );
    let figures = js_sys::Array::from(&get(&report, "figures"));
    assert!(figures.length() >= 1, "the 34 is found");
}

#[wasm_bindgen_test]
fn the_js_binding_refuses_what_is_not_a_list_of_articles() {
    assert!(ui::binding::analyze_js(JsValue::from_str("no")).is_err());
}

#[wasm_bindgen_test]
fn html_is_reduced_to_its_text_and_its_title() {
    let (title, text) = files::html_to_text(
        "<html><head><title> Bericht </title><style>p{}</style></head><body>\
         <h1>Unfall</h1><p>Die   Polizei\n zählte <b>34</b> Tote.</p>\
         <script>window.__ran = 1</script><ul><li>eins</li><li>zwei</li></ul></body></html>",
    )
    .expect("parsed");
    assert_eq!(title.as_deref(), Some("Bericht"));
    assert_eq!(text, "Unfall\nDie Polizei zählte 34 Tote.\neins\nzwei");
    let ran = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__ran")).unwrap();
    assert!(ran.is_undefined(), "the parsed page's script did not run");
}

#[wasm_bindgen_test]
fn html_without_a_title_takes_its_first_heading() {
    let (title, _) = files::html_to_text("<h1>Nur eine Überschrift</h1><p>Text.</p>").unwrap();
    assert_eq!(title.as_deref(), Some("Nur eine Überschrift"));
}

#[wasm_bindgen_test]
fn text_files_must_be_utf8_and_not_binary() {
    assert_eq!(
        files::decode("a.txt", "Grüße".as_bytes().to_vec()).unwrap(),
        "Grüße"
    );
    assert_eq!(
        files::decode("a.txt", "\u{feff}BOM".as_bytes().to_vec()).unwrap(),
        "BOM"
    );
    let latin1 = files::decode("alt.txt", vec![b'G', 0xfc, b'n']).unwrap_err();
    assert!(
        latin1.contains("alt.txt") && latin1.contains("UTF-8"),
        "{latin1}"
    );
    let binary = files::decode("bild.txt", vec![0x89, b'P', b'N', b'G', 0, 0]).unwrap_err();
    assert!(binary.contains("binary"), "{binary}");
}

#[wasm_bindgen_test]
fn only_text_markdown_and_html_files_are_taken() {
    assert_eq!(files::format_of("a.TXT", ""), Some(Format::Text));
    assert_eq!(files::format_of("notes.md", ""), Some(Format::Text));
    assert_eq!(files::format_of("page.htm", ""), Some(Format::Html));
    assert_eq!(files::format_of("noext", "text/plain"), Some(Format::Text));
    assert_eq!(files::format_of("report.pdf", "application/pdf"), None);
    assert_eq!(files::format_of("photo.jpg", ""), None);
}

#[wasm_bindgen_test]
fn texts_over_20_mb_are_refused() {
    assert!(files::too_large("x", files::MAX_BYTES).is_none());
    let message = files::too_large("This text", files::MAX_BYTES + 1).unwrap();
    assert!(message.contains("20.0 MB"), "{message}");
}

#[wasm_bindgen_test]
fn a_hit_inside_its_sentence_is_cut_out() {
    let text = "Erst. Dann 34 Tote. Ende.";
    let parts = split(text, Some((6, 19)), Some((11, 13)));
    assert_eq!(
        parts,
        vec![
            (Mark::Plain, "Erst. "),
            (Mark::Sentence, "Dann "),
            (Mark::Hit, "34"),
            (Mark::Sentence, " Tote."),
            (Mark::Plain, " Ende."),
        ]
    );
}

#[wasm_bindgen_test]
fn ranges_off_char_boundaries_are_dropped_not_trusted() {
    let text = "Grüße";
    // Byte 3 is inside the two-byte ü.
    assert_eq!(
        split(text, None, Some((0, 3))),
        vec![(Mark::Plain, "Grüße")]
    );
    assert_eq!(
        split(text, None, Some((2, 99))),
        vec![(Mark::Plain, "Grüße")]
    );
    // A sentence that does not hold the hit is ignored.
    assert_eq!(
        split("ab cd", Some((0, 2)), Some((3, 5))),
        vec![(Mark::Plain, "ab "), (Mark::Hit, "cd")]
    );
}

#[wasm_bindgen_test]
async fn the_page_mounts_and_shows_the_samples() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    root.set_id("app");
    document.body().unwrap().append_child(&root).unwrap();
    ui::start();
    // The analysis runs a frame after mounting, slowly in a debug build: allow 30 s.
    let mut figures = 0;
    for _ in 0..1500 {
        gloo::timers::future::TimeoutFuture::new(20).await;
        figures = document.query_selector_all(".figure").unwrap().length();
        if figures > 0 {
            break;
        }
    }
    assert!(figures > 0, "the figures view fills from the samples");
    let status = document
        .get_element_by_id("status")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(status.contains("5 articles"), "{status}");
}
