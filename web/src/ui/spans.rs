//! Cutting a text into the parts the reader and the quotes render: plain text, the sentence
//! around a hit, and the hit itself. Offsets are UTF-8 byte offsets from the report; a range that
//! is out of bounds or not on char boundaries is dropped rather than trusted.

/// How a part of the text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    /// Inside the sentence that holds the hit: softly highlighted.
    Sentence,
    /// The span that was clicked: a `<mark>`.
    Hit,
}

/// Splits `text` into consecutive non-empty parts that together are the whole text.
///
/// `sentence` is ignored unless it contains `hit`; either may be absent.
pub fn split(
    text: &str,
    sentence: Option<(usize, usize)>,
    hit: Option<(usize, usize)>,
) -> Vec<(Mark, &str)> {
    let valid = |&(a, b): &(usize, usize)| a <= b && text.get(a..b).is_some();
    let hit = hit.filter(valid);
    let sentence = sentence
        .filter(valid)
        .filter(|&(s, e)| hit.is_none_or(|(a, b)| s <= a && b <= e));
    let mut cuts: Vec<(usize, Mark)> = vec![(0, Mark::Plain)];
    match (sentence, hit) {
        (Some((s, e)), Some((a, b))) => cuts.extend([
            (s, Mark::Sentence),
            (a, Mark::Hit),
            (b, Mark::Sentence),
            (e, Mark::Plain),
        ]),
        (Some((s, e)), None) => cuts.extend([(s, Mark::Sentence), (e, Mark::Plain)]),
        (None, Some((a, b))) => cuts.extend([(a, Mark::Hit), (b, Mark::Plain)]),
        (None, None) => {}
    }
    cuts.push((text.len(), Mark::Plain));
    cuts.windows(2)
        .filter_map(|w| {
            let ((from, mark), (to, _)) = (w[0], w[1]);
            let part = text.get(from..to)?;
            (!part.is_empty()).then_some((mark, part))
        })
        .collect()
}

/// Moves a byte range of the whole text into the coordinates of a slice starting at `base`.
pub fn relative(range: (usize, usize), base: usize) -> Option<(usize, usize)> {
    Some((range.0.checked_sub(base)?, range.1.checked_sub(base)?))
}
