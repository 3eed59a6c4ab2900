// Starts the wasm app (its `main` mounts the page into #app). Kept out of index.html so the
// Content-Security-Policy can forbid inline scripts.
import init from './app.js';

init().catch((error) => {
  const root = document.getElementById('app');
  if (root) {
    const note = document.createElement('p');
    note.className = 'boot boot-error';
    note.textContent = 'crosscheck could not start in this browser: ' + error;
    root.replaceChildren(note);
  }
  console.error(error);
});
