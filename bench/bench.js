// Measures the wasm core (crosscheck-bench, the same code and profile as the page) and the JS
// peers compromise and de-compromise on the same German news text, in this browser. The results
// go to window.benchResults for scripts/bench.sh and into the table for a person watching.

import init, * as core from "./pkg/core.js";

const MB = 1024 * 1024;

/// Milliseconds of the median of `runs` calls of `work`, after calls that are not counted: one,
/// or as many as fill `warmMs`, so that the engine's optimising tier has compiled the hot code
/// before the clock runs (which tier runs when is the engine's choice and varies from run to run).
function median(runs, work, warmMs = 0) {
  const warmUntil = performance.now() + warmMs;
  do {
    work();
  } while (performance.now() < warmUntil);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/// The seeds joined with blank lines and repeated to at least `bytes` UTF-8 bytes.
function repeated(seeds, bytes) {
  const one = seeds.join("\n\n") + "\n\n";
  const size = new TextEncoder().encode(one).length;
  return one.repeat(Math.ceil(bytes / size));
}

const utf8 = (text) => new TextEncoder().encode(text).length;

/// Runs for about as many repetitions as keep a measure near a second.
/// How long each steady-state measure warms up (the seeds' "first runs" do not: they are the
/// cold experience).
const WARM_MS = 1000;

const runsFor = (bytes) => Math.max(3, Math.min(50, Math.round(20 * MB / Math.max(bytes, 1) / 10)));

async function main() {
  const names = (await (await fetch("samples/list.txt")).text()).split("\n").filter(Boolean);
  const seeds = await Promise.all(names.map(async (n) => (await fetch(`samples/${n}`)).text()));
  const wasm = await init();
  const rows = [];
  const add = (measure, text, ms, bytes) =>
    rows.push({ measure, text, ms, bytes, mbPerS: bytes ? bytes / MB / (ms / 1000) : null });

  // The first analysis builds the tables (lexicons, gazetteer, tagger weights): the cold start.
  let t = performance.now();
  core.warm_up();
  add("cold start (tables built)", "", performance.now() - t, 0);

  // The seeds twice: right after start, when the engine still runs much of the wasm from its
  // baseline compiler (what a visitor's first analyses meet), and at the end, once the hot code
  // has been recompiled by the optimising tier.
  const joined = seeds.join("\u001e");
  const seedBytes = utf8(seeds.join(""));
  add("5 seeds end to end, first runs", "seeds", median(50, () => core.analyze_articles(joined)), seedBytes);

  const memory = [];
  for (const size of [100 * 1024, MB, 10 * MB]) {
    const text = repeated(seeds, size);
    const bytes = utf8(text);
    const label = size >= MB ? `${size / MB} MB` : `${size / 1024} KB`;
    add("figures + entities (crosscheck wasm)", label, median(runsFor(bytes), () => core.figures_and_entities(text), WARM_MS), bytes);
    memory.push({ text: label, wasmMemoryMB: wasm.memory.buffer.byteLength / MB });
  }

  // Text that does not repeat itself, the GermEval 2014 sentences: its first run meets most of
  // its words for the first time and works out their lexical flags (a compound split, a dozen
  // lookups), which the later runs find remembered, as the page does when it analyses a set again.
  const germeval = await (await fetch("germeval.txt")).text();
  const germevalBytes = utf8(germeval);
  const label = `GermEval sentences, ${Math.round(germevalBytes / 1024)} KB`;
  t = performance.now();
  core.figures_and_entities(germeval);
  add("figures + entities, first run", label, performance.now() - t, germevalBytes);
  add("figures + entities (crosscheck wasm)", label, median(runsFor(germevalBytes), () => core.figures_and_entities(germeval), WARM_MS), germevalBytes);

  // 1,000 articles of about 3 KB, each a seed with its numbers shifted, so that they differ.
  const thousand = [];
  for (let i = 0; i < 1000; i++) {
    const seed = seeds[i % seeds.length];
    thousand.push(seed.replace(/\d+/g, (d) => String(Number(d) + (i % 7))));
  }
  const thousandJoined = thousand.join("\u001e");
  add("1,000 articles end to end", "1,000 articles", median(3, () => core.analyze_articles(thousandJoined), WARM_MS), utf8(thousand.join("")));

  add("5 seeds end to end, warm", "seeds", median(200, () => core.analyze_articles(joined), WARM_MS), seedBytes);

  // The peers on the 100 KB text: numbers and named entities, as each offers them; warmed up as
  // the core is, so that the ratio compares optimised code with optimised code.
  const peerText = repeated(seeds, 100 * 1024);
  const peerBytes = utf8(peerText);
  add("numbers + entities (de-compromise)", "100 KB", median(3, () => {
    const doc = deCompromise(peerText);
    doc.numbers().out("array");
    doc.match("(#Person|#Place|#Organization)").out("array");
  }, WARM_MS), peerBytes);
  add("numbers + entities (compromise)", "100 KB", median(3, () => {
    const doc = nlp(peerText);
    doc.numbers().out("array");
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  }, WARM_MS), peerBytes);

  const ours = rows.find((r) => r.measure.startsWith("figures") && r.text === "100 KB");
  const fastestPeer = Math.max(...rows.filter((r) => r.measure.includes("compromise")).map((r) => r.mbPerS));
  const results = {
    userAgent: navigator.userAgent,
    rows,
    memory,
    ratioToFastestPeer: ours.mbPerS / fastestPeer,
  };
  show(results);
  window.benchResults = results;
}

function show(results) {
  const body = document.querySelector("#results tbody");
  for (const r of results.rows) {
    const tr = document.createElement("tr");
    for (const cell of [r.measure, r.text, `${r.ms.toFixed(2)} ms`, r.mbPerS ? `${r.mbPerS.toFixed(1)} MB/s` : ""]) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    body.append(tr);
  }
  document.getElementById("results").hidden = false;
  document.getElementById("status").textContent =
    `crosscheck is ${results.ratioToFastestPeer.toFixed(0)}× the faster JS peer on 100 KB.`;
}

main().catch((e) => {
  document.getElementById("status").textContent = `The bench failed: ${e}`;
  window.benchResults = { error: String(e) };
});
