// How long the page takes to show its first report: each run opens the built app (dist/) in a new
// headless Chromium (a first visit: empty cache, nothing compiled) and takes the time from
// navigation to the moment `#status` gets `data-ms`, which the app sets when the analysis of the
// sample articles is on screen. A script that Chromium runs before the page's own (through
// chromedriver's CDP endpoint) watches for it, so the app carries no timing code.
// Usage: node bench/first_report.mjs APP_URL CHROMEDRIVER_URL [RUNS]

import { client, headlessChromium } from "./webdriver.mjs";

const [page, driver, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg) || 15;
const TIMEOUT_MS = 30 * 1000;

const WATCH = `(() => {
  const done = () => document.querySelector('#status[data-ms]');
  const watcher = new MutationObserver(() => {
    if (done()) {
      window.firstReportMs = performance.now();
      watcher.disconnect();
    }
  });
  watcher.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const call = client(driver);

async function oneVisit() {
  const id = await headlessChromium(call);
  try {
    await call("POST", `/session/${id}/goog/cdp/execute`, {
      cmd: "Page.addScriptToEvaluateOnNewDocument",
      params: { source: WATCH },
    });
    await call("POST", `/session/${id}/url`, { url: page });
    const started = Date.now();
    for (;;) {
      const ms = await call("POST", `/session/${id}/execute/sync`, {
        script: "return window.firstReportMs || null;",
        args: [],
      });
      if (ms) return ms;
      if (Date.now() - started > TIMEOUT_MS) throw new Error("the page showed no report");
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await call("DELETE", `/session/${id}`).catch(() => {});
  }
}

const times = [];
for (let i = 0; i < RUNS; i++) times.push(await oneVisit());
times.sort((a, b) => a - b);
const ms = (t) => `${t.toFixed(0)} ms`;
console.log(
  [
    "| first visit to the app, from navigation to the report on screen | visits | median | fastest | slowest |",
    "|---|---:|---:|---:|---:|",
    `| the five sample articles | ${RUNS} | **${ms(times[Math.floor(RUNS / 2)])}** | ${ms(times[0])} | ${ms(times[RUNS - 1])} |`,
  ].join("\n"),
);
