// Material Symbols (Rounded, weight 400: the icons 1.67 draws) as SVG files,
// one per icon, from @material-symbols/svg-400: the build copies them to
// dist/icons/ (web/tools/icon_assets.js).  This chunk is loaded the first time
// a page draws an icon, and each icon file is fetched the first time it is
// shown: a page without icons fetches nothing.
import { sanitize } from './sanitize.js';

const BASE = new URL('../icons/', import.meta.url);
const NAME = /^[A-Za-z0-9_]+$/;

/**
 * The sanitised inline SVG of icon `name` (fill: the text colour, 1em), or
 * null when there is no such icon.
 * @param {string} name
 * @returns {Promise<string | null>}
 */
export async function iconSvg(name) {
  if (!NAME.test(name)) return null;
  const res = await fetch(new URL(`${name}.svg`, BASE));
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${name}.svg`);
  const text = await res.text();
  const view = /viewBox="([-\d. ]+)"/.exec(text);
  if (!view) return null;
  const body = text.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return sanitize(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view[1]}" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">${body}</svg>`);
}
