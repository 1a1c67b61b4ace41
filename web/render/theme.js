// The app's [theme] (.streamlit/config.toml) on the page.  py/tablit/theme.py checks the
// options and sends them, in the render message's `theme`, as CSS custom properties of
// tablit.css for the light and/or dark mode; this module writes them into one <style>
// element scoped to the app's root, so the Settings switch (data-theme on the root) picks
// between them exactly as it picks between the stock palettes.  Invalid options were
// reported by Python: they are shown as notices, once.

/** Theme mode keys of the payload. */
const MODES = /** @type {const} */ (['light', 'dark']);
/** What a variable name and value may contain (they come checked from Python; this guards the <style>). */
const SAFE_NAME = /^--tl-[a-z0-9-]+$/;
const SAFE_VALUE = /^[^{};<>\\]*$/;

let seq = 0;

/**
 * @typedef {{main?: Object<string, string>, sidebar?: Object<string, string>}} ModeVars
 * @typedef {{default?: 'light'|'dark'|'system', light?: ModeVars|null, dark?: ModeVars|null,
 *   root_font_size?: string|null, font_faces?: {family: string, url: string, weight?: string, style?: string, unicode_range?: string}[],
 *   font_links?: string[], messages?: string[]}} PageTheme
 */

/** @param {Object<string, string>|undefined} vars */
function declarations(vars) {
  return Object.entries(vars || {})
    .filter(([k, v]) => SAFE_NAME.test(k) && typeof v === 'string' && SAFE_VALUE.test(v))
    .map(([k, v]) => `${k}: ${v};`).join(' ');
}

/** A CSS string literal. @param {string} s */
const quote = (s) => `"${String(s).replace(/["\\\n]/g, '')}"`;

/**
 * The stylesheet text for `theme`, scoped to `[data-tl-theme="<id>"]`.
 * @param {PageTheme} theme
 * @param {string} id
 * @param {string} base  URL the app's own files (fontFaces) are relative to
 */
export function themeCss(theme, id, base) {
  const root = `.tl-root[data-tl-theme="${id}"]`;
  const out = [];
  for (const mode of MODES) {
    const vars = theme[mode];
    if (!vars) continue;
    const main = declarations(vars.main);
    const side = declarations(vars.sidebar);
    const scheme = mode === 'dark' ? ' color-scheme: dark;' : ' color-scheme: light;';
    // chosen in Settings, or the system's with "Use system setting"
    const pick = mode === 'dark' ? '(prefers-color-scheme: dark)' : 'not (prefers-color-scheme: dark)';
    const rules = (sel) => [
      `${sel} { ${main}${scheme} }`,
      ...(side ? [`${sel} .tl-sidebar { ${side} }`] : []),
    ];
    out.push(...rules(`${root}[data-theme="${mode}"]`));
    out.push(`@media ${pick} {`, ...rules(`${root}[data-theme="system"]`), '}');
  }
  for (const f of theme.font_faces || []) {
    let url;
    try {
      url = new URL(f.url, base).href;
    } catch {
      continue;
    }
    const parts = [`font-family: ${quote(f.family)};`, `src: url(${quote(url)});`, 'font-display: swap;'];
    if (f.weight && SAFE_VALUE.test(f.weight)) parts.push(`font-weight: ${f.weight};`);
    if (f.style && SAFE_VALUE.test(f.style)) parts.push(`font-style: ${f.style};`);
    if (f.unicode_range && SAFE_VALUE.test(f.unicode_range)) parts.push(`unicode-range: ${f.unicode_range};`);
    out.push(`@font-face { ${parts.join(' ')} }`);
  }
  return out.join('\n');
}

/**
 * Link the stylesheets of the theme's "<family>:<url>" fonts into the document, once each, as
 * 1.67 does: the user put the URL in their config (a Google Fonts css2 URL, say).  In the
 * document's head, not the app's root, because @font-face rules take effect only there, and they
 * serve every app of the page.  Offline the sheet fails to load and the next font of the list
 * is used, as on 1.67's page.
 * @param {Document} doc
 * @param {string[]|undefined} urls
 */
function linkFontSheets(doc, urls) {
  for (const url of urls || []) {
    if (!/^https?:\/\//i.test(url)) continue;
    const have = [...doc.head.querySelectorAll('link[data-tl-font-sheet]')].some((l) => l.getAttribute('href') === url);
    if (have) continue;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.setAttribute('data-tl-font-sheet', '');
    doc.head.appendChild(link);
  }
}

/**
 * Apply `theme` (or remove a previous one when it is null) to the app's root element.
 * Returns the mode the app shows until the user picks one in Settings.
 * @param {HTMLElement} rootElement
 * @param {PageTheme|null|undefined} theme
 * @param {{add: (text: string) => void}} [notices]
 * @returns {'light'|'dark'|'system'}
 */
export function applyTheme(rootElement, theme, notices) {
  const doc = rootElement.ownerDocument;
  const key = theme ? JSON.stringify(theme) : '';
  // @ts-ignore  the last theme applied to this root
  if (rootElement.__tlTheme === key) return rootElement.dataset.themeDefault || 'system';
  // @ts-ignore
  rootElement.__tlTheme = key;
  // (the attribute is set last: st.context's watcher sees it once the colours are in place)
  const id = rootElement.getAttribute('data-tl-theme') || `t${++seq}`;
  let style = /** @type {HTMLStyleElement|null} */ (doc.querySelector(`style[data-tl-theme-for="${id}"]`));
  if (!theme) {
    style?.remove();
    delete rootElement.dataset.themeDefault;
    return 'system';
  }
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute('data-tl-theme-for', id);
    doc.head.appendChild(style);
  }
  style.textContent = themeCss(theme, id, doc.baseURI);
  linkFontSheets(doc, theme.font_links);
  rootElement.setAttribute('data-tl-theme', id);
  if (theme.root_font_size && /^\d+px$/.test(theme.root_font_size)) doc.documentElement.style.fontSize = theme.root_font_size;
  for (const m of theme.messages || []) {
    console.warn(`tablit: theme (.streamlit/config.toml): ${m}`);
    notices?.add(`Theme (.streamlit/config.toml): ${m}`);
  }
  const mode = theme.default === 'light' || theme.default === 'dark' ? theme.default : 'system';
  rootElement.dataset.themeDefault = mode;
  rootElement.dispatchEvent(new CustomEvent('tl-theme-default', { detail: mode }));
  return mode;
}
