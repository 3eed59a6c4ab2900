//! Article sets written for these tests (a flood, a budget dispute, a wildfire; German and
//! English), scored against their gold files like the seeds: they guard the comparison rules
//! against fitting the sample articles. Prints the scores; fails below the seeds' bars.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use crosscheck::analyze;

#[test]
fn the_synthetic_sets_score_above_the_bars() {
    let (mut tp_r, mut total_r, mut tp_p, mut total_p) = (0.0, 0.0, 0.0, 0.0);
    let (mut compatible_ok, mut compatible_total) = (0, 0);
    for (name, articles, gold) in common::synthetic_sets() {
        let report = analyze(&articles);
        let sc = common::score(&report, &gold, &articles);
        for note in sc.notes.iter().filter(|n| n.contains("finding")) {
            println!("  {name}: {note}");
        }
        let gold_n = gold["contradictions"].as_array().map_or(0, Vec::len) as f64;
        let predicted = report
            .findings
            .iter()
            .filter(|f| f.kind.as_str() != "compatible")
            .count() as f64;
        println!(
            "{name}: figures P={:.3} R={:.3}; findings P={:.3} R={:.3} (gold {gold_n}, flagged {predicted}); compatible left unflagged {}/{}",
            sc.figures_p, sc.figures_r, sc.findings_p, sc.findings_r, sc.compatible_ok, sc.compatible_total
        );
        tp_r += sc.findings_r * gold_n;
        total_r += gold_n;
        tp_p += sc.findings_p * predicted;
        total_p += predicted;
        compatible_ok += sc.compatible_ok;
        compatible_total += sc.compatible_total;
    }
    let (recall, precision) = (tp_r / total_r.max(1.0), tp_p / total_p.max(1.0));
    println!("all synthetic sets: findings P={precision:.3} R={recall:.3}; compatible left unflagged {compatible_ok}/{compatible_total}");
    assert!(recall >= 0.9, "findings recall {recall:.3} < 0.9");
    assert!(precision >= 0.8, "findings precision {precision:.3} < 0.8");
    assert_eq!(compatible_ok, compatible_total, "compatible pairs flagged");
}
