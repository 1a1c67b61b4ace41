// The page script of `tablit serve`, `tablit gallery` and `tablit build`:
// mounts one app, keeps the URL in step with the app's page and query params,
// and applies run-on-save events.
//
// Options (JSON in #tablit-options):
//   base      URL path of the app's root page ("/", "/<name>/", or "./" when built)
//   routing   "path": the page is the URL path below base (/<name>/<page>?query)
//             "hash": the page is in the hash, for static hosts (index.html?query#/<page>)
//   dist      URL of the built runtime folder (tablit.js, pyodide/)
//   manifest  URL of {entrypoint, files} (files: text, or {url} relative to base)
//   events    URL of the run-on-save event stream, or null

const opts = JSON.parse(document.getElementById('tablit-options').textContent);
const root = document.getElementById('tablit-root');
const distURL = new URL(opts.dist, location.href);
const baseURL = new URL(opts.base, location.href);

/** The app page (url_path, "" = default page) and query string the URL shows. */
function current() {
  const query = location.search.replace(/^\?/, '');
  let page;
  if (opts.routing === 'hash') {
    page = location.hash.replace(/^#\/?/, '');
  } else {
    page = location.pathname.startsWith(baseURL.pathname) ? location.pathname.slice(baseURL.pathname.length) : '';
  }
  try {
    page = decodeURIComponent(page);
  } catch { /* keep it as written */ }
  return { page: page.replace(/\/+$/, ''), query };
}

/** The URL of an app page with a query string. */
function href(page, query = '') {
  const q = query ? `?${query.replace(/^\?/, '')}` : '';
  const p = encodeURI(page || '');
  if (opts.routing === 'hash') return `${baseURL.pathname}${q}${p ? `#/${p}` : ''}`;
  return `${baseURL.pathname}${p}${q}`;
}

/** Show in the URL what the app now shows (a page switch is a new history entry). */
function follow(msg) {
  if (!msg || msg.type !== 'render') return;
  const now = current();
  const page = msg.page ?? now.page;
  const query = msg.query ?? now.query;
  if (page === now.page && query === now.query) return;
  const url = href(page, query);
  if (page !== now.page) history.pushState({ tablit: true }, '', url);
  else history.replaceState(history.state, '', url);
}

function fatal(text) {
  const box = document.createElement('pre');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'color:#7d353b;background:#ffecec;padding:1rem;margin:1rem;white-space:pre-wrap';
  box.textContent = text;
  root.replaceChildren(box);
}

async function main() {
  let mod;
  try {
    mod = await import(new URL('tablit.js', distURL).href);
  } catch (e) {
    fatal(`Could not load the tablit runtime from ${new URL('tablit.js', distURL)}: ${e.message}\nRun \`npm run build\`.`);
    return;
  }
  const man = typeof opts.manifest === 'string' ? await (await fetch(opts.manifest, { cache: 'no-cache' })).json() : opts.manifest;
  const start = current();
  const handle = mod.mount(root, {
    entrypoint: man.entrypoint,
    files: man.files,
    indexURL: new URL('pyodide/', distURL).href,
    baseURL: baseURL.href,
    page: start.page,
    query: start.query,
    pageHref: (page, query) => href(page, query),
    onMessage: follow,
  });
  window.tablit = handle;  // for the console and tests

  // Back/forward: run the page and query params the URL now names.
  window.addEventListener('popstate', () => handle.send({ type: 'navigate', ...current() }));

  // Run-on-save.
  if (opts.events && typeof EventSource === 'function') {
    const events = new EventSource(opts.events);
    events.addEventListener('change', (ev) => {
      const { files } = JSON.parse(ev.data);   // removed files stay: a rerun no longer imports them
      if (typeof handle.updateFiles === 'function') handle.updateFiles(files);
      else location.reload();                     // this runtime cannot swap files in place: start afresh
    });
  }
}

main().catch((e) => fatal(`tablit: ${e?.stack || e}`));
