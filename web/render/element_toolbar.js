// The toolbar over a table or a chart, as 1.67 draws it: a white rounded box
// (stElementToolbarButtonContainer) of 24 px icon buttons, each in its
// stElementToolbarButton > stTooltipHoverTarget, kind="elementToolbar",
// named by aria-label ("Download as CSV", "Search"...) and shown the same
// words in a tooltip on hover or keyboard focus.  Shared by the grid and the
// charts (each a lazy chunk: this module and its stylesheet come with the
// first of them).  The icons: tool_icons.js.
import { html } from './html.js';
import { adoptCss } from './adopted_css.js';
import { COLUMNS, DOWNLOAD, SEARCH, FULLSCREEN, FULLSCREEN_EXIT, TABLE, CHART, ADD, DELETE, CLOSE } from './tool_icons.js';
import { CHECK, COPY } from './copy_icons.js';

/** The icons by the name the toolbar uses. */
export const TOOL_ICONS = { columns: COLUMNS, download: DOWNLOAD, search: SEARCH, fullscreen: FULLSCREEN, fullscreen_exit: FULLSCREEN_EXIT, table: TABLE, chart: CHART, copy: COPY, check: CHECK, add: ADD, delete: DELETE, close: CLOSE };

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
