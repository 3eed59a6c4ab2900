//! The gazetteer: names of countries, places, organisations, media and companies from the lexicon
//! tables, with their inflected forms, matched at a token position.

use std::sync::{Arc, LazyLock};

use super::fxhash::FxHashMap;
use crate::lexicon;
use crate::report::{EntityType, Language};
use crate::text::words::{is_acronym, lower, PhraseTable};
use crate::text::Document;

/// What a gazetteer name refers to. Its keys are shared (`Arc`), as each name's inflected forms
/// hold a copy, and copying them was a sixth of building the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// A stable key shared by every alias of the entity ("country:KP", "place:moscow").
    pub key: Arc<str>,
    pub kind: EntityType,
    /// The name is also a common word ("Zeit", "Welt"): it needs a reporting cue nearby.
    pub ambiguous: bool,
    /// For a seat of government: the key of its country.
    pub capital_of: Option<Arc<str>>,
    /// For a place: the key of the country it lies in.
    pub country: Option<Arc<str>>,
    /// The name was written in capitals only ("NATO", "USA"); it must match capitals.
    pub acronym: bool,
    /// The name starts with a lower-case letter ("dpa", "taz"); it must match exactly.
    pub lower_case: bool,
    /// This form is a name as listed, not an inflection of one ("Nordkorea", not "Nordkoreas").
    pub base_form: bool,
}

pub struct Gazetteer {
    names: PhraseTable<Known>,
    /// Country keys by demonym stem ("nordkoreanisch" → "country:KP"), one table per language
    /// so that a lookup needs no owned key.
    demonyms: [FxHashMap<String, String>; 2],
    /// The canonical name of each country in each language, for display.
    pub country_names: FxHashMap<(String, Language), String>,
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(build);

/// A gazetteer key: a kind's prefix and a name. Thousands are built on the first analysis,
/// which the user waits for, and `format!` costs several times a plain concatenation.
fn key(prefix: &str, name: &str) -> String {
    let mut key = String::with_capacity(prefix.len() + name.len());
    key.push_str(prefix);
    key.push_str(name);
    key
}

/// [`key`] of a name in lower case, lowered in place when it is ASCII.
fn lower_key(prefix: &str, name: &str) -> String {
    if !name.is_ascii() {
        return key(prefix, &name.to_lowercase());
    }
    let mut key = key(prefix, name);
    key[prefix.len()..].make_ascii_lowercase();
    key
}

fn build() -> Gazetteer {
    let mut names = PhraseTable::default();
    let mut country_names = FxHashMap::default();
    let mut add = |name: &str, known: Known| {
        let [base, genitive, weak] = inflections(name);
        for (variant, base_form) in [(base, true), (genitive, false), (weak, false)] {
            if let Some(variant) = variant {
                let known = Known {
                    base_form,
                    ..known.clone()
                };
                names.insert_lower(variant, known);
            }
        }
    };
    let entry = |key: String, kind: EntityType, name: &str| Known {
        key: key.into(),
        kind,
        ambiguous: false,
        capital_of: None,
        country: None,
        // "U.S." is written as several tokens; only its first letter can be checked.
        acronym: is_acronym(name) && !name.contains('.'),
        lower_case: name.chars().next().is_some_and(char::is_lowercase),
        base_form: true,
    };
    for table in [lexicon::COUNTRIES, lexicon::COUNTRY_ALIASES] {
        for row in lexicon::rows(table) {
            let (code, lang, name) = (row[0], row[1], row[2]);
            if name.contains(',') {
                continue;
            }
            for &l in lexicon::languages(lang) {
                country_names
                    .entry((key("country:", code), l))
                    .or_insert_with(|| name.to_string());
            }
            add(
                name,
                entry(key("country:", code), EntityType::Country, name),
            );
        }
    }
    for row in lexicon::rows(lexicon::PLACES) {
        let (place, country, capital) = (row[0], row[1], row[2] == "1");
        for name in row[3].split('|') {
            let mut known = entry(key("place:", place), EntityType::Place, name);
            if country != "-" {
                known.country = Some(key("country:", country).into());
                if capital {
                    known.capital_of = known.country.clone();
                }
            }
            add(name, known);
        }
    }
    for row in lexicon::rows(lexicon::ORGANIZATIONS) {
        let kind = EntityType::parse(row[0]).unwrap_or(EntityType::Organization);
        let aliases: Vec<&str> = row[2].split('|').collect();
        let key = format!("{}:{}", kind.as_str(), aliases[0].to_lowercase());
        for name in aliases {
            let mut known = entry(key.clone(), kind, name);
            known.ambiguous = row[1] == "1";
            add(name, known);
        }
    }
    // German place names from Wiktionary and GeoNames, after the curated tables, which win on
    // equal names.
    let german_places = lexicon::words(lexicon::GERMAN_PLACES);
    for name in lexicon::front_decoded(lexicon::TOPONYMS)
        .into_iter()
        .chain(german_places)
    {
        add(
            name,
            entry(lower_key("place:", name), EntityType::Place, name),
        );
    }
    let mut demonyms = [FxHashMap::default(), FxHashMap::default()];
    for row in lexicon::rows(lexicon::DEMONYMS) {
        for &lang in lexicon::languages(row[1]) {
            demonyms[lang as usize].insert(row[2].to_lowercase(), key("country:", row[0]));
        }
    }
    Gazetteer {
        names,
        demonyms,
        country_names,
    }
}

/// The forms a name takes in running text, in lower case: the name, a genitive -s on the last
/// word ("nordkoreas"), and German weak adjective endings on the words before it ("vereinigten
/// staaten", "demokratischen volksrepublik korea"). The English possessive needs no form: the
/// tokenizer splits "'s" off. The name is lowered once for all its forms; which forms it takes is
/// read from the name as written.
fn inflections(name: &str) -> [Option<String>; 3] {
    let lowered = lower(name).into_owned();
    let (before, last) = match name.rsplit_once(' ') {
        Some((before, last)) => (Some(before), last),
        None => (None, name),
    };
    let genitive = (!is_acronym(last) && !last.ends_with(['s', 'x', 'z', 'ß'])).then(|| {
        let mut genitive = String::with_capacity(lowered.len() + 1);
        genitive.push_str(&lowered);
        genitive.push('s');
        genitive
    });
    // Lowering keeps the spaces, so the words of both forms pair up.
    let weak = before
        .filter(|b| b.split(' ').any(|w| w.ends_with('e')))
        .map(|before| {
            let (_, last_lowered) = lowered.rsplit_once(' ').unwrap_or_default();
            let mut weak = String::with_capacity(lowered.len() + 4);
            for (w, low) in before.split(' ').zip(lowered.split(' ')) {
                weak.push_str(low);
                if w.ends_with('e') {
                    weak.push('n');
                }
                weak.push(' ');
            }
            weak.push_str(last_lowered);
            weak
        });
    [Some(lowered), genitive, weak]
}

impl Gazetteer {
    /// Could a name start with token `i`? Most words cannot, and one lookup by the hash the
    /// document took turns them away.
    pub fn may_start_at(&self, doc: &Document, i: usize) -> bool {
        self.names.starts_at(doc, i)
    }

    /// The longest known name that starts at `at`, with its length in tokens.
    /// `original` gives the words as written, to check capitalisation.
    pub fn at<'w, S: AsRef<str>>(
        &self,
        lower: &[S],
        original: &dyn Fn(usize) -> &'w str,
        at: usize,
    ) -> Option<(usize, &Known)> {
        let (n, known) = self.names.longest_at(lower, at)?;
        let first = original(at);
        let fits = if known.lower_case {
            first.chars().next().is_some_and(char::is_lowercase)
        } else if known.acronym {
            is_acronym(first)
        } else {
            first.chars().next().is_some_and(char::is_uppercase)
        };
        fits.then_some((n, known))
    }

    /// A single word looked up on its own (a part of a compound: "US" in "US-Außenministerium").
    pub fn word(&self, word: &str) -> Option<&Known> {
        let lower = [word.to_lowercase()];
        self.at(&lower, &|_| word, 0)
            .filter(|(n, _)| *n == 1)
            .map(|(_, k)| k)
    }

    /// The country an inflected demonym adjective names ("nordkoreanischen" → "country:KP").
    pub fn demonym(&self, lang: Language, lower: &str) -> Option<&str> {
        let stem = match lang {
            Language::De => ["en", "er", "es", "em", "e"]
                .iter()
                .find_map(|e| lower.strip_suffix(e))
                .unwrap_or(lower),
            Language::En => lower,
        };
        self.demonyms[lang as usize].get(stem).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(text: &str) -> Option<(usize, String)> {
        let words: Vec<&str> = text.split(' ').collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        GAZETTEER
            .at(&lower, &|i| words[i], 0)
            .map(|(n, k)| (n, k.key.to_string()))
    }

    #[test]
    fn a_name_takes_its_genitive_and_weak_forms() {
        let forms = |name| inflections(name).into_iter().flatten().collect::<Vec<_>>();
        assert_eq!(forms("Nordkorea"), ["nordkorea", "nordkoreas"]);
        assert_eq!(
            forms("Demokratische Volksrepublik Korea"),
            [
                "demokratische volksrepublik korea",
                "demokratische volksrepublik koreas",
                "demokratischen volksrepublik korea",
            ]
        );
        assert_eq!(
            forms("Vereinigte Arabische Emirate"),
            [
                "vereinigte arabische emirate",
                "vereinigte arabische emirates",
                "vereinigten arabischen emirate",
            ]
        );
        // Acronyms and names ending in a hissing sound take no -s; the name decides, not its
        // lower-case form ("ÖVP", not "övp").
        assert_eq!(forms("USA"), ["usa"]);
        assert_eq!(forms("ÖVP"), ["övp"]);
        assert_eq!(forms("Große Paris"), ["große paris", "großen paris"]);
        assert_eq!(forms("Ägypten"), ["ägypten", "ägyptens"]);
    }

    #[test]
    fn countries_in_german_and_english() {
        assert_eq!(lookup("Nordkorea"), Some((1, "country:KP".into())));
        assert_eq!(lookup("North Korea"), Some((2, "country:KP".into())));
        assert_eq!(lookup("DVRK"), Some((1, "country:KP".into())));
    }

    #[test]
    fn inflected_forms_are_known() {
        assert_eq!(lookup("Nordkoreas"), Some((1, "country:KP".into())));
        assert_eq!(
            lookup("Vereinigten Staaten"),
            Some((2, "country:US".into()))
        );
        assert_eq!(
            lookup("Demokratischen Volksrepublik Korea"),
            Some((3, "country:KP".into()))
        );
    }

    #[test]
    fn acronyms_must_be_capitals() {
        assert_eq!(lookup("US"), Some((1, "country:US".into())));
        assert_eq!(lookup("us"), None);
    }

    #[test]
    fn capitals_know_their_country() {
        let lower = ["pjöngjang"];
        let (_, known) = GAZETTEER.at(&lower, &|_| "Pjöngjang", 0).expect("known");
        assert_eq!(known.capital_of.as_deref(), Some("country:KP"));
    }

    #[test]
    fn demonyms_name_countries() {
        assert_eq!(
            GAZETTEER.demonym(Language::De, "nordkoreanischen"),
            Some("country:KP")
        );
        assert_eq!(
            GAZETTEER.demonym(Language::En, "north korean"),
            Some("country:KP")
        );
    }
}
