//! A file's bytes to text: binary files recognised by their first bytes, UTF-8, UTF-16 with a
//! byte order mark, a declared Latin-1/Latin-9, else Windows-1252 ([`super::charset`]). Pure, so
//! that its handling of hostile bytes is tested natively too (`web/tests/decoders.rs`);
//! `files.rs` reads the files and parses HTML in the browser.

use super::charset::Charset;

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
