//! The Entities view: people, countries, organisations… grouped by type, with their other
//! spellings, which articles mention them and how often.

use std::rc::Rc;

use crosscheck::order;
use crosscheck::report::{Entity, EntityType};
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::i18n::{use_text, Text};

#[derive(Properties, PartialEq)]
pub struct EntitiesProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Selection>,
}

/// The types in the order the view shows them.
const TYPES: [EntityType; 7] = [
    EntityType::Person,
    EntityType::Country,
    EntityType::Organization,
    EntityType::Place,
    EntityType::Media,
    EntityType::Company,
    EntityType::Other,
];

#[function_component]
pub fn EntitiesView(props: &EntitiesProps) -> Html {
    let t = use_text();
    let analysis = &props.analysis;
    let entities = &analysis.report.entities;
    if entities.is_empty() {
        return html! { <p class="empty">{ t.no_entities }</p> };
    }
    html! {
        <div class="entities">
            { for TYPES.iter().filter_map(|&kind| {
                let heading = (t.entity_heading)(kind);
                let mut of_kind: Vec<&Entity> = entities.iter().filter(|e| e.kind == kind).collect();
                if of_kind.is_empty() {
                    return None;
                }
                // Those that most articles mention first, then the most mentioned.
                order::sort_by_key(&mut of_kind, |e| {
                    (std::cmp::Reverse(doc_count(e)), std::cmp::Reverse(e.mentions.len()))
                });
                Some(html! {
                    <section class="entity-group" data-type={kind.as_str()}>
                        <h3 class="group-title">{ heading }<span class="group-docs">{ of_kind.len() }</span></h3>
                        <ul class="entity-list">
                            { for of_kind.into_iter().map(|e| card(t, analysis, e, &props.on_select)) }
                        </ul>
                    </section>
                })
            }) }
        </div>
    }
}

fn doc_count(e: &Entity) -> usize {
    let mut docs: Vec<&str> = e.mentions.iter().map(|m| m.doc.as_str()).collect();
    order::sort(&mut docs);
    docs.dedup();
    docs.len()
}

fn card(t: &Text, analysis: &Analysis, e: &Entity, on_select: &Callback<Selection>) -> Html {
    let others: Vec<&String> = e.aliases.iter().filter(|a| **a != e.name).collect();
    let mentions = e.mentions.len();
    html! {
        <li class="entity" data-type={e.kind.as_str()}>
            <div class="entity-head">
                <span class="entity-name">{ &e.name }</span>
                <span class="entity-type">{ (t.entity_kind)(e.kind) }</span>
                <span class="entity-count">{ (t.n_mentions)(mentions) }</span>
            </div>
            if !others.is_empty() {
                <p class="entity-aliases">
                    { t.also_written }
                    { others.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            if let Some(country) = &e.stands_for {
                <p class="entity-stands-for">{ (t.stands_for)(country) }</p>
            }
            <ol class="presence" aria-label={t.mentions_per_article}>
                { for analysis.articles.iter().enumerate().map(|(i, article)| {
                    let number = i + 1;
                    let here: Vec<_> = e.mentions.iter().filter(|m| m.doc == article.id).collect();
                    match here.first() {
                        Some(first) => {
                            let selection = Selection::span(&first.doc, first.start, first.end, None);
                            let on_select = on_select.clone();
                            let onclick = Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()));
                            html! {
                                <li class="present">
                                    <button type="button" class="presence-cell" onclick={onclick}
                                        title={(t.show_first)(&article.id, &(t.mentioned_times)(here.len()))}
                                        aria-label={(t.article_mentions)(number, &article.id, &(t.mentioned_times)(here.len()))}>
                                        { format!("{number} ✓ {}", here.len()) }
                                    </button>
                                </li>
                            }
                        }
                        None => html! {
                            <li class="absent" title={(t.not_mentioned)(&article.id)}
                                aria-label={(t.article_not_mentioned)(number, &article.id)}>
                                { format!("{number} –") }
                            </li>
                        },
                    }
                }) }
            </ol>
            <details class="mentions">
                <summary>{ t.mentions }</summary>
                <ul>
                    { for e.mentions.iter().map(|m| {
                        let selection = Selection::span(&m.doc, m.start, m.end, None);
                        let on_select = on_select.clone();
                        let onclick = Callback::from(move |_: MouseEvent| on_select.emit(selection.clone()));
                        html! {
                            <li>
                                <button type="button" class="link mention" onclick={onclick}>
                                    <span class="doc-number">{ analysis.number(&m.doc) }</span>
                                    { " " }{ &m.text }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        </li>
    }
}
