// The toolbar over a table or a chart, as 1.67 draws it: a white rounded box
// (stElementToolbarButtonContainer) of 24 px icon buttons, each in its
// stElementToolbarButton > stTooltipHoverTarget, kind="elementToolbar",
// named by aria-label ("Download as CSV", "Search"...) and shown the same
// words in a tooltip on hover or keyboard focus.  Shared by the grid and the
// charts (each a lazy chunk: this module and its stylesheet come with the
// first of them).  The icons are Material Icons' (Apache-2.0) paths.
import { html } from './html.js';
import { adoptCss } from './adopted_css.js';

/** Material Icons' 24-unit paths, by the name the toolbar uses. */
export const TOOL_ICONS = {
  columns: 'M12 6a9.77 9.77 0 0 1 8.82 5.5C19.17 14.87 15.79 17 12 17s-7.17-2.13-8.82-5.5A9.77 9.77 0 0 1 12 6m0-2C7 4 2.73 7.11 1 11.5 2.73 15.89 7 19 12 19s9.27-3.11 11-7.5C21.27 7.11 17 4 12 4zm0 5a2.5 2.5 0 0 1 0 5 2.5 2.5 0 0 1 0-5m0-2c-2.48 0-4.5 2.02-4.5 4.5S9.52 16 12 16s4.5-2.02 4.5-4.5S14.48 7 12 7z',
  download: 'M18 15v3H6v-3H4v3c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-3h-2zm-1-4-1.41-1.41L13 12.17V4h-2v8.17L8.41 9.59 7 11l5 5 5-5z',
  search: 'M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z',
  fullscreen: 'M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z',
  fullscreen_exit: 'M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z',
  table: 'M20 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h15c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 2v3H5V5h15zm-5 14h-5v-9h5v9zM5 10h3v9H5v-9zm12 9v-9h3v9h-3z',
  chart: 'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 16H5V5h14v14zM7 10h2v7H7zm4-3h2v10h-2zm4 6h2v4h-2z',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z',
  check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
  delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM8 9h8v10H8V9zm7.5-5-1-1h-5l-1 1H5v2h14V4z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
};

const CSS = `
.tl-tools { display: flex; align-items: center; gap: 0.25rem; }
.tl-tools-box { display: flex; align-items: center; background: var(--tl-bg, #fff); border-radius: 0.5rem; padding: 0.25rem; box-shadow: 1px 2px 8px rgba(0, 0, 0, 0.08); }
.tl-tool { position: relative; display: flex; }
.tl-tool > .stTooltipHoverTarget { display: flex; }
.tl-tool button { display: inline-flex; align-items: center; justify-content: center; width: 1.5rem; height: 1.5rem; padding: 0.25rem; border: 0;
  border-radius: 0.5rem; background: transparent; color: color-mix(in srgb, var(--tl-text, #31333f) 60%, transparent); cursor: pointer; }
.tl-tool button:hover, .tl-tool button[aria-pressed="true"], .tl-tool button[aria-expanded="true"] { color: var(--tl-text, #31333f); background: color-mix(in srgb, var(--tl-text, #31333f) 6%, transparent); }
.tl-tool button:focus-visible { outline: 2px solid var(--tl-primary, #ff4b4b); outline-offset: 1px; }
.tl-tool svg { width: 0.875rem; height: 0.875rem; flex: none; }
.tl-tool-tip { display: none; position: absolute; top: calc(100% + 0.375rem); right: 0; z-index: 30; width: max-content; max-width: 16rem;
  padding: 0.25rem 0.5rem; border-radius: 0.25rem; background: var(--tl-text, #31333f); color: var(--tl-bg, #fff); font-size: 0.75rem; line-height: 1.4; pointer-events: none; }
.tl-tool:hover > .tl-tool-tip, .tl-tool:focus-within > .tl-tool-tip { display: block; }
`;


/**
 * One icon button of an element's toolbar.  `label` is its accessible name and
 * tooltip (`tip`: a shorter tooltip, where the name also says which element); `pressed`, `expanded`/`haspopup` and `controls` are its ARIA state.
 * @param {{label: string, tip?: string, icon: keyof typeof TOOL_ICONS, onClick: (e: Event) => void, pressed?: boolean,
 *   expanded?: boolean, haspopup?: string, controls?: string, buttonRef?: any}} p
 */
export function ToolButton({ label, tip, icon, onClick, pressed, expanded, haspopup, controls, buttonRef }) {
  adoptCss('element_toolbar', CSS);
  return html`<div class="tl-tool" data-testid="stElementToolbarButton"><span class="stTooltipHoverTarget" data-testid="stTooltipHoverTarget">
    <button type="button" ref=${buttonRef} kind="elementToolbar" data-testid="stBaseButton-elementToolbar" aria-label=${label}
      aria-pressed=${pressed === undefined ? undefined : String(pressed)} aria-expanded=${expanded === undefined ? undefined : String(expanded)}
      aria-haspopup=${haspopup} aria-controls=${controls} onClick=${onClick}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon"><path d=${TOOL_ICONS[icon]} /></svg>
    </button></span><span class="tl-tool-tip" aria-hidden="true">${tip ?? label}</span></div>`;
}

/** The rounded box the buttons sit in (1.67's stElementToolbarButtonContainer). */
export function ToolBox({ children }) {
  adoptCss('element_toolbar', CSS);
  return html`<div class="tl-tools-box" data-testid="stElementToolbarButtonContainer">${children}</div>`;
}
