//! Messages for the user: refused files, empty pastes, what was added. Each can be dismissed.

use std::rc::Rc;

use yew::prelude::*;

use super::i18n::use_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub level: Level,
    pub text: String,
}

/// The messages on screen, newest last; only the last few are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notices {
    pub list: Vec<Notice>,
    next: u32,
}

pub enum NoticeAction {
    Push(Level, String),
    Dismiss(u32),
}

const KEEP: usize = 6;

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Push(level, text) => {
                next.list.push(Notice {
                    id: next.next,
                    level,
                    text,
                });
                next.next += 1;
                let excess = next.list.len().saturating_sub(KEEP);
                next.list.drain(..excess);
            }
            NoticeAction::Dismiss(id) => next.list.retain(|n| n.id != id),
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<u32>,
}

#[function_component]
pub fn NoticeList(props: &NoticesProps) -> Html {
    let t = use_text();
    html! {
        <div id="notices" class="notices" aria-live="polite">
            { for props.notices.iter().map(|n| {
                let id = n.id;
                let dismiss = props.on_dismiss.reform(move |_: MouseEvent| id);
                let (class, role, label) = match n.level {
                    Level::Info => ("notice notice-info", "status", t.note),
                    Level::Error => ("notice notice-error", "alert", t.problem),
                };
                html! {
                    <p key={id} class={class} role={role}>
                        <strong class="notice-label">{ label }{ ": " }</strong>
                        <span class="notice-text">{ &n.text }</span>
                        <button type="button" class="notice-dismiss" aria-label={t.dismiss}
                            onclick={dismiss}>{ "×" }</button>
                    </p>
                }
            }) }
        </div>
    }
}
