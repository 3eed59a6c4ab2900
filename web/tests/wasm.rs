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

use ui::file_bytes::{self, Binary, Format, Refusal};
use ui::files;
use ui::i18n::{self, Lang};
use ui::spans::{split, Mark};
use ui::{base64url, export, share};

wasm_bindgen_test_configure!(run_in_browser);

fn sample_report() -> crosscheck::Report {
    crosscheck::analyze(&crosscheck::samples::articles())
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
    let articles = crosscheck::samples::articles();
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
fn utf8_and_utf16_text_is_read_as_is() {
    assert_eq!(
        file_bytes::decode("Grüße".as_bytes(), Format::Text).unwrap(),
        ("Grüße".to_string(), None)
    );
    assert_eq!(
        file_bytes::decode("\u{feff}BOM".as_bytes(), Format::Text).unwrap(),
        ("BOM".to_string(), None)
    );
    // "Gü" in UTF-16LE with its byte order mark, as Windows Notepad saves "Unicode".
    let (text, encoding) =
        file_bytes::decode(&[0xff, 0xfe, b'G', 0, 0xfc, 0], Format::Text).unwrap();
    assert_eq!((text.as_str(), encoding), ("Gü", Some("UTF-16LE")));
}

#[wasm_bindgen_test]
fn latin1_and_windows_1252_text_is_decoded_not_refused() {
    // "Grüße – 5 €" in Windows-1252: ü, ß, the en dash and the euro sign are single bytes.
    let bytes = [
        b'G', b'r', 0xfc, 0xdf, b'e', b' ', 0x96, b' ', b'5', b' ', 0x80,
    ];
    let (text, encoding) = file_bytes::decode(&bytes, Format::Text).unwrap();
    assert_eq!(text, "Grüße – 5 €");
    assert_eq!(encoding, Some("windows-1252"));
}

#[wasm_bindgen_test]
fn an_html_file_is_decoded_in_the_charset_it_declares() {
    let mut page = b"<meta charset=\"iso-8859-15\"><p>Preis: 5 ".to_vec();
    page.push(0xa4); // the euro sign in ISO-8859-15, the currency sign in Latin-1
    let (text, encoding) = file_bytes::decode(&page, Format::Html).unwrap();
    assert!(text.ends_with("5 €"), "{text}");
    assert_eq!(encoding, Some("ISO-8859-15"));
}

#[wasm_bindgen_test]
fn a_declared_encoding_not_read_here_is_refused_not_garbled() {
    let page = b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>";
    assert_eq!(
        file_bytes::decode(page, Format::Html),
        Err(Refusal::BadEncoding)
    );
    // A UTF-16 file cut in the middle of a character.
    assert_eq!(
        file_bytes::decode(&[0xff, 0xfe, b'G', 0, 0xfc], Format::Text),
        Err(Refusal::BadEncoding)
    );
}

#[wasm_bindgen_test]
fn binary_files_are_refused_by_their_first_bytes() {
    let refused = |bytes: &[u8]| file_bytes::decode(bytes, Format::Text).unwrap_err();
    assert_eq!(
        refused(b"%PDF-1.7\n%\xe2\xe3"),
        Refusal::NotText(Binary::Pdf)
    );
    assert_eq!(
        refused(b"\x89PNG\r\n\x1a\n\0\0"),
        Refusal::NotText(Binary::Image)
    );
    assert_eq!(
        refused(b"\xff\xd8\xff\xe0\0\x10JFIF"),
        Refusal::NotText(Binary::Image)
    );
    assert_eq!(
        refused(b"PK\x03\x04\x14\0"),
        Refusal::NotText(Binary::Archive)
    );
    assert_eq!(refused(b"abc\0def"), Refusal::NotText(Binary::Other));
    // Control characters in any 8-bit reading: no text in an encoding we know.
    assert_eq!(
        refused(&[0x81, 0x02, 0x03, 0x04, 0x05, 0x06]),
        Refusal::BadEncoding
    );
}

#[wasm_bindgen_test]
fn refusals_name_the_file_in_the_page_language() {
    let pdf = files::Refused {
        name: "scan.pdf".into(),
        why: Refusal::NotText(Binary::Pdf),
    };
    assert!(pdf
        .message(&i18n::EN)
        .starts_with("scan.pdf is a PDF, not text"));
    assert!(pdf
        .message(&i18n::DE)
        .starts_with("scan.pdf ist ein PDF, kein Text"));
}

#[wasm_bindgen_test]
fn only_text_markdown_html_and_json_files_are_taken() {
    assert_eq!(file_bytes::format_of("a.TXT", ""), Some(Format::Text));
    assert_eq!(file_bytes::format_of("notes.md", ""), Some(Format::Text));
    assert_eq!(file_bytes::format_of("page.htm", ""), Some(Format::Html));
    assert_eq!(
        file_bytes::format_of("noext", "text/plain"),
        Some(Format::Text)
    );
    assert_eq!(file_bytes::format_of("export.json", ""), Some(Format::Json));
    assert_eq!(file_bytes::format_of("report.pdf", "application/pdf"), None);
    assert_eq!(file_bytes::format_of("photo.jpg", ""), None);
}

#[wasm_bindgen_test]
fn texts_over_20_mb_are_refused() {
    assert!(files::too_large(&i18n::EN, "x", file_bytes::MAX_BYTES).is_none());
    let message = files::too_large(&i18n::EN, "This text", file_bytes::MAX_BYTES + 1).unwrap();
    assert!(message.contains("at most 20.0 MB"), "{message}");
    let german = files::too_large(&i18n::DE, "Dieser Text", file_bytes::MAX_BYTES + 1).unwrap();
    assert!(german.contains("höchstens 20,0 MB"), "{german}");
}

#[wasm_bindgen_test]
fn html_page_chrome_is_dropped_and_the_article_kept() {
    let (_, text) = files::html_to_text(
        "<body><header><a href=/>Startseite</a> Ressorts</header>\
         <nav>Politik Wirtschaft</nav>\
         <div role=navigation>Mehr Menü</div>\
         <main><article><header><h1>Unfall auf der A7</h1></header>\
         <p>Die Polizei zählte 12 Verletzte.</p>\
         <aside>Lesen Sie auch: Stau</aside>\
         <footer>Von Anna Muster</footer></article></main>\
         <div hidden>versteckt</div><div aria-hidden=true>Werbung</div>\
         <footer>Impressum Datenschutz</footer></body>",
    )
    .expect("parsed");
    assert_eq!(
        text,
        "Unfall auf der A7\nDie Polizei zählte 12 Verletzte.\nVon Anna Muster"
    );
}

#[wasm_bindgen_test]
fn base64url_round_trips_every_length() {
    for len in 0..40usize {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 250) as u8).collect();
        let text = base64url::encode(&bytes);
        assert!(!text.contains(['+', '/', '=']), "{text}");
        assert_eq!(base64url::decode(&text), Some(bytes));
    }
    assert_eq!(base64url::encode(b"\xfb\xff"), "-_8");
    assert_eq!(
        base64url::decode("a+b/"),
        None,
        "the standard alphabet is not ours"
    );
    assert_eq!(
        base64url::decode("abcde"),
        None,
        "no encoder leaves one character over"
    );
}

fn articles(n: usize) -> Vec<crosscheck::Article> {
    (0..n)
        .map(|i| {
            let mut a =
                crosscheck::Article::new(format!("Bericht {i}"), "Die Polizei zählte 34 Tote.");
            a.title = Some(format!("Titel {i}"));
            a
        })
        .collect()
}

#[wasm_bindgen_test]
fn a_share_link_round_trips_its_articles() {
    let list = articles(3);
    let fragment = share::encode(&list).expect("fits a link");
    assert!(fragment.starts_with("cc1."));
    assert_eq!(share::decode(&format!("#{fragment}")), Some(Ok(list)));
}

#[wasm_bindgen_test]
fn other_fragments_are_not_share_links() {
    assert_eq!(share::decode(""), None);
    assert_eq!(share::decode("#panel-figures"), None);
    assert_eq!(share::decode("#cc"), None);
    assert_eq!(share::decode("#ccx.abc"), None);
}

#[wasm_bindgen_test]
fn broken_foreign_and_oversized_links_are_refused() {
    use ui::share::LinkError;
    assert_eq!(share::decode("#cc2.abc"), Some(Err(LinkError::Version)));
    assert_eq!(
        share::decode("#cc1.not*base64"),
        Some(Err(LinkError::Broken))
    );
    assert_eq!(share::decode("#cc1.AAAA"), Some(Err(LinkError::Broken)));
    // Valid deflate of something that is not a list of articles.
    let not_articles = miniz_oxide::deflate::compress_to_vec(br#"{"id": 1}"#, 6);
    let link = format!("cc1.{}", base64url::encode(&not_articles));
    assert_eq!(share::decode(&link), Some(Err(LinkError::Broken)));
    // An empty list opens nothing.
    let empty = miniz_oxide::deflate::compress_to_vec(b"[]", 6);
    let link = format!("cc1.{}", base64url::encode(&empty));
    assert_eq!(share::decode(&link), Some(Err(LinkError::Broken)));
    // A zip bomb: 5 MB that deflate to a few kilobytes.
    let bomb = format!(r#"[{{"id":"a","text":"{}"}}]"#, "a".repeat(5 << 20));
    let bomb = miniz_oxide::deflate::compress_to_vec(bomb.as_bytes(), 9);
    let link = format!("cc1.{}", base64url::encode(&bomb));
    assert!(link.len() < share::MAX_LINK);
    assert_eq!(share::decode(&link), Some(Err(LinkError::TooBig)));
    // Too many articles.
    assert_eq!(
        share::validate(articles(share::MAX_ARTICLES + 1)),
        Err(LinkError::TooBig)
    );
    // Over the length a link may have.
    let long = format!("cc1.{}", "A".repeat(share::MAX_LINK));
    assert_eq!(share::decode(&long), Some(Err(LinkError::TooBig)));
}

#[wasm_bindgen_test]
fn articles_too_large_for_a_link_say_how_large() {
    // Text that does not compress: every word different.
    let text: String = (0..40_000u32)
        .map(|i| format!("{:x} ", i.wrapping_mul(2_654_435_761)))
        .collect();
    let list = vec![crosscheck::Article::new("gross", text)];
    let length = share::encode(&list).expect_err("too long for a link");
    assert!(length > share::MAX_LINK);
}

#[wasm_bindgen_test]
fn an_export_reads_back_its_articles_and_nothing_else() {
    let list = articles(2);
    let report = crosscheck::analyze(&list);
    let json = export::to_json(&list, &report);
    assert_eq!(export::from_json(&json), Ok(list));
    assert_eq!(
        export::from_json(r#"{"hello": 1}"#),
        Err(export::ImportError::NotOurs)
    );
    assert_eq!(
        export::from_json("not json"),
        Err(export::ImportError::NotOurs)
    );
    assert_eq!(
        export::from_json(r#"{"format": "crosscheck-export", "version": 2, "articles": []}"#),
        Err(export::ImportError::Damaged)
    );
    assert_eq!(
        export::from_json(r#"{"format": "crosscheck-export", "version": 1, "articles": 5}"#),
        Err(export::ImportError::Damaged)
    );
}

#[wasm_bindgen_test]
fn csv_cells_are_quoted_and_formulas_defused() {
    assert_eq!(export::quote("plain"), "plain");
    assert_eq!(export::quote("a,b"), "\"a,b\"");
    assert_eq!(
        export::quote("er sagte \"nein\""),
        "\"er sagte \"\"nein\"\"\""
    );
    assert_eq!(export::quote("zwei\nZeilen"), "\"zwei\nZeilen\"");
    for formula in ["=HYPERLINK(\"x\")", "+1", "-1+1", "@SUM(A1)", "\t=1"] {
        assert!(export::text_cell(formula).starts_with('\''), "{formula}");
    }
    assert_eq!(export::text_cell("10.000 Soldaten"), "10.000 Soldaten");
}

#[wasm_bindgen_test]
fn the_figures_csv_has_a_row_per_figure() {
    let mut hostile = crosscheck::Article::new(
        "=cmd|' /C calc'!A0",
        "Die Polizei zählte 34 Tote, sagte er.",
    );
    hostile.title = None;
    let report = crosscheck::analyze(&[hostile]);
    let csv = export::figures_csv(&report);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), report.figures.len() + 1);
    assert!(lines[0]
        .trim_start_matches('\u{feff}')
        .starts_with("article,text,value,"));
    assert!(lines[1].starts_with("'=cmd|' /C calc'!A0,"), "{}", lines[1]);
    assert!(lines[1].contains(",34,"), "{}", lines[1]);
}

#[wasm_bindgen_test]
fn the_worker_entry_answers_json_with_json() {
    let report =
        ui::binding::analyze_json(r#"[{"id": "a", "text": "Die Polizei zählte 34 Tote."}]"#)
            .expect("a report");
    let report: crosscheck::Report = serde_json::from_str(&report).expect("the report type");
    assert_eq!(report.documents[0].id, "a");
    assert!(ui::binding::analyze_json("no").is_err());
}

#[wasm_bindgen_test]
fn the_language_follows_the_browser_tag() {
    assert_eq!(Lang::from_tag("de-AT"), Lang::De);
    assert_eq!(Lang::from_tag("de"), Lang::De);
    assert_eq!(Lang::from_tag("en-GB"), Lang::En);
    assert_eq!(Lang::from_tag("fr"), Lang::En);
    assert_eq!((i18n::DE.number)(10_000.0), "10.000");
    assert_eq!((i18n::DE.number)(1.5), "1,5");
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
    // The analysis runs a frame after mounting, slowly in a debug build: allow 30 s. Yew may
    // render the views and the status line in different turns, so wait for both.
    let status = || {
        document
            .get_element_by_id("status")
            .and_then(|s| s.text_content())
            .unwrap_or_default()
    };
    let mut figures = 0;
    for _ in 0..1500 {
        gloo::timers::future::TimeoutFuture::new(20).await;
        figures = document.query_selector_all(".figure").unwrap().length();
        if figures > 0 && status().contains("5 articles") {
            break;
        }
    }
    assert!(figures > 0, "the figures view fills from the samples");
    assert!(status().contains("5 articles"), "{}", status());
}
