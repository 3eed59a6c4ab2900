// Offline after the first visit: the app shell is cached when this service worker installs and
// served from the cache from then on (the network only for what is not cached). scripts/build.sh
// writes the build's id into CACHE, so a new build installs a fresh cache and drops the old one.
// Nothing the user adds passes through here: articles live in localStorage and the page.
const CACHE = 'crosscheck-BUILD_ID';
const SHELL = [
  './',
  'index.html',
  'app.js',
  'app_bg.wasm',
  'main.js',
  'worker.js',
  'style.css',
  'icons/favicon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('crosscheck-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page opened with ?query or #link is the same page.
      const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (cached) {
        return cached;
      }
      if (request.mode === 'navigate') {
        try {
          return await fetch(request);
        } catch (error) {
          return (await cache.match('index.html')) || Response.error();
        }
      }
      return fetch(request);
    })
  );
});
