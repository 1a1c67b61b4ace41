import { html } from '../html.js';
import { MaterialIcon } from '../enhance.js';

const MATERIAL = /^:material\/(\w+):$/;

/**
 * The icon of an element or widget (every `icon=` of 1.67, page icons,
 * avatars): ":material/name:" is a Material Symbols Rounded icon, "spinner"
 * a spinner, anything else (an emoji, "emoji:🎈") is drawn as text.
 * Decorative (aria-hidden): the label beside it names the control.
 */
export function Icon({ icon }) {
  if (!icon) return null;
  const s = String(icon).trim();
  const m = MATERIAL.exec(s);
  if (m) return html`<span class="tl-icon tl-icon-material" aria-hidden="true"><${MaterialIcon} name=${m[1]} /></span>`;
  if (s === 'spinner') return html`<span class="tl-icon" aria-hidden="true"><span class="tl-mini-spinner"></span></span>`;
  return html`<span class="tl-icon" aria-hidden="true">${s.replace(/^emoji:/, '')}</span>`;
}
