//! The native command line: `crosscheck analyze [--format json|markdown] FILE...`.
//! A thin shell over the same `analyze` the browser runs.

use std::path::Path;
use std::process::ExitCode;

use crosscheck::{analyze, report, Article};

const USAGE: &str = "usage: crosscheck analyze [--format json|markdown] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("crosscheck: {message}");
            ExitCode::from(2)
        }
    }
}

enum Format {
    Json,
    Markdown,
}

fn run(args: &[String]) -> Result<String, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    if command != "analyze" {
        return Err(format!("unknown command {command:?}\n{USAGE}"));
    }
    let mut format = Format::Json;
    let mut files = Vec::new();
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("markdown" | "md") => Format::Markdown,
                    other => return Err(format!("unknown format {other:?}: use json or markdown")),
                }
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return Err(format!("no files given\n{USAGE}"));
    }
    let articles = files
        .iter()
        .map(|f| read_article(Path::new(f)))
        .collect::<Result<Vec<_>, _>>()?;
    let report = analyze(&articles);
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?,
        Format::Markdown => report::to_markdown(&report),
    })
}

/// Reads one file as an article named by its file name. Non-UTF-8 text is refused, not guessed.
fn read_article(path: &Path) -> Result<Article, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
    let id = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Article::new(id, text))
}
