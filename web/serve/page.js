// The page script of `tablit serve`, `tablit gallery` and `tablit build`:
// mounts one app (mount() keeps the URL in step with its page and query
// params) and applies run-on-save events.
//
// Options (JSON in #tablit-options):
//   base      URL of the app's folder and default page ("/", "/<name>/", or "./" when built)
//   routing   "path": the page is the URL path below base (/<name>/<page>?query)
//             "hash": the page is in the hash, for static hosts (index.html?query#/<page>)
//   dist      URL of the built runtime folder (tablit.js, worker.js, pyodide/)
//   manifest  URL of {entrypoint, files} (files: text, or {url} relative to base)
//   events    URL of the run-on-save event stream, or null
//   packageBase  URL of a package base (Pyodide packages), or absent
//   offline   true: fetch no package from the network
//   snapshot  false: the runtime folder holds no Python snapshot (none is asked for), or absent
//   packageIndex  [URL]: the package index micropip asks instead of PyPI, or absent
//   record    URL to post the app's first run to (tablit serve draws it first on the next load), or absent
//   recordLimit  the longest first run (JSON characters) the server keeps: a longer one is not posted
//             (the server would refuse it, a console error on every load of such an app)
// #tablit-first-render (JSON, optional): the render message drawn before Python is up (mount firstRender).
//   serviceWorker  {url, scope?}: the service worker to register first (web/sw/), or absent

const opts = JSON.parse(document.getElementById('tablit-options').textContent);
const root = document.getElementById('tablit-root');
const distURL = new URL(opts.dist, location.href);
const baseURL = new URL(opts.base, location.href);

function fatal(text) {
  const box = document.createElement('pre');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'color:#7d353b;background:#ffecec;padding:1rem;margin:1rem;white-space:pre-wrap';
  box.textContent = text;
  root.replaceChildren(box);
}

function firstRender() {
  const el = document.getElementById('tablit-first-render');
  if (!el) return undefined;
  try {
    return JSON.parse(el.textContent);
  } catch {
    return undefined;  // unreadable: the loading screen instead
  }
}

/**
 * tablit serve: post the app's first run to the server, which draws it first
 * on the next load of the default page (web/serve/first_runs.js).
 */
function recorder(url, limit = Infinity) {
  let done = false;
  return (msg) => {
    if (done || msg?.type !== 'render' || msg.running) return;
    done = true;
    if (location.search || location.pathname !== baseURL.pathname) return;  // not the default page's first run
    const body = JSON.stringify(msg);
    if (body.length > limit) return;  // (a million-row table: the loading screen it is)
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).catch(() => {});
  };
}

async function main() {
  if (opts.serviceWorker) {
    await import(new URL('sw/register.js', distURL).href).then((sw) => sw.register(opts.serviceWorker.url, opts.serviceWorker.scope))
      .catch((e) => console.warn('tablit: no service worker', e));
  }
  const runtime = new URL('tablit.js', distURL);
  // the runtime and the manifest at once: the first paint waits for both
  const manifest = fetch(opts.manifest, { cache: 'no-cache' }).then(async (res) => {
    if (!res.ok) throw new Error(`${opts.manifest}: HTTP ${res.status}`);
    return res.json();
  });
  manifest.catch(() => {});
  let mod;
  try {
    mod = await import(runtime.href);
  } catch (e) {
    fatal(`Could not load the tablit runtime from ${runtime}: ${e.message}\nRun \`npm run build\`.`);
    return;
  }
  const { entrypoint, files } = await manifest;
  const first = firstRender();
  let runOnSave = true; // Settings > Run on save
  const handle = mod.mount(root, {
    onRunOnSave: opts.events ? (on) => { runOnSave = on; } : undefined,
    entrypoint,
    files,
    baseURL: baseURL.href,
    routing: opts.routing,
    base: baseURL.pathname,
    ...(opts.packageBase ? { packageBaseURL: new URL(opts.packageBase, location.href).href } : {}),
    ...(opts.offline ? { offline: true } : {}),
    ...(opts.snapshot === false ? { snapshot: false } : {}),
    ...(opts.packageIndex ? { packageIndexURLs: opts.packageIndex } : {}),
    ...(first ? { firstRender: first } : {}),
    ...(opts.record ? { onMessage: recorder(opts.record, opts.recordLimit) } : {}),
  });
  window.tablit = handle;  // for the console

  // Run-on-save: write the changed files and rerun, keeping session state.
  if (opts.events) {
    new EventSource(opts.events).addEventListener('change', (ev) => {
      const { files: changed, removed } = JSON.parse(ev.data);
      for (const path of removed) changed[path] = null;  // null deletes the file
      // with run-on-save off the files are written for the next run, which the user starts
      if (typeof handle.updateFiles === 'function') handle.updateFiles(changed, { rerun: runOnSave });
      else location.reload();  // a runtime that cannot swap files in place: start afresh
    });
  }
}

main().catch((e) => fatal(`tablit: ${e?.stack || e}`));
