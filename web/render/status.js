// Loading and fatal-error views (before the first render, or when loading failed).
import { html } from './html.js';

export const STAGES = [
  ['runtime', 'Loading Python runtime'],
  ['packages', 'Installing packages'],
  ['app', 'Starting app'],
];

/** Loading view naming its stage: {stage, detail}. */
export function StatusView({ status }) {
  const idx = Math.max(0, STAGES.findIndex(([k]) => k === status.stage));
  const label = (STAGES.find(([k]) => k === status.stage) || [null, status.stage || 'Loading'])[1];
  return html`<div class="tl-status" role="status" aria-live="polite" data-testid="stStatus" data-stage=${status.stage || ''}>
    <div class="tl-spinner" aria-hidden="true"></div>
    <div class="tl-status-title">${label}…</div>
    ${status.detail ? html`<div class="tl-status-detail">${status.detail}</div>` : null}
    ${status.progress && status.progress.total > 0
      ? html`<progress class="tl-status-progress" aria-label=${status.stage === 'runtime' ? 'Python runtime downloaded' : 'Packages downloaded'} max=${status.progress.total} value=${status.progress.loaded}></progress>`
      : null}
    <ol class="tl-status-steps">
      ${STAGES.map(([k, text], i) => html`<li key=${k} class=${i < idx ? 'tl-done' : i === idx ? 'tl-current' : ''}
        aria-current=${i === idx ? 'step' : undefined}>${text}</li>`)}
    </ol>
  </div>`;
}

/** Fatal error view: {stage, error}. */
export function FatalView({ fatal }) {
  const stage = (STAGES.find(([k]) => k === fatal.stage) || [null, fatal.stage || 'Loading'])[1];
  return html`<div class="tl-fatal" role="alert" data-testid="stFatal">
    <div class="tl-fatal-title">tablit could not start</div>
    <div class="tl-fatal-stage">Failed while: ${stage}</div>
    <pre class="tl-traceback"><code>${String(fatal.error ?? '')}</code></pre>
  </div>`;
}
