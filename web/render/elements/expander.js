// st.expander and st.status: <details>/<summary>, as 1.67 draws them: a
// chevron before the label (right when closed, down when open).  A status
// shows its state (a spinner while running, a check when complete, an error
// mark) in the chevron's place, as an icon= does.  A stateful expander (key + on_change, see py/tablit/elements/
// containers.py) tells the worker when it opens or closes; otherwise the page
// alone decides, following props.expanded when the run changes it.
import { useState, useEffect, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { children, VerticalBlock } from '../registry.js';
import { LabelMd } from '../markdown.js';
import { Icon } from '../widgets/icon.js';
import { keyClass, widthStyle } from '../widgets/common.js';

const STATE_TEXT = { running: 'Running', complete: 'Complete', error: 'Error' };

const CHECK = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 12-12-1.4-1.4z"/></svg>`;
const ERROR = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z"/></svg>`;
/** 1.67's expander chevron: right when closed, turned down when open (CSS). */
const CHEVRON = html`<span class="tl-expander-chevron" aria-hidden="true" data-testid="stExpanderToggleIcon"><svg data-testid="stIconMaterial" viewBox="0 0 24 24" width="16" height="16"><path fill="currentColor" d="M8.6 16.6 13.2 12 8.6 7.4 10 6l6 6-6 6z"/></svg></span>`;

// (the test ids are 1.67's: a user's Playwright test finds a status's state by them)
function StateIcon({ state }) {
  if (state === 'running') return html`<span class="tl-status-icon tl-status-running" role="img" aria-label=${STATE_TEXT.running} data-testid="stExpanderIconSpinner"><span class="tl-mini-spinner"></span></span>`;
  if (state === 'complete') return html`<span class="tl-status-icon tl-status-complete" role="img" aria-label=${STATE_TEXT.complete} data-testid="stExpanderIconCheck">${CHECK}</span>`;
  if (state === 'error') return html`<span class="tl-status-icon tl-status-error" role="img" aria-label=${STATE_TEXT.error} data-testid="stExpanderIconError">${ERROR}</span>`;
  return null;
}

/**
 * Open state shared by stateful containers: local, replaced when the run sets
 * it (props.set) or changes props.expanded; `report` sends a user's change.
 */
export function useOpenState(node, initial, follow) {
  const ctx = useCtx();
  const p = node.props;
  const [open, setOpen] = useState(initial);
  const last = useRef(follow);
  useEffect(() => {
    // (follow null: the run left the open state to the page, as st.status's update() does)
    if (follow !== null && (p.set || last.current !== follow)) setOpen(follow);
    last.current = follow;
  }, [node]);
  const report = (value) => {
    if (!p.stateful || p.disabled) return;
    const change = { id: node.id, value };
    if (p.on_change === 'ignore' && ctx.defer) ctx.defer(change);
    else ctx.send({ type: 'update', changes: [change], trigger: null });
  };
  return [open, setOpen, report];
}

function Expander({ node }) {
  const p = node.props;
  const follow = p.stateful ? !!p.value : p.expanded == null ? null : !!p.expanded;
  const [open, setOpen, report] = useOpenState(node, !!follow, follow);
  const onToggle = (ev) => {
    const now = ev.currentTarget.open;
    if (now === open) return;
    setOpen(now);
    report(now);
  };
  // 1.67: a status is an expander too (data-testid stExpander: stStatusWidget is the toolbar's
  // running indicator, which a user's test waits on); the chevron leads the label; an icon (or a status's state) takes its
  // place and gives it back while the pointer is over the expander
  const icon = p.state ? html`<${StateIcon} state=${p.state} />` : p.icon ? html`<span class="tl-expander-icon" data-testid="stExpanderIcon"><${Icon} icon=${p.icon} testid=${null} /></span>` : null;
  // (as 1.67's: the stExpander element holds the <details>, which apps style as "[data-testid=stExpander] details > summary")
  return html`<div class=${'tl-el tl-k-expander' + keyClass(node)} data-testid="stExpander" style=${widthStyle(p.width)}><details
      class=${'tl-expander' + (p.state ? ' tl-status-box' : '') + (icon ? ' tl-has-icon' : '') + (p.type && p.type !== 'default' ? ' tl-expander-' + p.type : '')}
      open=${open} onToggle=${onToggle}>
    <summary class="tl-expander-summary">${CHEVRON}${icon}<span class="tl-expander-label"><${LabelMd} text=${p.label} /></span></summary>
    <div class="tl-expander-body" data-testid="stExpanderDetails"><${VerticalBlock}>${children(node.children)}</${VerticalBlock}></div>
  </details></div>`;
}

export default { expander: Expander };
