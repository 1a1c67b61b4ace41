// 1.67's close cross of its modals (st.dialog, the "Script execution error" dialog): two 10 px strokes.
import { html } from './html.js';

export const CROSS = html`<svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10"><path d="M1 1l8 8M9 1L1 9" stroke="currentColor" stroke-linecap="round" stroke-width="2"/></svg>`;
