//! The progress line for a large analysis: how much text, how long so far, and Cancel. The core
//! gives no fraction done, so the bar is indeterminate and the seconds count up.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::analysis::now;
use super::files::megabytes;
use super::i18n::use_text;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// Bytes of text under analysis.
    pub bytes: usize,
    /// When the run started (ms, `performance.now()`).
    pub since: f64,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn AnalysisProgress(props: &ProgressProps) -> Html {
    let t = use_text();
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with(props.since.to_bits(), move |_| {
            let interval = Interval::new(500, move || tick.set(tick.wrapping_add(1)));
            move || drop(interval)
        });
    }
    let seconds = ((now() - props.since) / 1000.0).max(0.0) as u32;
    let label = (t.analysing_size)(&megabytes(t, props.bytes), seconds);
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div id="progress" class="progress">
            <progress aria-label={t.analysing}></progress>
            <span class="progress-text">{ label }</span>
            <button type="button" id="cancel-analysis" onclick={cancel}>{ t.cancel }</button>
        </div>
    }
}
