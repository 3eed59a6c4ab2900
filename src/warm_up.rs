//! Builds every table the analysis reads (lexicons, gazetteer, noun list, tagger weights) ahead
//! of the first real analysis, so that a page can pay for it while the user is still reading.

use crate::{analyze, Article};

/// A German and an English sentence that between them reach every stage: a figure with its hedge
/// and unit, names, a source, a date, a denial and a second article to compare with.
const GERMAN: &str = "Berlin, 3. Mai 2024. Laut Angaben der Polizei kamen etwa 1.500 Menschen, \
                      rund 2 Millionen Euro wurden gesammelt. Die Regierung dementierte das.";
const ENGLISH: &str = "London, May 3, 2024. According to police, about 1,500 people came and \
                       $2 million was raised. The government denied it.";

/// Builds the tables that `analyze` builds on first use. Calling it again costs one tiny analysis.
pub fn warm_up() {
    analyze(&[
        Article::new("warm-up-de", GERMAN),
        Article::new("warm-up-en", ENGLISH),
    ]);
}
