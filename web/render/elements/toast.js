// st.toast as Streamlit 1.67 shows it: a stack in the top-right corner below
// the header, the newest on top; each for its duration ("short" 4 s, "long"
// 10 s, "infinite", or whole seconds), timers paused while the pointer or the
// keyboard focus is on the stack; a named Close button; text longer than
// three lines clamped with "view more" / "view less".
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { Markdown } from '../markdown.js';
import { Icon } from '../widgets/icon.js';

/** Seconds of each named duration (1.67's toast.py: short 4, long 10, infinite 0 = stays). */
const NAMED = { short: 4, long: 10, infinite: 0 };

/** A duration prop as milliseconds; 0 means the toast stays until closed. */
export function toastMillis(duration) {
  if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0) return duration * 1000;
  return (NAMED[duration] ?? NAMED.short) * 1000;
}

/**
 * @typedef {{key: number, id: string, body: string, icon: string|null, ms: number,
 *   left: number, started: number, timer: any}} ToastItem
 */

/** The renderer's toasts: shown by <ToastArea>, newest first, each for its duration. */
export class Toasts {
  constructor() {
    /** @type {ToastItem[]} newest first */
    this.list = [];
    this.subs = new Set();
    this.seq = 0;
    this.paused = false;
  }

  /** Show a toast; one with the same node id is replaced in place (toast.toast() updates it). */
  show(id, { body, icon, duration }) {
    const ms = toastMillis(duration);
    const old = this.list.find((t) => t.id === id);
    if (old) clearTimeout(old.timer);
    /** @type {ToastItem} */
    const t = { key: old ? old.key : ++this.seq, id, body: String(body ?? ''), icon: icon || null, ms, left: ms, started: 0, timer: null };
    this.list = old ? this.list.map((x) => (x === old ? t : x)) : [t, ...this.list];
    if (!this.paused) this.start(t);
    this.notify();
  }

  /** @param {ToastItem} t */
  start(t) {
    if (t.ms <= 0) return;
    t.started = Date.now();
    t.timer = setTimeout(() => this.dismiss(t.key), Math.max(0, t.left));
  }

  /** Hold every timer (pointer or focus on the stack), keeping what is left of each. */
  pause() {
    if (this.paused) return;
    this.paused = true;
    for (const t of this.list) {
      if (!t.timer) continue;
      clearTimeout(t.timer);
      t.timer = null;
      t.left -= Date.now() - t.started;
    }
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    for (const t of this.list) this.start(t);
  }

  dismiss(key) {
    const t = this.list.find((x) => x.key === key);
    if (!t) return;
    clearTimeout(t.timer);
    this.list = this.list.filter((x) => x !== t);
    if (!this.list.length) this.paused = false; // (the stack is gone: nothing holds the next ones)
    this.notify();
  }

  clear() {
    for (const t of this.list) clearTimeout(t.timer);
    this.list = [];
    this.paused = false;
  }

  notify() {
    for (const fn of this.subs) fn();
  }
}

export function Toast({ node }) {
  const ctx = useCtx();
  useEffect(() => {
    ctx.toasts.show(node.id, node.props);
  }, [node]);
  return null;
}

const CLOSE = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>`;

/** One toast; its text clamped to three lines with a "view more" button when longer. */
function ToastCard({ t, onClose }) {
  const text = useRef(/** @type {HTMLElement|null} */ (null));
  const [long, setLong] = useState(false);
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const el = text.current;
    if (!el || !el.ownerDocument.defaultView) return;
    const line = parseFloat(el.ownerDocument.defaultView.getComputedStyle(el).lineHeight) || 20;
    setLong(el.scrollHeight > line * 3 + 1);
  }, [t.body]);
  return html`<div class="tl-toast" role="status" data-testid="stToast">
    <div class="tl-toast-main">
      ${t.icon ? html`<span class="tl-toast-icon"><${Icon} icon=${t.icon} /></span>` : null}
      <div class="tl-toast-body">
        <div class=${'tl-toast-text' + (long && !more ? ' tl-toast-clamped' : '')} ref=${text} data-testid="stToastText"><${Markdown} body=${t.body} /></div>
        ${long ? html`<button type="button" class="tl-toast-more" onClick=${() => setMore(!more)}>${more ? 'view less' : 'view more'}</button>` : null}
      </div>
    </div>
    <button type="button" class="tl-toast-x" aria-label="Close" onClick=${onClose}>${CLOSE}</button>
  </div>`;
}

/** The corner where toasts appear: a region named "Notifications". */
export function ToastArea() {
  const ctx = useCtx();
  const [, force] = useReducer((x) => x + 1, 0);
  // subscribed before any <Toast>'s effect shows one
  useLayoutEffect(() => {
    ctx.toasts.subs.add(force);
    return () => ctx.toasts.subs.delete(force);
  }, []);
  const list = ctx.toasts.list;
  const hold = () => ctx.toasts.pause();
  const release = (ev) => {
    const area = ev.currentTarget;
    const doc = area.ownerDocument;
    // still inside (pointer left but focus stays, or focus moved within): keep holding
    if (ev.type === 'pointerleave' && area.contains(doc.activeElement)) return;
    if (ev.type === 'focusout' && (area.contains(ev.relatedTarget) || area.matches(':hover'))) return;
    ctx.toasts.resume();
  };
  return html`<section class="tl-toasts" aria-label="Notifications" data-testid="stToastContainer" hidden=${!list.length}
      onPointerEnter=${hold} onPointerLeave=${release} onFocusIn=${hold} onFocusOut=${release}>
    ${list.map((t) => html`<${ToastCard} key=${t.key} t=${t} onClose=${() => ctx.toasts.dismiss(t.key)} />`)}
  </section>`;
}
