//! The 8-bit and 16-bit encodings older newsroom files come in, decoded by hand: Windows-1252
//! (which browsers also use for files labelled ISO-8859-1 or ASCII, per the WHATWG Encoding
//! Standard), ISO-8859-15 (Latin-9, with the euro sign) and UTF-16 with a byte order mark.
//!
//! Why not encoding_rs: it decodes every encoding of the Web, and its Chinese, Japanese and
//! Korean tables come along whichever one is used; measured on this page it added 167 KB to the
//! wasm (131 KB gzipped, 13 % of the download) for encodings German and English news do not use.
//! A file in any other encoding is refused with a message instead.

/// An encoding this page reads besides UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Windows1252,
    Latin9,
    Utf16Le,
    Utf16Be,
}

/// Windows-1252's bytes 0x80–0x9F (the rest is Latin-1, byte = code point). The five bytes
/// Windows leaves unassigned map to the C1 controls, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

impl Charset {
    /// The name messages use (the WHATWG name).
    pub fn name(self) -> &'static str {
        match self {
            Charset::Windows1252 => "windows-1252",
            Charset::Latin9 => "ISO-8859-15",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
        }
    }

    /// The encoding a `charset=` label names, for the labels the WHATWG standard maps onto these
    /// (case and surrounding spaces ignored); `None` for UTF-8 and for encodings not read here.
    pub fn from_label(label: &str) -> Option<Charset> {
        let label = label.trim().to_ascii_lowercase();
        Some(match label.as_str() {
            "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1" | "iso_8859-1"
            | "iso88591" | "latin1" | "l1" | "ascii" | "us-ascii" | "cp819" | "ibm819"
            | "iso-ir-100" | "csisolatin1" | "iso_8859-1:1987" => Charset::Windows1252,
            "iso-8859-15" | "iso8859-15" | "iso_8859-15" | "iso885915" | "latin-9" | "l9"
            | "csisolatin9" => Charset::Latin9,
            "utf-16le" | "utf-16" => Charset::Utf16Le,
            "utf-16be" => Charset::Utf16Be,
            _ => return None,
        })
    }

    /// The byte order mark's encoding and length, if the bytes start with a UTF-16 one.
    pub fn from_bom(bytes: &[u8]) -> Option<(Charset, usize)> {
        match bytes {
            [0xff, 0xfe, ..] => Some((Charset::Utf16Le, 2)),
            [0xfe, 0xff, ..] => Some((Charset::Utf16Be, 2)),
            _ => None,
        }
    }

    /// The text, or `None` where the bytes are no text in this encoding (an odd number of bytes
    /// or a lone surrogate in UTF-16; the 8-bit encodings read every byte).
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        match self {
            Charset::Windows1252 => Some(bytes.iter().map(|&b| cp1252(b)).collect()),
            Charset::Latin9 => Some(bytes.iter().map(|&b| latin9(b)).collect()),
            Charset::Utf16Le | Charset::Utf16Be => {
                if !bytes.len().is_multiple_of(2) {
                    return None;
                }
                let units = bytes.chunks_exact(2).map(|p| match self {
                    Charset::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
                    _ => u16::from_le_bytes([p[0], p[1]]),
                });
                char::decode_utf16(units)
                    .collect::<Result<String, _>>()
                    .ok()
            }
        }
    }
}

fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Latin-9 is Latin-1 with eight letters and the euro sign in place of rarer signs.
fn latin9(b: u8) -> char {
    match b {
        0xa4 => '€',
        0xa6 => 'Š',
        0xa8 => 'š',
        0xb4 => 'Ž',
        0xb8 => 'ž',
        0xbc => 'Œ',
        0xbd => 'œ',
        0xbe => 'Ÿ',
        _ => char::from(b),
    }
}
