// Opens the bench page in headless Chromium through chromedriver (bench/webdriver.mjs), waits for
// window.benchResults and prints a Markdown table.
// Usage: node bench/drive.mjs PAGE_URL CHROMEDRIVER_URL

import { client, headlessChromium } from "./webdriver.mjs";

const [page, driver] = process.argv.slice(2);
const TIMEOUT_MS = 15 * 60 * 1000;

const call = client(driver);
const id = await headlessChromium(call);
try {
  await call("POST", `/session/${id}/timeouts`, { script: 60000 });
  await call("POST", `/session/${id}/url`, { url: page });
  const started = Date.now();
  let results = null;
  while (!results) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error("the bench page did not finish");
    await new Promise((r) => setTimeout(r, 1000));
    results = await call("POST", `/session/${id}/execute/sync`, {
      script: "return window.benchResults || null;",
      args: [],
    });
  }
  if (results.error) throw new Error(`the bench page failed: ${results.error}`);
  console.log(markdown(results));
} finally {
  await call("DELETE", `/session/${id}`).catch(() => {});
}

function markdown(results) {
  const lines = [
    `Browser: ${results.userAgent}`,
    "",
    "| measure | text | time (median) | throughput |",
    "|---|---|---:|---:|",
  ];
  for (const r of results.rows) {
    const speed = r.mbPerS ? `${r.mbPerS.toFixed(1)} MB/s` : "";
    lines.push(`| ${r.measure} | ${r.text} | ${r.ms.toFixed(2)} ms | ${speed} |`);
  }
  lines.push("", `crosscheck's figure + entity extraction on 100 KB is **${results.ratioToFastestPeer.toFixed(0)}×** the faster JS peer.`, "");
  lines.push("| after figures + entities on | wasm linear memory |", "|---|---:|");
  for (const m of results.memory) lines.push(`| ${m.text} | ${m.wasmMemoryMB.toFixed(0)} MB |`);
  return lines.join("\n");
}
