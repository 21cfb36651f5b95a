// The staff app's service worker (scope /staff/): keeps the app shell (the page, its scripts
// and styles, the manifest and icons) so the app opens without a network. Pages are asked
// of the network first and fall back to the kept shell; built files (hashed names) come from
// the cache. GraphQL and everything outside /staff/ is left alone: the app queues what it
// could not send itself. vite.config.ts fills in the file list and the version.
const SHELL = self.__SHELL__;
const CACHE = "dispatchhub-staff-" + self.__VERSION__;
const INDEX = "/staff/";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("dispatchhub-staff-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith("/staff/")) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() => caches.match(INDEX, { cacheName: CACHE }).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
