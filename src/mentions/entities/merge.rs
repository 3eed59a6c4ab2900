//! Merging: mentions across all articles that name the same entity become one entity with its
//! aliases. Known names share their gazetteer key; persons share a normalised full name, and a
//! lone surname ("Putin", "Kims") joins the one person in the set whose name ends (or, for Korean
//! and Chinese names, begins) with it.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::fxhash::FxHashMap;

use super::cues::is_family_first;
use super::gazetteer::GAZETTEER;
use super::recognize::EntityMention;
use crate::order;
use crate::report::{Entity, EntityType, Evidence};
use crate::text::words::lower;
use crate::text::Document;

/// Mentions of one document, as recognised.
pub struct DocMentions<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub mentions: Vec<EntityMention>,
}

/// A lower-case key that ignores hyphens and spacing: "Kim Jong-un" = "Kim Jong Un".
pub fn person_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2011}')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!("person:{}", words.join(" "))
}

/// A key for a name that ignores case, hyphens and spacing, a genitive -s on the last word and
/// adjective endings on the words before it: "Technischen Hilfswerks" = "Technisches Hilfswerk".
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut words = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2011}')
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        let w = lower(word);
        let long = w.chars().count() > 4;
        let stem = if words.peek().is_some() {
            ["en", "es", "er", "em"]
                .iter()
                .find_map(|e| w.strip_suffix(e).filter(|_| long))
                .map_or(&*w, |s| &w[..s.len() + 1])
        } else if long && !w.ends_with("ss") {
            w.strip_suffix("es")
                .or_else(|| w.strip_suffix('s'))
                .unwrap_or(&w)
        } else {
            &w
        };
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(stem);
    }
    key
}

/// Names no table knows take the key of a known mention with the same name key (a name defined
/// with its acronym in one article, inflected in another), else their name key.
fn key_unknown_names(docs: &mut [DocMentions]) {
    let mut by_name: FxHashMap<String, String> = FxHashMap::default();
    for d in docs.iter() {
        for m in d
            .mentions
            .iter()
            .filter(|m| m.kind != EntityType::Person && !m.in_compound)
        {
            if let Some(key) = &m.key {
                by_name
                    .entry(name_key(m.text(d.doc)))
                    .or_insert_with(|| key.clone());
            }
        }
    }
    for d in docs.iter_mut() {
        let doc = d.doc;
        for m in d
            .mentions
            .iter_mut()
            .filter(|m| m.kind != EntityType::Person && m.key.is_none())
        {
            let nk = name_key(m.text(doc));
            m.key = Some(by_name.get(&nk).cloned().unwrap_or(format!("name:{nk}")));
        }
    }
}

/// The word by which a person is referred to on their own: the family name.
fn family_names(full: &str) -> Vec<String> {
    let words: Vec<&str> = full.split_whitespace().collect();
    let mut out = Vec::new();
    if let Some(last) = words.last() {
        if !last.contains('-') || words.len() < 3 {
            out.push(last.to_string());
        }
    }
    // Chinese, Korean and Vietnamese names put the family name first: "Kim Jong Un",
    // "Kim Jong-un", "Xi Jinping". Known family names, or given names of short syllables.
    let east_asian = words.len() >= 2
        && words.len() <= 3
        && (is_family_first(words[0])
            || words[1..].iter().all(|w| w.chars().count() <= 4)
            || words.last().is_some_and(|w| w.contains('-')));
    if east_asian {
        out.push(words[0].to_string());
    }
    out
}

/// Assigns keys to persons and unknown names, finds lone surnames, and groups everything.
pub fn merge(docs: &mut [DocMentions]) -> Vec<Entity> {
    // Full person names seen anywhere in the set, by the family names that can refer to them.
    let mut by_family: FxHashMap<String, FxHashMap<String, usize>> = FxHashMap::default();
    for d in docs.iter_mut() {
        for m in d
            .mentions
            .iter_mut()
            .filter(|m| m.kind == EntityType::Person && m.key.is_none())
        {
            let text = &d.doc.text[m.start..m.end];
            let key = person_key(text);
            if m.last > m.first {
                for family in family_names(text) {
                    *by_family
                        .entry(family)
                        .or_default()
                        .entry(key.clone())
                        .or_default() += 1;
                }
            }
            m.key = Some(key);
        }
    }
    for d in docs.iter_mut() {
        let lone = lone_surnames(d.doc, &d.mentions, &by_family);
        d.mentions.extend(lone);
        order::sort_by_key(&mut d.mentions, |m| (m.start, m.end));
        // A single-word "person" found by a title is the surname of a known full name; so is a
        // single unknown word the model took for something else ("Eingeständnis Kims").
        for m in d.mentions.iter_mut().filter(|m| {
            m.first == m.last
                && !m.in_compound
                && (m.kind == EntityType::Person || (!m.known && m.key.is_none()))
        }) {
            let word = d.doc.text[m.start..m.end].trim_end_matches('s');
            if let Some(key) = best_person(&by_family, word)
                .or_else(|| best_person(&by_family, &d.doc.text[m.start..m.end]))
            {
                m.key = Some(key);
                m.kind = EntityType::Person;
            }
        }
    }
    key_unknown_names(docs);
    group(docs)
}

fn best_person(
    by_family: &FxHashMap<String, FxHashMap<String, usize>>,
    word: &str,
) -> Option<String> {
    let candidates = by_family.get(word)?;
    candidates
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| k.clone())
}

/// Tokens not yet covered that are the family name of a known person ("Putin", genitive "Kims").
fn lone_surnames(
    doc: &Document,
    mentions: &[EntityMention],
    by_family: &FxHashMap<String, FxHashMap<String, usize>>,
) -> Vec<EntityMention> {
    let mut taken = vec![false; doc.tokens.len()];
    for m in mentions {
        taken[m.first..=m.last].fill(true);
    }
    let covered = |i: usize| taken[i];
    let mut out = Vec::new();
    for i in 0..doc.tokens.len() {
        if !doc.is_capitalized(i) || covered(i) {
            continue;
        }
        let word = doc.word(i);
        if word.chars().count() < 3 {
            continue;
        }
        let base = if by_family.contains_key(word) {
            word
        } else {
            word.strip_suffix('s').unwrap_or(word)
        };
        if let Some(key) = best_person(by_family, base) {
            let (start, end) = doc.span(i, i);
            out.push(EntityMention {
                start,
                end,
                first: i,
                last: i,
                kind: EntityType::Person,
                key: Some(key),
                base_form: base == word,
                capital_of: None,
                in_compound: false,
                known: false,
            });
        }
    }
    out
}

struct Group<'t> {
    kind: EntityType,
    mentions: Vec<Evidence>,
    /// Surface forms with how often each is a base form, for choosing the name.
    forms: BTreeMap<&'t str, (usize, usize, usize)>,
    capital_of: Option<String>,
    /// A mention that is not a place adverbial ("Pjöngjang weist zurück", not "in Pjöngjang").
    acts: bool,
    order: usize,
}

const LOCATIVE: &[&str] = &[
    "in", "im", "nach", "aus", "bei", "nahe", "von", "at", "to", "from", "near", "into",
];

fn group<'t>(docs: &'t [DocMentions]) -> Vec<Entity> {
    // Keys and forms are borrowed from the mentions and the texts while grouping, and copied
    // once per entity at the end rather than once per mention.
    let mut groups: FxHashMap<Cow<'t, str>, Group<'t>> = FxHashMap::default();
    let mut order = 0;
    for d in docs {
        for m in &d.mentions {
            let text = &d.doc.text[m.start..m.end];
            let key = match &m.key {
                Some(key) => Cow::Borrowed(key.as_str()),
                None => Cow::Owned(format!("{}:{}", m.kind.as_str(), text.to_lowercase())),
            };
            let g = groups.entry(key).or_insert_with(|| {
                order += 1;
                Group {
                    kind: m.kind,
                    mentions: Vec::new(),
                    forms: BTreeMap::new(),
                    capital_of: m.capital_of.clone(),
                    acts: false,
                    order,
                }
            });
            g.mentions.push(Evidence {
                doc: d.doc.id.to_string(),
                text: text.to_string(),
                start: m.start,
                end: m.end,
            });
            let words = m.last - m.first + 1;
            let entry = g.forms.entry(text).or_insert((0, 0, words));
            entry.0 += 1;
            if m.base_form && !m.in_compound {
                entry.1 += 1;
            }
            let before = if m.first > 0 {
                d.doc.lower(m.first - 1)
            } else {
                ""
            };
            // "von Pjöngjang … zurückgewiesen" is an actor, "in Pjöngjang" a place.
            if !m.in_compound && (!LOCATIVE.contains(&before) || before == "von") {
                g.acts = true;
            }
        }
    }
    let mut out: Vec<(usize, Entity)> = groups
        .into_values()
        .map(|g| {
            let name = choose_name(&g);
            let mut aliases: Vec<String> = vec![name.clone()];
            for &form in g.forms.keys() {
                if !aliases.iter().any(|a| a == form) {
                    aliases.push(form.to_string());
                }
            }
            // A person is also searched for by family name alone, even where only the full name is written.
            if g.kind == EntityType::Person {
                for family in family_names(&name) {
                    if !aliases.contains(&family) && family != name {
                        aliases.push(family);
                    }
                }
            }
            let stands_for = g.capital_of.filter(|_| g.acts).and_then(|country| {
                let lang = docs.first().map(|d| d.doc.lang)?;
                GAZETTEER.country_names.get(&(country, lang)).cloned()
            });
            (
                g.order,
                Entity {
                    name,
                    kind: g.kind,
                    aliases,
                    mentions: g.mentions,
                    stands_for,
                },
            )
        })
        .collect();
    order::sort_by(&mut out, |a, b| {
        b.1.mentions
            .len()
            .cmp(&a.1.mentions.len())
            .then(a.0.cmp(&b.0))
    });
    out.into_iter().map(|(_, e)| e).collect()
}

/// The name to show: the most frequent base form, preferring full (longer) names for persons.
fn choose_name(g: &Group) -> String {
    g.forms
        .iter()
        .max_by(|a, b| {
            let (ca, ba, wa) = a.1;
            let (cb, bb, wb) = b.1;
            let full = |w: &usize| g.kind == EntityType::Person && *w > 1;
            (full(wa), *ba > 0, *ba, *ca)
                .cmp(&(full(wb), *bb > 0, *bb, *cb))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(name, _)| name.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::entities::recognize::recognize;

    fn entities(texts: &[&str]) -> Vec<Entity> {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(["a", "b", "c"][i], t))
            .collect();
        let mut dm: Vec<DocMentions> = docs
            .iter()
            .map(|d| DocMentions {
                doc: d,
                mentions: recognize(d),
            })
            .collect();
        merge(&mut dm)
    }

    fn find<'e>(all: &'e [Entity], name: &str) -> &'e Entity {
        all.iter().find(|e| e.name == name).unwrap_or_else(|| {
            panic!(
                "{name} not in {:?}",
                all.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn a_party_named_after_another_stays_apart() {
        // In English the parties are names; German "Sozialdemokraten" names the members, a
        // plain noun (GermEval leaves it untagged).
        let all = entities(&[
            "In Germany, the Social Democrats lost votes, while the Democrats in the United States gained.",
            "The Social Democrats and the Christian Democrats formed a coalition.",
        ]);
        assert_eq!(find(&all, "Social Democrats").mentions.len(), 2);
        assert_eq!(find(&all, "Christian Democrats").mentions.len(), 1);
        assert_eq!(find(&all, "Democrats").mentions.len(), 1);
    }

    #[test]
    fn spelling_variants_and_surnames_merge_across_articles() {
        let all = entities(&[
            "Kim Jong Un sprach in Pjöngjang.",
            "Nordkoreas Machthaber Kim Jong-un drohte. Kim sagte nichts.",
        ]);
        let kim = find(&all, "Kim Jong Un");
        assert_eq!(kim.mentions.len(), 3);
        assert!(kim.aliases.contains(&"Kim".to_string()));
    }

    #[test]
    fn a_chinese_family_name_alone_joins_the_full_name() {
        let all = entities(&[
            "Chinese President Xi Jinping met Vladimir Putin in Moscow. Xi said the talks went well.",
            "Putin welcomed Xi at the Kremlin.",
        ]);
        let xi = find(&all, "Xi Jinping");
        assert_eq!(xi.mentions.len(), 3);
        assert!(all.iter().all(|e| e.name != "Xi"), "Xi stands alone");
    }

    #[test]
    fn genitive_forms_merge_with_their_country() {
        let all = entities(&["Nordkoreas Armee und Nordkorea."]);
        let kp = find(&all, "Nordkorea");
        assert_eq!(kp.mentions.len(), 2);
    }

    #[test]
    fn acronyms_defined_in_brackets_merge() {
        let all = entities(&["Die Demokratische Volksrepublik Korea (DVRK) und die DVRK."]);
        let kp = find(&all, "DVRK");
        assert_eq!(kp.mentions.len(), 3);
        assert!(kp
            .aliases
            .contains(&"Demokratische Volksrepublik Korea".to_string()));
    }

    #[test]
    fn a_surname_alone_joins_the_full_name() {
        let all = entities(&["Wladimir Putin kam.", "Dann sprach Putin."]);
        assert_eq!(find(&all, "Wladimir Putin").mentions.len(), 2);
    }

    #[test]
    fn name_keys_ignore_inflection_spacing_and_hyphens() {
        assert_eq!(
            name_key("Technischen Hilfswerks"),
            name_key("Technisches Hilfswerk")
        );
        assert_eq!(name_key("Nord-Stream"), name_key("Nord Stream"));
        assert_ne!(name_key("Bundesrat"), name_key("Bundestag"));
    }

    #[test]
    fn an_acronym_defined_for_an_unknown_name_merges_across_articles() {
        let all = entities(&[
            "Die Helfer der Bundesanstalt für Flussbau (BAF) waren vor Ort.",
            "Die BAF schickte Pumpen.",
            "Ein Sprecher der Bundesanstalt für Flussbau (BAF) bestätigte das.",
        ]);
        let baf = all
            .iter()
            .find(|e| e.aliases.iter().any(|a| a == "BAF"))
            .expect("BAF");
        assert_eq!(
            baf.mentions.len(),
            5,
            "{:?} {:?}",
            baf.aliases,
            all.iter().map(|e| &e.aliases).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_capital_acting_for_its_government_stands_for_the_country() {
        let all = entities(&["Das wird von Pjöngjang zurückgewiesen."]);
        assert_eq!(
            find(&all, "Pjöngjang").stands_for.as_deref(),
            Some("Nordkorea")
        );
        let all = entities(&["Er sprach in Pjöngjang."]);
        assert_eq!(find(&all, "Pjöngjang").stands_for, None);
    }
}
