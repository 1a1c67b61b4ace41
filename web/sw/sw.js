// tablit's service worker: repeat visits load the runtime (Pyodide, tablit, the
// app's packages) from the browser's Cache Storage instead of the network, and a
// built site keeps working with the network gone after one visit.
//
// Registered by dist/sw/register.js (page.js) as
//   sw.js?build=ID                 `tablit build`: everything in the scope (the site's
//                                  folder) is one version, ID = hash of the build's files
//   sw.js?build=ID&runtime=/dist/  `tablit serve` / `gallery`: only /dist/ (the built
//                                  runtime, ID = its files' sizes and times) is cached;
//                                  pages, app.json, app files and run-on-save events are
//                                  not touched, so a dev reload never gets stale code
//
// Strategy: navigations network first, falling back to the cached page when offline
// (serve: network only); every other GET of this origin in scope cache first.  The
// page names its build (sw.js?build=...): a worker that sees a page of another build
// is outdated and from then on leaves every request to the network, so what the new
// page loads before its own worker takes over (its <link rel=modulepreload>s) is
// never the old build's.  One cache per scope and build, "tablit <scope>
// <build>": activating a build deletes the scope's other caches.  A changed build
// gives a new script URL; register.js waits for it to take over before the page
// loads the runtime (skipWaiting + clients.claim), so no file of the old build is
// served to the new page.  Responses are stored as the server sent them (headers
// included: COOP/COEP of `serve --isolated` survive), so Chromium also keeps the
// compiled code of pyodide.asm.wasm for them (WebAssembly.instantiateStreaming of
// a Cache Storage response).
/* eslint-env serviceworker */

const params = new URL(self.location.href).searchParams;
const BUILD = params.get("build") || "unversioned";
/** Cache first only below this path (serve); null: everything in scope (a built site). */
const RUNTIME = params.get("runtime") ? new URL(params.get("runtime"), self.location.origin).href : null;
const SCOPE = self.registration.scope;
const PREFIX = `tablit ${SCOPE} `;
const CACHE = PREFIX + BUILD;
/** A page of another build was seen: this worker's cache is outdated (its successor deletes it). */
let outdated = false;

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** @param {Request} request */
function handled(request) {
  if (request.method !== "GET" || request.headers.has("range")) return false;
  if ((request.headers.get("accept") || "").includes("text/event-stream")) return false;
  const url = request.url;
  if (!url.startsWith(SCOPE)) return false; // other origins, other folders: the network as usual
  if (request.mode === "navigate") return true; // (serve: to read the page's build only)
  if (outdated) return false;
  return RUNTIME ? url.startsWith(RUNTIME) : true;
}

/** Store a copy of a whole, ordinary response. @param {Request|string} key @param {Response} response */
async function keep(key, response) {
  if (response.status !== 200 || response.type !== "basic") return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(key, response);
  } catch (e) {
    console.warn("tablit service worker: could not cache", typeof key === "string" ? key : key.url, e);
  }
}

/** @param {FetchEvent} event */
async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  event.waitUntil(keep(event.request, response.clone()));
  return response;
}

/**
 * The page: from the network when it answers, else as cached (any query: it is the
 * page's st.query_params; serve: never cached).  Its build is read before it is
 * handed on, so that the requests it makes next already see `outdated`.
 * @param {FetchEvent} event
 */
async function networkFirst(event) {
  const key = event.request.url.split(/[?#]/)[0];
  let response;
  try {
    response = await fetch(event.request);
  } catch (e) {
    if (RUNTIME) throw e;
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(key)) ?? (key === SCOPE ? await cache.match(SCOPE + "index.html") : undefined)
      ?? (key === SCOPE + "index.html" ? await cache.match(SCOPE) : undefined);
    if (hit) return hit;
    throw e;
  }
  if (response.ok && (response.headers.get("content-type") || "").includes("text/html")) {
    const build = /sw\.js\?build=([0-9a-zA-Z_-]+)/.exec(await response.clone().text())?.[1];
    if (build && build !== BUILD) outdated = true;
  }
  if (!RUNTIME && !outdated) event.waitUntil(keep(key, response.clone()));
  return response;
}

// What a first visit's page loaded before this worker took over (the page itself,
// page.js, tablit.css...): register.js lists it; fetched once more for the cache.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type !== "tablit-keep" || !Array.isArray(data.urls)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const raw of data.urls) {
      const url = String(raw).split("#")[0];
      const page = url === data.page;
      const key = page ? url.split("?")[0] : url;
      if (!key.startsWith(SCOPE) || (RUNTIME ? page || !key.startsWith(RUNTIME) : false) || await cache.match(key)) continue;
      try {
        await keep(key, await fetch(url));
      } catch (e) {
        console.warn("tablit service worker: could not cache", url, e);
      }
    }
  })());
});

self.addEventListener("fetch", (event) => {
  if (!handled(event.request)) return;
  event.respondWith(event.request.mode === "navigate" ? networkFirst(event) : cacheFirst(event));
});
