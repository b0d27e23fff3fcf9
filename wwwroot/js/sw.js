// LoyaltyArena's service worker: the app opens and shows what it last showed when the connection drops.
// Scripts, styles and icons whose URLs carry a content hash come from the cache first; pages come from the network
// first and fall back to their last copy. htmx fragments, posts and the live hub always go to the network.
const STATIC = "arena-static-v1";
const PAGES = "arena-pages-v1";
const KEEP = [/^\/$/, /^\/Learning(\/|$)/, /^\/Rewards(\/|$)/, /^\/Ledger$/, /^\/Leaderboards$/, /^\/Challenges(\/|$)/, /^\/Notifications$/];

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== STATIC && n !== PAGES).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// Home names what the clerk is likely to open next (today's lesson, the rewards): kept now, readable offline later.
self.addEventListener("message", (event) => {
  const paths = (event.data && event.data.precache) || [];
  event.waitUntil(caches.open(PAGES).then((cache) => Promise.all(paths
    .filter((path) => typeof path === "string" && path.startsWith("/") && KEEP.some((keep) => keep.test(path)))
    .map((path) => fetch(path, { credentials: "same-origin" })
      .then((response) => { if (response.ok && !response.redirected) return cache.put(path, response); })
      .catch(() => {})))));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || request.headers.get("HX-Request")) return;
  // A file whose URL carries its content hash (?v=) never changes: cache first. The tier colours (/css/tiers.css) can
  // change under the same URL: network first, the cached copy offline.
  const fixed = url.searchParams.has("v") || /^\/(lib|icons)\//.test(url.pathname) || url.pathname === "/favicon.ico";
  if (fixed) {
    event.respondWith(caches.open(STATIC).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    }))));
    return;
  }
  if (/^\/(css|js)\//.test(url.pathname)) {
    event.respondWith(caches.open(STATIC).then((cache) => fetch(request)
      .then((response) => { if (response.ok) cache.put(request, response.clone()); return response; })
      .catch(() => cache.match(request).then((hit) => hit || Response.error()))));
    return;
  }
  if (request.mode === "navigate") event.respondWith(page(request, url));
});

async function page(request, url) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && KEEP.some((path) => path.test(url.pathname))) cache.put(request, response.clone());
    return response;
  } catch {
    const copy = await cache.match(request, { ignoreSearch: url.pathname !== "/" }) || await cache.match("/");
    return copy || new Response(
      "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'><title>Offline</title>" +
      "<p style='font:18px system-ui;padding:24px'>Kamu sedang offline. Buka lagi saat ada sinyal.</p>",
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}
