//! The list of articles, with "Clear all" and a way back to the samples.

use std::rc::Rc;

use crosscheck::report::Language;
use crosscheck::Article;
use yew::prelude::*;

use super::analysis::Analysis;
use super::article_item::ArticleItem;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// The list as it is now (the analysis may still be catching up with it).
    pub articles: Rc<Vec<Article>>,
    pub analysis: Rc<Analysis>,
    /// The article open in the reader.
    pub open: Option<String>,
    pub has_all_samples: bool,
    pub on_open: Callback<String>,
    pub on_rename: Callback<(String, String)>,
    pub on_remove: Callback<String>,
    pub on_clear: Callback<()>,
    pub on_load_samples: Callback<()>,
}

#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let t = use_text();
    let (analysis, articles) = (&props.analysis, &props.articles);
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    let samples = props.on_load_samples.reform(|_: MouseEvent| ());
    html! {
        <section class="article-panel" aria-labelledby="articles-heading">
            <h2 id="articles-heading" class="panel-title">
                { t.articles_heading }<span class="tab-count">{ articles.len() }</span>
            </h2>
            if articles.is_empty() {
                <p class="empty">{ t.no_articles }</p>
            } else {
                <ol id="articles" class="article-list">
                    { for articles.iter().enumerate().map(|(i, a)| {
                        let language = analysis
                            .report
                            .documents
                            .iter()
                            .find(|d| d.id == a.id)
                            .map(|d| match d.language {
                                Language::De => t.german.to_string(),
                                Language::En => t.english.to_string(),
                            });
                        html! {
                            <ArticleItem key={a.id.clone()} number={i + 1} id={a.id.clone()}
                                words={analysis.words_of(&a.id)} language={language}
                                open={props.open.as_deref() == Some(a.id.as_str())}
                                on_open={props.on_open.clone()} on_rename={props.on_rename.clone()}
                                on_remove={props.on_remove.clone()} />
                        }
                    }) }
                </ol>
            }
            <div class="list-actions">
                if !articles.is_empty() {
                    <button type="button" id="clear-all" onclick={clear}>{ t.clear_all }</button>
                }
                if !props.has_all_samples {
                    <button type="button" id="load-samples" onclick={samples}>{ t.load_samples }</button>
                }
            </div>
        </section>
    }
}
