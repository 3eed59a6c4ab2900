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
use std::sync::atomic::{AtomicBool, Ordering};
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
    static ONLINE: AtomicBool = AtomicBool::new(true);
    *SITE.get_or_init(|| start_server(&ONLINE))
}

/// A second server for `dist/` (another origin, so its own offline cache) that the test can
/// switch off: then every connection is closed unanswered, as if the network were gone.
fn switchable_site() -> (SocketAddr, &'static AtomicBool) {
    static SITE: OnceLock<SocketAddr> = OnceLock::new();
    static ONLINE: AtomicBool = AtomicBool::new(true);
    (*SITE.get_or_init(|| start_server(&ONLINE)), &ONLINE)
}

fn start_server(online: &'static AtomicBool) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port for dist/");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if !online.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            std::thread::spawn(move || {
                let _ = serve(stream);
            });
        }
    });
    addr
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
                Some("json") => "application/json",
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
    /// The page at `/`, with the samples analysed.
    async fn open() -> Page {
        let page = Page::browser().await;
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

    /// A fresh browser (its own profile: nothing stored from another test) at `url`, once the
    /// app has mounted.
    async fn open_at(url: &str) -> Page {
        let page = Page::browser().await;
        page.client.goto(url).await.expect("load the page");
        page.wait_for("#status").await.expect("the app starts");
        page
    }

    /// A fresh browser on no page yet.
    async fn browser() -> Page {
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

        Page {
            client,
            _driver: driver,
            _turn: turn,
        }
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

    /// Every figure row as "article|value|hedge", in page order: what "the same figures" means.
    async fn figures(&self) -> Result<Vec<String>> {
        let rows = self
            .js("return [...document.querySelectorAll('.figure')].map(r => \
                 [r.dataset.doc, r.dataset.value, r.dataset.hedge].join('|'))")
            .await?;
        Ok(serde_json::from_value(rows)?)
    }

    /// Saves a PNG of the page as target/screenshots/NAME.png.
    async fn screenshot(&self, name: &str) -> Result {
        let folder = screenshots();
        std::fs::create_dir_all(&folder)?;
        let png = self.client.screenshot().await?;
        check(png.starts_with(b"\x89PNG"), "the screenshot is a PNG")?;
        let file = folder.join(format!("{name}.png"));
        std::fs::write(&file, &png)?;
        println!("screenshot: {}", file.display());
        Ok(())
    }
}

fn screenshots() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("screenshots")
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

/// Makes a share-link fragment in the browser itself (CompressionStream's raw deflate, then
/// base64url), independently of the page's own encoder: `value` becomes the link's JSON.
const MAKE_FRAGMENT: &str = r#"
    const done = arguments[arguments.length - 1];
    const json = typeof arguments[0] === 'string' ? arguments[0] : JSON.stringify(arguments[0]);
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    new Response(stream).arrayBuffer().then((buffer) => {
        let binary = '';
        for (const b of new Uint8Array(buffer)) binary += String.fromCharCode(b);
        done('cc1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    });
"#;

#[tokio::test]
async fn a_share_link_opens_the_same_analysis_in_a_fresh_browser() {
    let page = Page::open().await;
    let shared: Result<(String, Vec<String>)> = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.paste("Polizeibericht", "Die Polizei zählte 34 Tote.")
            .await?;
        page.wait_for_text(".figure[data-doc=Polizeibericht]", "34")
            .await?;
        page.click("#copy-link").await?;
        let field = page.wait_for("#share-link").await?;
        let link = field.prop("value").await?.unwrap_or_default();
        check(link.contains("#cc1."), format!("a share link: {link}"))?;
        check(
            !link.contains("Polizei"),
            "the link carries the text compressed, not in the clear",
        )?;
        page.screenshot("share-link").await?;
        // Escape closes the link box.
        field.send_keys(&Key::Escape.to_string()).await?;
        check(
            page.count("#share-link").await? == 0,
            "Escape closed the link box",
        )?;
        let focused = page.js("return document.activeElement.id").await?;
        check(
            focused == json!("copy-link"),
            format!("the focus is back on Copy link ({focused})"),
        )?;
        Ok((link, page.figures().await?))
    }
    .await;
    let (link, figures) = match shared {
        Ok(shared) => {
            page.finish(Ok(())).await;
            shared
        }
        Err(e) => {
            page.finish(Err(e)).await;
            unreachable!()
        }
    };

    // A new browser has nothing stored: all it knows comes from the link.
    let page = Page::open_at(&link).await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "6 articles").await?;
        page.wait_for(".article[data-id=Polizeibericht]").await?;
        page.wait_for("#status[data-ms]").await?;
        let opened = page.figures().await?;
        check(
            opened == figures,
            format!("the same figures: {opened:?} vs {figures:?}"),
        )?;
        page.wait_for_text(".notice-info", "from a link").await?;
        let address = page.client.current_url().await?;
        check(
            address.fragment().is_none(),
            format!("the fragment is dropped after opening: {address}"),
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn broken_oversized_and_hostile_links_change_nothing_and_run_nothing() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        let base = format!("http://{}/", site());

        // Cut off in the middle of the deflate stream.
        page.client
            .goto(&format!("{base}#cc1.eJwLyUhVyC3NS0ktUkjOzytRBAA"))
            .await?;
        page.wait_for_text(".notice-error", "broken").await?;
        check(page.count(".article").await? == 5, "nothing was replaced")?;

        // A "zip bomb": 3 MB of one letter deflates to a few kilobytes.
        let bomb = page
            .client
            .execute_async(
                MAKE_FRAGMENT,
                vec![json!(format!(
                    "[{{\"id\":\"a\",\"text\":\"{}\"}}]",
                    "a".repeat(3 << 20)
                ))],
            )
            .await?;
        let bomb = bomb.as_str().unwrap_or_default().to_string();
        check(bomb.len() < 64 * 1024, "the bomb fits a link")?;
        page.client.goto(&format!("{base}#{bomb}")).await?;
        page.wait_for_text(".notice-error", "more than crosscheck opens")
            .await?;
        check(page.count(".article").await? == 5, "nothing was replaced")?;

        // A later version.
        page.client.goto(&format!("{base}#cc9.AAAA")).await?;
        page.wait_for_text(".notice-error", "different version")
            .await?;

        // Markup in every field of a well-formed link.
        let hostile = page
            .client
            .execute_async(
                MAKE_FRAGMENT,
                vec![json!([{
                    "id": "<img src=x onerror=\"window.__pwned=1\">",
                    "title": "<script>window.__pwned=2</script>",
                    "text": "<svg onload=\"window.__pwned=3\"></svg> Die Polizei zählte 7 Tote."
                }])],
            )
            .await?;
        page.client
            .goto(&format!("{base}#{}", hostile.as_str().unwrap_or_default()))
            .await?;
        page.wait_for_text("#status", "1 article").await?;
        page.wait_for_text(".article-name", "<img").await?;
        page.click(".article-open").await?;
        page.wait_for_text("#reader .reader-text", "<svg onload")
            .await?;
        let images = page
            .js("return document.querySelectorAll('img, svg[onload]').length")
            .await?;
        check(images == json!(0), "no element was made from the link")?;
        let pwned = page.js("return typeof window.__pwned").await?;
        check(pwned == json!("undefined"), "nothing from the link ran")?;
        // The samples the link replaced can be had back.
        page.click("#undo").await?;
        page.wait_for_text("#status", "5 articles").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn an_exported_report_dropped_on_the_page_restores_the_same_report() {
    // The export is a Blob behind an <a download>; the test keeps the Blob to read it back.
    const KEEP_BLOBS: &str = r#"
        window.__blobs = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__blobs.push(blob); return make(blob); };
    "#;
    const READ_BLOB: &str = r#"
        const done = arguments[arguments.length - 1];
        const blob = window.__blobs[window.__blobs.length - 1];
        blob.text().then((text) => done({ type: blob.type, text }));
    "#;
    const DROP_JSON: &str = r#"
        const dt = new DataTransfer();
        dt.items.add(new File([arguments[0]], "crosscheck-report.json", { type: "application/json" }));
        const target = document.querySelector('.layout');
        for (const type of ["dragenter", "dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
    "#;
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        let before = page.figures().await?;
        let status_before = page.wait_for("#status span").await?.text().await?;
        page.js(KEEP_BLOBS).await?;

        page.click("#export-json").await?;
        let json_file = page.client.execute_async(READ_BLOB, vec![]).await?;
        let text = json_file["text"].as_str().unwrap_or_default().to_string();
        let export: serde_json::Value = serde_json::from_str(&text)?;
        check(
            export["format"] == json!("crosscheck-export"),
            "marked as ours",
        )?;
        check(
            export["articles"].as_array().map(Vec::len) == Some(5),
            "with its articles",
        )?;
        check(
            export["report"]["figures"].as_array().map(Vec::len) == Some(before.len()),
            "and the report",
        )?;

        page.click("#export-csv").await?;
        let csv = page.client.execute_async(READ_BLOB, vec![]).await?;
        let csv = csv["text"].as_str().unwrap_or_default().to_string();
        check(
            csv.trim_start_matches('\u{feff}')
                .starts_with("article,text,value"),
            "a CSV header",
        )?;
        check(
            csv.lines().count() == before.len() + 1,
            "a CSV row per figure",
        )?;

        page.click("#export-md").await?;
        let md = page.client.execute_async(READ_BLOB, vec![]).await?;
        let md = md["text"].as_str().unwrap_or_default().to_string();
        let findings = md.find("## Findings").unwrap_or(usize::MAX);
        let matrix = md.find("## Claim matrix").unwrap_or(0);
        check(
            findings < matrix,
            "Markdown: findings first, then the claim matrix",
        )?;

        page.click("#clear-all").await?;
        page.wait_for_text("#status", "0 articles").await?;
        page.client.execute(DROP_JSON, vec![json!(text)]).await?;
        page.wait_for_text(".notice-info", "crosscheck-report.json")
            .await?;
        page.wait_for_text("#status", "5 articles").await?;
        page.wait_for("#status[data-ms]").await?;
        let after = page.figures().await?;
        check(after == before, "the same figures after the import")?;
        let status_after = page.wait_for("#status span").await?.text().await?;
        let counts = |s: &str| s.split(" · analysed").next().unwrap_or("").to_string();
        check(
            counts(&status_after) == counts(&status_before),
            format!("the same counts: {status_after} vs {status_before}"),
        )?;

        // A JSON file that is not ours is refused by name.
        page.client
            .execute(DROP_JSON, vec![json!("{\"hello\": 1}")])
            .await?;
        page.wait_for_text(".notice-error", "not a crosscheck export")
            .await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn removing_and_clearing_can_be_undone_from_the_keyboard() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        let order = page
            .js("return [...document.querySelectorAll('.article')].map(a => a.dataset.id)")
            .await?;
        let second = order[1].as_str().unwrap_or_default().to_string();

        page.click(&format!(".article[data-id='{second}'] .remove"))
            .await?;
        page.wait_for_text("#status", "4 articles").await?;
        page.wait_for_text("#undo-toast", &second).await?;
        page.screenshot("undo").await?;
        // The removed button took the focus with it; Undo has it now, so Enter brings it back.
        let focused = page.js("return document.activeElement.id").await?;
        check(
            focused == json!("undo"),
            format!("Undo has the focus ({focused})"),
        )?;
        page.client
            .active_element()
            .await?
            .send_keys(&Key::Enter.to_string())
            .await?;
        page.wait_for_text("#status", "5 articles").await?;
        let restored = page
            .js("return [...document.querySelectorAll('.article')].map(a => a.dataset.id)")
            .await?;
        check(restored == order, "back in its place")?;
        let focused = page
            .js("return document.activeElement.closest('.article')?.dataset.id ?? null")
            .await?;
        check(
            focused == json!(second),
            format!("the focus is on the article brought back ({focused})"),
        )?;
        check(page.count("#undo-toast").await? == 0, "the toast is gone")?;

        page.click("#clear-all").await?;
        page.wait_for_text("#status", "0 articles").await?;
        // Ctrl+Z, as anywhere else.
        page.client
            .active_element()
            .await?
            .send_keys(&format!("{}z{}", Key::Control, Key::Control))
            .await?;
        page.wait_for_text("#status", "5 articles").await?;
        // And it is kept: a reload shows the restored list.
        page.client.refresh().await?;
        page.wait_for_text("#status", "5 articles").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_page_switches_between_english_and_german_and_remembers() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("[data-view=figures]", "Figures").await?;
        page.click("[data-lang=de]").await?;
        page.wait_for_text("[data-view=figures]", "Zahlen").await?;
        page.wait_for_text("#status", "5 Artikel").await?;
        page.wait_for_text("#add-article", "Artikel hinzufügen")
            .await?;
        let lang = page.js("return document.documentElement.lang").await?;
        check(lang == json!("de"), "<html lang> follows")?;
        let pressed = page
            .js("return document.querySelector('[data-lang=de]').getAttribute('aria-pressed')")
            .await?;
        check(pressed == json!("true"), "the switch says which is on")?;
        // German numbers in the figures view.
        page.wait_for_text(".figure-phrase", "mehr als 10.000")
            .await?;
        page.screenshot("german").await?;
        page.client.refresh().await?;
        page.wait_for_text("[data-view=figures]", "Zahlen").await?;
        page.click("[data-lang=en]").await?;
        page.wait_for_text("[data-view=figures]", "Figures").await?;
        page.wait_for_text(".figure-phrase", "more than 10,000")
            .await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn escape_closes_the_reader() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        let figure = page.wait_for_text(".figure", "10.000").await?;
        figure.find(Locator::Css("button")).await?.click().await?;
        page.wait_for("#reader mark").await?;
        page.client
            .active_element()
            .await?
            .send_keys(&Key::Escape.to_string())
            .await?;
        page.wait_for("#reader .reader-hint").await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn two_hundred_files_dropped_at_once_are_all_added() {
    const DROP_MANY: &str = r#"
        const dt = new DataTransfer();
        for (let i = 0; i < 200; i++) {
            dt.items.add(new File(["Die Polizei zählte " + (i + 1) + " Tote."], "bericht-" + i + ".txt", { type: "text/plain" }));
        }
        const target = document.querySelector('.layout');
        for (const type of ["dragenter", "dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
    "#;
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.js(DROP_MANY).await?;
        page.wait_for_text("#status", "205 articles").await?;
        page.wait_for_text(".notice-info", "200 files").await?;
        page.wait_for_text(".figure[data-doc='bericht-199.txt']", "200")
            .await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn windows_1252_text_is_read_and_pdf_and_png_are_refused_by_their_bytes() {
    const DROP_BYTES: &str = r#"
        const dt = new DataTransfer();
        for (const [name, bytes] of arguments[0]) {
            dt.items.add(new File([new Uint8Array(bytes)], name));
        }
        const target = document.querySelector('.layout');
        for (const type of ["dragenter", "dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
    "#;
    let mut latin1 = b"Die Polizei z".to_vec();
    latin1.push(0xe4); // ä in Windows-1252
    latin1.extend_from_slice(b"hlte 34 Tote. Stra");
    latin1.push(0xdf); // ß
    latin1.extend_from_slice(b"e gesperrt.");
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.client
            .execute(
                DROP_BYTES,
                vec![json!([
                    ["alt.txt", latin1],
                    ["scan.txt", pdf],
                    ["foto.txt", png]
                ])],
            )
            .await?;
        page.wait_for_text(".notice-info", "windows-1252").await?;
        page.wait_for_text(".notice-error", "scan.txt is a PDF")
            .await?;
        page.wait_for_text(".notice-error", "foto.txt is an image")
            .await?;
        page.wait_for("#status[data-ms]").await?;
        page.wait_for_text(".figure[data-doc='alt.txt']", "34")
            .await?;
        page.click(".article[data-id='alt.txt'] .article-open")
            .await?;
        page.wait_for_text("#reader .reader-text", "zählte 34 Tote. Straße")
            .await?;
        check(
            page.count(".article").await? == 6,
            "only the text was added",
        )
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn a_large_paste_shows_progress_and_can_be_cancelled() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        check(
            page.count(".app[data-engine=worker]").await? == 1,
            "the analysis runs in a worker",
        )?;
        // Real news text, not a repeated word, so the core has work to do.
        page.client
            .execute(
                "const box = document.getElementById('paste');
                 box.style.display = 'none';
                 box.value = (arguments[0] + '\\n\\n').repeat(arguments[1]);
                 document.getElementById('add-article').click();",
                vec![
                    json!(include_str!("../www/samples/002_f0337515d6951f32.txt")),
                    json!(1200),
                ],
            )
            .await?;
        page.wait_for("#progress").await?;
        page.wait_for_text("#progress", "MB").await?;
        // The page answers while the worker works.
        let started = Instant::now();
        page.js("return document.title").await?;
        check(
            started.elapsed() < Duration::from_secs(2),
            "the page is not frozen",
        )?;
        page.screenshot("progress").await?;
        page.click("#cancel-analysis").await?;
        page.wait_for("#cancelled").await?;
        check(
            page.count("#progress").await? == 0,
            "no progress after a cancel",
        )?;
        // The worker was replaced: removing the large article gives a fresh analysis.
        page.click(".article:last-child .remove").await?;
        page.wait_for_text("#status", "5 articles").await?;
        page.wait_for("#status[data-ms]").await?;
        check(
            page.count("#cancelled").await? == 0,
            "the next run clears the note",
        )?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_single_file_opens_from_disk_and_analyses_the_samples() {
    let file = dist().join("crosscheck.html");
    assert!(
        file.is_file(),
        "dist/crosscheck.html is missing: run scripts/build.sh"
    );
    let page = Page::open_at(&format!("file://{}", file.display())).await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for("#status[data-ms]").await?;
        page.wait_for_text("#status", "5 articles").await?;
        page.wait_for_text(".figure", "10.000").await?;
        let engine = page
            .js("return document.querySelector('.app').dataset.engine")
            .await?;
        println!("single file analyses in: {engine}");
        check(
            engine == json!("worker"),
            "the analysis runs in a worker there too",
        )?;
        let outside = page
            .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('blob:') && !n.startsWith('data:'))")
            .await?;
        check(
            outside == json!([]),
            format!("nothing fetched: {outside}"),
        )?;
        page.paste("Polizeibericht", "Die Polizei zählte 34 Tote.")
            .await?;
        page.wait_for_text(".figure[data-doc=Polizeibericht]", "34")
            .await?;
        page.screenshot("single-file").await
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_hosted_page_works_offline_after_the_first_visit() {
    let (addr, online) = switchable_site();
    online.store(true, Ordering::SeqCst);
    let page = Page::open_at(&format!("http://{addr}/")).await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for("#status[data-ms]").await?;
        // The service worker installs (caching the app shell) and takes the page over.
        let started = Instant::now();
        while page
            .js("return !!navigator.serviceWorker.controller")
            .await?
            != json!(true)
        {
            check(
                started.elapsed() < PATIENCE,
                "the service worker took over the page",
            )?;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        online.store(false, Ordering::SeqCst);
        page.client.refresh().await?;
        page.wait_for("#status[data-ms]").await?;
        page.wait_for_text("#status", "5 articles").await?;
        page.wait_for_text(".figure", "10.000").await?;
        check(
            page.count(".app[data-engine=worker]").await? == 1,
            "the worker starts offline too",
        )?;
        // The network really is gone: what the cache lacks cannot be had.
        let fetched = page
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch('samples/000_304bf167e6ad5681.txt?x=' + Date.now())
                     .then(() => done('fetched'), () => done('failed'));",
                vec![],
            )
            .await?;
        check(fetched == json!("failed"), format!("offline: {fetched}"))
    }
    .await;
    online.store(true, Ordering::SeqCst);
    page.finish(outcome).await;
}

#[tokio::test]
async fn the_findings_print_as_a_report() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.click("[data-view=findings]").await?;
        page.wait_for(".finding").await?;
        let pdf = page
            .client
            .print(fantoccini::wd::PrintConfiguration::default())
            .await?;
        check(pdf.starts_with(b"%PDF"), "a PDF")?;
        let folder = screenshots();
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join("print.pdf"), &pdf)?;
        println!("printed: {}", folder.join("print.pdf").display());
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}

#[tokio::test]
async fn articles_too_long_for_a_link_offer_the_export_instead() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        // 150 KB of words that do not repeat, so deflate cannot shrink them below 64 KB.
        page.js("const box = document.getElementById('paste');
             box.style.display = 'none';
             let words = [];
             for (let i = 0; i < 20000; i++) words.push(Math.random().toString(36).slice(2, 9));
             box.value = words.join(' ');
             document.getElementById('add-article').click();")
            .await?;
        page.wait_for_text("#status", "6 articles").await?;
        page.click("#copy-link").await?;
        let offer = page.wait_for(".link-too-long").await?;
        let text = offer.text().await?;
        check(
            text.contains("64 KB"),
            format!("the limit is named: {text}"),
        )?;
        check(
            offer.find_all(Locator::Css("button.primary")).await?.len() == 1,
            "with the JSON export at hand",
        )?;
        check(
            page.count("#share-link").await? == 0,
            "and no link that would break",
        )
    }
    .await;
    page.finish(outcome).await;
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

#[tokio::test]
async fn the_matrix_timeline_filter_and_charts_speak_german_too() {
    let page = Page::open().await;
    let outcome: Result = async {
        let page = &page;
        page.wait_for_text("#status", "5 articles").await?;
        page.click("[data-lang=de]").await?;
        page.wait_for_text("[data-view=timeline]", "Zeitleiste")
            .await?;

        // The figures' interval chart is named in German, with German numbers.
        let chart = page
            .wait_for(".figure-group[data-concept=soldat] svg.interval-chart")
            .await?;
        let name = chart.attr("aria-label").await?.unwrap_or_default();
        check(
            name.starts_with("Intervalldiagramm für soldat") && name.contains("mehr als 10.000"),
            format!("the chart's name is German: {name:?}"),
        )?;

        page.click("[data-view=matrix]").await?;
        page.wait_for_text(".status-legend", "stimmt überein")
            .await?;
        page.wait_for_text(".matrix-corner", "Begriff").await?;
        let row = page
            .wait_for("#panel-matrix tr.matrix-row[data-concept=soldat]")
            .await?;
        let text = row.text().await?;
        check(
            text.contains("mehr als 10.000") && text.contains("5 von 5"),
            format!("the soldier row reads in German: {text:?}"),
        )?;
        check(
            !text.contains("more than"),
            format!("no English left in the row: {text:?}"),
        )?;

        page.click("[data-view=timeline]").await?;
        page.wait_for_text(".timeline-legend", "sicheres Datum")
            .await?;
        page.wait_for_text(
            ".timeline-item[data-kind=event][data-value='2024-11-15']",
            "15. November 2024",
        )
        .await?;
        page.wait_for_text(".timeline-item .certainty", "erschlossen")
            .await?;

        page.click("[data-view=findings]").await?;
        page.wait_for_text(".findings-filter legend", "Befunde dieser Art zeigen")
            .await?;
        page.wait_for_text(".filter-chip[data-kind=compatible]", "Vereinbar")
            .await?;
        page.wait_for_text(".findings-shown", "Alle 6 werden gezeigt")
            .await?;
        page.screenshot("german-matrix").await?;

        // Back to English for the tests after this one.
        page.click("[data-lang=en]").await?;
        page.wait_for_text("[data-view=timeline]", "Timeline")
            .await?;
        Ok(())
    }
    .await;
    page.finish(outcome).await;
}
