//! Recognition: which tokens of one document name an entity, and of what type.
//!
//! German capitalises every noun, so a capital letter proves little. A span becomes an entity
//! only on positive evidence: a gazetteer name, a first name or a title before a name
//! ("Präsident Selenskyj"), an acronym, a place cue ("Region Kursk"), a dateline, or a compound
//! whose parts are known ("US-Außenministerium").

use std::ops::Range;

use super::cues::{is_not_name, is_place_prefix};
use super::features::{flag, Facts};
use super::gazetteer::{Known, GAZETTEER};
use super::{acronyms, combine, model};
use crate::order;
use crate::report::{EntityType, Language};
use crate::text::words::{is_acronym, is_capitalized};
use crate::text::{in_order, Document, TokenKind};

/// One mention of an entity in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Byte range in the article.
    pub start: usize,
    pub end: usize,
    /// Token range.
    pub first: usize,
    pub last: usize,
    pub kind: EntityType,
    /// The gazetteer key when the name is known; persons and unknown names get theirs when merged.
    pub key: Option<String>,
    /// Known as the base form of its name (not an inflected one like "Nordkoreas").
    pub base_form: bool,
    /// For a capital: the key of the country it may stand for.
    pub capital_of: Option<String>,
    /// Named inside a larger word ("US" in "US-Außenministerium").
    pub in_compound: bool,
    /// Found in a table (gazetteer) or by a dateline, not guessed from context or by the model;
    /// such mentions are kept whatever the model says.
    pub known: bool,
}

impl EntityMention {
    pub fn text<'t>(&self, doc: &Document<'t>) -> &'t str {
        &doc.text[self.start..self.end]
    }
}

/// The gazetteer name that starts at each token, looked up once per document.
pub(super) struct Names<'g> {
    at: Vec<Option<(usize, &'g Known)>>,
}

impl Names<'static> {
    fn new(doc: &Document, facts: &Facts) -> Self {
        let original = |i: usize| doc.word(i);
        let at = (0..doc.tokens.len())
            .map(|i| {
                if facts[i].name_start {
                    GAZETTEER.at(doc.lowers(), &original, i)
                } else {
                    None
                }
            })
            .collect();
        Names { at }
    }

    fn get(&self, i: usize) -> Option<(usize, &'static Known)> {
        self.at.get(i).copied().flatten()
    }
}

/// What one document's rules need: the document, its token facts and its gazetteer names.
struct Ctx<'d, 'a> {
    doc: &'d Document<'a>,
    facts: &'d Facts,
    names: &'d Names<'static>,
}

impl Ctx<'_, '_> {
    fn has(&self, i: usize, f: u16) -> bool {
        self.facts.get(i).is_some_and(|t| t.flags & f != 0)
    }

    fn acronym(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|t| t.acronym)
    }
}

/// Entities of one document: the rules, then the learned tagger for the names no table knows.
pub fn recognize(doc: &Document) -> Vec<EntityMention> {
    recognize_with(doc, model::tag)
}

/// `recognize` with another tagger (training scores weights it has not written yet).
pub fn recognize_with(doc: &Document, tag: impl Fn(&Facts) -> Vec<u8>) -> Vec<EntityMention> {
    let (facts, rules) = facts_and_rules(doc);
    let tags = tag(&facts);
    let mut all = combine::combine(doc, rules, &model::spans(&tags));
    acronyms::link_definitions(doc, &mut all);
    // In text order, which `starting_in` relies on (a no-op sort when already so).
    order::sort_by_key(&mut all, |m| (m.start, m.end));
    all
}

/// The mentions that begin at a token of `tokens`, from mentions in text order (as `recognize`
/// and `merge` leave them).
pub fn starting_in(mentions: &[EntityMention], tokens: Range<usize>) -> &[EntityMention] {
    in_order::keyed_in(mentions, tokens, |m| m.first)
}

/// What the tagger reads of a document (the rules' mentions included), and those mentions.
pub fn facts_and_rules(doc: &Document) -> (Facts, Vec<EntityMention>) {
    let mut facts = Facts::new(doc);
    let names = Names::new(doc, &facts);
    let rules = rules(doc, &facts, &names);
    facts.set_rules(&rules);
    (facts, rules)
}

/// The rules alone, without the learned model (for measuring what the model adds).
pub fn recognize_rules(doc: &Document) -> Vec<EntityMention> {
    let facts = Facts::new(doc);
    let names = Names::new(doc, &facts);
    let mut all = rules(doc, &facts, &names);
    acronyms::link_definitions(doc, &mut all);
    order::sort_by_key(&mut all, |m| (m.start, m.end));
    all
}

/// Words of reporting that license an ambiguous media name ("wie die Zeit berichtet").
const REPORTING: &[&str] = &[
    "berichtet",
    "berichtete",
    "berichten",
    "meldet",
    "meldete",
    "schreibt",
    "schrieb",
    "laut",
    "zufolge",
    "reported",
    "reports",
    "according",
    "told",
    "wrote",
    "citing",
];

/// Roman numerals and shouting are capitals but not acronyms.
const NOT_ACRONYMS: &[&str] = &[
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "OK", "TV", "PS", "KW", "AM", "PM",
];

fn rules(doc: &Document, facts: &Facts, names: &Names<'static>) -> Vec<EntityMention> {
    let cx = Ctx { doc, facts, names };
    let mut out: Vec<EntityMention> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.is_word(i) {
            i += 1;
            continue;
        }
        if let Some((n, known)) = names.get(i) {
            // "Wladimir Putin", not the city of Wladimir.
            let person_first = n == 1
                && known.kind == EntityType::Place
                && cx.has(i, flag::FIRST_NAME)
                && is_name_word(&cx, i + 1, false);
            if person_first {
                if let Some(last) = person_at(&cx, i) {
                    out.push(mention(doc, i, last, EntityType::Person, None));
                    i = last + 1;
                    continue;
                }
            }
            if !known.ambiguous || reported_nearby(doc, i) {
                out.push(mention(doc, i, i + n - 1, known.kind, Some(known)));
                i += n;
                continue;
            }
        }
        let word = doc.word(i);
        if word.contains('-') && compound(&cx, i, &mut out) {
            i += 1;
            continue;
        }
        // Each rule says where its name ends, what it names, and whether it is as sure as a
        // table, which the tagger (trained on German) does not overrule.
        let found = prefixed_place_at(&cx, i)
            .map(|last| (last, EntityType::Place, true))
            .or_else(|| organization_at(&cx, i).map(|last| (last, EntityType::Organization, true)))
            .or_else(|| person_at(&cx, i).map(|last| (last, EntityType::Person, false)));
        if let Some((last, kind, known)) = found {
            let mut m = mention(doc, i, last, kind, None);
            m.known = known;
            out.push(m);
            i = last + 1;
            continue;
        }
        if let Some(m) = acronym_at(&cx, i) {
            out.push(m);
            i += 1;
            continue;
        }
        if let Some((last, dateline)) = place_at(&cx, i) {
            let mut m = mention(doc, i, last, EntityType::Place, None);
            m.known = dateline;
            out.push(m);
            i = last + 1;
            continue;
        }
        i += 1;
    }
    out
}

fn mention(
    doc: &Document,
    first: usize,
    last: usize,
    kind: EntityType,
    known: Option<&Known>,
) -> EntityMention {
    let (start, end) = doc.span(first, last);
    EntityMention {
        start,
        end,
        first,
        last,
        kind,
        key: known.map(|k| k.key.to_string()),
        base_form: known.is_none_or(|k| k.base_form),
        capital_of: known.and_then(|k| k.capital_of.as_deref().map(String::from)),
        in_compound: false,
        known: known.is_some(),
    }
}

fn reported_nearby(doc: &Document, i: usize) -> bool {
    let s = doc.sentence_tokens(i);
    let from = i.saturating_sub(4).max(s.start);
    let to = (i + 4).min(s.end);
    (from..to).any(|k| REPORTING.contains(&doc.lower(k)))
}

/// A hyphenated word: known parts become mentions ("US" in "US-Präsidenten", "Ukraine" in
/// "Ukraine-Krieg"), and an organisation head at the end makes the whole word an organisation
/// ("US-Außenministerium"). Returns whether anything was found.
fn compound(cx: &Ctx, i: usize, out: &mut Vec<EntityMention>) -> bool {
    let doc = cx.doc;
    let word = doc.word(i);
    let token_start = doc.tokens[i].start;
    let mut found = false;
    let mut offset = 0;
    let parts: Vec<&str> = word.split('-').collect();
    let mut organization = None;
    if parts.len() > 1 && is_capitalized(word) && cx.has(i, flag::ORG_HEAD) {
        let mut m = mention(doc, i, i, EntityType::Organization, None);
        m.key = Some(format!("organization:{}", word.to_lowercase()));
        organization = Some(out.len());
        out.push(m);
        found = true;
    }
    for (k, part) in parts.iter().enumerate() {
        let start = token_start + offset;
        offset += part.len() + 1;
        if k + 1 == parts.len() && !found {
            // The head of a compound is the thing itself ("Ukraine-Krieg" is a war, not Ukraine);
            // only a name before the hyphen is mentioned.
            break;
        }
        if let Some(known) = GAZETTEER.word(part) {
            if known.ambiguous {
                continue;
            }
            out.push(EntityMention {
                start,
                end: start + part.len(),
                first: i,
                last: i,
                kind: known.kind,
                key: Some(known.key.to_string()),
                base_form: known.base_form,
                capital_of: known.capital_of.as_deref().map(String::from),
                in_compound: true,
                known: true,
            });
            found = true;
            // A known name and an organisation head: the tables vouch for the whole word.
            if let Some(org) = organization {
                out[org].known = true;
            }
        }
    }
    // "Nord- und Südkorea": the truncated word borrows the end of the next one.
    if let Some(stem) = word.strip_suffix('-') {
        let next = doc.word(i + 2);
        for (at, _) in next.char_indices().skip(1) {
            let joined = format!("{stem}{}", &next[at..]);
            if let Some(known) = GAZETTEER.word(&joined) {
                let mut m = mention(doc, i, i, known.kind, Some(known));
                m.in_compound = false;
                out.push(m);
                return true;
            }
        }
    }
    found
}

/// A person: a first name followed by capitalised name words ("Wolodymyr Selenskyj"), or a title
/// followed by a name ("Verteidigungsminister Andrei Belousov", "Präsident Putin").
fn person_at(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let word = doc.word(i);
    if !is_capitalized(word) || cx.acronym(i) || cx.has(i, flag::FUNCTION) {
        return None;
    }
    let first_name = cx.has(i, flag::FIRST_NAME);
    let titled = i > 0 && doc.is_word(i - 1) && cx.has(i - 1, flag::PERSON_CUE);
    if !(first_name || titled && is_name_word(cx, i, true)) {
        return None;
    }
    let end = doc.sentence_tokens(i).end;
    let mut last = i;
    // The word after a first name may be a surname that is also a noun ("Joschka Fischer");
    // further words may not.
    while last + 1 < end && last < i + 3 && is_name_word(cx, last + 1, last > i || !first_name) {
        last += 1;
    }
    // A first name and then a single known place is a person with a place's name ("Lloyd
    // Austin"): a place is not named with a first name in front of it.
    if last == i && first_name && last + 1 < end && surname_like_place(cx, last + 1) {
        last += 1;
    }
    (last > i || titled).then_some(last)
}

/// A known place of one word that could be a surname after a first name: not a country, not a
/// function word, followed by no further capitalised name word.
fn surname_like_place(cx: &Ctx, k: usize) -> bool {
    cx.names.get(k).is_some_and(|(n, known)| {
        n == 1 && known.kind == EntityType::Place && known.capital_of.is_none()
    }) && !is_capitalized(cx.doc.word(k + 1))
}

/// Lower-case words that may join the capitalised words of an English organisation's name.
const ORGANIZATION_JOINERS: &[&str] = &["of", "for", "and", "&", "on"];

/// English: capitalised words, possibly joined by "of", "for" or "and", with an organisation head
/// among them ("National Intelligence Service", "Ministry of Defence", "Federal Reserve Bank of
/// New York"). German writes such names as one compound, which `compound` and the tagger read. A
/// title or a first name ends the name: "Bank of England Governor Andrew Bailey".
fn organization_at(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    let part = |k: usize| {
        doc.kind(k) == TokenKind::Word
            && is_capitalized(doc.word(k))
            && !cx.has(k, flag::FUNCTION | flag::PERSON_CUE | flag::FIRST_NAME)
    };
    if doc.lang != Language::En || !part(i) {
        return None;
    }
    let end = doc.sentence_tokens(i).end;
    let (mut last, mut headed) = (i, cx.has(i, flag::ORG_HEAD));
    let mut k = i + 1;
    while k < end {
        if part(k) {
            headed |= cx.has(k, flag::ORG_HEAD);
            last = k;
        } else if !(ORGANIZATION_JOINERS.contains(&doc.lower(k)) && k + 1 < end && part(k + 1)) {
            break;
        }
        k += 1;
    }
    (headed && last > i).then_some(last)
}

/// Could token `i` be part of a person's name? Capitalised, not a function word, not a known
/// place or organisation, not a title, not a typical German abstract noun; with `strict`, not a
/// German common noun either.
fn is_name_word(cx: &Ctx, i: usize, strict: bool) -> bool {
    let doc = cx.doc;
    let word = doc.word(i);
    if doc.kind(i) != TokenKind::Word || !is_capitalized(word) || cx.acronym(i) {
        return false;
    }
    let lower = doc.lower(i);
    if cx.has(i, flag::FUNCTION | flag::PERSON_CUE) || is_not_name(lower) {
        return false;
    }
    if strict && cx.has(i, flag::NOUN) && !cx.has(i, flag::FIRST_NAME) {
        return false;
    }
    if cx.names.get(i).is_some() {
        return false;
    }
    const NOUN_ENDINGS: &[&str] = &[
        "ung", "heit", "keit", "schaft", "tion", "ismus", "ität", "ment", "ungen", "nisse", "tum",
    ];
    !(doc.lang == Language::De && NOUN_ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// A place name with a prefix of its own ("St. Moritz", "Sankt Pölten", "Bad Ischl"): the
/// prefix, its period if abbreviated, and the name word after them; as sure as a table, since a
/// first name after "St." is a saint's, not a person ("St. Anton").
fn prefixed_place_at(cx: &Ctx, i: usize) -> Option<usize> {
    let doc = cx.doc;
    if !is_capitalized(doc.word(i)) || !is_place_prefix(doc.lang, doc.lower(i)) {
        return None;
    }
    let name = if doc.word(i + 1) == "." { i + 2 } else { i + 1 };
    (name < doc.tokens.len() && !doc.starts_sentence(name) && is_name_word(cx, name, true))
        .then_some(name)
}

/// An acronym ("HUR", "THW"), an organisation unless a table knows it; one defined in brackets
/// takes the key of the name before it (see `acronyms.rs`).
fn acronym_at(cx: &Ctx, i: usize) -> Option<EntityMention> {
    let doc = cx.doc;
    if !cx.acronym(i) {
        return None;
    }
    let word = doc.word(i);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if !(2..=6).contains(&letters) || NOT_ACRONYMS.contains(&word) || shouting(doc, i) {
        return None;
    }
    let mut m = mention(doc, i, i, EntityType::Organization, None);
    m.key = Some(format!("organization:{}", word.to_lowercase()));
    Some(m)
}

/// A headline in capitals is not a row of acronyms.
fn shouting(doc: &Document, i: usize) -> bool {
    let s = doc.sentence_tokens(i);
    let words: Vec<usize> = s.filter(|&k| doc.is_word(k)).collect();
    words.len() >= 4 && words.iter().filter(|&&k| is_acronym(doc.word(k))).count() * 2 > words.len()
}

/// A place by its cue ("Region Kursk", "nahe Kursk") or by a dateline ("Myrne, Ukraine - …").
/// Returns the last token and whether it was a dateline.
fn place_at(cx: &Ctx, i: usize) -> Option<(usize, bool)> {
    let doc = cx.doc;
    if !is_name_word(cx, i, true) {
        return None;
    }
    let cued = i > 0 && cx.has(i - 1, flag::PLACE_CUE) && !doc.starts_sentence(i);
    let dateline = (i == 0 || doc.tokens[i].newline_before)
        && doc.word(i + 1) == ","
        && cx.names.get(i + 2).is_some_and(|(n, k)| {
            k.kind == EntityType::Country && matches!(doc.word(i + 2 + n), "-" | "–" | "—")
        });
    (cued || dateline).then_some((i, dateline))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let doc = Document::new("t", text);
        recognize(&doc)
            .iter()
            .map(|m| (m.text(&doc).to_string(), m.kind))
            .collect()
    }

    fn has(text: &str, name: &str, kind: EntityType) -> bool {
        found(text).contains(&(name.to_string(), kind))
    }

    #[test]
    fn a_prefix_belongs_to_the_place_name() {
        for (text, place) in [
            ("Er fuhr nach St. Moritz und blieb dort.", "St. Moritz"),
            ("Das Kloster St. Anton liegt am See.", "St. Anton"),
            ("Die Kurgäste in Bad Ischl feierten.", "Bad Ischl"),
            ("Flights to San Francisco resumed.", "San Francisco"),
        ] {
            assert!(
                has(text, place, EntityType::Place),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn known_countries_and_cities() {
        let f = found("Nordkorea schickt Soldaten nach Russland, sagte man in Moskau.");
        assert!(f.contains(&("Nordkorea".into(), EntityType::Country)));
        assert!(f.contains(&("Russland".into(), EntityType::Country)));
        assert!(f.contains(&("Moskau".into(), EntityType::Place)));
    }

    #[test]
    fn a_demonym_before_a_common_noun_is_no_name() {
        for text in [
            "Nordkoreanische Soldaten in Russlands Krieg gegen die Ukraine",
            "Russische Truppen rückten am Morgen vor.",
        ] {
            let f = found(text);
            assert!(
                f.iter().all(|(name, _)| !name.contains(' ')),
                "{text}: {f:?}"
            );
        }
    }

    #[test]
    fn english_organisations_by_their_head_word() {
        let org = EntityType::Organization;
        let text = "South Korea's National Intelligence Service and the Federal Reserve Bank of \
                    New York said so.";
        assert!(has(text, "National Intelligence Service", org));
        assert!(has(text, "Federal Reserve Bank of New York", org));
        // A title and a name end the organisation's name.
        let text = "Bank of England Governor Andrew Bailey spoke in the afternoon.";
        assert!(has(text, "Bank of England", org));
        assert!(has(text, "Andrew Bailey", EntityType::Person));
        // A head word alone is no name.
        assert!(found("Police said it was calm.").is_empty());
    }

    #[test]
    fn persons_by_first_name() {
        assert!(has(
            "Das sagte Wolodymyr Selenskyj in Kiew.",
            "Wolodymyr Selenskyj",
            EntityType::Person
        ));
        assert!(has(
            "Dort sprach Kim Jong Un zu Offizieren.",
            "Kim Jong Un",
            EntityType::Person
        ));
        assert!(has(
            "Dort sprach Kim Jong-un zu Offizieren.",
            "Kim Jong-un",
            EntityType::Person
        ));
    }

    #[test]
    fn persons_by_title() {
        assert!(has(
            "Dann traf er Verteidigungsminister Andrei Belousov.",
            "Andrei Belousov",
            EntityType::Person
        ));
        assert!(has(
            "Laut Präsident Macron ist das falsch.",
            "Macron",
            EntityType::Person
        ));
    }

    #[test]
    fn common_nouns_are_not_names() {
        assert!(found("Die Soldaten und Haubitzen kamen mit der Bahn.").is_empty());
    }

    #[test]
    fn compounds_name_their_parts() {
        let f = found("wie das US-Außenministerium bestätigte");
        assert!(f.contains(&("US-Außenministerium".into(), EntityType::Organization)));
        assert!(f.contains(&("US".into(), EntityType::Country)));
        assert!(has("im Ukraine-Krieg", "Ukraine", EntityType::Country));
    }

    #[test]
    fn acronyms_are_organisations() {
        assert!(has(
            "Der Militärgeheimdienst HUR geht davon aus.",
            "HUR",
            EntityType::Organization
        ));
    }

    #[test]
    fn places_by_cue_and_dateline() {
        assert!(has("in der Region Belgorod", "Belgorod", EntityType::Place));
        assert!(has(
            "Myrne, Ukraine - Die Lage ist ernst.",
            "Myrne",
            EntityType::Place
        ));
    }

    #[test]
    fn an_ambiguous_outlet_needs_a_reporting_cue() {
        assert!(has("wie die Zeit berichtet", "Zeit", EntityType::Media));
        assert!(found("Die Zeit drängt.").is_empty());
    }

    #[test]
    fn english_persons_countries_and_places() {
        let text =
            "North Korea's leader Kim Jong Un met Russian President Vladimir Putin in Moscow.";
        // The possessive is not part of the name.
        assert!(has(text, "North Korea", EntityType::Country));
        assert!(has(text, "Kim Jong Un", EntityType::Person));
        assert!(has(
            "Kim Jong Un's envoy",
            "Kim Jong Un",
            EntityType::Person
        ));
        assert!(has(text, "Vladimir Putin", EntityType::Person));
        assert!(has(text, "Moscow", EntityType::Place));
    }

    #[test]
    fn a_demonym_at_the_edge_of_a_span_is_no_name() {
        let text =
            "Russian Foreign Minister Sergei Lavrov met his North Korean counterpart in Moscow.";
        let f = found(text);
        assert!(has(text, "Sergei Lavrov", EntityType::Person), "{f:?}");
        assert!(
            f.iter()
                .all(|(name, _)| !name.contains("Russian") && !name.contains("Korean")),
            "{f:?}"
        );
    }

    #[test]
    fn english_organisations_and_the_us() {
        let text = "A spokesman for the U.S. State Department said on Monday that NATO would meet.";
        assert!(has(text, "U.S.", EntityType::Country));
        assert!(has(text, "State Department", EntityType::Organization));
        assert!(has(text, "NATO", EntityType::Organization));
        let text = "Apple and Microsoft told Reuters that the deal was off.";
        assert!(has(text, "Apple", EntityType::Company));
        assert!(has(text, "Microsoft", EntityType::Company));
        assert!(has(text, "Reuters", EntityType::Media));
    }

    #[test]
    fn an_english_person_by_title_and_name() {
        assert!(has(
            "Secretary of State Antony Blinken arrived in Seoul on Tuesday.",
            "Antony Blinken",
            EntityType::Person
        ));
    }

    #[test]
    fn english_weekdays_and_months_are_not_names() {
        let f = found("On Monday in March the soldiers waited.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_capitalised_german_noun_is_not_a_name() {
        let f = found("Am Morgen kamen die Soldaten mit Haubitzen und Panzern über die Brücke.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn an_unknown_name_defined_with_its_acronym_is_an_organisation() {
        let f = found("Helfer der Bundesanstalt für Flussbau (BAF) waren vor Ort.");
        assert!(f.contains(&(
            "Bundesanstalt für Flussbau".into(),
            EntityType::Organization
        )));
        assert!(f.contains(&("BAF".into(), EntityType::Organization)));
    }

    #[test]
    fn a_party_in_brackets_after_a_person_stays_apart() {
        let doc = Document::new("t", "Das sagte Angela Merkel (CDU) am Abend.");
        let all = recognize(&doc);
        let merkel = all.iter().find(|m| m.text(&doc) == "Angela Merkel");
        let cdu = all.iter().find(|m| m.text(&doc) == "CDU");
        assert!(merkel.is_some() && cdu.is_some());
        assert_ne!(
            merkel.and_then(|m| m.key.clone()),
            cdu.and_then(|m| m.key.clone())
        );
    }

    #[test]
    fn a_truncated_compound_is_completed() {
        assert!(has(
            "zwischen Nord- und Südkorea",
            "Nord-",
            EntityType::Country
        ));
    }
}
