// st.tabs (role tablist/tab/tabpanel; arrows, Home, End; as 1.67 draws them:
// the active tab's underline inside the bar, "Scroll tabs left/right" buttons
// when the labels overflow, the active tab scrolled into view) and st.popover (a
// button with aria-expanded opening a floating panel; Escape or a click outside
// closes it).  Stateful ones (on_change, see py/tablit/elements/containers.py)
// report the selected label / open state and follow what the run sets.
import { useRef, useLayoutEffect, useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { children, NodeView, VerticalBlock } from '../registry.js';
import { LabelMd } from '../markdown.js';
import { Icon } from '../widgets/icon.js';
import { buttonKind, Help, keyClass, widthStyle } from '../widgets/common.js';
import { useOpenState } from './expander.js';

/** How far one click on a scroll button moves the tab bar (1.67: 200 px). */
const SCROLL_STEP = 200;
const ARROW_LEFT = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z"/></svg>`;
const ARROW_RIGHT = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"/></svg>`;

function reducedMotion() {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Whether the tab bar can scroll left / right (its labels overflow): kept up
 * to date on scroll and resize.
 */
function useOverflow(ref, count) {
  const [edges, setEdges] = useState(/** @type {[boolean, boolean]} */ ([false, false]));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((old) => (old[0] === left && old[1] === right ? old : [left, right]));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const win = el.ownerDocument.defaultView;
    const ro = win && typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(measure) : null;
    if (ro) ro.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      if (ro) ro.disconnect();
    };
  }, [count]);
  return edges;
}

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
  const [canLeft, canRight] = useOverflow(list, tabs.length);
  useEffect(() => {
    // the active tab into the bar's view: the bar scrolls sideways, nothing else (scrollIntoView
    // would also scroll the page to a tab bar below the fold when it is drawn)
    const bar = list.current;
    const btn = bar && bar.querySelectorAll('[role=tab]')[a];
    if (!bar || !btn) return;
    const b = btn.getBoundingClientRect();
    const l = bar.getBoundingClientRect();
    const dx = b.left < l.left ? b.left - l.left : b.right > l.right ? b.right - l.right : 0;
    if (dx) bar.scrollBy({ left: dx, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [a]);
  const scroll = (dx) => list.current && list.current.scrollBy({ left: dx, behavior: reducedMotion() ? 'auto' : 'smooth' });
  return html`<div class=${'tl-el tl-k-tabs tl-tabs' + (typeof p.height === 'number' ? ' tl-tabs-fixed' : '') + keyClass(node)} data-testid="stTabs" style=${style}>
    <div role="tablist" class="tl-tablist" ref=${list} onKeyDown=${onKeyDown}>
      ${tabs.map((t, i) => html`<button type="button" role="tab" key=${t.id} id=${`${base}-tab-${i}`} class="tl-tab" data-testid="stTab"
        aria-selected=${i === a ? 'true' : 'false'} aria-controls=${i === a ? `${base}-panel-${i}` : undefined} tabindex=${i === a ? 0 : -1}
        onClick=${() => select(i)}><${LabelMd} text=${t.props.label ?? labels[i] ?? ''} /><span class="tl-tab-line" aria-hidden="true"></span></button>`)}
    </div>
    ${canLeft ? html`<button type="button" class="tl-tabs-scroll tl-tabs-scroll-left" aria-label="Scroll tabs left" data-testid="stTabsScrollLeft" onClick=${() => scroll(-SCROLL_STEP)}>${ARROW_LEFT}</button>` : null}
    ${canRight ? html`<button type="button" class="tl-tabs-scroll tl-tabs-scroll-right" aria-label="Scroll tabs right" data-testid="stTabsScrollRight" onClick=${() => scroll(SCROLL_STEP)}>${ARROW_RIGHT}</button>` : null}
    ${tabs.map((t, i) => html`<${NodeView} key=${t.id} node=${t} panelId=${i === a ? `${base}-panel-${i}` : null} tabId=${`${base}-tab-${i}`} />`)}
  </div>`;
}

/**
 * A tab's panel.  Every tab's panel is on the page, as 1.67's: the selected one
 * (panelId given) is the tabpanel its tab controls; the others are hidden and
 * inert (`data-st-inactive`, no role or id, out of the accessibility tree and
 * the tab order), their elements kept drawn, so a chart, a grid's scroll or a
 * playing video is still there when its tab is selected again.  (A chart in a
 * hidden panel draws once it has a width: charts/common.js useSize.)
 */
function Tab({ node, panelId, tabId }) {
  const body = html`<${VerticalBlock}>${children(node.children)}</${VerticalBlock}>`;
  if (!panelId) return html`<div class="tl-tabpanel" hidden inert data-st-inactive="" data-testid="stTabPanel">${body}</div>`;
  return html`<div role="tabpanel" class="tl-tabpanel" id=${panelId} aria-labelledby=${tabId} tabindex="0" data-testid="stTabPanel">${body}</div>`;
}

const CHEVRON = html`<svg class="tl-chevron" data-testid="stIconMaterial" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M7.4 8.6L12 13.2l4.6-4.6L18 10l-6 6-6-6z"/></svg>`;

/** st.popover: its body is on the page only while it is open, as 1.67's (a user's test that counts
 * buttons or takes the first one does not meet a closed popover's). */
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
  const kind = buttonKind(p);
  return html`<div class=${'tl-el tl-k-popover tl-popover' + (p.disabled ? ' tl-disabled' : '') + (typeof p.width === 'number' ? ' tl-full' : '') + keyClass(node)} data-testid="stPopover" ref=${root} style=${widthStyle(p.width)}>
    <button type="button" id=${btnId} class=${'tl-btn tl-btn-' + kind + (p.wrap === false ? ' tl-nowrap' : '')} kind=${kind} data-testid="stPopoverButton" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? panelId : undefined}
      disabled=${!!p.disabled} onClick=${() => change(!open)} style=${p.width === 'stretch' ? 'width:100%' : undefined}>
      <${Icon} icon=${p.icon} /><span class="tl-btn-label"><${LabelMd} text=${p.label} links=${false} /></span>${CHEVRON}
    </button>${p.help ? html`<${Help} text=${p.help} />` : null}
    ${open ? html`<div class="tl-popover-panel" id=${panelId} role="group" aria-labelledby=${btnId} data-testid="stPopoverBody">
      <${VerticalBlock}>${children(node.children)}</${VerticalBlock}>
    </div>` : null}
  </div>`;
}

export default { tabs: Tabs, tab: Tab, popover: Popover };
