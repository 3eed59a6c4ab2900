//! The five sample articles (German reports on one story, `www/samples/`): the page's demo on a
//! first visit, built into the wasm so that it needs no fetch, and the text the benchmarks, the
//! profiler and the tests read.

use crate::Article;

/// The samples' file names, in order; the page and the CLI name articles by them.
pub const NAMES: [&str; 5] = [
    "000_304bf167e6ad5681.txt",
    "001_6ed0a51fcade1d8f.txt",
    "002_f0337515d6951f32.txt",
    "003_20e25f5ecb6ed905.txt",
    "004_58e442191e26c2fa.txt",
];

/// The samples' texts, in the order of [`NAMES`].
pub const TEXTS: [&str; 5] = [
    include_str!("../www/samples/000_304bf167e6ad5681.txt"),
    include_str!("../www/samples/001_6ed0a51fcade1d8f.txt"),
    include_str!("../www/samples/002_f0337515d6951f32.txt"),
    include_str!("../www/samples/003_20e25f5ecb6ed905.txt"),
    include_str!("../www/samples/004_58e442191e26c2fa.txt"),
];

/// The samples as articles, named by their file names.
pub fn articles() -> Vec<Article> {
    NAMES
        .iter()
        .zip(TEXTS)
        .map(|(name, text)| Article::new(*name, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_a_german_article_of_its_name() {
        let articles = articles();
        assert_eq!(articles.len(), 5);
        for (article, name) in articles.iter().zip(NAMES) {
            assert_eq!(article.id, name);
            assert!(article.text.len() > 1000, "{name} is a whole article");
        }
    }
}
