// Notices: why a click did nothing.  A message the worker refused (a value
// the app does not accept, an upload too large) or an internal error is shown
// above the app as a small dismissible notice (role "alert", so a screen
// reader announces it); the full detail stays in the browser console.
import { html } from './html.js';
import { useCtx } from './context.js';
import { useEffect, useState } from 'preact/hooks';

/** Longest reason shown in the page (the console has all of it). */
const MAX_TEXT = 300;
/** Notices shown at once; older ones are dropped. */
const MAX_SHOWN = 3;

/**
 * The text a refused message is shown with.
 * @param {{reason?: unknown}} msg
 * @returns {string}
 */
export function noticeText(msg) {
  let reason = String(msg?.reason ?? 'the app refused a message').trim();
  if (reason.length > MAX_TEXT) reason = `${reason.slice(0, MAX_TEXT)}…`;
  const internal = /^internal error/i.test(reason);
  return internal ? `Something went wrong inside tablit: ${reason.replace(/^internal error( in tablit)?:\s*/i, '')}`
    : `Not applied: ${reason}`;
}

/** The notices of one renderer. */
export class Notices {
  constructor() {
    /** @type {{key: number, text: string, count: number}[]} */
    this.list = [];
    /** @type {Set<() => void>} */
    this.subs = new Set();
    this.seq = 0;
  }

  /** Show `text`; the same text again counts up instead of stacking. */
  add(text) {
    const last = this.list[this.list.length - 1];
    if (last && last.text === text) {
      this.list = [...this.list.slice(0, -1), { ...last, count: last.count + 1 }];
    } else {
      this.list = [...this.list, { key: ++this.seq, text, count: 1 }].slice(-MAX_SHOWN);
    }
    this.notify();
  }

  dismiss(key) {
    this.list = this.list.filter((n) => n.key !== key);
    this.notify();
  }

  notify() {
    for (const fn of this.subs) fn();
  }
}

/** The notices above the app. */
export function NoticeList() {
  const ctx = useCtx();
  const notices = /** @type {Notices} */ (/** @type {any} */ (ctx).notices);
  const [, bump] = useState(0);
  const shown = notices.list;
  useEffect(() => {
    const fn = () => bump((n) => n + 1);
    notices.subs.add(fn);
    if (notices.list !== shown) fn(); // added before the effect subscribed
    return () => notices.subs.delete(fn);
  }, [notices]);
  if (!notices.list.length) return null;
  return html`<div class="tl-notices">
    ${notices.list.map((n) => html`<div key=${n.key} class="tl-notice" role="alert">
      <span class="tl-notice-text">${n.text}${n.count > 1 ? ` (×${n.count})` : ''}</span>
      <span class="tl-notice-more">Details are in the browser console.</span>
      <button type="button" class="tl-icon-btn" aria-label="Dismiss" onClick=${() => notices.dismiss(n.key)}>×</button>
    </div>`)}
  </div>`;
}
