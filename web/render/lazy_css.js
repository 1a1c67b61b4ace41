// The stylesheets of lazily loaded renderers (web/render/lazy/NAME.css, built
// to dist/css/NAME.css): fetched with their chunk, and the chunk is drawn only
// once its stylesheet has loaded, so nothing is ever shown unstyled.  Each is
// put just before tablit.css's <link> (rules that came first in it, in name
// order: grid, capture) or just after it (rules that came last: the pickers
// of widgets_pick.css; and the rules of the elements few apps draw, which
// follow the rules they refine: nav, chat, tabs, help, json, metric, media...),
// so the cascade stays as it was.
import { runtimeURL } from '../runtime/location.js';

/** @type {Map<string, Promise<void>>} */
const sheets = new Map();

/**
 * Load dist/css/`name`.css once; resolves when it is in force (or could not be
 * had: the renderer is drawn anyway).  Without a mounted runtime (jsdom, the
 * renderer's dev page) there is no stylesheet to fetch.
 * @param {string} name
 * @param {'before'|'after'} [where]  beside tablit.css's <link>
 * @returns {Promise<void>}
 */
export function loadCss(name, where = 'before') {
  const base = runtimeURL();
  if (!base || typeof document === 'undefined' || !document.head) return Promise.resolve();
  let p = sheets.get(name);
  if (!p) {
    p = new Promise((resolve) => {
      const href = new URL(`css/${name}.css`, base).href;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-tablit-css', name);
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => {
        console.error(`tablit: could not load the stylesheet ${href}`);
        resolve();
      });
      const main = [...document.querySelectorAll('link[rel="stylesheet"]')]
        .find((l) => /** @type {HTMLLinkElement} */ (l).href === new URL('tablit.css', base).href);
      if (main && where === 'after') main.after(link);
      else if (main) main.before(link);
      else document.head.append(link);
    });
    sheets.set(name, p);
  }
  return p;
}

/**
 * A lazy chunk's loader that also waits for its stylesheet (registerLazy / lazyMap).
 * @template T
 * @param {Promise<T>} chunk  the chunk's import()
 * @param {string} name  its stylesheet, web/render/lazy/NAME.css
 * @param {'before'|'after'} [where]  beside tablit.css's <link>
 * @returns {Promise<T>}
 */
export function withCss(chunk, name, where = 'before') {
  return Promise.all([chunk, loadCss(name, where)]).then(([m]) => m);
}
