//! The five sample articles, analysed end to end and scored against their gold annotation.
//! Prints the scores; fails below the bars the issues set.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use crosscheck::analyze;

#[test]
fn the_seeds_score_above_the_bars() {
    let articles = common::seeds();
    assert_eq!(articles.len(), 5, "the five sample articles are in www/samples");
    let report = analyze(&articles);
    let sc = common::score(&report, &common::gold(), &articles);
    for note in &sc.notes {
        println!("  {note}");
    }
    println!("figures: P={:.3} R={:.3} F1={:.3} hedge {}/{} counted {}/{} distractors {}", sc.figures_p, sc.figures_r, sc.figures_f1, sc.hedge_ok, sc.figures_tp, sc.counted_ok, sc.figures_tp, sc.distractors);
    println!("entities: P={:.3} R={:.3} aliases merged {}/{}", sc.entities_p, sc.entities_r, sc.aliases_merged, sc.aliases_mergeable);
    println!("findings: P={:.3} R={:.3} compatible left unflagged {}/{}", sc.findings_p, sc.findings_r, sc.compatible_ok, sc.compatible_total);

    assert!(sc.figures_f1 >= 0.95, "figures F1 {:.3} < 0.95", sc.figures_f1);
    assert!(sc.hedge_ok as f64 >= 0.95 * sc.figures_tp as f64, "hedge accuracy");
    assert!(sc.counted_ok as f64 >= 0.90 * sc.figures_tp as f64, "counted accuracy");
    assert_eq!(sc.distractors, 0, "distractors reported");
    assert!(sc.entities_r >= 0.95, "entities recall {:.3} < 0.95", sc.entities_r);
    assert!(sc.entities_p >= 0.85, "entities precision {:.3} < 0.85", sc.entities_p);
    assert_eq!(sc.aliases_merged, sc.aliases_mergeable, "every alias group merged");
    assert!(sc.findings_r >= 0.9, "findings recall {:.3} < 0.9", sc.findings_r);
    assert!(sc.findings_p >= 0.8, "findings precision {:.3} < 0.8", sc.findings_p);
    assert_eq!(sc.compatible_ok, sc.compatible_total, "compatible pairs flagged");
}

#[test]
fn the_pjoengjang_denial_is_found_with_its_evidence() {
    let articles = common::seeds();
    let report = analyze(&articles);
    let denial = report
        .findings
        .iter()
        .find(|f| f.kind.as_str() == "denial" && f.a.text.contains("Pjöngjang") && f.a.text.contains("zurückgewiesen"))
        .expect("the Pjöngjang denial");
    assert!(denial.b.text.contains("10.000"), "it is set against a troop figure: {:?}", denial.b.text);
    assert!(!denial.explanation.is_empty());
}

#[test]
fn every_span_slices_its_article() {
    let articles = common::seeds();
    let report = analyze(&articles);
    let text = |doc: &str| articles.iter().find(|a| a.id == doc).map(|a| a.text.as_str()).unwrap_or_default();
    for f in &report.figures {
        assert_eq!(&text(&f.doc)[f.start..f.end], f.text);
        assert_eq!(&text(&f.doc)[f.sentence.start..f.sentence.end], f.sentence.text);
    }
    for e in &report.entities {
        for m in &e.mentions {
            assert_eq!(&text(&m.doc)[m.start..m.end], m.text);
        }
    }
    for f in &report.findings {
        for ev in [&f.a, &f.b].into_iter().chain(&f.also) {
            assert_eq!(&text(&ev.doc)[ev.start..ev.end], ev.text);
        }
    }
}

#[test]
fn the_official_scorer_agrees_when_it_is_available() {
    // CI machines may lack ../shared; the Rust scorer above is the bar, this is a cross-check.
    let scorer = common::root().join("../shared/tools/score.py");
    let gold = common::root().join("../shared/seeds/gold.json");
    if !scorer.exists() || !gold.exists() {
        println!("skipped: {} not present", scorer.display());
        return;
    }
    let articles = common::seeds();
    let report = analyze(&articles);
    let path = std::env::temp_dir().join(format!("crosscheck-seeds-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string(&report).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new("python3").arg(&scorer).arg(&path).arg(&gold).arg(common::root().join("www/samples")).output();
    let _ = std::fs::remove_file(&path);
    let Ok(out) = out else {
        println!("skipped: python3 not available");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let line = stdout.lines().find(|l| l.starts_with("score:")).unwrap_or_default();
    let field = |name: &str| line.split_whitespace().find_map(|kv| kv.strip_prefix(&format!("{name}="))).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    assert!(field("figures_f1") >= 0.95, "{line}");
    assert!(field("findings_f1") >= 0.85, "{line}");
}
