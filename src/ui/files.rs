//! Turning dropped or picked files into articles.
//!
//! `.txt` and `.md` are read as UTF-8; `.html`/`.htm` are parsed by the browser's own DOMParser
//! into a document that is never attached to the page (scripts in it do not run, its images are
//! not fetched) and reduced to its text here. Anything else, anything binary and anything that is
//! not UTF-8 is refused with a message that names the file. This module stands alone (no `super`)
//! so that tests/wasm.rs can include it.

use crosscheck::Article;
use web_sys::{DomParser, Node, SupportedType};

/// The largest article the page accepts, pasted or read from a file.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// How a file's content is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

/// Decides by the file name, then by the type the browser reports; `None` for other files.
pub fn format_of(name: &str, mime: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    let extension = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => match mime {
            "text/plain" | "text/markdown" => Some(Format::Text),
            "text/html" => Some(Format::Html),
            _ => None,
        },
    }
}

/// A megabyte figure for messages: "23.4 MB".
pub fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// The message for a text over [`MAX_BYTES`], or `None` if it fits.
pub fn too_large(what: &str, bytes: usize) -> Option<String> {
    (bytes > MAX_BYTES).then(|| {
        format!(
            "{what} is {}; crosscheck takes at most {} per article.",
            megabytes(bytes),
            megabytes(MAX_BYTES)
        )
    })
}

/// The bytes of a text file as a string: UTF-8 only, byte order mark dropped. NUL bytes mean a
/// binary file (a PDF, a Word document, an image) even where they happen to be valid UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err(format!(
            "{name} looks like a binary file, not text. Save the article as .txt, .md or .html first."
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        format!("{name} is not UTF-8 text. Save it as UTF-8 (or copy and paste the text).")
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Elements whose content is not article text.
const SKIPPED: &[&str] = &[
    "HEAD", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS",
    "SELECT", "BUTTON", "NAV", "FORM",
];

/// Elements that end a line of text (paragraphs, headings, list items, table rows, …).
const BLOCKS: &[&str] = &[
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION",
    "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P",
    "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
];

/// An HTML page reduced to its title (from `<title>`, else the first `<h1>`) and its text: one
/// line per block, runs of spaces folded as a browser would show them.
pub fn html_to_text(html: &str) -> Result<(Option<String>, String), String> {
    let parser = DomParser::new().map_err(|_| "This browser has no DOMParser.".to_string())?;
    let doc = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "The browser could not parse this HTML.".to_string())?;
    let mut title = fold_spaces(&doc.title());
    if title.is_empty() {
        title = doc
            .query_selector("h1")
            .ok()
            .flatten()
            .and_then(|h1| h1.text_content())
            .map(|t| fold_spaces(&t))
            .unwrap_or_default();
    }
    let mut text = String::new();
    if let Some(body) = doc.body() {
        collect_text(&body, &mut text);
    }
    let title = (!title.is_empty()).then_some(title);
    Ok((title, tidy_lines(&text)))
}

/// Walks the tree depth first with an explicit stack (deeply nested pages must not overflow the
/// wasm stack), appending text nodes and a line break after each block.
fn collect_text(root: &Node, out: &mut String) {
    // `None` on the stack means "this block ends here".
    let mut stack: Vec<Option<Node>> = vec![Some(root.clone())];
    while let Some(entry) = stack.pop() {
        let Some(node) = entry else {
            out.push('\n');
            continue;
        };
        match node.node_type() {
            Node::TEXT_NODE => {
                if let Some(value) = node.node_value() {
                    push_folded(&value, out);
                }
            }
            Node::ELEMENT_NODE => {
                let name = node.node_name().to_ascii_uppercase();
                if SKIPPED.contains(&name.as_str()) {
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                    stack.push(None);
                }
                let mut children = Vec::new();
                let mut child = node.first_child();
                while let Some(c) = child {
                    child = c.next_sibling();
                    children.push(Some(c));
                }
                stack.extend(children.into_iter().rev());
            }
            _ => {}
        }
    }
}

/// Appends `text` with every run of whitespace turned into one space, as HTML renders it; runs
/// that meet a line break or the start vanish.
fn push_folded(text: &str, out: &mut String) {
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
    }
}

fn fold_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Trims every line and keeps at most one empty line between paragraphs.
fn tidy_lines(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 1 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = 0;
    }
    out
}

/// Reads one file into an article named by the file name. The size is checked before reading.
pub async fn read(file: web_sys::File) -> Result<Article, String> {
    let name = file.name();
    let Some(format) = format_of(&name, &file.type_()) else {
        return Err(format!(
            "{name} was not added: crosscheck reads .txt, .md and .html files."
        ));
    };
    let size = file.size() as usize;
    if let Some(message) = too_large(&name, size) {
        return Err(message);
    }
    let bytes = gloo::file::futures::read_as_bytes(&gloo::file::File::from(file))
        .await
        .map_err(|e| format!("{name} could not be read: {e}"))?;
    let text = decode(&name, bytes)?;
    let (title, text) = match format {
        Format::Text => (None, text),
        Format::Html => html_to_text(&text).map_err(|e| format!("{name}: {e}"))?,
    };
    if text.trim().is_empty() {
        return Err(format!("{name} has no text in it."));
    }
    let mut article = Article::new(name, text);
    article.title = title;
    Ok(article)
}

/// Reads several files one after the other (so they are added in the order given) and hands over
/// the articles read and a message for each file refused.
pub fn read_all(files: Vec<web_sys::File>, done: impl FnOnce(Vec<Article>, Vec<String>) + 'static) {
    yew::platform::spawn_local(async move {
        let mut articles = Vec::new();
        let mut refused = Vec::new();
        for file in files {
            match read(file).await {
                Ok(article) => articles.push(article),
                Err(message) => refused.push(message),
            }
        }
        done(articles, refused);
    });
}

/// The files of a `FileList` (from a drop or from the file picker).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}
