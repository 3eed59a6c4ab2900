//! The five sample articles (copies of the project's seed texts) that a first visit shows, built
//! into the wasm so the page works offline and without a single fetch.

use crosscheck::Article;

const SAMPLES: [(&str, &str); 5] = [
    (
        "000_304bf167e6ad5681.txt",
        include_str!("../../www/samples/000_304bf167e6ad5681.txt"),
    ),
    (
        "001_6ed0a51fcade1d8f.txt",
        include_str!("../../www/samples/001_6ed0a51fcade1d8f.txt"),
    ),
    (
        "002_f0337515d6951f32.txt",
        include_str!("../../www/samples/002_f0337515d6951f32.txt"),
    ),
    (
        "003_20e25f5ecb6ed905.txt",
        include_str!("../../www/samples/003_20e25f5ecb6ed905.txt"),
    ),
    (
        "004_58e442191e26c2fa.txt",
        include_str!("../../www/samples/004_58e442191e26c2fa.txt"),
    ),
];

/// The samples as articles, named by their file names as the CLI would name them.
pub fn articles() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|(name, text)| Article::new(*name, *text))
        .collect()
}
