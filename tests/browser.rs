//! End to end: the built page (`dist/`, from scripts/build.sh) in headless Chromium, driven through
//! chromedriver. Each test starts its own chromedriver on a free port; one small static server on
//! 127.0.0.1 serves `dist/` to all of them. Nothing is fetched from anywhere else.
//!
//! Needs /usr/bin/chromium and /usr/bin/chromedriver (scripts/test.sh installs them) and a built
//! `dist/`; a missing one fails the test with a message rather than skipping it.

#![cfg(not(target_arch = "wasm32"))]

use std::error::Error;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

type Result<T = ()> = std::result::Result<T, Box<dyn Error>>;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long the page may take to show what a step expects.
const PATIENCE: Duration = Duration::from_secs(20);

/// One browser at a time: the machines this runs on have two cores.
static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// The static server for `dist/`, started once for the whole test binary.
fn site() -> SocketAddr {
    static SITE: OnceLock<SocketAddr> = OnceLock::new();
    *SITE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port for dist/");
        let addr = listener.local_addr().expect("local address");
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || {
                    let _ = serve(stream);
                });
            }
        });
        addr
    })
}

/// Answers one GET with a file from `dist/` (or 404); enough HTTP for a browser.
fn serve(mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers up to the blank line; none of them matters here.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let relative = match path.trim_start_matches('/') {
        "" => "index.html",
        p => p,
    };
    let file = dist().join(relative);
    let safe = !relative
        .split('/')
        .any(|part| part == ".." || part.is_empty());
    let body = if safe {
        std::fs::read(&file).ok()
    } else {
        None
    };
    match body {
        Some(body) => {
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("wasm") => "application/wasm",
                Some("css") => "text/css; charset=utf-8",
                Some("svg") => "image/svg+xml",
                Some("txt") => "text/plain; charset=utf-8",
                _ => "application/octet-stream",
            };
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)?;
        }
        None => {
            stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found",
            )?;
        }
    }
    stream.flush()?;
    // Let the browser read everything before the socket closes.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = reader.read(&mut [0; 64]);
    Ok(())
}

/// chromedriver, stopped when dropped (also when a test panics).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// A browser on the page, with the sample analysis loaded.
struct Page {
    client: Client,
    _driver: Driver,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Page {
    async fn open() -> Page {
        let turn = ONE_BROWSER.lock().await;
        assert!(
            dist().join("index.html").is_file() && dist().join("app_bg.wasm").is_file(),
            "dist/ is not built: run scripts/build.sh first (scripts/test.sh does both)"
        );
        for tool in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(tool).exists(),
                "{tool} is missing: run scripts/test.sh, which installs chromium and chromium-driver"
            );
        }
        let port = free_port();
        let driver = Driver(
            Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start chromedriver"),
        );
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "chromedriver did not listen on port {port}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_string(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900"
                ]
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a Chromium session through chromedriver");

        let page = Page {
            client,
            _driver: driver,
            _turn: turn,
        };
        page.client
            .goto(&format!("http://{}/", site()))
            .await
            .expect("load the page");
        // `data-ms` appears once the first analysis is done.
        page.wait_for("#status[data-ms]")
            .await
            .expect("the app starts and analyses the samples");
        page
    }

    /// Closes the browser whatever happened, then reports the first failure of the steps.
    async fn finish(self, outcome: Result) {
        let _ = self.client.clone().close().await;
        drop(self);
        if let Err(e) = outcome {
            panic!("{e}");
        }
    }

    async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("no element {css} within {PATIENCE:?}: {e}").into())
    }

    /// The first element matching `css` whose text contains `needle`, waiting for it to appear.
    async fn wait_for_text(
        &self,
        css: &str,
        needle: &str,
    ) -> Result<fantoccini::elements::Element> {
        let started = Instant::now();
        loop {
            for el in self.client.find_all(Locator::Css(css)).await? {
                if el.text().await.unwrap_or_default().contains(needle) {
                    return Ok(el);
                }
            }
            if started.elapsed() > PATIENCE {
                return Err(format!("no {css} containing {needle:?} within {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn count(&self, css: &str) -> Result<usize> {
        Ok(self.client.find_all(Locator::Css(css)).await?.len())
    }

    async fn click(&self, css: &str) -> Result {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Pastes `text` (and a title) into the paste box and adds it.
    async fn paste(&self, title: &str, text: &str) -> Result {
        self.wait_for("#paste").await?.send_keys(text).await?;
        if !title.is_empty() {
            self.wait_for("#paste-title")
                .await?
                .send_keys(title)
                .await?;
        }
        self.click("#add-article").await
    }

    async fn js(&self, script: &str) -> Result<serde_json::Value> {
        Ok(self.client.execute(script, vec![]).await?)
    }
}

fn check(condition: bool, message: impl Into<String>) -> Result {
    if condition {
        Ok(())
    } else {
        Err(message.into().into())
    }
}

#[tokio::test]
async fn the_samples_show_figures_and_a_click_marks_the_figure_in_the_reader() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        let status = page.wait_for_text("#status", "5 articles").await?;
        println!("status on load: {}", status.text().await?);
        let figure = page.wait_for_text(".figure", "10.000").await?;
        let written = figure.find(Locator::Css("button")).await?;
        let written_text = written.text().await?;
        written.click().await?;
        let mark = page.wait_for("#reader mark").await?;
        check(
            mark.text().await? == written_text,
            format!("the reader marks {written_text:?}"),
        )?;
        check(
            page.count("#reader .sentence").await? > 0,
            "the sentence around the mark is highlighted",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_samples_show_entities() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=entities]").await?;
        page.wait_for(".entity").await?;
        let entities = page.count(".entity").await?;
        println!("entities shown: {entities}");
        // A person the samples all name.
        page.wait_for_text(".entity", "Kim").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_samples_show_the_denial_finding() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=findings]").await?;
        let denial = page.wait_for(".finding[data-kind=denial]").await?;
        let text = denial.text().await?;
        check(
            text.to_lowercase().contains("denial"),
            "the denial is labelled in words",
        )?;
        check(
            denial.find_all(Locator::Css(".quote")).await?.len() >= 2,
            "the denial quotes both sentences",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_tabs_answer_to_the_arrow_keys() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=figures]").await?;
        let tab = page.wait_for("[data-view=figures]").await?;
        tab.send_keys(&Key::Right).await?;
        page.wait_for("[data-view=entities][aria-selected=true]")
            .await?;
        let focused = page
            .js("return document.activeElement.dataset.view")
            .await?;
        check(
            focused == json!("entities"),
            "focus follows the selected tab",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn a_pasted_article_adds_its_figure_and_survives_a_reload() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.paste("Polizeibericht", "Die Polizei zählte 34 Tote.")
            .await?;
        let status = page.wait_for_text("#status", "6 articles").await?;
        // The first analysis also builds the core's tables; this one shows the steady state.
        println!("status after the paste: {}", status.text().await?);
        page.wait_for_text(".figure[data-doc=Polizeibericht]", "34")
            .await?;
        // The browser keeps the articles: a reload loses nothing.
        page.client.refresh().await?;
        page.wait_for_text("#status", "6 articles").await?;
        page.wait_for(".article[data-id=Polizeibericht]").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn an_empty_paste_is_refused_and_loses_nothing() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.wait_for("#paste-title")
            .await?
            .send_keys("Ohne Text")
            .await?;
        page.click("#add-article").await?;
        page.wait_for_text(".notice-error", "empty").await?;
        check(
            page.count(".article").await? == 5,
            "no article was added or lost",
        )?;
        let title = page.wait_for("#paste-title").await?.prop("value").await?;
        check(
            title.as_deref() == Some("Ohne Text"),
            "the title typed is still there",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn pasted_markup_is_shown_as_text_and_never_runs() {
    const HOSTILE: &str = "<img src=x onerror=alert(1)><script>window.__pwned=1</script>";
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
            page.paste("", HOSTILE).await?;
            let reader = page.wait_for_text("#reader .reader-text", "<img").await?;
            check(
                reader.text().await?.trim() == HOSTILE,
                "the reader shows the markup character for character",
            )?;
            check(
                page.client.get_alert_text().await.is_err(),
                "no alert opened",
            )?;
            let images = page.js("return document.querySelectorAll('img').length").await?;
            check(images == json!(0), format!("no <img> was created ({images})"))?;
            let scripts = page
                .js("return [...document.scripts].filter(s => s.textContent.includes('__pwned')).length")
                .await?;
            check(scripts == json!(0), "no <script> was created")?;
            let pwned = page.js("return typeof window.__pwned").await?;
            check(pwned == json!("undefined"), "window.__pwned stays undefined")
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn an_html_file_is_read_as_text_and_stays_inert() {
    let folder = std::env::temp_dir().join(format!("crosscheck-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let file = folder.join("bericht.html");
    std::fs::write(
        &file,
        "<html><head><title>Polizeibericht</title><script>window.__pwned=2</script></head>\
         <body><h1>Unfall</h1><p>Die Polizei zählte 12 Tote.</p>\
         <img src=x onerror=\"window.__pwned=3\"></body></html>",
    )
    .expect("write the test file");
    let binary = folder.join("bild.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe]).expect("write binary");

    let path = file.to_string_lossy().into_owned();
    let binary_path = binary.to_string_lossy().into_owned();
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        let input = page.wait_for("#file-input").await?;
        input.send_keys(&path).await?;
        page.wait_for(".article[data-id='bericht.html']").await?;
        page.wait_for_text(".figure[data-doc='bericht.html']", "12")
            .await?;
        let pwned = page.js("return typeof window.__pwned").await?;
        check(pwned == json!("undefined"), "the file's scripts never ran")?;
        let images = page
            .js("return document.querySelectorAll('img').length")
            .await?;
        check(
            images == json!(0),
            "the file's image never reached the page",
        )?;

        input.send_keys(&binary_path).await?;
        page.wait_for_text(".notice-error", "bild.txt").await?;
        check(
            page.count(".article[data-id='bild.txt']").await? == 0,
            "a binary file is refused",
        )
    }
    .await;
    page.finish(outcome).await;
    let _ = std::fs::remove_dir_all(&folder);
}

#[tokio::test]
async fn articles_can_be_renamed_removed_and_cleared() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.click(".article:first-child .rename").await?;
        let field = page.wait_for("#rename-1").await?;
        field.clear().await?;
        field.send_keys(&format!("Bericht A{}", Key::Enter)).await?;
        page.wait_for(".article[data-id='Bericht A']").await?;

        page.click(".article[data-id='Bericht A'] .remove").await?;
        page.wait_for_text("#status", "4 articles").await?;
        check(
            page.count(".article[data-id='Bericht A']").await? == 0,
            "the removed article is gone",
        )?;

        page.click("#clear-all").await?;
        page.wait_for_text("#status", "0 articles").await?;
        check(page.count(".figure").await? == 0, "no figures remain")?;

        page.click("#load-samples").await?;
        page.wait_for_text("#status", "5 articles").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn a_screenshot_of_the_page_is_saved() {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let folder = target.join("screenshots");
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        let figure = page.wait_for_text(".figure", "10.000").await?;
        figure.find(Locator::Css("button")).await?.click().await?;
        page.wait_for("#reader mark").await?;
        // Let the smooth scroll settle.
        tokio::time::sleep(Duration::from_millis(600)).await;
        std::fs::create_dir_all(&folder)?;
        let png = page.client.screenshot().await?;
        check(png.starts_with(b"\x89PNG"), "the screenshot is a PNG")?;
        let file = folder.join("app.png");
        std::fs::write(&file, &png)?;
        println!("screenshot: {}", file.display());
        // The other two views, for the record (not asserted beyond being PNGs).
        for view in ["entities", "findings"] {
            page.click(&format!("[data-view={view}]")).await?;
            page.wait_for(&format!("#panel-{view}")).await?;
            let quote = format!("#panel-{view} .mention, #panel-{view} .quote");
            if let Ok(first) = page.client.find(Locator::Css(&quote)).await {
                if first.is_displayed().await.unwrap_or(false) {
                    first.click().await?;
                }
            }
            tokio::time::sleep(Duration::from_millis(600)).await;
            let file = folder.join(format!("{view}.png"));
            std::fs::write(&file, page.client.screenshot().await?)?;
            println!("screenshot: {}", file.display());
        }
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn files_dropped_anywhere_on_the_page_are_added() {
    // WebDriver cannot drag files from the desktop; a DragEvent with a real DataTransfer holding
    // real File objects goes through the same listeners.
    const DRAG: &str = r#"
        const dt = new DataTransfer();
        dt.items.add(new File(["Die Polizei zählte 41 Tote."], "drop.txt", { type: "text/plain" }));
        dt.items.add(new File(["%PDF-1.7"], "scan.pdf", { type: "application/pdf" }));
        window.__dt = dt;
        const target = document.querySelector(arguments[0]);
        for (const type of ["dragenter", "dragover"]) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
    "#;
    const DROP: &str = r#"
        const drop = new DragEvent("drop", { dataTransfer: window.__dt, bubbles: true, cancelable: true });
        document.querySelector(arguments[0]).dispatchEvent(drop);
        return drop.defaultPrevented;
    "#;
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        // Dragged over and dropped on the figures, far from the file button.
        let target = vec![json!(".figure-table")];
        page.client.execute(DRAG, target.clone()).await?;
        page.wait_for(".drop-overlay").await?;
        let prevented = page.client.execute(DROP, target).await?;
        check(
            prevented == json!(true),
            "the page takes the drop instead of the browser opening the file",
        )?;
        page.wait_for(".article[data-id='drop.txt']").await?;
        page.wait_for_text(".figure[data-doc='drop.txt']", "41")
            .await?;
        page.wait_for_text(".notice-error", "scan.pdf").await?;
        check(
            page.count(".drop-overlay").await? == 0,
            "the overlay is gone after the drop",
        )
    }
    .await;
    page.finish(outcome).await;
}

/// Puts `bytes` bytes of text in the paste box without typing them (typing megabytes would take
/// minutes), then adds it. The box is hidden meanwhile: laying out megabytes of text in a
/// textarea takes Chromium longer than anything the page does with them.
async fn paste_large(page: &Page, bytes: usize) -> Result {
    page.client
        .execute(
            "const box = document.getElementById('paste');
             box.style.display = 'none';
             box.value = 'Wort '.repeat(arguments[0] / 5);",
            vec![json!(bytes)],
        )
        .await?;
    page.client
        .execute("document.getElementById('add-article').click()", vec![])
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_paste_over_20_mb_is_refused_and_kept_in_the_box() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        paste_large(page, 21 * 1024 * 1024).await?;
        page.wait_for_text(".notice-error", "at most 20.0 MB")
            .await?;
        check(page.count(".article").await? == 5, "nothing was added")?;
        let kept = page
            .js("return document.getElementById('paste').value.length")
            .await?;
        check(
            kept.as_u64().unwrap_or(0) > 20 * 1024 * 1024,
            "the text stays in the box",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn articles_too_large_for_the_browser_storage_are_flagged() {
    // Fills this site's localStorage up to a few kilobytes below its quota (Chromium: about 5 MB),
    // so that a modest paste no longer fits; pasting megabytes instead would take a minute.
    const FILL: &str = r#"
        let n = 8 * 1024 * 1024;
        while (n > 1024) {
            try { localStorage.setItem('filler', 'x'.repeat(n)); return n; }
            catch (e) { localStorage.removeItem('filler'); n = Math.floor(n * 0.98); }
        }
        return 0;
    "#;
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        let filled = page.js(FILL).await?;
        check(filled != json!(0), "localStorage takes a filler")?;
        paste_large(page, 400 * 1024).await?;
        page.wait_for_text("#status", "6 articles").await?;
        page.wait_for_text("#status", "Not kept in this browser")
            .await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

/// Where screenshots go: `target/screenshots/` (or under `CARGO_TARGET_DIR`).
fn screenshots() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("screenshots")
}

async fn save_screenshot(page: &Page, name: &str) -> Result {
    // The view from its top; then let the reader's smooth scroll settle.
    page.js("window.scrollTo(0, 0)").await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let folder = screenshots();
    std::fs::create_dir_all(&folder)?;
    let png = page.client.screenshot().await?;
    check(png.starts_with(b"\x89PNG"), "the screenshot is a PNG")?;
    let file = folder.join(name);
    std::fs::write(&file, &png)?;
    println!("screenshot: {}", file.display());
    Ok(())
}

/// The sample article with the `date 2024-11` header and "am Freitag (15. November)".
const SEED_001: &str = "001_6ed0a51fcade1d8f.txt";

#[tokio::test]
async fn the_matrix_shows_the_soldiers_in_all_five_articles_and_a_cell_opens_its_evidence() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=matrix]").await?;
        let row = page
            .wait_for("#panel-matrix tr.matrix-row[data-concept=soldat]")
            .await?;
        let filled = row
            .find_all(Locator::Css("td.matrix-cell:not(.is-empty)"))
            .await?;
        check(
            filled.len() == 5,
            format!(
                "the soldier row has a claim in all five articles, not {}",
                filled.len()
            ),
        )?;
        for cell in &filled {
            let status = cell.attr("data-status").await?.unwrap_or_default();
            let text = cell.text().await?;
            println!(
                "soldat × {}: [{status}] {}",
                cell.attr("data-doc").await?.unwrap_or_default(),
                text.replace('\n', " | ")
            );
            check(!status.is_empty(), "every filled cell is marked")?;
            check(
                text.to_lowercase().contains(&status_word(&status)),
                format!("the mark {status} is also said in words: {text:?}"),
            )?;
        }
        let first = row.text().await?;
        check(first.contains("more than 10,000"), "values read as phrases")?;

        let claim = row
            .find(Locator::Css(&format!(
                "td[data-doc='{SEED_001}'] button.claim"
            )))
            .await?;
        let title = claim.attr("title").await?.unwrap_or_default();
        claim.click().await?;
        let mark = page.wait_for("#reader mark").await?;
        let marked = mark.text().await?;
        check(
            !marked.is_empty() && title.contains(&marked),
            format!("the reader marks the claim's evidence ({marked:?}, button says {title:?})"),
        )?;
        let reader_doc = page
            .wait_for("#reader")
            .await?
            .attr("data-doc")
            .await?
            .unwrap_or_default();
        check(
            reader_doc == SEED_001,
            format!("the reader shows {SEED_001}, not {reader_doc}"),
        )?;
        save_screenshot(page, "matrix.png").await
    }
    .await;
    page.finish(outcome).await;
}

/// The word each matrix mark carries beside its colour.
fn status_word(key: &str) -> String {
    match key {
        "other" => "not compared".to_string(),
        "alone" => "only here".to_string(),
        k => k.to_string(),
    }
}

#[tokio::test]
async fn the_findings_filter_hides_and_shows_a_kind() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=findings]").await?;
        page.wait_for(".finding[data-kind=compatible]").await?;
        let denials = page.count(".finding[data-kind=denial]").await?;
        check(denials > 0, "the samples have denials")?;
        let chip = page
            .wait_for_text(".filter-chip[data-kind=compatible]", "Compatible")
            .await?;
        println!("filter chip: {}", chip.text().await?);

        let input = page
            .wait_for("input[type=checkbox][data-kind=compatible]")
            .await?;
        input.click().await?;
        let started = Instant::now();
        while page.count(".finding[data-kind=compatible]").await? > 0 {
            check(
                started.elapsed() < PATIENCE,
                "the compatible findings are hidden",
            )?;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        check(
            page.count(".finding[data-kind=denial]").await? == denials,
            "the other kinds stay",
        )?;
        page.wait_for_text(".findings-shown", "Showing 5 of 6")
            .await?;
        let off = input.prop("checked").await?;
        check(
            off.as_deref() == Some("false"),
            "the checkbox says the kind is hidden",
        )?;

        // Back on from the keyboard: the checkbox keeps the focus after the click, and Space
        // toggles it.
        let focused = page
            .js("return document.activeElement.dataset.kind")
            .await?;
        check(
            focused == json!("compatible"),
            format!("the checkbox keeps the focus ({focused})"),
        )?;
        input.send_keys(" ").await?;
        page.wait_for(".finding[data-kind=compatible]").await?;
        let on = input.prop("checked").await?;
        check(
            on.as_deref() == Some("true"),
            "the checkbox says the kind is shown",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_timeline_lists_the_article_date_and_the_15_november_event() {
    let page = Page::open().await;
    let outcome: Result =
        async {
            let page = &page;
            page.click("[data-view=timeline]").await?;
            let article = page
                .wait_for(&format!(
                ".timeline-item[data-kind=article][data-doc='{SEED_001}'][data-value='2024-11']"
            ))
                .await?;
            let text = article.text().await?;
            check(
                text.contains("2024-11"),
                format!("the article's date is listed: {text:?}"),
            )?;
            let event = page
                .wait_for(".timeline-item[data-kind=event][data-value='2024-11-15']")
                .await?;
            let text = event.text().await?;
            check(
                text.contains("15 November 2024"),
                format!("the event reads as a date: {text:?}"),
            )?;
            check(
                page.count(".timeline-item.is-inferred").await? > 0,
                "dates resting on a guess are marked inferred",
            )?;
            let values: Vec<String> = page
            .js("return [...document.querySelectorAll('.timeline-item')].map(e => e.dataset.value)")
            .await?
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default();
            println!("timeline: {values:?}");
            check(
                values.first().map(String::as_str) <= values.last().map(String::as_str),
                "earliest first",
            )?;

            event.find(Locator::Css("button")).await?.click().await?;
            let mark = page.wait_for("#reader mark").await?;
            let marked = mark.text().await?;
            check(
                marked.contains("15. November"),
                format!("the reader marks the date in the text, not {marked:?}"),
            )?;
            save_screenshot(page, "timeline.png").await
        }
        .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_soldier_chart_draws_more_than_as_an_open_arrow() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=figures]").await?;
        let chart = page
            .wait_for(".figure-group[data-concept=soldat] svg.interval-chart")
            .await?;
        let name = chart.attr("aria-label").await?.unwrap_or_default();
        println!("chart name: {name}");
        check(
            name.contains("more than 10,000"),
            "the chart says its intervals in words",
        )?;
        let title = page
            .js("return document.querySelector('.figure-group[data-concept=soldat] svg.interval-chart title').textContent")
            .await?;
        check(title == json!(name), "the <title> says the same")?;
        let arrows = chart
            .find_all(Locator::Css(
                "g[data-glyph=open-arrow] polyline.mark-arrow",
            ))
            .await?;
        check(!arrows.is_empty(), "more than 10,000 ends in an open arrow")?;
        let open_dots = chart
            .find_all(Locator::Css("g[data-glyph=open-arrow] circle.mark-open"))
            .await?;
        check(
            open_dots.len() == arrows.len(),
            "an open mark where the number itself is excluded",
        )?;
        check(
            !chart
                .find_all(Locator::Css("g[data-glyph=dot] circle.mark-dot"))
                .await?
                .is_empty(),
            "12,000 is a dot",
        )?;
        // "knapp 50" beside "50": a bar ending in an open mark.
        page.wait_for(".figure-group[data-concept=haubitze] svg g[data-glyph=just-under] circle.mark-open")
            .await?;
        chart.click().await.ok();
        save_screenshot(page, "charts.png").await
    }
    .await;
    page.finish(outcome).await;
}
