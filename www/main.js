// crosscheck's loader. The same script runs in two places:
//  - on the page it compiles the wasm once, offers the app `crosscheckSpawnWorker()`, starts the
//    app (its `main` mounts the page into #app) and, over http(s), registers the offline cache;
//  - in the analysis worker it instantiates the module the page sends first, then answers each
//    {seq, articles} (JSON text) with {seq, report (JSON text), millis}, or {seq, error}.
// A classic script, not a module: the wasm-bindgen glue (`--target no-modules`) defines the global
// `wasm_bindgen`, and in the single-file build (dist/crosscheck.html) this script and the glue are
// one inline script whose own text becomes the worker, so the page needs no file beside it.
(function () {
  'use strict';

  if (typeof document === 'undefined') {
    serveAnalyses();
  } else {
    startPage().catch(showFailure);
  }

  function serveAnalyses() {
    self.onmessage = (first) => {
      try {
        wasm_bindgen.initSync({ module: first.data.module });
      } catch (error) {
        self.postMessage({ error: String(error) });
        return;
      }
      self.onmessage = (event) => {
        const { seq, articles } = event.data;
        const started = performance.now();
        try {
          const report = wasm_bindgen.analyzeJson(articles);
          self.postMessage({ seq, report, millis: performance.now() - started });
        } catch (error) {
          self.postMessage({ seq, error: String(error) });
        }
      };
    };
  }

  async function startPage() {
    const embedded = document.getElementById('crosscheck-wasm');
    let module;
    let workerUrl;
    if (embedded) {
      // The single file: the wasm is base64 in a data block (never run as script), and the worker
      // runs this very script, glue included, from a Blob.
      module = await WebAssembly.compile(fromBase64(embedded.textContent));
      embedded.textContent = '';
      const source = document.getElementById('crosscheck-js').textContent;
      workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    } else {
      module = await compileFetched('app_bg.wasm');
      workerUrl = 'worker.js';
    }
    // The worker gets the compiled module, so it neither fetches nor compiles the wasm again.
    globalThis.crosscheckSpawnWorker = () => {
      const worker = new Worker(workerUrl);
      worker.postMessage({ module });
      return worker;
    };
    await wasm_bindgen({ module_or_path: module });
    // Offline after the first visit; a page opened from disk needs no cache (and may not have one).
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      navigator.serviceWorker.register('sw.js').catch((error) => console.warn('no offline cache:', error));
    }
  }

  async function compileFetched(url) {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(url + ': ' + response.status);
    }
    const type = response.headers.get('content-type') || '';
    if (WebAssembly.compileStreaming && type.startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  }

  function fromBase64(text) {
    const binary = atob(text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function showFailure(error) {
    const root = document.getElementById('app');
    if (root) {
      const note = document.createElement('p');
      note.className = 'boot boot-error';
      // The wasm uses 128-bit SIMD (Chrome 91, Firefox 89, Safari 16.4 and later); an older engine
      // refuses to compile it.
      const old = error instanceof WebAssembly.CompileError
        ? ' (it needs WebAssembly SIMD: Chrome 91, Firefox 89, Safari 16.4 or later)' : '';
      note.textContent = 'crosscheck could not start in this browser: ' + error + old;
      root.replaceChildren(note);
    }
    console.error(error);
  }
})();
