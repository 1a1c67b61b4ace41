// st.toast as Streamlit 1.67 shows it: a stack in the top-right corner below
// the header, the newest on top; each for its duration ("short" 4 s, "long"
// 10 s, "infinite", or whole seconds), timers paused while the pointer or the
// keyboard focus is on the stack; a named Close button; text longer than
// three lines clamped with "view more" / "view less".
import { useEffect, useLayoutEffect, useReducer } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { lazyPart } from '../lazy_part.js';
import { withCss } from '../lazy_css.js';

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

// one toast's card (and web/render/lazy/toast.css): fetched the first time a page shows a toast
const ToastCard = lazyPart(() => withCss(import('./toast_card.js'), 'toast', 'after'), 'ToastCard');

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
