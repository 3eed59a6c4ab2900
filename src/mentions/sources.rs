//! Sources: who vouches for what a sentence says ("laut Financial Times", "nach Angaben
//! südkoreanischer Geheimdienste", "HUR geht davon aus", "berichtete Reuters", "according to …").
//!
//! Each cue in `source_cues.tsv` says where its source stands. A source that is a recognised
//! entity is named by that entity; otherwise by the noun phrase as written.

use std::sync::LazyLock;

use super::entities::EntityMention;
use crate::lexicon;
use crate::report::{EntityType, Language};
use crate::text::words::{function_word, is_capitalized, PhraseTable, WordClass};
use crate::text::{Document, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    After,
    Before,
    Either,
    /// Reporting without a named source ("Berichten zufolge").
    Unnamed,
}

/// A source found in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub sentence: usize,
    /// The cue tokens.
    pub cue: (usize, usize),
    /// The tokens naming the source, if named.
    pub span: Option<(usize, usize)>,
    /// The source as a reader should see it: an entity name or the phrase as written.
    pub name: Option<String>,
    /// The entity key when the source is a recognised entity.
    pub entity: Option<String>,
    /// The source is an outlet passing on what others said (a news agency, a paper).
    pub is_media: bool,
}

static CUES: LazyLock<[PhraseTable<Position>; 2]> = LazyLock::new(|| {
    let mut tables = [PhraseTable::default(), PhraseTable::default()];
    for row in lexicon::rows(lexicon::SOURCE_CUES) {
        let position = match row[2] {
            "after" => Position::After,
            "before" => Position::Before,
            "either" => Position::Either,
            _ => Position::Unnamed,
        };
        for &lang in lexicon::languages(row[0]) {
            tables[lang as usize].insert(row[1], position);
        }
    }
    tables
});

/// Words that introduce a report rather than name its author ("Angaben", "einem Bericht der").
const REPORT_NOUNS: &[&str] = &[
    "angaben",
    "berichten",
    "bericht",
    "informationen",
    "schätzungen",
    "quellen",
    "kreisen",
    "reports",
    "report",
    "estimates",
    "sources",
];

/// Indefinite articles: a source is named, so one of these starts what it says, not who says it.
const INDEFINITE: &[&str] = &["ein", "eine", "einen", "einem", "einer", "eines", "a", "an"];

/// How far a source phrase may reach.
const REACH: usize = 8;

/// Every attribution in the document, in order.
pub fn find(doc: &Document, entities: &[EntityMention]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let entities = super::entities::starting_in(entities, sentence.tokens.clone());
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let Some((n, &position)) = CUES[doc.lang as usize].longest_in(doc, i) else {
                i += 1;
                continue;
            };
            let cue = (i, i + n - 1);
            let range = sentence.tokens.clone();
            let span = match position {
                Position::After => phrase_after(doc, cue.1 + 1, range.end),
                Position::Before => phrase_before(doc, cue.0, range.start),
                Position::Either => entity_near(doc, entities, cue, range.clone())
                    .or_else(|| subject_before(doc, cue.0, range.start)),
                Position::Unnamed => None,
            };
            if position == Position::Either && span.is_none() {
                // A reporting verb with no one named nearby is just a verb ("er sagte").
                i += n;
                continue;
            }
            out.push(describe(doc, entities, s, cue, span));
            i += n;
        }
    }
    out
}

fn describe(
    doc: &Document,
    entities: &[EntityMention],
    sentence: usize,
    cue: (usize, usize),
    span: Option<(usize, usize)>,
) -> Attribution {
    let Some((first, last)) = span else {
        return Attribution {
            sentence,
            cue,
            span,
            name: None,
            entity: None,
            is_media: false,
        };
    };
    let inside: Vec<&EntityMention> = entities
        .iter()
        .filter(|m| m.first >= first && m.last <= last)
        .collect();
    let main = most_specific(&inside);
    let (name, entity, is_media) = match main {
        Some(m) if inside.iter().filter(|o| o.kind == m.kind).count() == 1 => (
            m.text(doc).to_string(),
            m.key.clone(),
            m.kind == EntityType::Media,
        ),
        // "unter Berufung auf gesicherte Quellen" names no one.
        _ if REPORT_NOUNS.contains(&doc.lower(last)) => {
            return Attribution {
                sentence,
                cue,
                span,
                name: None,
                entity: None,
                is_media: false,
            };
        }
        _ => (trimmed_phrase(doc, first, last), None, false),
    };
    Attribution {
        sentence,
        cue,
        span,
        name: Some(name),
        entity,
        is_media,
    }
}

/// Of the entities in a source phrase, the one that speaks: an outlet or an agency rather than
/// the country it belongs to ("Nachrichtenagentur Nordkoreas KCNA" → KCNA).
fn most_specific<'m>(inside: &[&'m EntityMention]) -> Option<&'m EntityMention> {
    let rank = |k: EntityType| match k {
        EntityType::Media => 0,
        EntityType::Organization | EntityType::Company => 1,
        EntityType::Person => 2,
        _ => 3,
    };
    inside
        .iter()
        .copied()
        .min_by_key(|m| (rank(m.kind), m.start))
}

/// The phrase as written, without the leading article and report noun ("Angaben südkoreanischer
/// Geheimdienste" → "südkoreanischer Geheimdienste").
fn trimmed_phrase(doc: &Document, mut first: usize, last: usize) -> String {
    while first < last
        && (function_word(doc.lang, doc.lower(first)) == Some(WordClass::Determiner)
            || REPORT_NOUNS.contains(&doc.lower(first))
            || doc.kind(first) == TokenKind::Punct)
    {
        first += 1;
    }
    doc.slice(first, last).to_string()
}

/// Can token `i` belong to a source phrase? Names, nouns, articles, adjectives, and the glue of
/// lists ("aus der Ukraine, Südkorea und den USA").
fn in_phrase(doc: &Document, i: usize) -> bool {
    match doc.kind(i) {
        TokenKind::Word => {
            let lower = doc.lower(i);
            match function_word(doc.lang, lower) {
                Some(WordClass::Determiner) => true,
                Some(WordClass::Preposition) => {
                    matches!(lower, "aus" | "von" | "der" | "of" | "from")
                }
                Some(WordClass::Conjunction) => matches!(lower, "und" | "and"),
                Some(_) => false,
                None => match doc.lang {
                    Language::De => is_capitalized(doc.word(i)) || is_adjective_de(lower),
                    Language::En => !lower.ends_with("ed") || is_capitalized(doc.word(i)),
                },
            }
        }
        TokenKind::Punct => matches!(
            doc.word(i),
            "\"" | "„" | "“" | "”" | "«" | "»" | "," | "'" | "‚" | "‘" | "’"
        ),
        _ => false,
    }
}

fn is_adjective_de(lower: &str) -> bool {
    ["e", "en", "er", "es", "em"]
        .iter()
        .any(|e| lower.ends_with(e))
}

fn phrase_after(doc: &Document, from: usize, end: usize) -> Option<(usize, usize)> {
    let mut last = None;
    let mut i = from;
    while i < end && i < from + REACH && in_phrase(doc, i) {
        // A comma continues only a list of names ("Ukraine, Südkorea und den USA").
        if doc.word(i) == "," && !doc.is_capitalized(i + 1) {
            break;
        }
        // An indefinite article opens the next phrase ("des Finanzministeriums | eine Lücke").
        if last.is_some() && INDEFINITE.contains(&doc.lower(i)) {
            break;
        }
        if doc.kind(i) == TokenKind::Word {
            last = Some(i);
        }
        i += 1;
    }
    // Trailing glue is not part of the source.
    let mut last = last?;
    while last > from
        && matches!(
            function_word(doc.lang, doc.lower(last)),
            Some(WordClass::Determiner | WordClass::Preposition | WordClass::Conjunction)
        )
    {
        last -= 1;
    }
    Some((from, last))
        .filter(|&(f, l)| (f..=l).any(|k| doc.is_capitalized(k) || doc.lang == Language::En))
}

fn phrase_before(doc: &Document, cue: usize, start: usize) -> Option<(usize, usize)> {
    let last = cue
        .checked_sub(1)
        .filter(|&l| l >= start && doc.kind(l) == TokenKind::Word)?;
    let mut first = last;
    while first > start
        && first > last.saturating_sub(REACH)
        && in_phrase(doc, first - 1)
        && doc.word(first - 1) != ","
    {
        first -= 1;
    }
    Some((first, last))
}

/// How close an English speaker stands to "said": "the Pentagon said", "said the Pentagon",
/// "said Defense Secretary Lloyd Austin". Farther after the verb is what was said.
const ENGLISH_NEAR: usize = 3;

/// For a reporting verb: the nearest entity after it in the clause ("berichtete die Financial
/// Times"), or else before it ("wie das US-Außenministerium bestätigte"). English puts the
/// speaker first ("the agency said 11,000 troops from North Korea"): there the entity just before
/// the verb wins, then one just after it, then any before it in the clause.
fn entity_near(
    doc: &Document,
    entities: &[EntityMention],
    cue: (usize, usize),
    sentence: std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    let clause_end = (cue.1 + 1..sentence.end)
        .find(|&k| matches!(doc.word(k), "," | ";" | ":"))
        .unwrap_or(sentence.end);
    let clause_start = (sentence.start..cue.0)
        .rev()
        .find(|&k| matches!(doc.word(k), "," | ";" | ":"))
        .map_or(sentence.start, |k| k + 1);
    let speaks = |m: &&EntityMention| m.kind != EntityType::Place || m.capital_of.is_some();
    let after = entities
        .iter()
        .filter(|m| m.first > cue.1 && m.last < clause_end.min(cue.1 + 1 + REACH) && !m.in_compound)
        .filter(speaks)
        .min_by_key(|m| m.first);
    let before = || {
        entities
            .iter()
            .filter(|m| m.last < cue.0 && m.first >= clause_start && !m.in_compound)
            .filter(speaks)
            .max_by_key(|m| m.last)
    };
    let found = match doc.lang {
        Language::De => after.or_else(before),
        Language::En => before()
            .filter(|m| m.last + ENGLISH_NEAR >= cue.0)
            .or(after.filter(|m| m.first <= cue.1 + ENGLISH_NEAR))
            .or_else(before),
    };
    found.map(|m| (m.first, m.last))
}

/// A German noun right before a reporting verb is its subject ("Der Bundesrechnungshof beziffert").
fn subject_before(doc: &Document, cue: usize, start: usize) -> Option<(usize, usize)> {
    let noun = cue.checked_sub(1).filter(|&k| {
        k >= start
            && doc.lang == Language::De
            && doc.is_capitalized(k)
            && function_word(doc.lang, doc.lower(k)).is_none()
    })?;
    phrase_before(doc, noun + 1, start)
}

/// The source for a figure at token `at`: the nearest attribution in its sentence, or, for a
/// sentence that continues the one before (a list after a colon, "So sollen …", reported speech),
/// the source of that one.
pub fn source_for<'a>(
    doc: &Document,
    attributions: &'a [Attribution],
    at: usize,
) -> Option<&'a Attribution> {
    let mut s = doc.sentence_of[at] as usize;
    loop {
        let here = in_sentence(attributions, s);
        // A named entity beats a phrase; among equals, the nearest cue wins.
        if let Some(best) = here
            .iter()
            .filter(|a| a.name.is_some())
            .min_by_key(|a| (a.entity.is_none(), a.cue.0.abs_diff(at)))
        {
            return Some(best);
        }
        if !here.is_empty() || s == 0 || !continues_previous(doc, s) {
            return None;
        }
        s -= 1;
    }
}

/// The attributions of sentence `s`, from attributions in text order (as `find` returns them).
pub fn in_sentence(attributions: &[Attribution], s: usize) -> &[Attribution] {
    crate::text::in_order::keyed_in(attributions, s..s + 1, |a| a.sentence)
}

/// Does sentence `s` carry on the attribution of the sentence before it?
fn continues_previous(doc: &Document, s: usize) -> bool {
    let sentence = &doc.sentences[s];
    let previous = &doc.sentences[s - 1];
    let first = sentence.tokens.start;
    let list_item = matches!(doc.word(first), "-" | "–" | "•" | "*")
        || doc.word(previous.tokens.end - 1) == ":";
    let connective = matches!(
        doc.lower(first),
        "so" | "demnach" | "dazu" | "darunter" | "ferner" | "außerdem"
    );
    let reported = sentence
        .tokens
        .clone()
        .any(|k| matches!(doc.lower(k), "soll" | "sollen" | "sollten"));
    list_item || connective || reported
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::entities::recognize;

    fn source(text: &str, at_word: &str) -> Option<String> {
        let doc = Document::new("t", text);
        let entities = recognize(&doc);
        let found = find(&doc, &entities);
        let at = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == at_word)
            .unwrap_or(0);
        source_for(&doc, &found, at).and_then(|a| a.name.clone())
    }

    #[test]
    fn an_english_speaker_stands_before_said_and_what_follows_is_said() {
        let text = "South Korea's National Intelligence Service said nearly 11,000 troops from \
                    North Korea were sent.";
        assert_eq!(
            source(text, "11,000").as_deref(),
            Some("National Intelligence Service")
        );
        let text = "More than 100 people died, said the Pentagon.";
        assert_eq!(source(text, "100").as_deref(), Some("Pentagon"));
        let text = "Defense Secretary Lloyd Austin said on Monday that 3,000 were wounded.";
        assert_eq!(source(text, "3,000").as_deref(), Some("Lloyd Austin"));
    }

    #[test]
    fn laut_names_the_source_after_it() {
        assert_eq!(
            source(
                "Laut Kleine Zeitung hat Nordkorea über 10.000 Soldaten verlegt.",
                "10.000"
            )
            .as_deref(),
            Some("Kleine Zeitung")
        );
    }

    #[test]
    fn a_source_without_a_name_is_the_phrase() {
        assert_eq!(source("Nordkorea hat laut Angaben südkoreanischer Geheimdienste über 10.000 Soldaten entsandt.", "10.000").as_deref(), Some("südkoreanischer Geheimdienste"));
    }

    #[test]
    fn the_subject_of_geht_davon_aus_is_the_source() {
        assert_eq!(source("Der ukrainische Militärgeheimdienst HUR geht davon aus, dass mehr als 10.000 Soldaten dort sind.", "10.000").as_deref(), Some("HUR"));
    }

    #[test]
    fn a_reporting_verb_names_the_outlet_after_it() {
        assert_eq!(source("Kim soll helfen, berichtete die \"Financial Times\" unter Berufung auf Quellen. So sollen knapp 50 Haubitzen eingetroffen sein.", "50").as_deref(), Some("Financial Times"));
    }

    #[test]
    fn a_list_after_a_colon_keeps_the_source() {
        let text = "Nach Berichten der Financial Times hat Nordkorea Waffen geschickt. Dazu zählen:\n- 50 schwere Haubitzen\n- 20 Werfer";
        assert_eq!(source(text, "20").as_deref(), Some("Financial Times"));
    }

    #[test]
    fn according_to_in_english() {
        assert_eq!(
            source(
                "More than 10,000 troops were sent, according to the Pentagon.",
                "10,000"
            )
            .as_deref(),
            Some("Pentagon")
        );
    }

    #[test]
    fn an_unrelated_sentence_has_no_source() {
        assert_eq!(
            source(
                "Einige sind skeptisch. Unter den 12.000 Soldaten sollen auch 500 Offiziere sein.",
                "500"
            ),
            None
        );
    }
}
