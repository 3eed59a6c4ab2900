//! Share links: the articles themselves, deflated and base64url-encoded, in the URL fragment
//! (`#cc1.…`). Browsers never send the fragment to a server, so a link shares the articles with
//! whoever opens it and with no one else.
//!
//! A link is untrusted input. It is read only as data — base64url, then deflate with a hard cap on
//! the inflated size, then JSON into the plain `Article` type — and whatever it holds is rendered as
//! text like any pasted article. Anything unexpected is refused as a whole with a [`LinkError`].

use crosscheck::Article;

use super::base64url;
use super::file_bytes::MAX_BYTES;

/// The fragment's version prefix: a later format gets `cc2.` and this one stays readable.
pub const PREFIX: &str = "cc1.";
/// The longest fragment written or read. Browsers take far longer URLs, but mail clients, chat
/// apps and URL shorteners cut them off well before; 64 KB still fits most of them.
pub const MAX_LINK: usize = 64 * 1024;
/// What a link may inflate to: a 64 KB link of repetitive text could otherwise inflate to
/// gigabytes (a "zip bomb").
pub const MAX_INFLATED: usize = 2 * 1024 * 1024;
/// As many articles as a link may carry.
pub const MAX_ARTICLES: usize = 200;
/// Longest article name taken from a link.
const MAX_ID: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Not base64url, not deflate, not the JSON of a list of articles, or an empty list.
    Broken,
    /// Over [`MAX_LINK`], [`MAX_INFLATED`] or [`MAX_ARTICLES`].
    TooBig,
    /// A `cc<n>.` prefix of another version.
    Version,
}

/// The fragment (without `#`) for these articles, or `Err(length)` when it would be longer than
/// [`MAX_LINK`].
pub fn encode(articles: &[Article]) -> Result<String, usize> {
    let json = serde_json::to_vec(articles).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let fragment = format!("{PREFIX}{}", base64url::encode(&deflated));
    if fragment.len() > MAX_LINK {
        Err(fragment.len())
    } else {
        Ok(fragment)
    }
}

/// The articles of a fragment (with or without its `#`); `None` when the fragment is no share link
/// at all (an anchor such as `#panel-figures`), so that it is left alone.
pub fn decode(fragment: &str) -> Option<Result<Vec<Article>, LinkError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(data) = fragment.strip_prefix(PREFIX) {
        return Some(decode_data(data));
    }
    // "cc" + digits + "." is a share link of some version.
    let rest = fragment.strip_prefix("cc")?;
    let (digits, _) = rest.split_once('.')?;
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        Some(Err(LinkError::Version))
    } else {
        None
    }
}

fn decode_data(data: &str) -> Result<Vec<Article>, LinkError> {
    if data.len() + PREFIX.len() > MAX_LINK {
        return Err(LinkError::TooBig);
    }
    let deflated = base64url::decode(data).ok_or(LinkError::Broken)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooBig,
            _ => LinkError::Broken,
        })?;
    // As text, so that the page holds one JSON reader of articles, not one for bytes as well.
    let json = std::str::from_utf8(&json).map_err(|_| LinkError::Broken)?;
    let articles: Vec<Article> = serde_json::from_str(json).map_err(|_| LinkError::Broken)?;
    validate(articles)
}

/// The checks a list of articles from outside passes before it replaces the user's.
pub fn validate(articles: Vec<Article>) -> Result<Vec<Article>, LinkError> {
    if articles.is_empty() {
        return Err(LinkError::Broken);
    }
    if articles.len() > MAX_ARTICLES {
        return Err(LinkError::TooBig);
    }
    for a in &articles {
        if a.id.trim().is_empty() || a.id.len() > MAX_ID {
            return Err(LinkError::Broken);
        }
        if a.text.len() > MAX_BYTES {
            return Err(LinkError::TooBig);
        }
    }
    Ok(articles)
}
