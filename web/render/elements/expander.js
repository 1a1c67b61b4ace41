// st.expander and st.status: <details>/<summary>.  A status shows its state
// (a spinner while running, a check when complete, an error mark) before the
// label.  A stateful expander (key + on_change, see py/tablit/elements/
// containers.py) tells the worker when it opens or closes; otherwise the page
// alone decides, following props.expanded when the run changes it.
import { useState, useEffect, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { children } from '../registry.js';
import { InlineMd } from '../markdown.js';
import { Icon } from '../widgets/icon.js';
import { widthStyle } from '../widgets/common.js';

const STATE_TEXT = { running: 'Running', complete: 'Complete', error: 'Error' };

function StateIcon({ state }) {
  if (state === 'running') return html`<span class="tl-status-icon tl-status-running" role="img" aria-label=${STATE_TEXT.running}><span class="tl-mini-spinner"></span></span>`;
  if (state === 'complete') return html`<span class="tl-status-icon tl-status-complete" role="img" aria-label=${STATE_TEXT.complete}>✓</span>`;
  if (state === 'error') return html`<span class="tl-status-icon tl-status-error" role="img" aria-label=${STATE_TEXT.error}>!</span>`;
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
    if (p.set || last.current !== follow) setOpen(follow);
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
  const follow = p.stateful ? !!p.value : !!p.expanded;
  const [open, setOpen, report] = useOpenState(node, follow, follow);
  const onToggle = (ev) => {
    const now = ev.currentTarget.open;
    if (now === open) return;
    setOpen(now);
    report(now);
  };
  const icon = p.state ? html`<${StateIcon} state=${p.state} />` : html`<${Icon} icon=${p.icon} />`;
  return html`<details class=${'tl-el tl-k-expander tl-expander' + (p.state ? ' tl-status-box' : '') + (p.type && p.type !== 'default' ? ' tl-expander-' + p.type : '')}
      data-testid=${p.state ? 'stStatusWidget' : 'stExpander'} open=${open} onToggle=${onToggle} style=${widthStyle(p.width)}>
    <summary class="tl-expander-summary">${icon}<span class="tl-expander-label"><${InlineMd} text=${p.label} /></span></summary>
    <div class="tl-expander-body tl-block">${children(node.children)}</div>
  </details>`;
}

export default { expander: Expander };
