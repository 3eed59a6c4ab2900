//! The analysis, off the page's thread: a Web Worker runs the same wasm (www/main.js starts it and
//! hands it the compiled module) and answers each list of articles with its report, so that a
//! 20 MB article never freezes the page. A run can be cancelled: the worker is terminated and a
//! fresh one takes the next run.
//!
//! Where the browser gives no worker (the loader did not offer one, as in tests/wasm.rs, or the
//! worker failed to start), the analysis runs in the page a frame after each change, as before.
//!
//! Why a plain `web_sys::Worker` and not gloo-worker: gloo-worker loads its worker from a script
//! URL of its own, which a page opened from disk (`file://`, dist/crosscheck.html) cannot give;
//! here the loader decides where the worker's script comes from (worker.js, or a Blob of the inline
//! script in the single file) and the wasm needs no second entry point.

use std::cell::RefCell;
use std::rc::Rc;

use crosscheck::{Article, Report};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use super::analysis::{now, Analysis};

/// Inputs above this size show a progress line with a Cancel button.
pub const LARGE: usize = 200 * 1024;

/// The analysis the views show, and what is under way.
pub struct Run {
    pub analysis: Rc<Analysis>,
    /// Bytes of text in the run under way and when it started (ms, `performance.now()`).
    pub running: Option<(usize, f64)>,
    /// The last run was cancelled; the views show the analysis before it.
    pub cancelled: bool,
    /// The last run failed in the worker (the core panicked); the views show the analysis
    /// before it. Not retried in the page, where the same failure would take the page down.
    pub failed: bool,
    /// False once the page has had to analyse on its own thread.
    pub in_worker: bool,
    pub cancel: Callback<()>,
    pub retry: Callback<()>,
}

/// Where results go; setters stay valid across renders.
#[derive(Clone)]
struct Sinks {
    analysis: UseStateSetter<Rc<Analysis>>,
    running: UseStateSetter<Option<(usize, f64)>>,
    in_worker: UseStateSetter<bool>,
    failed: UseStateSetter<bool>,
}

/// A live worker; dropping it terminates the worker and removes its listeners.
struct Live {
    worker: Worker,
    _listeners: [EventListener; 2],
}

impl Drop for Live {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

#[derive(Default)]
struct Engine {
    worker: Option<Live>,
    /// No worker can be had: analyse in the page from now on.
    failed: bool,
    seq: u32,
    /// The run whose answer is awaited: its number, articles and size. Answers to older runs are
    /// dropped.
    wanted: Option<(u32, Rc<Vec<Article>>, usize)>,
}

type Shared = Rc<RefCell<Engine>>;

#[hook]
pub fn use_analysis(list: Rc<Vec<Article>>) -> Run {
    let analysis = use_state(|| Rc::new(Analysis::pending(list.clone())));
    let running = use_state(|| None::<(usize, f64)>);
    let cancelled = use_state_eq(|| false);
    let in_worker = use_state_eq(|| true);
    let failed = use_state_eq(|| false);
    let retries = use_state_eq(|| 0u32);
    let engine: Shared = use_mut_ref(Engine::default);

    {
        let sinks = Sinks {
            analysis: analysis.setter(),
            running: running.setter(),
            in_worker: in_worker.setter(),
            failed: failed.setter(),
        };
        let (engine, cancelled) = (engine.clone(), cancelled.setter());
        use_effect_with((list, *retries), move |(list, _)| {
            cancelled.set(false);
            sinks.failed.set(false);
            let bytes: usize = list.iter().map(|a| a.text.len()).sum();
            sinks.running.set(Some((bytes, now())));
            let in_page = start(&engine, list.clone(), bytes, &sinks);
            move || drop(in_page)
        });
    }

    let cancel = {
        let (engine, running, cancelled) = (engine.clone(), running.setter(), cancelled.setter());
        Callback::from(move |()| {
            let stopped = {
                let mut e = engine.borrow_mut();
                e.wanted = None;
                e.worker.take()
            };
            // Terminates the worker mid-analysis; the next run starts a fresh one.
            drop(stopped);
            running.set(None);
            cancelled.set(true);
        })
    };
    let retry = {
        let retries = retries.clone();
        Callback::from(move |()| retries.set(retries.wrapping_add(1)))
    };

    Run {
        analysis: (*analysis).clone(),
        running: *running,
        cancelled: *cancelled,
        failed: *failed,
        in_worker: *in_worker,
        cancel,
        retry,
    }
}

/// Sends the articles to the worker, or (without one) schedules the analysis in the page and
/// returns its timer, which the caller drops when a newer change makes it moot.
fn start(engine: &Shared, list: Rc<Vec<Article>>, bytes: usize, sinks: &Sinks) -> Option<Timeout> {
    let mut e = engine.borrow_mut();
    if !e.failed {
        // A large run under way would hold this one up for seconds: stop it and start afresh.
        if e.wanted.as_ref().is_some_and(|(_, _, b)| *b > LARGE) {
            e.worker = None;
        }
        if e.worker.is_none() {
            e.worker = spawn(engine, sinks);
            e.failed = e.worker.is_none();
        }
        if e.worker.is_some() {
            e.seq = e.seq.wrapping_add(1);
            let seq = e.seq;
            let sent = e
                .worker
                .as_ref()
                .is_some_and(|live| post(&live.worker, seq, &list));
            if sent {
                e.wanted = Some((seq, list, bytes));
                return None;
            }
            e.failed = true;
        }
    }
    drop(e);
    sinks.in_worker.set(false);
    Some(in_page(list, sinks.clone()))
}

/// The analysis on the page's own thread, a frame from now (so "analysing…" is on screen first).
fn in_page(list: Rc<Vec<Article>>, sinks: Sinks) -> Timeout {
    Timeout::new(16, move || {
        sinks.analysis.set(Rc::new(Analysis::run(list)));
        sinks.running.set(None);
    })
}

/// A worker from the loader's `crosscheckSpawnWorker()`, with its listeners; `None` when the
/// loader offers none or the browser refuses.
fn spawn(engine: &Shared, sinks: &Sinks) -> Option<Live> {
    let factory: Function = Reflect::get(&js_sys::global(), &"crosscheckSpawnWorker".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let worker: Worker = factory.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    let on_message = {
        let (engine, sinks) = (engine.clone(), sinks.clone());
        EventListener::new(&worker, "message", move |event| {
            if let Some(message) = event.dyn_ref::<MessageEvent>() {
                answer(&engine, &sinks, &message.data());
            }
        })
    };
    let on_error = {
        let (engine, sinks) = (engine.clone(), sinks.clone());
        EventListener::new(&worker, "error", move |_| give_up(&engine, &sinks))
    };
    Some(Live {
        worker,
        _listeners: [on_message, on_error],
    })
}

fn post(worker: &Worker, seq: u32, list: &[Article]) -> bool {
    let Ok(json) = serde_json::to_string(list) else {
        return false;
    };
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| Reflect::set(&message, &key.into(), &value).is_ok();
    set("seq", JsValue::from(seq))
        && set("articles", JsValue::from_str(&json))
        && worker.post_message(&message).is_ok()
}

/// One message from the worker: `{seq, report, millis}`, or `{seq?, error}`.
fn answer(engine: &Shared, sinks: &Sinks, data: &JsValue) {
    let get = |key: &str| Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let seq = get("seq").as_f64();
    if get("error").as_string().is_some() {
        match seq {
            // The worker could not start: the page takes over.
            None => give_up(engine, sinks),
            Some(seq) => failed_run(engine, sinks, seq),
        }
        return;
    }
    let list = {
        let mut e = engine.borrow_mut();
        match &e.wanted {
            Some((want, ..)) if seq == Some(f64::from(*want)) => {}
            _ => return,
        }
        e.wanted.take().map(|(_, list, _)| list)
    };
    let Some(list) = list else {
        return;
    };
    let report = get("report")
        .as_string()
        .and_then(|json| serde_json::from_str::<Report>(&json).ok());
    match report {
        Some(report) => {
            let millis = get("millis").as_f64().unwrap_or(0.0);
            sinks
                .analysis
                .set(Rc::new(Analysis::done(list, report, millis)));
            sinks.running.set(None);
        }
        // A report that does not read back is the page's to compute.
        None => {
            in_page(list, sinks.clone()).forget();
        }
    }
}

/// The core failed on one run: that worker is spent (a trapped wasm instance is not to be trusted
/// again), the next run gets a fresh one.
fn failed_run(engine: &Shared, sinks: &Sinks, seq: f64) {
    let dead = {
        let mut e = engine.borrow_mut();
        if !matches!(&e.wanted, Some((want, ..)) if f64::from(*want) == seq) {
            return;
        }
        e.wanted = None;
        e.worker.take()
    };
    yew::platform::spawn_local(async move { drop(dead) });
    sinks.running.set(None);
    sinks.failed.set(true);
}

/// The worker could not start (or failed to load): from now on the page
/// analyses on its own thread, starting with the run that was awaited.
fn give_up(engine: &Shared, sinks: &Sinks) {
    let (dead, awaited) = {
        let mut e = engine.borrow_mut();
        e.failed = true;
        (e.worker.take(), e.wanted.take())
    };
    // Not dropped here: this runs inside one of the worker's own listeners.
    yew::platform::spawn_local(async move { drop(dead) });
    sinks.in_worker.set(false);
    if let Some((_, list, _)) = awaited {
        in_page(list, sinks.clone()).forget();
    }
}
