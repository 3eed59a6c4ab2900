//! Every word the page shows, in English and German: one [`Text`] table per language, so a
//! missing translation is a compile error rather than a stray English label. Components read the
//! table of the chosen language with [`use_text`]; the app provides the [`Lang`] as a context.
//!
//! What the core writes (a finding's explanation, a counted noun as written in the article) is
//! not translated here: it is the core's or the article's own text.
//!
//! The tables themselves use no browser types, so the pure layout helpers that take a table
//! (claim rows, chart marks, scales, dates) are tested natively with it (tests/ui_layout.rs); only
//! remembering the choice and the hook need the browser.

use crosscheck::report::{format_number, EntityType, FindingKind, Hedge};
#[cfg(target_arch = "wasm32")]
use gloo::storage::{LocalStorage, Storage};
#[cfg(target_arch = "wasm32")]
use yew::prelude::*;

use super::claim_rows::Status;
use super::when::{Certainty, DateBasis};

/// Where the user's choice of language is kept, beside the articles.
#[cfg(target_arch = "wasm32")]
const STORAGE_KEY: &str = "crosscheck.lang.v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag, for `<html lang>` and the switch's values.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, as language pickers show it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// German for any German tag ("de", "de-AT", "de-CH"), English for everything else.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("de") {
            Lang::De
        } else {
            Lang::En
        }
    }

    /// The language chosen on an earlier visit, else the browser's.
    #[cfg(target_arch = "wasm32")]
    pub fn initial() -> Lang {
        if let Ok(code) = LocalStorage::get::<String>(STORAGE_KEY) {
            return Lang::from_tag(&code);
        }
        let browser = web_sys::window()
            .and_then(|w| w.navigator().language())
            .unwrap_or_default();
        Lang::from_tag(&browser)
    }

    /// Keeps the choice for the next visit and tells the document (screen readers pick their
    /// voice from `<html lang>`). A full storage only means the choice is not remembered.
    #[cfg(target_arch = "wasm32")]
    pub fn apply(self) {
        let _ = LocalStorage::set(STORAGE_KEY, self.code());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", self.code());
        }
    }
}

/// The table of the language the page shows.
#[cfg(target_arch = "wasm32")]
#[hook]
pub fn use_text() -> &'static Text {
    use_context::<Lang>().unwrap_or_default().text()
}

/// One language's words. Plain labels are strings; phrases with a number or a name in them are
/// functions, so that each language can order its words and choose its plural.
pub struct Text {
    pub lang: Lang,
    // The page
    pub tagline: &'static str,
    pub analysing: &'static str,
    pub drop_here: &'static str,
    pub articles_region: &'static str,
    pub reader_region: &'static str,
    pub pasted_text: &'static str,
    pub added: fn(&[&str]) -> String,
    pub rename_empty: fn(&str) -> String,
    pub rename_taken: fn(&str, &str) -> String,
    pub language: &'static str,
    // Status line
    pub n_articles: fn(usize) -> String,
    pub n_figures: fn(usize) -> String,
    pub n_entities: fn(usize) -> String,
    pub n_findings: fn(usize) -> String,
    pub analysed_in: fn(f64) -> String,
    pub analysing_change: &'static str,
    pub not_saved: &'static str,
    // Views
    pub views: &'static str,
    pub tab_figures: &'static str,
    pub tab_entities: &'static str,
    pub tab_findings: &'static str,
    pub tab_matrix: &'static str,
    pub tab_timeline: &'static str,
    // Article list
    pub articles_heading: &'static str,
    pub no_articles: &'static str,
    pub clear_all: &'static str,
    pub load_samples: &'static str,
    pub rename: &'static str,
    pub remove: &'static str,
    pub rename_aria: fn(&str) -> String,
    pub remove_aria: fn(&str) -> String,
    pub new_name_for: fn(usize) -> String,
    pub save: &'static str,
    pub cancel: &'static str,
    pub read_article: &'static str,
    pub n_words: fn(usize) -> String,
    pub german: &'static str,
    pub english: &'static str,
    // Messages
    pub note: &'static str,
    pub problem: &'static str,
    pub dismiss: &'static str,
    // Paste box and files
    pub add_heading: &'static str,
    pub article_text: &'static str,
    pub paste_placeholder: &'static str,
    pub title_optional: &'static str,
    pub title_placeholder: &'static str,
    pub add_article: &'static str,
    pub paste_empty: &'static str,
    pub this_text: &'static str,
    pub too_large: fn(&str, &str, &str) -> String,
    pub open_files: &'static str,
    pub article_files: &'static str,
    pub drop_hint: &'static str,
    pub not_supported: fn(&str) -> String,
    /// (file name, what it is: one of the `kind_*` words)
    pub not_text: fn(&str, &str) -> String,
    pub kind_pdf: &'static str,
    pub kind_image: &'static str,
    pub kind_archive: &'static str,
    pub kind_binary: &'static str,
    pub bad_encoding: fn(&str) -> String,
    pub read_as: fn(&str, &str) -> String,
    pub unreadable: fn(&str, &str) -> String,
    pub no_text_in: fn(&str) -> String,
    pub html_failed: fn(&str) -> String,
    pub not_an_export: fn(&str) -> String,
    pub bad_export: fn(&str) -> String,
    // Reader
    pub reader_hint: &'static str,
    pub no_longer_listed: fn(&str) -> String,
    pub close: &'static str,
    pub close_reader: &'static str,
    pub article_text_label: &'static str,
    pub show_in_article: &'static str,
    // Figures
    pub no_figures: &'static str,
    pub other_figures: &'static str,
    pub in_n_articles: fn(usize) -> String,
    pub col_number: &'static str,
    pub col_number_title: &'static str,
    pub col_value: &'static str,
    pub col_counted: &'static str,
    pub col_unit: &'static str,
    pub col_source: &'static str,
    pub reported: &'static str,
    pub denied: &'static str,
    pub hedge: fn(Hedge) -> &'static str,
    pub exactly: fn(&str) -> String,
    pub between: fn(&str, &str) -> String,
    pub or_more: fn(&str) -> String,
    pub or_less: fn(&str) -> String,
    pub no_bounds: &'static str,
    /// A number as this language writes it: "10,000" or "10.000".
    pub number: fn(f64) -> String,
    // Findings
    pub finding_kind: fn(FindingKind) -> &'static str,
    pub need_two: &'static str,
    pub no_findings: &'static str,
    pub time_note: &'static str,
    pub filter_legend: &'static str,
    /// (shown, total)
    pub findings_shown: fn(usize, usize) -> String,
    // Matrix
    pub no_claims: &'static str,
    pub marks_legend: &'static str,
    pub matrix_caption: &'static str,
    pub col_concept: &'static str,
    /// (articles that speak of the concept, all articles)
    pub n_of_m: fn(usize, usize) -> String,
    pub show_all_concepts: fn(usize) -> String,
    pub says_nothing: &'static str,
    pub claim_status: fn(Status) -> &'static str,
    pub may_be_update: &'static str,
    pub per_source: fn(&str) -> String,
    /// The numbers of the articles that deny a claim, already joined.
    pub denied_in: fn(&str) -> String,
    pub denied_by: fn(&str) -> String,
    pub no_date_given: &'static str,
    /// A text from an article, in this language's quotation marks.
    pub quoted: fn(&str) -> String,
    pub quote_show: fn(&str) -> String,
    /// A range the article gives: "10,000 to 12,000".
    pub range_to: fn(&str, &str) -> String,
    // Interval charts
    /// (concept, unit if any, every article's interval in words)
    pub chart_name: fn(&str, Option<&str>, &str) -> String,
    pub chart_mark: fn(usize, &str) -> String,
    pub chart_skipped_name: fn(usize) -> String,
    pub chart_skipped: fn(usize) -> String,
    /// (number as written, lower and upper end of its tolerance)
    pub about_read_as: fn(&str, &str, &str) -> String,
    pub more_than_open: fn(&str) -> String,
    pub or_more_open: fn(&str) -> String,
    pub less_than: fn(&str) -> String,
    /// (the number, the lower end)
    pub just_under_read_as: fn(&str, &str) -> String,
    /// The decimal mark of a short tick label ("1.5M", "1,5 Mio.").
    pub decimal_mark: char,
    /// Thousands, millions, billions on a tick label, after the number.
    pub short_units: [&'static str; 3],
    // Timeline
    pub no_dates: &'static str,
    pub legend_firm: &'static str,
    pub legend_inferred: &'static str,
    pub legend_span: &'static str,
    pub legend_article: &'static str,
    pub show_all_dates: fn(usize) -> String,
    pub undated_heading: &'static str,
    pub own_date: &'static str,
    pub certainty: fn(Certainty) -> &'static str,
    pub date_basis: fn(DateBasis) -> &'static str,
    pub months: [&'static str; 12],
    /// Month names short enough for an axis label.
    pub months_short: [&'static str; 12],
    /// (day, month name, year)
    pub day_month_year: fn(u32, &str, &str) -> String,
    // Entities
    pub entity_heading: fn(EntityType) -> &'static str,
    pub entity_kind: fn(EntityType) -> &'static str,
    pub no_entities: &'static str,
    pub n_mentions: fn(usize) -> String,
    pub also_written: &'static str,
    pub stands_for: fn(&str) -> String,
    pub mentions_per_article: &'static str,
    pub mentioned_times: fn(usize) -> String,
    pub show_first: fn(&str, &str) -> String,
    pub article_mentions: fn(usize, &str, &str) -> String,
    pub not_mentioned: fn(&str) -> String,
    pub article_not_mentioned: fn(usize, &str) -> String,
    pub mentions: &'static str,
    // Undo
    pub undo: &'static str,
    pub removed: fn(&str) -> String,
    pub cleared: fn(usize) -> String,
    pub replaced: fn(usize, usize) -> String,
    pub restored: &'static str,
    // Share
    pub share_export: &'static str,
    pub copy_link: &'static str,
    pub link_label: &'static str,
    pub link_copied: &'static str,
    pub link_copy_by_hand: &'static str,
    pub link_too_long: fn(&str) -> String,
    pub link_opened: fn(usize) -> String,
    pub link_broken: &'static str,
    pub link_too_big: &'static str,
    pub link_version: &'static str,
    // Export
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_markdown: &'static str,
    pub print: &'static str,
    pub export_hint: &'static str,
    pub save_failed: fn(&str) -> String,
    pub imported: fn(&str, usize) -> String,
    // Progress
    pub analysing_size: fn(&str, u32) -> String,
    pub cancelled: &'static str,
    pub failed: &'static str,
    pub analyse_again: &'static str,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a, b and c", or "200 files" when the names would fill the screen.
fn name_list(names: &[&str], and: &str, files: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        _ if names.len() > 5 => format!("{} {files}", names.len()),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// The core writes English numbers ("10,000", "1.5"); German swaps the two marks.
fn german_number(v: f64) -> String {
    format_number(v)
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect()
}

pub static EN: Text = Text {
    lang: Lang::En,
    tagline: "Compare news articles about one event: figures, names, and where they disagree. Runs in your browser; the text never leaves this machine.",
    analysing: "Analysing the articles…",
    drop_here: "Drop .txt, .md or .html files (or a crosscheck .json export) to add them",
    articles_region: "Articles",
    reader_region: "Reader",
    pasted_text: "Pasted text",
    added: |names| format!("Added {}.", name_list(names, "and", "files")),
    rename_empty: |from| format!("{from} was not renamed: a name cannot be empty."),
    rename_taken: |wanted, to| format!("Another article is called {wanted}; this one is now {to}."),
    language: "Language",
    n_articles: |n| plural(n, "article", "articles"),
    n_figures: |n| plural(n, "figure", "figures"),
    n_entities: |n| plural(n, "entity", "entities"),
    n_findings: |n| plural(n, "finding", "findings"),
    analysed_in: |ms| format!("analysed in {ms:.1} ms"),
    analysing_change: " · analysing the change…",
    not_saved: " · Not kept in this browser (too large for its storage): a reload loses these articles.",
    views: "Views",
    tab_figures: "Figures",
    tab_entities: "Entities",
    tab_findings: "Findings",
    tab_matrix: "Matrix",
    tab_timeline: "Timeline",
    articles_heading: "Articles",
    no_articles: "No articles yet. Paste one above or drop files on the page.",
    clear_all: "Clear all",
    load_samples: "Load the samples",
    rename: "Rename",
    remove: "Remove",
    rename_aria: |id| format!("Rename {id}"),
    remove_aria: |id| format!("Remove {id}"),
    new_name_for: |n| format!("New name for article {n}"),
    save: "Save",
    cancel: "Cancel",
    read_article: "Read this article",
    n_words: |n| plural(n, "word", "words"),
    german: "German",
    english: "English",
    note: "Note",
    problem: "Problem",
    dismiss: "Dismiss this message",
    add_heading: "Add an article",
    article_text: "Article text",
    paste_placeholder: "Paste the text of a news article here",
    title_optional: "Title (optional)",
    title_placeholder: "e.g. Tagesschau, 4 Nov",
    add_article: "Add article",
    paste_empty: "The text box is empty: paste an article's text first.",
    this_text: "This text",
    too_large: |what, size, max| format!("{what} is {size}; crosscheck takes at most {max} per article."),
    open_files: "Open files…",
    article_files: "Article files",
    drop_hint: "or drop .txt, .md or .html files anywhere on the page.",
    not_supported: |name| format!("{name} was not added: crosscheck reads .txt, .md and .html files, and its own .json exports."),
    not_text: |name, kind| format!("{name} is {kind}, not text. Save the article as .txt, .md or .html first (or copy and paste its text)."),
    kind_pdf: "a PDF",
    kind_image: "an image",
    kind_archive: "a ZIP archive or an Office document",
    kind_binary: "a binary file",
    bad_encoding: |name| format!("{name} is not in an encoding crosscheck can read. Save it as UTF-8 (or copy and paste the text)."),
    read_as: |name, encoding| format!("{name} is not UTF-8; it was read as {encoding}."),
    unreadable: |name, error| format!("{name} could not be read: {error}"),
    no_text_in: |name| format!("{name} has no text in it."),
    html_failed: |name| format!("{name}: the browser could not parse this HTML."),
    not_an_export: |name| format!("{name} is JSON but not a crosscheck export, so nothing was added."),
    bad_export: |name| format!("{name} looks like a crosscheck export but is damaged or too large; nothing was added."),
    reader_hint: "Click a figure, an entity mention or a finding to read it in its article.",
    no_longer_listed: |doc| format!("{doc} is no longer in the list."),
    close: "Close",
    close_reader: "Close the reader",
    article_text_label: "Article text",
    show_in_article: "Show in the article",
    no_figures: "No figures found. Add articles that give numbers: counts, sums, percentages.",
    other_figures: "Other figures",
    in_n_articles: |n| format!("in {}", plural(n, "article", "articles")),
    col_number: "#",
    col_number_title: "Article number, as in the list of articles",
    col_value: "Value, as written",
    col_counted: "Counted",
    col_unit: "Unit",
    col_source: "Source",
    reported: "reported",
    denied: "denied",
    hedge: |h| h.phrase(),
    exactly: |v| format!("exactly {v}"),
    between: |lo, hi| format!("between {lo} and {hi}"),
    or_more: |v| format!("{v} or more"),
    or_less: |v| format!("{v} or less"),
    no_bounds: "no bounds given",
    number: format_number,
    finding_kind: |k| match k {
        FindingKind::FigureConflict => "Conflicting figures",
        FindingKind::Denial => "Denial",
        FindingKind::DateConflict => "Conflicting dates",
        FindingKind::FigureDivergence => "Diverging figures",
        FindingKind::AttributionDivergence => "Different sources",
        FindingKind::Compatible => "Compatible",
    },
    need_two: "Findings compare articles: add at least two about the same event.",
    no_findings: "No findings: the articles neither contradict nor confirm each other's figures.",
    time_note: "Note: a later publication date or an update in the text may explain the difference.",
    filter_legend: "Show findings of kind",
    findings_shown: |shown, total| {
        if shown == total {
            format!("Showing all {total}.")
        } else {
            format!("Showing {shown} of {total}.")
        }
    },
    no_claims: "No claims yet: figures, denials and dated events of the articles show here, one row per concept.",
    marks_legend: "What the marks mean",
    matrix_caption: "Claims per concept and article. A blank cell: the article says nothing about it.",
    col_concept: "Concept",
    n_of_m: |n, m| format!("{n} of {m}"),
    show_all_concepts: |n| format!("Show all {n} concepts"),
    says_nothing: "says nothing",
    claim_status: |s| match s {
        Status::Conflicts => "conflicts",
        Status::Denied => "denied",
        Status::Diverges => "diverges",
        Status::Compatible => "compatible",
        Status::Agrees => "agrees",
        Status::Other => "not compared",
        Status::Alone => "only here",
    },
    may_be_update: "may be an update",
    per_source: |source| format!("per {source}"),
    denied_in: |numbers| format!("denied in article {numbers}"),
    denied_by: |by| format!("denied by {by}"),
    no_date_given: "no date given",
    quoted: |text| format!("“{text}”"),
    quote_show: |text| format!("“{text}” — show in the article"),
    range_to: |lo, hi| format!("{lo} to {hi}"),
    chart_name: |concept, unit, marks| match unit {
        Some(unit) => format!("Interval chart of {concept} ({unit}): {marks}."),
        None => format!("Interval chart of {concept}: {marks}."),
    },
    chart_mark: |n, interval| format!("article {n}, {interval}"),
    chart_skipped_name: |n| format!("{n} more in another unit, not drawn."),
    chart_skipped: |n| format!("{n} in another unit not drawn."),
    about_read_as: |at, lo, hi| format!("about {at} (read as {lo} to {hi})"),
    more_than_open: |v| format!("more than {v}, open above"),
    or_more_open: |v| format!("{v} or more, open above"),
    less_than: |v| format!("less than {v}"),
    just_under_read_as: |v, lo| format!("just under {v} (read as {lo} up to, not including, {v})"),
    decimal_mark: '.',
    short_units: ["k", "M", "bn"],
    no_dates: "No dates yet: the articles' own dates and the dates they name show here.",
    legend_firm: "firm date",
    legend_inferred: "inferred (rests on a guessed date)",
    legend_span: "a month or a year: a bar as long as it lasts",
    legend_article: "an article's own date (square)",
    show_all_dates: |n| format!("Show all {n} dates"),
    undated_heading: "Dates that could not be placed",
    own_date: "the article's own date",
    certainty: |c| match c {
        Certainty::Firm => "firm",
        Certainty::Inferred => "inferred",
    },
    date_basis: |b| match b {
        DateBasis::AsWritten => "as written",
        DateBasis::FromArticleDate => "counted from the article's date",
        DateBasis::YearFromArticleDate => "year from the article's date",
        DateBasis::FromGuessedDate => "counted from a guessed article date",
        DateBasis::FromOtherArticles => "counted from the other articles' dates",
        DateBasis::NothingToCountFrom => "nothing to count it from",
        DateBasis::Given => "given",
        DateBasis::DateLine => "from its date line",
        DateBasis::TimeStamp => "from its time stamp",
        DateBasis::Dateline => "from its dateline",
        DateBasis::LatestNamed => "inferred from the latest date it names",
        DateBasis::Unknown => "source unknown",
    },
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    day_month_year: |d, m, y| format!("{d} {m} {y}"),
    entity_heading: |t| match t {
        EntityType::Person => "People",
        EntityType::Country => "Countries",
        EntityType::Organization => "Organisations",
        EntityType::Place => "Places",
        EntityType::Media => "Media",
        EntityType::Company => "Companies",
        EntityType::Other => "Other",
    },
    entity_kind: |t| match t {
        EntityType::Person => "person",
        EntityType::Country => "country",
        EntityType::Organization => "organisation",
        EntityType::Place => "place",
        EntityType::Media => "media",
        EntityType::Company => "company",
        EntityType::Other => "other",
    },
    no_entities: "No entities found yet: people, countries, organisations and places show here.",
    n_mentions: |n| plural(n, "mention", "mentions"),
    also_written: "Also written: ",
    stands_for: |country| format!("Stands for {country}"),
    mentions_per_article: "Mentions per article",
    mentioned_times: |n| match n {
        1 => "mentioned once".to_string(),
        n => format!("mentioned {n} times"),
    },
    show_first: |id, times| format!("{id}: {times} — show the first"),
    article_mentions: |n, id, times| format!("Article {n}, {id}: {times}"),
    not_mentioned: |id| format!("{id}: not mentioned"),
    article_not_mentioned: |n, id| format!("Article {n}, {id}: not mentioned"),
    mentions: "Mentions",
    undo: "Undo",
    removed: |id| format!("Removed {id}."),
    cleared: |n| format!("Removed all {}.", plural(n, "article", "articles")),
    replaced: |new, old| {
        format!(
            "Opened {}; they replace the {} you had.",
            plural(new, "article", "articles"),
            plural(old, "article", "articles")
        )
    },
    restored: "Restored.",
    share_export: "Share and export",
    copy_link: "Copy link",
    link_label: "Link to these articles",
    link_copied: "Link copied. The articles travel inside the link (after the #, which browsers never send to a server).",
    link_copy_by_hand: "Copy the link from the box.",
    link_too_long: |size| format!("These articles make a link of {size}, more than a link can safely carry (64 KB). Export the report as JSON instead and send the file: dropping it on this page restores the articles."),
    link_opened: |n| format!("Opened {} from a link.", plural(n, "article", "articles")),
    link_broken: "This link is broken (cut off or changed), so no articles were opened from it.",
    link_too_big: "This link holds more than crosscheck opens from a link (2 MB or 200 articles), so no articles were opened from it.",
    link_version: "This link comes from a different version of crosscheck and cannot be read here.",
    export_json: "Report (JSON)",
    export_csv: "Figures (CSV)",
    export_markdown: "Report (Markdown)",
    print: "Print",
    export_hint: "The JSON file can be dropped on this page later to restore the articles.",
    save_failed: |name| format!("The browser could not save {name}."),
    imported: |name, n| format!("Restored {} from {name}.", plural(n, "article", "articles")),
    analysing_size: |size, secs| format!("Analysing {size}… {secs} s"),
    cancelled: "Analysis cancelled: the views still show the articles as they were before the change.",
    failed: "The analysis failed on these articles (a fault in crosscheck, please report it): the views still show the articles as they were before the change.",
    analyse_again: "Analyse again",
};

pub static DE: Text = Text {
    lang: Lang::De,
    tagline: "Vergleicht Nachrichtenartikel über ein Ereignis: Zahlen, Namen und wo sie sich widersprechen. Läuft im Browser; der Text verlässt diesen Rechner nie.",
    analysing: "Die Artikel werden analysiert …",
    drop_here: ".txt-, .md- oder .html-Dateien (oder einen crosscheck-Export als .json) hier ablegen",
    articles_region: "Artikel",
    reader_region: "Leseansicht",
    pasted_text: "Eingefügter Text",
    added: |names| format!("{} hinzugefügt.", name_list(names, "und", "Dateien")),
    rename_empty: |from| format!("{from} wurde nicht umbenannt: Ein Name darf nicht leer sein."),
    rename_taken: |wanted, to| format!("Ein anderer Artikel heißt schon {wanted}; dieser heißt jetzt {to}."),
    language: "Sprache",
    n_articles: |n| plural(n, "Artikel", "Artikel"),
    n_figures: |n| plural(n, "Zahl", "Zahlen"),
    n_entities: |n| plural(n, "Name", "Namen"),
    n_findings: |n| plural(n, "Befund", "Befunde"),
    analysed_in: |ms| format!("analysiert in {} ms", format!("{ms:.1}").replace('.', ",")),
    analysing_change: " · die Änderung wird analysiert …",
    not_saved: " · Nicht in diesem Browser gespeichert (zu groß für seinen Speicher): Beim Neuladen gehen diese Artikel verloren.",
    views: "Ansichten",
    tab_figures: "Zahlen",
    tab_entities: "Namen",
    tab_findings: "Befunde",
    tab_matrix: "Matrix",
    tab_timeline: "Zeitleiste",
    articles_heading: "Artikel",
    no_articles: "Noch keine Artikel. Oben einen einfügen oder Dateien auf die Seite ziehen.",
    clear_all: "Alle entfernen",
    load_samples: "Beispiele laden",
    rename: "Umbenennen",
    remove: "Entfernen",
    rename_aria: |id| format!("{id} umbenennen"),
    remove_aria: |id| format!("{id} entfernen"),
    new_name_for: |n| format!("Neuer Name für Artikel {n}"),
    save: "Speichern",
    cancel: "Abbrechen",
    read_article: "Diesen Artikel lesen",
    n_words: |n| plural(n, "Wort", "Wörter"),
    german: "Deutsch",
    english: "Englisch",
    note: "Hinweis",
    problem: "Problem",
    dismiss: "Meldung schließen",
    add_heading: "Artikel hinzufügen",
    article_text: "Text des Artikels",
    paste_placeholder: "Den Text eines Nachrichtenartikels hier einfügen",
    title_optional: "Titel (optional)",
    title_placeholder: "z. B. Tagesschau, 4. Nov.",
    add_article: "Artikel hinzufügen",
    paste_empty: "Das Textfeld ist leer: Bitte zuerst den Text eines Artikels einfügen.",
    this_text: "Dieser Text",
    too_large: |what, size, max| format!("{what} ist {size} groß; crosscheck nimmt höchstens {max} pro Artikel."),
    open_files: "Dateien öffnen …",
    article_files: "Artikeldateien",
    drop_hint: "oder .txt-, .md- oder .html-Dateien irgendwo auf die Seite ziehen.",
    not_supported: |name| format!("{name} wurde nicht hinzugefügt: crosscheck liest .txt-, .md- und .html-Dateien sowie seine eigenen .json-Exporte."),
    not_text: |name, kind| format!("{name} ist {kind}, kein Text. Bitte den Artikel zuerst als .txt, .md oder .html speichern (oder den Text kopieren und einfügen)."),
    kind_pdf: "ein PDF",
    kind_image: "ein Bild",
    kind_archive: "ein ZIP-Archiv oder ein Office-Dokument",
    kind_binary: "eine Binärdatei",
    bad_encoding: |name| format!("{name} ist in einer Kodierung, die crosscheck nicht lesen kann. Bitte als UTF-8 speichern (oder den Text kopieren und einfügen)."),
    read_as: |name, encoding| format!("{name} ist kein UTF-8; die Datei wurde als {encoding} gelesen."),
    unreadable: |name, error| format!("{name} konnte nicht gelesen werden: {error}"),
    no_text_in: |name| format!("{name} enthält keinen Text."),
    html_failed: |name| format!("{name}: Der Browser konnte dieses HTML nicht lesen."),
    not_an_export: |name| format!("{name} ist JSON, aber kein crosscheck-Export; es wurde nichts hinzugefügt."),
    bad_export: |name| format!("{name} sieht aus wie ein crosscheck-Export, ist aber beschädigt oder zu groß; es wurde nichts hinzugefügt."),
    reader_hint: "Eine Zahl, eine Namensnennung oder einen Befund anklicken, um die Stelle im Artikel zu lesen.",
    no_longer_listed: |doc| format!("{doc} ist nicht mehr in der Liste."),
    close: "Schließen",
    close_reader: "Leseansicht schließen",
    article_text_label: "Text des Artikels",
    show_in_article: "Im Artikel zeigen",
    no_figures: "Keine Zahlen gefunden. Artikel mit Zahlen hinzufügen: Anzahlen, Beträge, Prozente.",
    other_figures: "Weitere Zahlen",
    in_n_articles: |n| format!("in {}", plural(n, "Artikel", "Artikeln")),
    col_number: "Nr.",
    col_number_title: "Nummer des Artikels, wie in der Artikelliste",
    col_value: "Wert, wie geschrieben",
    col_counted: "Gezählt",
    col_unit: "Einheit",
    col_source: "Quelle",
    reported: "berichtet",
    denied: "dementiert",
    hedge: |h| match h {
        Hedge::Exact => "",
        Hedge::MoreThan => "mehr als",
        Hedge::AtLeast => "mindestens",
        Hedge::Approx => "etwa",
        Hedge::JustUnder => "knapp unter",
        Hedge::LessThan => "weniger als",
        Hedge::UpTo => "bis zu",
    },
    exactly: |v| format!("genau {v}"),
    between: |lo, hi| format!("zwischen {lo} und {hi}"),
    or_more: |v| format!("{v} oder mehr"),
    or_less: |v| format!("{v} oder weniger"),
    no_bounds: "ohne Grenzen",
    number: german_number,
    finding_kind: |k| match k {
        FindingKind::FigureConflict => "Widersprüchliche Zahlen",
        FindingKind::Denial => "Dementi",
        FindingKind::DateConflict => "Widersprüchliche Daten",
        FindingKind::FigureDivergence => "Abweichende Zahlen",
        FindingKind::AttributionDivergence => "Unterschiedliche Quellen",
        FindingKind::Compatible => "Vereinbar",
    },
    need_two: "Befunde vergleichen Artikel: Mindestens zwei über dasselbe Ereignis hinzufügen.",
    no_findings: "Keine Befunde: Die Artikel widersprechen und bestätigen einander in keiner Zahl.",
    time_note: "Hinweis: Ein späteres Erscheinungsdatum oder eine Aktualisierung im Text kann den Unterschied erklären.",
    filter_legend: "Befunde dieser Art zeigen",
    findings_shown: |shown, total| {
        if shown == total {
            format!("Alle {total} werden gezeigt.")
        } else {
            format!("{shown} von {total} werden gezeigt.")
        }
    },
    no_claims: "Noch keine Aussagen: Zahlen, Dementis und datierte Ereignisse der Artikel erscheinen hier, eine Zeile je Begriff.",
    marks_legend: "Was die Zeichen bedeuten",
    matrix_caption: "Aussagen je Begriff und Artikel. Eine leere Zelle: Der Artikel sagt dazu nichts.",
    col_concept: "Begriff",
    n_of_m: |n, m| format!("{n} von {m}"),
    show_all_concepts: |n| format!("Alle {n} Begriffe zeigen"),
    says_nothing: "sagt nichts dazu",
    claim_status: |s| match s {
        Status::Conflicts => "widerspricht",
        Status::Denied => "dementiert",
        Status::Diverges => "weicht ab",
        Status::Compatible => "vereinbar",
        Status::Agrees => "stimmt überein",
        Status::Other => "nicht verglichen",
        Status::Alone => "nur hier",
    },
    may_be_update: "vielleicht eine Aktualisierung",
    per_source: |source| format!("laut {source}"),
    denied_in: |numbers| format!("dementiert in Artikel {numbers}"),
    denied_by: |by| format!("dementiert von {by}"),
    no_date_given: "kein Datum genannt",
    quoted: |text| format!("„{text}“"),
    quote_show: |text| format!("„{text}“ – im Artikel zeigen"),
    range_to: |lo, hi| format!("{lo} bis {hi}"),
    chart_name: |concept, unit, marks| match unit {
        Some(unit) => format!("Intervalldiagramm für {concept} ({unit}): {marks}."),
        None => format!("Intervalldiagramm für {concept}: {marks}."),
    },
    chart_mark: |n, interval| format!("Artikel {n}, {interval}"),
    chart_skipped_name: |n| format!("{n} weitere in einer anderen Einheit, nicht gezeichnet."),
    chart_skipped: |n| format!("{n} in einer anderen Einheit nicht gezeichnet."),
    about_read_as: |at, lo, hi| format!("etwa {at} (gelesen als {lo} bis {hi})"),
    more_than_open: |v| format!("mehr als {v}, nach oben offen"),
    or_more_open: |v| format!("{v} oder mehr, nach oben offen"),
    less_than: |v| format!("weniger als {v}"),
    just_under_read_as: |v, lo| format!("knapp unter {v} (gelesen als {lo} bis ausschließlich {v})"),
    decimal_mark: ',',
    short_units: ["\u{a0}Tsd.", "\u{a0}Mio.", "\u{a0}Mrd."],
    no_dates: "Noch keine Daten: Die Erscheinungsdaten der Artikel und die Daten, die sie nennen, erscheinen hier.",
    legend_firm: "sicheres Datum",
    legend_inferred: "erschlossen (beruht auf einem geschätzten Datum)",
    legend_span: "ein Monat oder ein Jahr: ein Balken so lang wie der Zeitraum",
    legend_article: "Erscheinungsdatum eines Artikels (Quadrat)",
    show_all_dates: |n| format!("Alle {n} Daten zeigen"),
    undated_heading: "Daten, die sich nicht einordnen ließen",
    own_date: "Erscheinungsdatum des Artikels",
    certainty: |c| match c {
        Certainty::Firm => "sicher",
        Certainty::Inferred => "erschlossen",
    },
    date_basis: |b| match b {
        DateBasis::AsWritten => "wie geschrieben",
        DateBasis::FromArticleDate => "vom Datum des Artikels aus gezählt",
        DateBasis::YearFromArticleDate => "Jahr aus dem Datum des Artikels",
        DateBasis::FromGuessedDate => "von einem geschätzten Artikeldatum aus gezählt",
        DateBasis::FromOtherArticles => "von den Daten der anderen Artikel aus gezählt",
        DateBasis::NothingToCountFrom => "nichts, wovon es sich zählen ließe",
        DateBasis::Given => "angegeben",
        DateBasis::DateLine => "aus seiner Datumszeile",
        DateBasis::TimeStamp => "aus seinem Zeitstempel",
        DateBasis::Dateline => "aus seiner Ortsmarke",
        DateBasis::LatestNamed => "erschlossen aus dem spätesten Datum, das er nennt",
        DateBasis::Unknown => "Herkunft unbekannt",
    },
    months: [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ],
    months_short: [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez.",
    ],
    day_month_year: |d, m, y| format!("{d}. {m} {y}"),
    entity_heading: |t| match t {
        EntityType::Person => "Personen",
        EntityType::Country => "Länder",
        EntityType::Organization => "Organisationen",
        EntityType::Place => "Orte",
        EntityType::Media => "Medien",
        EntityType::Company => "Unternehmen",
        EntityType::Other => "Sonstige",
    },
    entity_kind: |t| match t {
        EntityType::Person => "Person",
        EntityType::Country => "Land",
        EntityType::Organization => "Organisation",
        EntityType::Place => "Ort",
        EntityType::Media => "Medium",
        EntityType::Company => "Unternehmen",
        EntityType::Other => "sonstige",
    },
    no_entities: "Noch keine Namen gefunden: Personen, Länder, Organisationen und Orte erscheinen hier.",
    n_mentions: |n| plural(n, "Nennung", "Nennungen"),
    also_written: "Auch geschrieben: ",
    stands_for: |country| format!("Steht für {country}"),
    mentions_per_article: "Nennungen pro Artikel",
    mentioned_times: |n| match n {
        1 => "einmal genannt".to_string(),
        n => format!("{n}-mal genannt"),
    },
    show_first: |id, times| format!("{id}: {times} – die erste zeigen"),
    article_mentions: |n, id, times| format!("Artikel {n}, {id}: {times}"),
    not_mentioned: |id| format!("{id}: nicht genannt"),
    article_not_mentioned: |n, id| format!("Artikel {n}, {id}: nicht genannt"),
    mentions: "Nennungen",
    undo: "Rückgängig",
    removed: |id| format!("{id} entfernt."),
    cleared: |n| match n {
        1 => "Den einen Artikel entfernt.".to_string(),
        n => format!("Alle {n} Artikel entfernt."),
    },
    replaced: |new, old| format!("{} geöffnet; sie ersetzen die bisherigen {old}.", plural(new, "Artikel", "Artikel")),
    restored: "Wiederhergestellt.",
    share_export: "Teilen und exportieren",
    copy_link: "Link kopieren",
    link_label: "Link zu diesen Artikeln",
    link_copied: "Link kopiert. Die Artikel stecken im Link selbst (hinter dem #, den Browser nie an einen Server schicken).",
    link_copy_by_hand: "Den Link bitte aus dem Feld kopieren.",
    link_too_long: |size| format!("Diese Artikel ergeben einen Link von {size} – mehr, als ein Link sicher tragen kann (64 KB). Bitte den Bericht stattdessen als JSON exportieren und die Datei schicken: Auf diese Seite gezogen, stellt sie die Artikel wieder her."),
    link_opened: |n| format!("{} aus einem Link geöffnet.", plural(n, "Artikel", "Artikel")),
    link_broken: "Dieser Link ist beschädigt (abgeschnitten oder verändert); es wurden keine Artikel daraus geöffnet.",
    link_too_big: "Dieser Link enthält mehr, als crosscheck aus einem Link öffnet (2 MB oder 200 Artikel); es wurden keine Artikel daraus geöffnet.",
    link_version: "Dieser Link stammt von einer anderen Version von crosscheck und kann hier nicht gelesen werden.",
    export_json: "Bericht (JSON)",
    export_csv: "Zahlen (CSV)",
    export_markdown: "Bericht (Markdown)",
    print: "Drucken",
    export_hint: "Die JSON-Datei lässt sich später auf diese Seite ziehen und stellt die Artikel wieder her.",
    save_failed: |name| format!("Der Browser konnte {name} nicht speichern."),
    imported: |name, n| format!("{} aus {name} wiederhergestellt.", plural(n, "Artikel", "Artikel")),
    analysing_size: |size, secs| format!("{size} werden analysiert … {secs} s"),
    cancelled: "Analyse abgebrochen: Die Ansichten zeigen noch die Artikel wie vor der Änderung.",
    failed: "Die Analyse dieser Artikel ist fehlgeschlagen (ein Fehler in crosscheck, bitte melden): Die Ansichten zeigen noch die Artikel wie vor der Änderung.",
    analyse_again: "Erneut analysieren",
};
