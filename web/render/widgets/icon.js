import { html } from '../html.js';
import { MaterialIcon } from '../enhance.js';

const MATERIAL = /^:material\/(\w+):$/;

/**
 * The icon of an element or widget (every `icon=` of 1.67, page icons,
 * avatars): ":material/name:" is a Material Symbols Rounded icon, "spinner"
 * a spinner, anything else (an emoji, "emoji:🎈") is drawn as text.
 * Decorative (aria-hidden): the label beside it names the control.
 * `testid`: 1.67's name for it, which apps' CSS uses
 * ('[data-testid="stIconMaterial"] {color: ...}'): a Material icon is
 * stIconMaterial unless the caller names it otherwise (an alert's
 * stAlertDynamicIcon) or not at all (null: the wrapper around it is named).
 * @param {{icon?: string|null, testid?: string|null}} props
 */
export function Icon({ icon, testid }) {
  if (!icon) return null;
  const s = String(icon).trim();
  const m = MATERIAL.exec(s);
  if (m) return html`<span class="tl-icon tl-icon-material" aria-hidden="true" data-testid=${testid === undefined ? 'stIconMaterial' : testid ?? undefined}><${MaterialIcon} name=${m[1]} /></span>`;
  if (s === 'spinner') return html`<span class="tl-icon" aria-hidden="true"><span class="tl-mini-spinner"></span></span>`;
  return html`<span class="tl-icon" aria-hidden="true" data-testid=${testid ?? undefined}>${s.replace(/^emoji:/, '')}</span>`;
}
