//! The app: holds the articles, the messages, the open view and the clicked span, runs the core
//! when the articles change, and takes files dropped anywhere on the window.

use std::cell::Cell;
use std::rc::Rc;

use crosscheck::Article;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

use super::analysis::{Analysis, Selection};
use super::article_list::ArticleList;
use super::entities::EntitiesView;
use super::figures::FiguresView;
use super::file_pick::FilePick;
use super::files;
use super::findings::FindingsView;
use super::matrix::MatrixView;
use super::notices::{Level, NoticeAction, NoticeList, Notices};
use super::paste::PasteBox;
use super::reader::Reader;
use super::status::StatusLine;
use super::store::{self, ArticleAction, Articles};
use super::tabs::{Tabs, View};
use super::timeline::TimelineView;
use super::{claim_rows, when};

#[function_component]
pub fn App() -> Html {
    let articles = use_reducer(Articles::initial);
    let notices = use_reducer(Notices::default);
    let view = use_state_eq(|| View::Figures);
    let selection = use_state_eq(|| None::<Selection>);
    // Counts the clicks that open the reader, so that clicking the same span again scrolls back
    // to it even though the selection itself did not change.
    let clicks = use_state_eq(|| 0u32);
    let dragging = use_state_eq(|| false);
    let saved = use_state_eq(|| true);

    let list = articles.list.clone();
    // The core runs a frame after the articles change, so the page (with "analysing…" in the
    // status line) is on screen first: on a first visit the core's tables take a moment to build,
    // and a large article a few seconds to read. A newer change cancels a run not yet started.
    let analysis = use_state(|| Rc::new(Analysis::pending(list.clone())));
    {
        let analysis = analysis.setter();
        use_effect_with(list.clone(), move |list| {
            let list = list.clone();
            let run = Timeout::new(16, move || analysis.set(Rc::new(Analysis::run(list))));
            move || drop(run)
        });
    }
    let analysis: Rc<Analysis> = (*analysis).clone();
    let busy = analysis.pending || !Rc::ptr_eq(&analysis.articles, &list);

    // Keep the articles for the next visit whenever they change.
    {
        let saved = saved.setter();
        use_effect_with(list.clone(), move |list| {
            saved.set(store::save(list).is_ok())
        });
    }

    // Files read from a drop or from the picker: added, and each refusal said.
    let take_files = {
        let add = articles.dispatcher();
        let notify = notices.dispatcher();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let (add, notify) = (add.clone(), notify.clone());
            files::read_all(picked, move |read, refused| {
                if !read.is_empty() {
                    let names: Vec<&str> = read.iter().map(|a| a.id.as_str()).collect();
                    notify.dispatch(NoticeAction::Push(
                        Level::Info,
                        format!("Added {}.", names.join(", ")),
                    ));
                    add.dispatch(ArticleAction::Add(read));
                }
                for message in refused {
                    notify.dispatch(NoticeAction::Push(Level::Error, message));
                }
            });
        })
    };

    // Drops anywhere on the window. Only drags that carry files are taken over; dragging text
    // into the paste box keeps working as usual.
    {
        let take_files = take_files.clone();
        let dragging = dragging.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let options = EventListenerOptions::enable_prevent_default();
            // dragenter/dragleave fire for every element crossed; counting them tells when the
            // drag has left the window.
            let depth = Rc::new(Cell::new(0i32));
            let enter = {
                let (depth, dragging) = (depth.clone(), dragging.clone());
                EventListener::new_with_options(&window, "dragenter", options, move |e| {
                    if carries_files(e) {
                        e.prevent_default();
                        depth.set(depth.get() + 1);
                        dragging.set(true);
                    }
                })
            };
            let over = EventListener::new_with_options(&window, "dragover", options, move |e| {
                if carries_files(e) {
                    e.prevent_default();
                }
            });
            let leave = {
                let (depth, dragging) = (depth.clone(), dragging.clone());
                EventListener::new_with_options(&window, "dragleave", options, move |e| {
                    if carries_files(e) {
                        depth.set((depth.get() - 1).max(0));
                        if depth.get() == 0 {
                            dragging.set(false);
                        }
                    }
                })
            };
            let drop = EventListener::new_with_options(&window, "drop", options, move |e| {
                if !carries_files(e) {
                    return;
                }
                e.prevent_default();
                depth.set(0);
                dragging.set(false);
                let dropped = e
                    .dyn_ref::<DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .map(|dt| files::list(dt.files()))
                    .unwrap_or_default();
                if !dropped.is_empty() {
                    take_files.emit(dropped);
                }
            });
            move || drop_all([enter, over, leave, drop])
        });
    }

    let refuse = {
        let notify = notices.dispatcher();
        Callback::from(move |message: String| {
            notify.dispatch(NoticeAction::Push(Level::Error, message))
        })
    };
    let on_paste = {
        let (add, list, selection) = (articles.dispatcher(), list.clone(), selection.setter());
        Callback::from(move |(title, text): (Option<String>, String)| {
            let id = store::unique_id(&list, title.as_deref().unwrap_or("Pasted text"), None);
            let mut article = Article::new(id.clone(), text);
            article.title = title;
            add.dispatch(ArticleAction::Add(vec![article]));
            // Show what was added, so the reader confirms it arrived as typed.
            selection.set(Some(Selection::article(&id)));
        })
    };
    let on_select = {
        let (selection, clicks) = (selection.setter(), clicks.clone());
        Callback::from(move |s: Selection| {
            selection.set(Some(s));
            clicks.set(clicks.wrapping_add(1));
        })
    };
    let on_open = {
        let selection = selection.setter();
        Callback::from(move |id: String| selection.set(Some(Selection::article(&id))))
    };
    let on_close = {
        let selection = selection.setter();
        Callback::from(move |()| selection.set(None))
    };
    let on_rename = {
        let (rename, notify) = (articles.dispatcher(), notices.dispatcher());
        let (list, selection) = (list.clone(), selection.clone());
        Callback::from(move |(from, wanted): (String, String)| {
            if wanted.trim().is_empty() {
                notify.dispatch(NoticeAction::Push(
                    Level::Error,
                    format!("{from} was not renamed: a name cannot be empty."),
                ));
                return;
            }
            let to = store::unique_id(&list, &wanted, Some(&from));
            if to == from {
                return;
            }
            if to != wanted.trim() {
                notify.dispatch(NoticeAction::Push(
                    Level::Info,
                    format!(
                        "Another article is called {}; this one is now {to}.",
                        wanted.trim()
                    ),
                ));
            }
            if let Some(open) = (*selection).clone().filter(|s| s.doc == from) {
                selection.set(Some(Selection {
                    doc: to.clone(),
                    ..open
                }));
            }
            rename.dispatch(ArticleAction::Rename { from, to });
        })
    };
    let on_remove = {
        let remove = articles.dispatcher();
        Callback::from(move |id: String| remove.dispatch(ArticleAction::Remove(id)))
    };
    let on_clear = {
        let (clear, selection) = (articles.dispatcher(), selection.setter());
        Callback::from(move |()| {
            clear.dispatch(ArticleAction::Clear);
            selection.set(None);
        })
    };
    let on_load_samples = {
        let load = articles.dispatcher();
        Callback::from(move |()| load.dispatch(ArticleAction::LoadSamples))
    };
    let on_dismiss = {
        let notify = notices.dispatcher();
        Callback::from(move |id: u32| notify.dispatch(NoticeAction::Dismiss(id)))
    };
    let on_view = {
        let view = view.setter();
        Callback::from(move |v: View| view.set(v))
    };

    // The matrix's rows and the timeline's dates, counted once per analysis.
    let compare_counts = use_memo(analysis.clone(), |a| {
        let r = &a.report;
        [claim_rows::row_count(r), when::timeline(r).items.len()]
    });
    let report = &analysis.report;
    let counts = [
        report.figures.len(),
        report.entities.len(),
        report.findings.len(),
        compare_counts[0],
        compare_counts[1],
    ];
    let panel = match *view {
        _ if analysis.pending => {
            html! { <p class="empty analysing">{ "Analysing the articles…" }</p> }
        }
        View::Figures => {
            html! { <FiguresView analysis={analysis.clone()} on_select={on_select.clone()} /> }
        }
        View::Entities => {
            html! { <EntitiesView analysis={analysis.clone()} on_select={on_select.clone()} /> }
        }
        View::Findings => {
            html! { <FindingsView analysis={analysis.clone()} on_select={on_select.clone()} /> }
        }
        View::Matrix => {
            html! { <MatrixView analysis={analysis.clone()} on_select={on_select.clone()} /> }
        }
        View::Timeline => {
            html! { <TimelineView analysis={analysis.clone()} on_select={on_select.clone()} /> }
        }
    };
    let open = (*selection).as_ref().map(|s| s.doc.clone());

    html! {
        <div class={classes!("app", dragging.then_some("is-dragging"))}>
            <header class="top">
                <h1 class="brand">{ "crosscheck" }</h1>
                <p class="tagline">
                    { "Compare news articles about one event: figures, names, and where they disagree. Runs in your browser; the text never leaves this machine." }
                </p>
                <StatusLine analysis={analysis.clone()} busy={busy} saved={*saved} />
            </header>
            <NoticeList notices={notices.list.clone()} on_dismiss={on_dismiss} />
            <div class="layout">
                <aside class="sources" aria-label="Articles">
                    <PasteBox on_add={on_paste} on_refuse={refuse} />
                    <FilePick on_files={take_files} />
                    <ArticleList articles={list.clone()} analysis={analysis.clone()} open={open}
                        has_all_samples={articles.has_all_samples()}
                        on_open={on_open} on_rename={on_rename} on_remove={on_remove}
                        on_clear={on_clear} on_load_samples={on_load_samples} />
                </aside>
                <main class="views">
                    <Tabs current={*view} counts={counts} on_change={on_view} />
                    <div class="panel" role="tabpanel" id={view.panel_id()}
                        aria-labelledby={view.tab_id()} tabindex="0">
                        { panel }
                    </div>
                </main>
                <aside class="reader-pane" aria-label="Reader">
                    <Reader articles={list.clone()} analysis={analysis.clone()}
                        selection={(*selection).clone()} clicks={*clicks}
                        on_close={on_close} />
                </aside>
            </div>
            if *dragging {
                <div class="drop-overlay" aria-hidden="true">
                    <p>{ "Drop .txt, .md or .html files to add them" }</p>
                </div>
            }
        </div>
    }
}

/// Whether a drag event carries files (rather than selected text or a link).
fn carries_files(e: &Event) -> bool {
    e.dyn_ref::<DragEvent>()
        .and_then(|d| d.data_transfer())
        .is_some_and(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
}

/// Removing the listeners is dropping them.
fn drop_all(listeners: [EventListener; 4]) {
    drop(listeners);
}
