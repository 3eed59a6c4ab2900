//! The app: holds the articles, the messages, the open view, the clicked span, the language and
//! the last undoable change; runs the core when the articles change; takes files dropped anywhere
//! on the window and articles from a share link.

use std::cell::Cell;
use std::rc::Rc;

use crosscheck::Article;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

use super::address;
use super::analysis::{Analysis, Selection};
use super::article_list::ArticleList;
use super::entities::EntitiesView;
use super::figures::FiguresView;
use super::file_pick::FilePick;
use super::files::{self, Picked};
use super::findings::FindingsView;
use super::i18n::Lang;
use super::lang_switch::LangSwitch;
use super::matrix::MatrixView;
use super::notices::{Level, NoticeAction, NoticeList, Notices};
use super::paste::PasteBox;
use super::progress::AnalysisProgress;
use super::reader::Reader;
use super::share::{self, LinkError};
use super::share_panel::SharePanel;
use super::status::StatusLine;
use super::store::{self, ArticleAction, Articles};
use super::tabs::{Tabs, View};
use super::timeline::TimelineView;
use super::undo::{self, Lost, Restore, Undo, UndoToast};
use super::worker::{self, LARGE};
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

    let lang = use_state_eq(Lang::initial);
    let t = lang.text();
    let undo = use_state_eq(|| None::<Undo>);
    let serials = use_mut_ref(|| 0u32);

    let list = articles.list.clone();
    // The list and language as of this render, for callbacks registered once (the drop listener,
    // the link listener) and for file reads that finish later.
    let latest = use_mut_ref(|| (list.clone(), *lang));
    *latest.borrow_mut() = (list.clone(), *lang);
    let next_serial = {
        let serials = serials.clone();
        move || {
            let mut s = serials.borrow_mut();
            *s = s.wrapping_add(1);
            *s
        }
    };
    // The core runs off the page's thread where it can (see worker.rs); until its answer is in, the
    // views show the analysis before the change and the status line says "analysing".
    let run = worker::use_analysis(list.clone());
    let analysis: Rc<Analysis> = run.analysis.clone();
    let stopped = run.cancelled || run.failed;
    let busy = !stopped && (analysis.pending || !Rc::ptr_eq(&analysis.articles, &list));
    let stop_note = if run.failed { t.failed } else { t.cancelled };

    {
        use_effect_with(*lang, |lang| lang.apply());
    }

    // Replacing the whole list (a share link, an imported export) keeps the old one for Undo.
    let replace = {
        let (set, undo, latest) = (articles.dispatcher(), undo.setter(), latest.clone());
        let next_serial = next_serial.clone();
        Callback::from(move |new: Vec<Article>| {
            let list = latest.borrow().0.clone();
            let serial = next_serial();
            if !list.is_empty() {
                undo.set(Some(Undo {
                    serial,
                    what: Lost::Replaced(new.len(), list.len()),
                    restore: Rc::new(Restore::Replace(list.as_ref().clone())),
                }));
            }
            set.dispatch(ArticleAction::Replace(new));
        })
    };

    // A share link in the address: its articles replace the list (with Undo), once; a broken one
    // is said and changes nothing. Read at start and whenever the fragment changes.
    {
        let (replace, notify) = (replace.clone(), notices.dispatcher());
        use_effect_with(*lang, move |lang| {
            let t = lang.text();
            let open = move || {
                let Some(result) = share::decode(&address::current_fragment()) else {
                    return;
                };
                address::forget_fragment();
                match result {
                    Ok(articles) => {
                        notify.dispatch(NoticeAction::Push(
                            Level::Info,
                            (t.link_opened)(articles.len()),
                        ));
                        replace.emit(articles);
                    }
                    Err(e) => notify.dispatch(NoticeAction::Push(
                        Level::Error,
                        match e {
                            LinkError::Broken => t.link_broken,
                            LinkError::TooBig => t.link_too_big,
                            LinkError::Version => t.link_version,
                        }
                        .to_string(),
                    )),
                }
            };
            open();
            let listener =
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| open());
            move || drop(listener)
        });
    }

    // Keep the articles for the next visit whenever they change.
    {
        let saved = saved.setter();
        use_effect_with(list.clone(), move |list| {
            saved.set(store::save(list).is_ok())
        });
    }

    // Files read from a drop or from the picker: added, and each refusal said. An export among
    // them restores its articles in place of the list.
    let take_files = {
        let (add, notify, replace) = (articles.dispatcher(), notices.dispatcher(), replace.clone());
        let latest = latest.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let (add, notify, replace) = (add.clone(), notify.clone(), replace.clone());
            let latest = latest.clone();
            files::read_all(picked, move |read, refused| {
                let t = latest.borrow().1.text();
                let mut added = Vec::new();
                for p in read {
                    match p {
                        Picked::Article(article, encoding) => {
                            if let Some(encoding) = encoding {
                                notify.dispatch(NoticeAction::Push(
                                    Level::Info,
                                    (t.read_as)(&article.id, encoding),
                                ));
                            }
                            added.push(article);
                        }
                        Picked::Export(name, articles) => {
                            notify.dispatch(NoticeAction::Push(
                                Level::Info,
                                (t.imported)(&name, articles.len()),
                            ));
                            replace.emit(articles);
                        }
                    }
                }
                if !added.is_empty() {
                    let names: Vec<&str> = added.iter().map(|a| a.id.as_str()).collect();
                    notify.dispatch(NoticeAction::Push(Level::Info, (t.added)(&names)));
                    add.dispatch(ArticleAction::Add(added));
                }
                for r in refused {
                    notify.dispatch(NoticeAction::Push(Level::Error, r.message(t)));
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
            let id = store::unique_id(&list, title.as_deref().unwrap_or(t.pasted_text), None);
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
                notify.dispatch(NoticeAction::Push(Level::Error, (t.rename_empty)(&from)));
                return;
            }
            let to = store::unique_id(&list, &wanted, Some(&from));
            if to == from {
                return;
            }
            if to != wanted.trim() {
                notify.dispatch(NoticeAction::Push(
                    Level::Info,
                    (t.rename_taken)(wanted.trim(), &to),
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
        let (remove, undo, list) = (articles.dispatcher(), undo.setter(), list.clone());
        let next_serial = next_serial.clone();
        Callback::from(move |id: String| {
            if let Some(position) = list.iter().position(|a| a.id == id) {
                undo.set(Some(Undo {
                    serial: next_serial(),
                    what: Lost::Removed(id.clone()),
                    restore: Rc::new(Restore::Reinsert(vec![(position, list[position].clone())])),
                }));
            }
            remove.dispatch(ArticleAction::Remove(id));
        })
    };
    let on_clear = {
        let (clear, selection) = (articles.dispatcher(), selection.setter());
        let (undo, list) = (undo.setter(), list.clone());
        Callback::from(move |()| {
            undo.set(Some(Undo {
                serial: next_serial(),
                what: Lost::Cleared(list.len()),
                restore: Rc::new(Restore::Reinsert(
                    list.iter().cloned().enumerate().collect(),
                )),
            }));
            clear.dispatch(ArticleAction::Clear);
            selection.set(None);
        })
    };
    let on_undo = {
        let (restore, undo, notify) = (articles.dispatcher(), undo.clone(), notices.dispatcher());
        Callback::from(move |()| {
            if let Some(u) = (*undo).clone() {
                restore.dispatch(u.restore.action());
                undo::focus_restored(&u.restore);
                undo.set(None);
                notify.dispatch(NoticeAction::Push(Level::Info, t.restored.to_string()));
            }
        })
    };
    let on_undo_dismiss = {
        let undo = undo.clone();
        Callback::from(move |()| undo.set(None))
    };
    let on_lang = {
        let lang = lang.setter();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let on_error = {
        let notify = notices.dispatcher();
        Callback::from(move |message: String| {
            notify.dispatch(NoticeAction::Push(Level::Error, message))
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
    let retry = run.retry.reform(|_: MouseEvent| ());
    let panel = match *view {
        _ if analysis.pending && stopped => html! {
            <p class="empty cancelled">{ stop_note }{ " " }
                <button type="button" onclick={retry.clone()}>{ t.analyse_again }</button>
            </p>
        },
        _ if analysis.pending => {
            html! { <p class="empty analysing">{ t.analysing }</p> }
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

    let progress = match run.running {
        Some((bytes, since)) if bytes > LARGE && run.in_worker => html! {
            <AnalysisProgress bytes={bytes} since={since} on_cancel={run.cancel.clone()} />
        },
        _ if stopped && !analysis.pending => html! {
            <p id="cancelled" class="progress cancelled">{ stop_note }{ " " }
                <button type="button" onclick={retry}>{ t.analyse_again }</button>
            </p>
        },
        _ => html! {},
    };

    html! {
        <ContextProvider<Lang> context={*lang}>
        <div class={classes!("app", dragging.then_some("is-dragging"))}
            data-engine={if run.in_worker { "worker" } else { "page" }}>
            <header class="top">
                <h1 class="brand">{ "crosscheck" }</h1>
                <p class="tagline">{ t.tagline }</p>
                <LangSwitch current={*lang} on_change={on_lang} />
                <StatusLine analysis={analysis.clone()} busy={busy} saved={*saved} />
                { progress }
            </header>
            <NoticeList notices={notices.list.clone()} on_dismiss={on_dismiss} />
            <UndoToast undo={(*undo).clone()} on_undo={on_undo} on_dismiss={on_undo_dismiss} />
            <div class="layout">
                <aside class="sources" aria-label={t.articles_region}>
                    <PasteBox on_add={on_paste} on_refuse={refuse} />
                    <FilePick on_files={take_files} />
                    // Above the list, which can run to hundreds of articles.
                    <SharePanel articles={list.clone()} analysis={analysis.clone()} on_error={on_error} />
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
                <aside class="reader-pane" aria-label={t.reader_region}>
                    <Reader articles={list.clone()} analysis={analysis.clone()}
                        selection={(*selection).clone()} clicks={*clicks}
                        on_close={on_close} />
                </aside>
            </div>
            if *dragging {
                <div class="drop-overlay" aria-hidden="true">
                    <p>{ t.drop_here }</p>
                </div>
            }
        </div>
        </ContextProvider<Lang>>
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
