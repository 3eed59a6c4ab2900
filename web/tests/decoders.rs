//! The page's decoders of untrusted input — share links, file bytes, charsets, base64url — run
//! natively against generated hostile input: none of them may panic, and what the page writes it
//! must read back unchanged. These modules use no browser types; `tests/wasm.rs` holds the
//! examples and the parts that need a browser (reading files, parsing HTML).
//! `PROPTEST_CASES` sets the number of cases (256 by default).

#![cfg(not(target_arch = "wasm32"))]
// The page uses more of these modules than their tests do.
#![allow(dead_code)]

#[path = "../src/ui/base64url.rs"]
mod base64url;
#[path = "../src/ui/charset.rs"]
mod charset;
#[path = "../src/ui/file_bytes.rs"]
mod file_bytes;
#[path = "../src/ui/share.rs"]
mod share;

use charset::Charset;
use crosscheck::Article;
use file_bytes::{Format, Refusal};
use proptest::prelude::*;
use share::LinkError;

const CHARSETS: [Charset; 4] = [
    Charset::Windows1252,
    Charset::Latin9,
    Charset::Utf16Le,
    Charset::Utf16Be,
];

const FORMATS: [Format; 3] = [Format::Text, Format::Html, Format::Json];

/// Bytes that start like the files the page meets: a binary signature, a byte order mark, an
/// HTML head declaring a charset, or nothing in particular.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    let heads = prop::sample::select(vec![
        &b""[..],
        b"%PDF-",
        b"\x89PNG\r\n\x1a\n",
        b"PK\x03\x04",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"<meta charset=\"iso-8859-15\">",
        b"<meta charset='utf-16'>",
        b"<meta charset=shift_jis>",
        b"RIFF\0\0\0\0WEBP",
    ]);
    (heads, prop::collection::vec(any::<u8>(), 0..600)).prop_map(|(head, rest)| {
        let mut bytes = head.to_vec();
        bytes.extend(rest);
        bytes
    })
}

/// Article lists as a user might share them: names and texts in any script, titles and dates
/// now and then.
fn articles() -> impl Strategy<Value = Vec<Article>> {
    let article = (
        "[A-Za-zÄÖÜäöüß0-9 _.-]{0,20}[A-Za-z0-9]",
        any::<String>(),
        prop::option::of(any::<String>()),
        prop::option::of("20[0-9]{2}-[01][0-9]-[0-3][0-9]"),
    )
        .prop_map(|(id, text, title, date)| Article {
            id,
            title,
            date,
            text,
        });
    prop::collection::vec(article, 1..12)
}

proptest! {
    #[test]
    fn base64url_reads_back_what_it_writes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64url::decode(&base64url::encode(&bytes)), Some(bytes));
    }

    #[test]
    fn base64url_takes_any_string_without_panicking(text in any::<String>()) {
        if let Some(bytes) = base64url::decode(&text) {
            // Only the alphabet decodes, and never into more bytes than it holds characters.
            prop_assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            prop_assert!(bytes.len() <= text.len());
        }
    }

    #[test]
    fn a_share_link_reads_back_its_articles(list in articles()) {
        if let Ok(fragment) = share::encode(&list) {
            prop_assert!(fragment.len() <= share::MAX_LINK);
            prop_assert_eq!(share::decode(&format!("#{fragment}")), Some(Ok(list)));
        }
    }

    #[test]
    fn only_a_versioned_prefix_makes_a_share_link(fragment in any::<String>()) {
        // `cc<digits>.`, with or without the `#`; any other fragment is left to the page.
        let bare = fragment.strip_prefix('#').unwrap_or(&fragment);
        let versioned = bare
            .strip_prefix("cc")
            .and_then(|rest| rest.split_once('.'))
            .is_some_and(|(digits, _)| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
        prop_assert_eq!(share::decode(&fragment).is_some(), versioned);
    }

    #[test]
    fn a_link_of_random_bytes_is_refused(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let link = format!("cc1.{}", base64url::encode(&bytes));
        prop_assert!(matches!(share::decode(&link), Some(Err(_))));
    }

    #[test]
    fn a_link_of_deflated_noise_is_refused(noise in prop::collection::vec(any::<u8>(), 0..400)) {
        // Well-formed deflate around content that is not a list of articles.
        let deflated = miniz_oxide::deflate::compress_to_vec(&noise, 6);
        let link = format!("cc1.{}", base64url::encode(&deflated));
        prop_assert!(matches!(share::decode(&link), Some(Err(LinkError::Broken))));
    }

    #[test]
    fn any_bytes_become_text_or_a_refusal(bytes in file_bytes(), format in 0..FORMATS.len()) {
        match file_bytes::decode(&bytes, FORMATS[format]) {
            // Text that came with no encoding name was UTF-8, byte for byte.
            Ok((text, None)) => {
                let utf8 = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
                prop_assert_eq!(text.as_bytes(), utf8);
            }
            Ok((text, Some(_))) => prop_assert!(!text.contains('\0')),
            Err(why) => prop_assert!(matches!(why, Refusal::NotText(_) | Refusal::BadEncoding)),
        }
    }

    #[test]
    fn utf8_text_is_read_as_it_is(text in "[^\u{0}]{0,300}") {
        if file_bytes::sniff(text.as_bytes()).is_none() && !text.starts_with('\u{feff}') {
            prop_assert_eq!(file_bytes::decode(text.as_bytes(), Format::Text), Ok((text, None)));
        }
    }

    #[test]
    fn every_charset_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        for charset in CHARSETS {
            let text = charset.decode(&bytes);
            if matches!(charset, Charset::Windows1252 | Charset::Latin9) {
                // An 8-bit encoding reads every byte as one char.
                prop_assert_eq!(text.map(|t| t.chars().count()), Some(bytes.len()));
            }
        }
    }

    #[test]
    fn utf16_reads_back_any_text(text in any::<String>()) {
        let units: Vec<u16> = text.encode_utf16().collect();
        let le: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = units.iter().flat_map(|u| u.to_be_bytes()).collect();
        prop_assert_eq!(Charset::Utf16Le.decode(&le), Some(text.clone()));
        prop_assert_eq!(Charset::Utf16Be.decode(&be), Some(text));
    }
}
