import { html } from '../html.js';

/** An element/button icon: an emoji is shown; ":material/...:" names get a neutral glyph. */
export function Icon({ icon }) {
  if (!icon) return null;
  if (/^:material\/[a-z0-9_]+:$/.test(icon)) return html`<span class="tl-icon tl-icon-material" aria-hidden="true" data-icon=${icon.slice(10, -1)}></span>`;
  return html`<span class="tl-icon" aria-hidden="true">${icon}</span>`;
}
