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

use super::charset::Charset;
use super::export::{self, ImportError};
use super::i18n::{Lang, Text};

/// The largest article the page accepts, pasted or read from a file.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// How a file's content is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    /// A crosscheck export (anything else in JSON is refused).
    Json,
}

/// Decides by the file name, then by the type the browser reports; `None` for other files.
pub fn format_of(name: &str, mime: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    let extension = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        _ => match mime {
            "text/plain" | "text/markdown" => Some(Format::Text),
            "text/html" => Some(Format::Html),
            "application/json" => Some(Format::Json),
            _ => None,
        },
    }
}

/// A megabyte figure for messages: "23.4 MB", in German "23,4 MB".
pub fn megabytes(t: &Text, bytes: usize) -> String {
    let figure = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
    match t.lang {
        Lang::De => figure.replace('.', ","),
        Lang::En => figure,
    }
}

/// Why a file was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Neither text, HTML nor JSON by its name or type.
    NotSupported,
    /// A PDF, an image, an archive or another binary file: one of the `kind_*` words of [`Text`].
    NotText(Binary),
    /// Not UTF-8, and no other encoding gives text.
    BadEncoding,
    TooLarge(usize),
    Unreadable(String),
    NoText,
    HtmlFailed,
    NotAnExport,
    BadExport,
}

/// What a binary file was recognised as, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binary {
    Pdf,
    Image,
    Archive,
    Other,
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

/// What a file's first bytes say it is, if it is a known binary format.
pub fn sniff(bytes: &[u8]) -> Option<Binary> {
    const SIGNATURES: &[(&[u8], Binary)] = &[
        (b"%PDF-", Binary::Pdf),
        (b"\x89PNG\r\n\x1a\n", Binary::Image),
        (b"\xff\xd8\xff", Binary::Image),
        (b"GIF87a", Binary::Image),
        (b"GIF89a", Binary::Image),
        (b"II*\0", Binary::Image),
        (b"MM\0*", Binary::Image),
        (b"BM", Binary::Image),
        (b"PK\x03\x04", Binary::Archive),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Binary::Archive),
        (b"\x1f\x8b", Binary::Archive),
        (b"7z\xbc\xaf\x27\x1c", Binary::Archive),
        (b"Rar!", Binary::Archive),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(Binary::Image);
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// The bytes of a text file as a string, and the encoding's name when it was not UTF-8.
///
/// UTF-8 (its byte order mark dropped) and UTF-16 with a byte order mark are read as such. Other
/// bytes are read in the charset an HTML file declares, else as Windows-1252, the encoding browsers
/// use for "ISO-8859-1" too; if that yields control characters the file is no text in any
/// encoding we know and is refused. NUL bytes outside UTF-16 mean a binary file.
pub fn decode(bytes: &[u8], format: Format) -> Result<(String, Option<&'static str>), Refusal> {
    if let Some(kind) = sniff(bytes) {
        return Err(Refusal::NotText(kind));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        let text = std::str::from_utf8(rest).map_err(|_| Refusal::BadEncoding)?;
        return Ok((text.to_string(), None));
    }
    if let Some((charset, bom)) = Charset::from_bom(bytes) {
        let text = charset.decode(&bytes[bom..]).ok_or(Refusal::BadEncoding)?;
        return Ok((text, Some(charset.name())));
    }
    if bytes.contains(&0) {
        return Err(Refusal::NotText(Binary::Other));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), None));
    }
    // A declared UTF-16 without a byte order mark, or UTF-8 that is not, is read as 1252 too.
    let charset = match (format == Format::Html)
        .then(|| declared_label(bytes))
        .flatten()
    {
        None => Charset::Windows1252,
        Some(label) => match Charset::from_label(&label) {
            Some(c @ (Charset::Windows1252 | Charset::Latin9)) => c,
            Some(_) => Charset::Windows1252,
            None if label == "utf-8" || label == "utf8" => Charset::Windows1252,
            None => return Err(Refusal::BadEncoding),
        },
    };
    let text = charset.decode(bytes).ok_or(Refusal::BadEncoding)?;
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if controls * 200 > text.chars().count().max(1) {
        return Err(Refusal::BadEncoding);
    }
    Ok((text, Some(charset.name())))
}

/// The charset label an HTML file names in its first kilobyte (`<meta charset="…">` or the
/// `http-equiv` form's `charset=…`), in lower case.
fn declared_label(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| *b == b'"' || *b == b'\'')
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .collect();
    (!label.is_empty()).then(|| String::from_utf8_lossy(&label).into_owned())
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
