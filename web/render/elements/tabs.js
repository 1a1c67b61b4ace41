// st.tabs (role tablist/tab/tabpanel; arrows, Home, End) and st.popover (a
// button with aria-expanded opening a floating panel; Escape or a click outside
// closes it).  Stateful ones (on_change, see py/tablit/elements/containers.py)
// report the selected label / open state and follow what the run sets.
import { useRef, useLayoutEffect } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { children, NodeView } from '../registry.js';
import { InlineMd } from '../markdown.js';
import { Icon } from '../widgets/icon.js';
import { Help, widthStyle } from '../widgets/common.js';
import { useOpenState } from './expander.js';

function Tabs({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const tabs = (node.children || []).filter((c) => c.kind === 'tab');
  const labels = p.labels || [];
  const follow = p.stateful ? Math.max(0, labels.indexOf(p.value)) : (p.default_index || 0);
  const [active, setActive, report] = useOpenState(node, follow, follow);
  const list = useRef(/** @type {HTMLElement|null} */ (null));
  const a = Math.max(0, Math.min(active, tabs.length - 1));
  const base = domId(ctx, node.id);
  const select = (i) => {
    if (i === a) return;
    setActive(i);
    report(labels[i] ?? (tabs[i] && tabs[i].props.label));
  };
  const onKeyDown = (ev) => {
    const d = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    const to = ev.key === 'Home' ? 0 : ev.key === 'End' ? tabs.length - 1 : d ? (a + d + tabs.length) % tabs.length : -1;
    if (to < 0) return;
    ev.preventDefault();
    select(to);
    const btn = list.current && list.current.querySelectorAll('[role=tab]')[to];
    if (btn) /** @type {HTMLElement} */ (btn).focus();
  };
  const style = [widthStyle(p.width), typeof p.height === 'number' ? `--tl-tabs-h:${p.height}px` : null].filter(Boolean).join(';') || undefined;
  return html`<div class=${'tl-el tl-k-tabs tl-tabs' + (typeof p.height === 'number' ? ' tl-tabs-fixed' : '')} data-testid="stTabs" style=${style}>
    <div role="tablist" class="tl-tablist" ref=${list} onKeyDown=${onKeyDown}>
      ${tabs.map((t, i) => html`<button type="button" role="tab" key=${t.id} id=${`${base}-tab-${i}`} class="tl-tab"
        aria-selected=${i === a ? 'true' : 'false'} aria-controls=${`${base}-panel-${i}`} tabindex=${i === a ? 0 : -1}
        onClick=${() => select(i)}><${InlineMd} text=${t.props.label ?? labels[i] ?? ''} /></button>`)}
    </div>
    ${tabs.map((t, i) => html`<${NodeView} key=${t.id} node=${t} active=${i === a} panelId=${`${base}-panel-${i}`} tabId=${`${base}-tab-${i}`} />`)}
  </div>`;
}

function Tab({ node, active, panelId, tabId }) {
  return html`<div role="tabpanel" class="tl-tabpanel tl-block" id=${panelId} aria-labelledby=${tabId} hidden=${!active} tabindex="0">
    ${children(node.children)}
  </div>`;
}

const CHEVRON = html`<svg class="tl-chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M7.4 8.6L12 13.2l4.6-4.6L18 10l-6 6-6-6z"/></svg>`;

function Popover({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const follow = p.stateful ? !!p.value : false;
  const [open, setOpen, report] = useOpenState(node, follow, follow);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btnId = domId(ctx, node.id, '-btn');
  const panelId = domId(ctx, node.id, '-panel');
  const change = (v) => {
    if (v === open) return;
    setOpen(v);
    report(v);
  };
  const changeRef = useRef(change);
  changeRef.current = change;
  useLayoutEffect(() => {
    if (!open) return;
    const doc = root.current && root.current.ownerDocument;
    if (!doc) return;
    const onDown = (ev) => {
      if (root.current && !root.current.contains(/** @type {any} */ (ev.target))) changeRef.current(false);
    };
    const onKey = (ev) => {
      if (ev.key !== 'Escape') return;
      changeRef.current(false);
      const b = doc.getElementById(btnId);
      if (b && root.current && root.current.contains(doc.activeElement)) b.focus();
    };
    doc.addEventListener('pointerdown', onDown);
    doc.addEventListener('keydown', onKey);
    return () => {
      doc.removeEventListener('pointerdown', onDown);
      doc.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const kind = p.type === 'primary' ? 'primary' : p.type === 'tertiary' ? 'tertiary' : 'secondary';
  return html`<div class=${'tl-el tl-k-popover tl-popover' + (p.disabled ? ' tl-disabled' : '')} data-testid="stPopover" ref=${root} style=${widthStyle(p.width)}>
    <button type="button" id=${btnId} class=${'tl-btn tl-btn-' + kind + (p.wrap === false ? ' tl-nowrap' : '')} aria-expanded=${open ? 'true' : 'false'} aria-controls=${panelId}
      disabled=${!!p.disabled} onClick=${() => change(!open)} style=${p.width === 'stretch' ? 'width:100%' : undefined}>
      <${Icon} icon=${p.icon} /><span class="tl-btn-label"><${InlineMd} text=${p.label} links=${false} /></span>${CHEVRON}
    </button>${p.help ? html`<${Help} text=${p.help} />` : null}
    <div class="tl-popover-panel tl-block" id=${panelId} role="group" aria-labelledby=${btnId} hidden=${!open} data-testid="stPopoverBody">
      ${children(node.children)}
    </div>
  </div>`;
}

export default { tabs: Tabs, tab: Tab, popover: Popover };
