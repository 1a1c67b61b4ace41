// Register tablit's service worker (web/sw/sw.js) and wait until it controls
// the page, so that everything the page then loads (tablit.js, the worker,
// Pyodide, the packages) goes through it: cached on the first visit, from the
// cache on the next ones.  A new build has a new script URL: the page waits for
// that worker to take over, so it is never served the old build's files.

/** How long the page waits for the service worker before it loads without it. */
const WAIT_MS = 5000;

/**
 * @param {string} url  the service worker's script, with its ?build=... (and ?runtime=...)
 * @param {string} [scope]
 * @returns {Promise<boolean>} whether the page is controlled by that worker
 */
export async function register(url, scope) {
  const sw = globalThis.navigator?.serviceWorker;
  if (!sw) return false; // not a secure context (http other than localhost), or no support
  const want = new URL(url, location.href).href;
  try {
    await sw.register(want, scope ? { scope: new URL(scope, location.href).href } : undefined);
  } catch (e) {
    console.warn(`tablit: the service worker ${want} could not be registered; repeat visits load everything again`, e);
    return false;
  }
  if (sw.controller?.scriptURL === want) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.warn("tablit: the service worker did not take over in time; this visit loads without it");
      resolve(false);
    }, WAIT_MS);
    const check = () => {
      if (sw.controller?.scriptURL !== want) return;
      clearTimeout(timer);
      sw.removeEventListener("controllerchange", check);
      // what this page loaded before the worker took over, for it to cache too
      const page = location.href.split("#")[0];
      const urls = [page, ...performance.getEntriesByType("resource").map((e) => e.name)];
      sw.controller.postMessage({ type: "tablit-keep", page, urls: urls.filter((u) => u.startsWith(location.origin + "/")) });
      resolve(true);
    };
    sw.addEventListener("controllerchange", check);
    check();
  });
}
