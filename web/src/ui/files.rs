//! Turning dropped or picked files into articles.
//!
//! `.txt` and `.md` are read as text: UTF-8, UTF-16 with its byte order mark, else the charset an
//! HTML file declares, else Windows-1252 (which browsers also use for Latin-1), refused if that
//! still gives control characters ([`super::charset`]). PDFs, images, archives and other binary files are recognised by
//! their first bytes and refused by name. `.html`/`.htm` are parsed by the browser's own DOMParser
//! into a document that is never attached to the page (scripts in it do not run, its images are
//! not fetched) and reduced to its readable text here, page navigation, headers, footers and side
//! boxes left out. A `.json` file is taken only if it is a crosscheck export ([`super::export`]),
//! whose articles it restores. Every refusal is a [`Refused`] naming the file; the page words it.

use crosscheck::Article;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use super::export::{self, ImportError};
use super::file_bytes::{decode, format_of, Binary, Format, Refusal, MAX_BYTES};
use super::i18n::{Lang, Text};

/// A megabyte figure for messages: "23.4 MB", in German "23,4 MB".
pub fn megabytes(t: &Text, bytes: usize) -> String {
    let figure = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
    match t.lang {
        Lang::De => figure.replace('.', ","),
        Lang::En => figure,
    }
}

/// A refused file and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub name: String,
    pub why: Refusal,
}

impl Refused {
    /// The message the page shows, in its language.
    pub fn message(&self, t: &Text) -> String {
        let name = self.name.as_str();
        match &self.why {
            Refusal::NotSupported => (t.not_supported)(name),
            Refusal::NotText(kind) => {
                let kind = match kind {
                    Binary::Pdf => t.kind_pdf,
                    Binary::Image => t.kind_image,
                    Binary::Archive => t.kind_archive,
                    Binary::Other => t.kind_binary,
                };
                (t.not_text)(name, kind)
            }
            Refusal::BadEncoding => (t.bad_encoding)(name),
            Refusal::TooLarge(bytes) => too_large_in(t, name, *bytes),
            Refusal::Unreadable(error) => (t.unreadable)(name, error),
            Refusal::NoText => (t.no_text_in)(name),
            Refusal::HtmlFailed => (t.html_failed)(name),
            Refusal::NotAnExport => (t.not_an_export)(name),
            Refusal::BadExport => (t.bad_export)(name),
        }
    }
}

/// The message for a text over [`MAX_BYTES`], or `None` if it fits.
pub fn too_large(t: &Text, what: &str, bytes: usize) -> Option<String> {
    (bytes > MAX_BYTES).then(|| too_large_in(t, what, bytes))
}

fn too_large_in(t: &Text, what: &str, bytes: usize) -> String {
    (t.too_large)(what, &megabytes(t, bytes), &megabytes(t, MAX_BYTES))
}

/// Elements whose content is not article text.
const SKIPPED: &[&str] = &[
    "HEAD", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS",
    "SELECT", "BUTTON", "NAV", "FORM", "ASIDE", "DIALOG",
];

/// Page chrome when they stand outside the article: the site's masthead and footer. Inside an
/// `<article>` or `<main>` a header holds the headline and a footer the byline, which stay.
const CHROME: &[&str] = &["HEADER", "FOOTER"];

/// ARIA roles that mark the same chrome on pages built from `<div>`s.
const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alert",
];

/// Whether an element is page chrome or hidden, not article text.
fn is_chrome(element: &Element, name: &str) -> bool {
    if CHROME.contains(&name) && !matches!(element.closest("article, main"), Ok(Some(_))) {
        return true;
    }
    let role = element.get_attribute("role").unwrap_or_default();
    CHROME_ROLES.contains(&role.trim().to_ascii_lowercase().as_str())
        || element.has_attribute("hidden")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
}

/// Elements that end a line of text (paragraphs, headings, list items, table rows, …).
const BLOCKS: &[&str] = &[
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "BR",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TD",
    "TH",
    "TR",
    "UL",
];

/// An HTML page reduced to its title (from `<title>`, else the first `<h1>`) and its text: one
/// line per paragraph, heading or list item, runs of spaces folded as a browser would show them.
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
                if node
                    .dyn_ref::<Element>()
                    .is_some_and(|element| is_chrome(element, &name))
                {
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

/// One line per block: every line trimmed, empty lines dropped (a page's markup leaves many).
fn tidy_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a file gave.
pub enum Picked {
    /// An article, and the encoding it was read in when that was not UTF-8.
    Article(Article, Option<&'static str>),
    /// The articles of a crosscheck export, from the file of this name.
    Export(String, Vec<Article>),
}

/// Reads one file into an article named by the file name, or the articles of an export. The size
/// is checked before reading.
pub async fn read(file: web_sys::File) -> Result<Picked, Refused> {
    let name = file.name();
    let refuse = |why: Refusal| Refused {
        name: name.clone(),
        why,
    };
    let Some(format) = format_of(&name, &file.type_()) else {
        return Err(refuse(Refusal::NotSupported));
    };
    let size = file.size() as usize;
    if size > MAX_BYTES {
        return Err(refuse(Refusal::TooLarge(size)));
    }
    let bytes = gloo::file::futures::read_as_bytes(&gloo::file::File::from(file))
        .await
        .map_err(|e| refuse(Refusal::Unreadable(e.to_string())))?;
    let (text, encoding) = decode(&bytes, format).map_err(refuse)?;
    let (title, text) = match format {
        Format::Text => (None, text),
        Format::Html => html_to_text(&text).map_err(|_| refuse(Refusal::HtmlFailed))?,
        Format::Json => {
            return match export::from_json(&text) {
                Ok(articles) => Ok(Picked::Export(name, articles)),
                Err(ImportError::NotOurs) => Err(refuse(Refusal::NotAnExport)),
                Err(ImportError::Damaged) => Err(refuse(Refusal::BadExport)),
            };
        }
    };
    if text.trim().is_empty() {
        return Err(refuse(Refusal::NoText));
    }
    let mut article = Article::new(name, text);
    article.title = title;
    Ok(Picked::Article(article, encoding))
}

/// Reads several files one after the other (so they are added in the order given) and hands over
/// what was read and each file refused.
pub fn read_all(files: Vec<web_sys::File>, done: impl FnOnce(Vec<Picked>, Vec<Refused>) + 'static) {
    yew::platform::spawn_local(async move {
        let mut picked = Vec::new();
        let mut refused = Vec::new();
        for file in files {
            match read(file).await {
                Ok(p) => picked.push(p),
                Err(r) => refused.push(r),
            }
        }
        done(picked, refused);
    });
}

/// The files of a `FileList` (from a drop or from the file picker).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}
