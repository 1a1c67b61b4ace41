// HTML of the pages the server (and `tablit build`) writes.

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** JSON safe to put inside a <script> element. */
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The tab's icon until the app sets one (st.set_page_config(page_icon=...) replaces this
 * link: web/render/layout.js finds it by data-tablit).  Inline, so no page asks its host for
 * /favicon.ico, which a static host answers 404 (a console error in every user's test).
 */
const DEFAULT_ICON = 'data:image/svg+xml,' + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#ff4b4b"/>'
  + '<path d="M9 9h14v4h-5v11h-4V13H9z" fill="#fff"/></svg>');
const iconLink = `<link rel="icon" href="${escapeHtml(DEFAULT_ICON)}" data-tablit>`;

/**
 * The page that mounts one app.  `options` is read by page.js:
 * {base, routing: 'path'|'hash', dist, manifest: url|object, events: url|null}.
 * `csp`: a Content-Security-Policy to carry as a <meta> (built pages have no server to send it).
 * `firstRender`: the render message of the app's first run, drawn before Python is up
 * (web/prerender/; data, not a script, so the policy's "no inline scripts" holds).
 * `preload`: module URLs fetched while the HTML is parsed (web/serve/preload.js).
 */
export function appPage({ title, css, pageScript, options, csp = null, firstRender = null, preload = [] }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${iconLink}
<link rel="stylesheet" href="${escapeHtml(css)}">
${preload.map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">\n`).join('')}<style>html,body{margin:0}#tablit-root{min-height:100vh}</style>
</head>
<body>
<div id="tablit-root"></div>
<script type="application/json" id="tablit-options">${scriptJson(options)}</script>
${firstRender ? `<script type="application/json" id="tablit-first-render">${scriptJson(firstRender)}</script>\n` : ''}<script type="module" src="${escapeHtml(pageScript)}"></script>
</body>
</html>
`;
}

/** The gallery's index: every example with its one-line description. */
export function galleryPage(title, entries) {
  const items = entries.map((e) => `  <li><a href="${escapeHtml(e.href)}">${escapeHtml(e.name)}</a>${e.title ? ` — ${escapeHtml(e.title)}` : ''}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${iconLink}
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#31333f}
h1{font-size:1.8rem}li{margin:.4rem 0}a{color:#ff4b4b;font-weight:600}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Streamlit apps running entirely in this browser tab (Python in a Web Worker through Pyodide).</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
