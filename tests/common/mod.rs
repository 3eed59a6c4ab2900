//! Shared helpers for the integration tests: the sample articles and a scorer that measures a
//! report against a gold annotation the way `../shared/tools/score.py` does (matching by text
//! overlap and value, not by offsets), written in Rust so the tests need nothing outside the repo.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use crosscheck::{Article, Report};
use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The five sample articles, as the page ships them.
pub fn seeds() -> Vec<Article> {
    let dir = root().join("www/samples");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    crosscheck::order::sort(&mut names);
    names.iter().map(|p| read(p)).collect()
}

pub fn read(path: &Path) -> Article {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Article::new(id, text)
}

pub fn gold() -> Value {
    let path = root().join("tests/fixtures/seeds_gold.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("bad gold: {e}"))
}

#[derive(Debug, Default)]
pub struct Scores {
    pub figures_p: f64,
    pub figures_r: f64,
    pub figures_f1: f64,
    pub hedge_ok: usize,
    pub counted_ok: usize,
    pub figures_tp: usize,
    pub distractors: usize,
    pub entities_p: f64,
    pub entities_r: f64,
    pub aliases_merged: usize,
    pub aliases_mergeable: usize,
    pub findings_p: f64,
    pub findings_r: f64,
    pub compatible_ok: usize,
    pub compatible_total: usize,
    pub notes: Vec<String>,
}

fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

fn overlaps(text: &str, a: &str, b: &str) -> bool {
    let (xs, ys) = (occurrences(text, a), occurrences(text, b));
    xs.iter().any(|x| ys.iter().any(|y| x.0 < y.1 && y.0 < x.1))
}

/// The sentence or line around a byte range, as score.py draws it.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_boundary = |i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()))
    };
    let left = (0..start)
        .rev()
        .find(|&i| is_boundary(i))
        .map_or(0, |i| i + 1);
    let right = (end..bytes.len())
        .find(|&i| is_boundary(i))
        .map_or(bytes.len(), |i| i + 1);
    (left.min(start), right.max(end))
}

fn in_same_sentence(text: &str, pred: &str, gold: &str) -> bool {
    occurrences(text, gold).iter().any(|&(gs, ge)| {
        let (s, e) = sentence_around(text, gs, ge);
        occurrences(text, pred).iter().any(|p| p.0 < e && s < p.1)
    })
}

fn norm(s: &str) -> String {
    let lower = s.to_lowercase().replace(['\u{2011}', '\u{2010}'], "-");
    lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn s<'v>(v: &'v Value, k: &str) -> &'v str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

pub fn score(report: &Report, gold: &Value, articles: &[Article]) -> Scores {
    let text_of = |doc: &str| {
        articles
            .iter()
            .find(|a| a.id == doc)
            .map_or("", |a| a.text.as_str())
    };
    let mut sc = Scores::default();
    let empty = Vec::new();
    let arr = |k: &str| {
        gold.get(k)
            .and_then(Value::as_array)
            .unwrap_or(&empty)
            .clone()
    };

    // Figures
    let gold_figures = arr("figures");
    let mut used = vec![false; report.figures.len()];
    let mut misses = 0;
    for g in &gold_figures {
        let doc = s(g, "doc");
        let gv = g.get("value").and_then(Value::as_f64).unwrap_or(f64::NAN);
        let hit = report.figures.iter().enumerate().find(|(i, p)| {
            !used[*i]
                && p.doc == doc
                && (p.value - gv).abs() <= 1e-6 * gv.abs().max(1.0)
                && overlaps(text_of(doc), &p.text, s(g, "text"))
        });
        let Some((i, p)) = hit else {
            misses += 1;
            sc.notes
                .push(format!("missed figure {doc} {:?}", s(g, "text")));
            continue;
        };
        used[i] = true;
        sc.figures_tp += 1;
        let gh = s(g, "hedge");
        let ph = p.hedge.as_str();
        if ph == gh
            || (matches!(gh, "more_than" | "at_least") && matches!(ph, "more_than" | "at_least"))
        {
            sc.hedge_ok += 1;
        } else {
            sc.notes.push(format!(
                "hedge {doc} {:?}: gold {gh} got {ph}",
                s(g, "text")
            ));
        }
        let gc: String = norm(s(g, "counted")).chars().take(5).collect();
        if !gc.is_empty() && norm(p.counted.as_deref().unwrap_or("")).contains(&gc) {
            sc.counted_ok += 1;
        } else {
            sc.notes.push(format!(
                "counted {doc} {:?}: got {:?}",
                s(g, "text"),
                p.counted
            ));
        }
    }
    let optional = arr("optional_figures");
    let distractors = arr("distractors");
    let mut fps = 0;
    for (i, p) in report.figures.iter().enumerate() {
        if used[i] || gold["documents"].get(&p.doc).is_none() {
            continue;
        }
        let t = text_of(&p.doc);
        if optional
            .iter()
            .any(|o| s(o, "doc") == p.doc && overlaps(t, &p.text, s(o, "text")))
        {
            continue;
        }
        if distractors
            .iter()
            .any(|o| s(o, "doc") == p.doc && overlaps(t, &p.text, s(o, "text")))
        {
            sc.distractors += 1;
        }
        fps += 1;
        sc.notes
            .push(format!("extra figure {} {:?}", p.doc, p.text));
    }
    (sc.figures_p, sc.figures_r, sc.figures_f1) = prf(sc.figures_tp, fps, misses);

    // Entities
    let names: Vec<Vec<String>> = report
        .entities
        .iter()
        .map(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|n| norm(n))
                .chain(e.mentions.iter().map(|m| norm(&m.text)))
                .collect()
        })
        .collect();
    let gold_entities = arr("entities");
    let mut matched = vec![false; names.len()];
    let mut ent_tp = 0;
    for g in &gold_entities {
        let aliases: Vec<String> = g["aliases"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .filter_map(Value::as_str)
            .map(norm)
            .collect();
        let hits: Vec<usize> = (0..names.len())
            .filter(|&i| names[i].iter().any(|n| aliases.contains(n)))
            .collect();
        if hits.is_empty() {
            sc.notes
                .push(format!("missed entity {}", s(g, "canonical")));
            continue;
        }
        ent_tp += 1;
        hits.iter().for_each(|&i| matched[i] = true);
        let present: Vec<String> = g["aliases"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .filter_map(Value::as_str)
            .filter(|a| articles.iter().any(|art| whole_word(&art.text, a)))
            .map(norm)
            .collect();
        if present.len() >= 2 {
            sc.aliases_mergeable += 1;
            if hits
                .iter()
                .any(|&i| present.iter().all(|a| names[i].contains(a)))
            {
                sc.aliases_merged += 1;
            } else {
                sc.notes.push(format!("not merged {}", s(g, "canonical")));
            }
        }
    }
    for (i, e) in report.entities.iter().enumerate() {
        if !matched[i] {
            sc.notes
                .push(format!("extra entity {} ({})", e.name, e.kind.as_str()));
        }
    }
    sc.entities_p = if names.is_empty() {
        0.0
    } else {
        matched.iter().filter(|m| **m).count() as f64 / names.len() as f64
    };
    sc.entities_r = if gold_entities.is_empty() {
        0.0
    } else {
        ent_tp as f64 / gold_entities.len() as f64
    };

    // Findings
    let near = |x: &crosscheck::report::Evidence, g: &Value| {
        x.doc == s(g, "doc") && in_same_sentence(text_of(&x.doc), &x.text, s(g, "text"))
    };
    let links = |f: &crosscheck::report::Finding, ga: &Value, gb: &Value| {
        (near(&f.a, ga) && near(&f.b, gb)) || (near(&f.a, gb) && near(&f.b, ga))
    };
    let conflicts: Vec<&crosscheck::report::Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind.as_str() != "compatible")
        .collect();
    let mut used_f = vec![false; conflicts.len()];
    let gold_c = arr("contradictions");
    let mut c_tp = 0;
    for g in &gold_c {
        match (0..conflicts.len()).find(|&i| !used_f[i] && links(conflicts[i], &g["a"], &g["b"])) {
            Some(i) => {
                used_f[i] = true;
                c_tp += 1;
            }
            None => sc.notes.push(format!(
                "missed finding {} {:?}",
                s(g, "kind"),
                s(&g["a"], "text")
            )),
        }
    }
    for (i, f) in conflicts.iter().enumerate() {
        if !used_f[i] {
            sc.notes.push(format!(
                "extra finding {} {:?} <> {:?}",
                f.kind.as_str(),
                f.a.text,
                f.b.text
            ));
        }
    }
    let fp = used_f.iter().filter(|u| !**u).count();
    (sc.findings_p, sc.findings_r, _) = prf(c_tp, fp, gold_c.len() - c_tp);
    let compatible = arr("compatible");
    sc.compatible_total = compatible.len();
    sc.compatible_ok = compatible
        .iter()
        .filter(|g| {
            !report.findings.iter().any(|f| {
                matches!(
                    f.kind.as_str(),
                    "figure_conflict" | "date_conflict" | "denial"
                ) && links(f, &g["a"], &g["b"])
            })
        })
        .count();
    sc
}

fn whole_word(text: &str, needle: &str) -> bool {
    occurrences(text, needle).iter().any(|&(s, e)| {
        let before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
        let after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
        before && after
    })
}

/// The synthetic article sets of `tests/fixtures/synthetic/`: (name, articles, gold).
pub fn synthetic_sets() -> Vec<(String, Vec<Article>, Value)> {
    let base = root().join("tests/fixtures/synthetic");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", base.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    crosscheck::order::sort(&mut dirs);
    dirs.iter()
        .map(|dir| {
            let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            crosscheck::order::sort(&mut names);
            let gold_path = dir.join("gold.json");
            let text = std::fs::read_to_string(&gold_path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", gold_path.display()));
            let gold = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("bad gold {}: {e}", gold_path.display()));
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, names.iter().map(|p| read(p)).collect(), gold)
        })
        .collect()
}

/// Every article of every synthetic set.
pub fn synthetic_articles() -> Vec<Article> {
    synthetic_sets()
        .into_iter()
        .flat_map(|(_, articles, _)| articles)
        .collect()
}
