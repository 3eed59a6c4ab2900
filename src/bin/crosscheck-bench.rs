//! The core alone, for the bench page (www/bench.html): no UI, the same `web` profile as the app,
//! so its timings are those of the code the page runs.
//!
//! Built for `wasm32-unknown-unknown` by `scripts/bench.sh` into `dist/bench/`. Each export takes
//! the text across the JS boundary once and returns a count, so that the browser measures the
//! core's work and not the building of JS objects. On other targets it only explains itself.

#[cfg(target_arch = "wasm32")]
mod exports {
    use crosscheck::mentions::{entities, figures};
    use crosscheck::text::Document;
    use crosscheck::{analyze, Article};
    use wasm_bindgen::prelude::*;

    /// Separates the articles of one call to [`analyze_articles`] (ASCII record separator).
    const SEPARATOR: char = '\u{1E}';

    /// Builds the core's tables (the cost of the page's first analysis).
    #[wasm_bindgen]
    pub fn warm_up() {
        crosscheck::warm_up();
    }

    /// Figure and entity extraction on `text`, document included: the number of figures plus
    /// the number of entity mentions.
    #[wasm_bindgen]
    pub fn figures_and_entities(text: &str) -> u32 {
        let doc = Document::new("bench", text);
        (figures::find(&doc).len() + entities::recognize(&doc).len()) as u32
    }

    /// The whole analysis of the articles in `joined` (separated by U+001E), as the page runs it.
    /// Returns the number of findings.
    #[wasm_bindgen]
    pub fn analyze_articles(joined: &str) -> u32 {
        let articles: Vec<Article> = joined
            .split(SEPARATOR)
            .enumerate()
            .map(|(i, text)| Article::new(format!("{i}.txt"), text))
            .collect();
        analyze(&articles).findings.len() as u32
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("crosscheck-bench is the core for the bench page: run scripts/bench.sh");
}
